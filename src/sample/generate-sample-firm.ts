import type { Complaint } from '../complaints/complaint-replay.js';
import type { Customer } from '../customer/customer.js';
import type { Transaction } from '../customer/transaction.js';
import type { ShipmentRecord } from '../quality/shipment-record.js';
import { sampleFirmBundles } from './sample-bundle.js';
import type { SampleDeal, SampleFirm } from './sample-firm.js';
import { resolveSampleFirmOptions, type SampleFirmOptions } from './sample-options.js';
import type { SurveyResponse } from './survey-response.js';

/**
 * Generates a fictional logistics firm (样本企业) for teaching, demos and benchmarks:
 * customers across industries, scales and regions with profiles and contacts (DOMAIN.md §1–2);
 * years of transactions with a Pareto-like revenue spread (a few key customers bring most of the
 * revenue, ABC 分类 §3), growing, shrinking, churned and seasonal customers; deals moving through
 * the funnel with realistic losses (§5); shipments with delays, damage, losses and short deliveries
 * (§8); complaints with full lifecycles (§7); survey answers (§6). Deterministic: the same options
 * give the same firm, record for record, on every machine — no clock, no global randomness.
 * Every record is valid for its module's schema and every event log replays on its machine.
 *
 * Everything is held in memory; for very large firms iterate {@link sampleFirmBundles} instead.
 *
 * @param options - The seed, the number of customers, "now" and the years of history (default 2).
 * @returns The firm.
 * @throws `LogisticsCustomerError` for invalid options (see {@link resolveSampleFirmOptions}).
 *
 * @example
 * ```ts
 * import { generateSampleFirm } from 'logistics-customer/sample';
 * const firm = generateSampleFirm({ seed: 2014, customers: 200, now: new Date('2026-04-01T00:00:00+08:00') });
 * firm.customers.length;
 * // => 200
 * firm.customers[0]?.id;
 * // => 'C-000001'
 * generateSampleFirm({ seed: 2014, customers: 200, now: new Date('2026-04-01T00:00:00+08:00') }).transactions.length === firm.transactions.length;
 * // => true
 * ```
 * @category Sample data
 */
export function generateSampleFirm(options: SampleFirmOptions): SampleFirm {
  const resolved = resolveSampleFirmOptions(options);
  const customers: Customer[] = [];
  const transactions: Transaction[] = [];
  const deals: SampleDeal[] = [];
  const complaints: Complaint[] = [];
  const shipments: ShipmentRecord[] = [];
  const surveys: SurveyResponse[] = [];
  for (const bundle of sampleFirmBundles(resolved)) {
    customers.push(bundle.customer);
    for (const t of bundle.transactions) transactions.push(t);
    for (const d of bundle.deals) deals.push(d);
    for (const c of bundle.complaints) complaints.push(c);
    for (const s of bundle.shipments) shipments.push(s);
    for (const s of bundle.surveys) surveys.push(s);
  }
  return { options: resolved, customers, transactions, deals, complaints, shipments, surveys };
}
