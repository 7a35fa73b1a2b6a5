import type { DomainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { text } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import { NO_DATA, type NoData } from '../core/rate/no-data.js';
import { type Ratio, ratio } from '../core/rate/ratio.js';
import { ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { AbcClass } from './abc-class.js';
import type { AbcEntry } from './abc-entry.js';
import type { AbcAssignment, AbcErrorCode } from './abc-result.js';
import type { Classification } from './classification.js';
import { classifyAbc } from './classify-abc.js';
import { compareShare } from './compare-share.js';
import { exactFraction } from './exact-fraction.js';
import { type ActivityErrorCode, customerActivity, type HistoryTransaction } from './customer-activity.js';
import { type DemandNature, demandNatureLabels } from './demand-nature.js';
import { type DemandNatureReason, demandNatureReasonLabels } from './demand-nature-reason.js';
import { formatShare, formatThreshold } from './format-share.js';
import { SEGMENTATION_MESSAGES } from './messages.js';
import { checkedCount, checkedDays } from './option-checks.js';

/**
 * Options of {@link classifyDemandNature}; the thresholds are [practice] defaults.
 *
 * @category Classifications
 */
export interface DemandNatureOptions {
  /** The moment of analysis. */
  readonly now: Date;
  /** The current window in days (default 365); growth compares it with the window before. */
  readonly windowDays?: number;
  /** Periods the window is cut into to measure regularity (default 4: quarters). */
  readonly periods?: number;
  /** Days without an order after which a customer is lost (default 180). */
  readonly lostAfterDays?: number;
  /** The revenue share held by core customers: class A of the value rule (default 0.8). */
  readonly coreShare?: number;
  /** Periods with orders that make a customer regular (default 3 of 4). */
  readonly regularMinActivePeriods?: number;
  /** Revenue growth over the window before that makes a customer potential, at least 0 (default 0.3: +30%). */
  readonly growthThreshold?: number;
  /** Customers with an industry showcase effect (行业示范效应), potential whatever their size. */
  readonly showcase?: readonly CustomerId[];
}

/**
 * What a demand nature was derived from.
 *
 * @category Classifications
 */
export interface DemandNatureEvidence {
  /** The rule that decided. */
  readonly reason: DemandNatureReason;
  /** The last order up to `now`, or `null` if none. */
  readonly lastOrderAt: Date | null;
  /** Whole days since the last order, or `null` if none. */
  readonly daysSinceLastOrder: number | null;
  /** Revenue in the current window. */
  readonly revenue: Money;
  /** Revenue in the window before. */
  readonly previousRevenue: Money;
  /** (revenue − previous) / previous; no data when there was no previous revenue. */
  readonly growth: Ratio | NoData;
  /** The revenue class by the value rule with A up to `coreShare`. */
  readonly abcClass: AbcClass;
  /** Periods of the window with orders. */
  readonly activePeriods: number;
  /** Periods in the window. */
  readonly periods: number;
}

/**
 * Classifies customers by the nature of their demand (按需求性质, DOMAIN.md §2 [seed 000]). The
 * rules, tried in order (each is a [practice] reading of the seed's description, thresholds are
 * parameters):
 *
 * 1. no order yet → 潜力 potential (`prospect`);
 * 2. ordered, but not within `lostAfterDays` (180) → 流失 lost (`inactive`: analyse why);
 * 3. class A by revenue (the customers holding `coreShare`, 80%) and ordering in at least 3 of 4
 *    quarters → 核心 core (`main-and-stable`: 收入的主要来源, 订单量大, 合作稳定);
 * 4. a listed showcase customer → 潜力 potential (`showcase`);
 * 5. revenue up ≥ 30% on the window before → 潜力 potential (`growing`), or new with orders in
 *    at least 2 periods (`new-and-regular`);
 * 6. orders in fewer than 3 periods → 临时 temporary (`irregular`: one-off or seasonal);
 * 7. otherwise (regular, small, not growing) → 潜力 potential (`small-and-steady`).
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions.
 * @param options - `now` and the thresholds.
 * @returns One classification per customer, in the customers' order, or the errors.
 * @throws LogisticsCustomerError for bad options: `INVALID_NOW`; `INVALID_DAYS` for
 *   `windowDays` (1 to 100,000,000) or `lostAfterDays`; `INVALID_PERIODS` for `periods`;
 *   `INVALID_COUNT` for `regularMinActivePeriods`; `INVALID_FRACTION` unless `growthThreshold` is
 *   a finite number of at least 0 with at most 15 significant digits (a negative line would call
 *   a shrinking customer `growing`); `INVALID_THRESHOLDS` for `coreShare`.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { classifyDemandNature } from 'logistics-customer/segmentation';
 * const [core, fair, gone] = [customerId('CORE'), customerId('FAIR'), customerId('GONE')];
 * const order = (id: typeof core, iso: string, fen: number) => ({ customerId: id, date: new Date(`${iso}T00:00:00Z`), revenue: unwrap(moneyFromMinor(fen, 'CNY')) });
 * const history = [
 *   ...['2025-05-01', '2025-08-01', '2025-11-01', '2026-02-01'].map((d) => order(core, d, 5_000_000)),
 *   order(fair, '2026-03-10', 100_000), // one trade show
 *   order(gone, '2025-06-01', 100_000),
 * ];
 * const result = unwrap(classifyDemandNature([{ id: core }, { id: fair }, { id: gone }], history, {
 *   now: new Date('2026-03-31T00:00:00Z'),
 * }));
 * result.map((r) => [r.class, r.evidence.reason]);
 * // => [['core', 'main-and-stable'], ['temporary', 'irregular'], ['lost', 'inactive']]
 * ```
 * @category Classifications
 */
export function classifyDemandNature(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: DemandNatureOptions,
): Result<readonly Classification<DemandNature, DemandNatureEvidence>[], readonly DomainError<ActivityErrorCode | AbcErrorCode>[]> {
  const periods = options.periods ?? 4;
  const lostAfterDays = checkedDays(options.lostAfterDays ?? 180, 'lostAfterDays');
  const regularMin = checkedCount(options.regularMinActivePeriods ?? 3, 'regularMinActivePeriods');
  const growthThreshold = options.growthThreshold ?? 0.3;
  // A threshold that cannot be read exactly, or a negative one, throws before any work.
  if (exactFraction(growthThreshold).numerator < 0) {
    throw new LogisticsCustomerError('INVALID_FRACTION', SEGMENTATION_MESSAGES.INVALID_FRACTION, {
      option: 'growthThreshold',
      received: growthThreshold,
      min: 0,
    });
  }
  const coreShare = options.coreShare ?? 0.8;
  const showcase = new Set<string>(options.showcase ?? []);
  const activity = customerActivity(customers, transactions, { now: options.now, windowDays: options.windowDays ?? 365, periods });
  if (!activity.ok) return activity;
  const entries = activity.value.map((a): AbcEntry => ({ customerId: a.customerId, revenue: a.revenue }));
  const abc = classifyAbc(entries, { rule: 'value', thresholds: { a: coreShare, b: 1 } });
  if (!abc.ok) return abc;
  const byId = new Map<string, AbcAssignment>(abc.value.customers.map((row) => [row.customerId, row]));

  return ok(
    activity.value.map((a) => {
      const abcClass = (byId.get(a.customerId) as AbcAssignment).class;
      const current = a.revenue.amount;
      const previous = a.previousRevenue.amount;
      const growth = previous > 0 ? ratio(current - previous, previous) : NO_DATA;
      const days = a.daysSinceLastOrder;
      let reason: DemandNatureReason;
      if (days === null) reason = 'prospect';
      else if (days > lostAfterDays) reason = 'inactive';
      else if (abcClass === 'A' && a.activePeriods >= regularMin) reason = 'main-and-stable';
      else if (showcase.has(a.customerId)) reason = 'showcase';
      else if (previous > 0 && compareShare(current - previous, previous, growthThreshold) >= 0) reason = 'growing';
      else if (previous <= 0 && current > 0 && a.activePeriods >= 2 && a.activePeriods < regularMin) reason = 'new-and-regular';
      else if (a.activePeriods < regularMin) reason = 'irregular';
      else reason = 'small-and-steady';
      const nature: DemandNature =
        reason === 'inactive' ? 'lost' : reason === 'main-and-stable' ? 'core' : reason === 'irregular' ? 'temporary' : 'potential';
      const evidence: DemandNatureEvidence = {
        reason,
        lastOrderAt: a.lastOrderAt,
        daysSinceLastOrder: days,
        revenue: a.revenue,
        previousRevenue: a.previousRevenue,
        growth,
        abcClass,
        activePeriods: a.activePeriods,
        periods,
      };
      const why = demandNatureReasonLabels[reason];
      const facts =
        days === null
          ? text('', '')
          : text(
              `（最近一次订单在 ${days} 天前，近 ${periods} 个周期中 ${a.activePeriods} 个有订单，销售额增长 ${formatShare(growth, 'zh-CN')}，增长线 ${formatThreshold(growthThreshold)}）`,
              ` (last order ${days} days ago, orders in ${a.activePeriods} of ${periods} periods, revenue growth ${formatShare(growth, 'en')}, growth line ${formatThreshold(growthThreshold)})`,
            );
      const label = demandNatureLabels[nature];
      return {
        customerId: a.customerId,
        class: nature,
        evidence,
        explanation: text(`${why['zh-CN']}${facts['zh-CN']} → ${label['zh-CN']}`, `${why.en}${facts.en} → ${label.en}`),
      };
    }),
  );
}
