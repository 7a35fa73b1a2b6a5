import type { Complaint } from '../complaints/complaint-replay.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { Customer } from '../customer/customer.js';
import type { Transaction } from '../customer/transaction.js';
import type { FunnelDealLog } from '../funnel/funnel-event.js';
import type { ShipmentRecord } from '../quality/shipment-record.js';
import type { ResolvedSampleFirmOptions } from './sample-options.js';
import type { SurveyResponse } from './survey-response.js';

/**
 * A deal of the sample firm: a funnel event log (寻找 → 识别 → 接近 → 洽谈 → 成交, DOMAIN.md §5)
 * with the prospect's name and, for a won deal, the customer it became.
 *
 * @category Sample data
 */
export interface SampleDeal extends FunnelDealLog {
  /** The prospect's name. */
  readonly prospect: string;
  /** The customer the deal became, for a won deal. */
  readonly customerId?: CustomerId;
}

/**
 * Everything the sample firm holds about one customer index: the customer, its transactions, its
 * shipments (one record per order line), its complaints, its survey answers, and the deals of the
 * index — the won deal that brought a new customer in, and prospects that were lost, disqualified
 * or are still open. Each bundle depends only on the seed and its index.
 *
 * @category Sample data
 */
export interface SampleCustomerBundle {
  /** The index, from 0. */
  readonly index: number;
  /** The customer. */
  readonly customer: Customer;
  /** Its transactions (orders), oldest first. */
  readonly transactions: readonly Transaction[];
  /** Its order lines with their delivery outcome, oldest first. */
  readonly shipments: readonly ShipmentRecord[];
  /** Its complaints with their event logs. */
  readonly complaints: readonly Complaint[];
  /** Its survey answers. */
  readonly surveys: readonly SurveyResponse[];
  /** The deals of this index (the won deal of a new customer first). */
  readonly deals: readonly SampleDeal[];
}

/**
 * A fictional logistics firm (样本企业): customers across industries, scales and regions with
 * profiles and contacts; their transactions with a Pareto-like revenue spread; deals moving
 * through the funnel with realistic losses; shipments with delays, damage and short deliveries;
 * complaints with full lifecycles; survey answers. Every record is valid for its module's schema.
 *
 * @category Sample data
 */
export interface SampleFirm {
  /** The options it was generated with. */
  readonly options: ResolvedSampleFirmOptions;
  /** The customers, in index order. */
  readonly customers: readonly Customer[];
  /** Every transaction, customer by customer. */
  readonly transactions: readonly Transaction[];
  /** Every deal. */
  readonly deals: readonly SampleDeal[];
  /** Every complaint. */
  readonly complaints: readonly Complaint[];
  /** Every order line. */
  readonly shipments: readonly ShipmentRecord[];
  /** Every survey response. */
  readonly surveys: readonly SurveyResponse[];
}
