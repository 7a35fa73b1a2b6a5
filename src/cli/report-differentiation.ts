/** Section 3: the differentiation analysis (差异性分析), the textbook's seven questions (DOMAIN.md §3). */
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { HistoryTransaction } from '../segmentation/customer-activity.js';
import { complainingLargeCustomers } from '../segmentation/complaining-large-customers.js';
import type { ComplaintRecord } from '../segmentation/complaint-record.js';
import { costDrags } from '../segmentation/cost-drags.js';
import { crossSellCandidates } from '../segmentation/cross-sell-candidates.js';
import { forecastKeyCustomers } from '../segmentation/forecast-key-customers.js';
import { shrinkingTopCustomers } from '../segmentation/shrinking-top-customers.js';
import type { ProblemLog } from './report-problems.js';
import type { CustomerRef, DifferentiationSection } from './report-types.js';

/** What the differentiation section needs besides the records. */
export interface DifferentiationContext {
  /** The moment of analysis. */
  readonly now: Date;
  /** Length of the top lists. */
  readonly top: number;
  /** Names a customer. */
  readonly refOf: (id: CustomerId) => CustomerRef;
  /** Where problems go. */
  readonly problems: ProblemLog;
}

/**
 * Questions 1, 2, 4, 5 and 6; question 3 (relationship targets) is counted customer by customer
 * and question 7 (the resource shift) needs the cost of serving each class: the caller adds them.
 */
export function differentiationSection(
  customers: readonly Pick<Customer, 'id' | 'createdAt' | 'scale'>[],
  transactions: readonly HistoryTransaction[],
  complaints: readonly ComplaintRecord[],
  context: DifferentiationContext,
): Omit<DifferentiationSection, 'resourceShift' | 'relationshipTargets'> | null {
  const { now, top, refOf, problems } = context;
  const key = problems.take(forecastKeyCustomers(customers, transactions, { now }), 'transactions');
  const drags = problems.take(costDrags(customers, transactions, { now }), 'transactions');
  const complaining = problems.take(complainingLargeCustomers(customers, complaints, { now }), 'complaints');
  const shrinking = problems.take(shrinkingTopCustomers(customers, transactions, { now }), 'transactions');
  const crossSell = problems.take(crossSellCandidates(customers, transactions, { now }), 'transactions');
  if (key === null || drags === null || complaining === null || shrinking === null || crossSell === null) return null;
  return {
    keyCustomers: {
      count: key.length,
      top: key.slice(0, top).map((row) => ({ customer: refOf(row.customerId), revenue: row.evidence.value })),
    },
    costDrags: {
      count: drags.drags.length,
      share: drags.share,
      top: drags.drags.slice(0, top).map((d) => ({ customer: refOf(d.customerId), daysIdle: d.daysIdle, lastOrderAt: d.lastOrderAt })),
    },
    complainingLarge: {
      count: complaining.length,
      top: complaining.slice(0, top).map((c) => ({ customer: refOf(c.customerId), complaints: c.complaints, lastComplaintAt: c.lastComplaintAt })),
    },
    shrinkingTop: {
      count: shrinking.length,
      top: shrinking.slice(0, top).map((s) => ({ customer: refOf(s.customerId), previousRevenue: s.previousRevenue, revenue: s.revenue, change: s.change })),
    },
    crossSell: {
      count: crossSell.length,
      top: crossSell.slice(0, top).map((c) => ({ customer: refOf(c.customerId), services: c.services })),
    },
  };
}
