/** The input of {@link buildReport}: the records of a firm, already parsed and typed. */
import type { LocalizedText } from '../core/locale.js';
import type { Complaint } from '../complaints/complaint-replay.js';
import type { Customer } from '../customer/customer.js';
import type { Transaction } from '../customer/transaction.js';
import type { FunnelDealLog } from '../funnel/funnel-event.js';
import type { ShipmentRecord } from '../quality/shipment-record.js';
import type { SurveyResponse } from '../sample/survey-response.js';

/** The records a report reads. */
export interface ReportData {
  /** Where they come from, in both locales (e.g. "the sample firm, seed 2014"). */
  readonly source: LocalizedText;
  /** The customers. */
  readonly customers: readonly Customer[];
  /** Their transactions. */
  readonly transactions: readonly Transaction[];
  /** The deals' event logs. */
  readonly deals: readonly FunnelDealLog[];
  /** The complaints' event logs. */
  readonly complaints: readonly Complaint[];
  /** The order lines; read once, in one pass, so a lazy iterable keeps memory bounded. */
  readonly shipments: Iterable<ShipmentRecord>;
  /** Survey answers. */
  readonly surveys: readonly SurveyResponse[];
}

/** Options of {@link buildReport}. */
export interface ReportOptions {
  /** The moment of analysis. */
  readonly now: Date;
  /** The period of the funnel, complaint and quality sections, in days before `now` (default 365). */
  readonly periodDays?: number;
  /** The time zone of the business calendar (default Asia/Shanghai). */
  readonly timeZone?: string;
  /** How many customers each "top" list shows (default 10). */
  readonly top?: number;
  /** Called as each step of the analysis starts (for progress on large inputs). */
  readonly onStep?: (step: ReportStep) => void;
}

/** The steps of building a report, in order. */
export type ReportStep = 'abc' | 'classifications' | 'differentiation' | 'funnel' | 'complaints' | 'quality';
