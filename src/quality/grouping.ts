import { tzOffset } from '@date-fns/tz/tzOffset';
import * as z from 'zod/mini';
import { INVALID_DATE_MESSAGE, LogisticsCustomerError } from '../core/invariant.js';
import type { LabelTable } from '../core/locale.js';
import { DAY_MS, daysFromCivil, MAX_INSTANT_MS } from '../core/time/civil-date.js';
import { isTimeZone } from '../core/time/time-zone.js';
import { QUALITY_MESSAGES } from './messages.js';
import type { ShipmentRecord } from './shipment-record.js';


/**
 * How records are grouped: a name (stored in the JSON, so only accumulators grouped the same
 * way merge) and a pure function from a record to its group key.
 *
 * @category Grouping
 */
export interface QualityGrouping {
  /** A name that identifies the grouping, e.g. `customer` or `period:month:Asia/Shanghai:promised`. */
  readonly name: string;
  /** The group key of a sound record. */
  readonly keyOf: (record: ShipmentRecord) => string;
}

/**
 * A grouping that reads only the fields `K` of a record, so its `keyOf` also takes partial
 * records.
 *
 * @typeParam K - The fields the grouping reads.
 * @category Grouping
 */
export interface QualityGroupingOf<K extends keyof ShipmentRecord> extends QualityGrouping {
  /** The group key of a record, from the fields `K` only. */
  readonly keyOf: (record: Pick<ShipmentRecord, K>) => string;
}

/**
 * Groups by customer (按客户).
 *
 * @returns The grouping.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { groupByCustomer } from 'logistics-customer/quality';
 * groupByCustomer().keyOf({ customerId: customerId('C-001') });
 * // => 'C-001'
 * ```
 * @category Grouping
 */
export function groupByCustomer(): QualityGroupingOf<'customerId'> {
  return { name: 'customer', keyOf: (record) => record.customerId };
}

/**
 * Groups by the customer's tier from segmentation results (e.g. ABC 分类, DOMAIN.md §3): the
 * tiers are given as a map from customer id to tier, so this module does not depend on how they
 * were computed. Customers missing from the map fall into `unassigned`.
 *
 * @param tiers - Customer id → tier, as a `Map` or a plain object.
 * @param unassigned - The key of customers without a tier (default `'unassigned'`).
 * @returns The grouping.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { groupByTier } from 'logistics-customer/quality';
 * const grouping = groupByTier({ 'C-001': 'A', 'C-002': 'B' });
 * [grouping.keyOf({ customerId: customerId('C-001') }), grouping.keyOf({ customerId: customerId('C-009') })];
 * // => ['A', 'unassigned']
 * ```
 * @category Grouping
 */
export function groupByTier(
  tiers: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
  unassigned = 'unassigned',
): QualityGroupingOf<'customerId'> {
  const table: ReadonlyMap<string, string> = tiers instanceof Map ? new Map(tiers) : new Map(Object.entries(tiers));
  return { name: `tier:${unassigned}`, keyOf: (record) => table.get(record.customerId) ?? unassigned };
}

/**
 * Groups by the kind of logistics service (运输、仓储、流通加工 …); records without one fall into
 * `unspecified`.
 *
 * @returns The grouping.
 *
 * @example
 * ```ts
 * import { groupByServiceKind } from 'logistics-customer/quality';
 * groupByServiceKind().keyOf({ serviceKind: 'warehousing' });
 * // => 'warehousing'
 * ```
 * @category Grouping
 */
export function groupByServiceKind(): QualityGroupingOf<'serviceKind'> {
  return { name: 'service-kind', keyOf: (record) => record.serviceKind ?? 'unspecified' };
}

/**
 * The length of a reporting period.
 *
 * @example
 * ```ts
 * import { ReportingPeriodSchema } from 'logistics-customer/quality';
 * ReportingPeriodSchema.options;
 * // => ['day', 'week', 'month', 'quarter', 'year']
 * ```
 * @category Grouping
 */
export const ReportingPeriodSchema = z.enum(['day', 'week', 'month', 'quarter', 'year']);

/**
 * The length of a reporting period.
 *
 * @category Grouping
 */
export type ReportingPeriod = z.infer<typeof ReportingPeriodSchema>;

/**
 * The zh-CN and en labels of {@link ReportingPeriod}.
 *
 * @example
 * ```ts
 * import { reportingPeriodLabels } from 'logistics-customer/quality';
 * reportingPeriodLabels.quarter['zh-CN'];
 * // => '季度'
 * ```
 * @category Grouping
 */
export const reportingPeriodLabels = {
  day: { 'zh-CN': '日', en: 'Day' },
  week: { 'zh-CN': '周', en: 'Week' },
  month: { 'zh-CN': '月', en: 'Month' },
  quarter: { 'zh-CN': '季度', en: 'Quarter' },
  year: { 'zh-CN': '年', en: 'Year' },
} as const satisfies LabelTable<ReportingPeriod>;

/**
 * Which date of a record decides its period.
 *
 * @example
 * ```ts
 * import { PeriodBasisSchema } from 'logistics-customer/quality';
 * PeriodBasisSchema.options;
 * // => ['promised', 'ordered', 'delivered']
 * ```
 * @category Grouping
 */
export const PeriodBasisSchema = z.enum(['promised', 'ordered', 'delivered']);

/**
 * Which date of a record decides its period: the promise (the due date; the end of a window),
 * the order date or the delivery date.
 *
 * @category Grouping
 */
export type PeriodBasis = z.infer<typeof PeriodBasisSchema>;

/**
 * The zh-CN and en labels of {@link PeriodBasis}.
 *
 * @example
 * ```ts
 * import { periodBasisLabels } from 'logistics-customer/quality';
 * periodBasisLabels.promised.en;
 * // => 'Promised (due) date'
 * ```
 * @category Grouping
 */
export const periodBasisLabels = {
  promised: { 'zh-CN': '承诺送达日期', en: 'Promised (due) date' },
  ordered: { 'zh-CN': '下单日期', en: 'Order date' },
  delivered: { 'zh-CN': '送达日期', en: 'Delivery date' },
} as const satisfies LabelTable<PeriodBasis>;

/**
 * Options of {@link groupByPeriod}.
 *
 * @category Grouping
 */
export interface GroupByPeriodOptions {
  /** The IANA time zone the periods are counted in (default `Asia/Shanghai`). */
  readonly timeZone?: string;
  /** Which date decides the period (default `promised`, the due date). */
  readonly date?: PeriodBasis;
}

/**
 * The fields of a record that {@link groupByPeriod} reads.
 *
 * @category Grouping
 */
export type PeriodGroupField = 'orderedAt' | 'promisedAt' | 'promisedWindow' | 'deliveredAt';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function invalidDate(instant: unknown, unit: ReportingPeriod, timeZone: string, reason: string): LogisticsCustomerError {
  return new LogisticsCustomerError('INVALID_DATE', INVALID_DATE_MESSAGE, { received: String(instant), unit, timeZone, reason });
}

/**
 * The period key of an instant: `2026-03-02`, ISO week `2026-W10`, `2026-03`, `2026-Q1`, `2026`.
 *
 * @param instant - The instant.
 * @param unit - The period length.
 * @param timeZone - The IANA time zone (default `Asia/Shanghai`).
 * @returns The key.
 * @throws LogisticsCustomerError `INVALID_DATE` for a value that is not a `Date` or an Invalid
 *   Date, and for an instant so close to the end of the `Date` range (±8.64e15 ms) that its local
 *   date or its ISO week cannot be formed; `INVALID_TIME_ZONE` for an unknown time zone;
 *   `INVALID_PERIOD` for an unknown unit.
 *
 * @example
 * ```ts
 * import { reportingPeriodKey } from 'logistics-customer/quality';
 * const t = new Date('2026-03-31T17:00:00Z'); // 2026-04-01 01:00 in Shanghai
 * [reportingPeriodKey(t, 'month'), reportingPeriodKey(t, 'month', 'UTC'), reportingPeriodKey(t, 'week'), reportingPeriodKey(t, 'quarter')];
 * // => ['2026-04', '2026-03', '2026-W14', '2026-Q2']
 * ```
 * @category Grouping
 */
export function reportingPeriodKey(instant: Date, unit: ReportingPeriod, timeZone = 'Asia/Shanghai'): string {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw invalidDate(instant, unit, timeZone, 'not a valid Date');
  const offsetMinutes = tzOffset(timeZone, instant);
  if (!Number.isFinite(offsetMinutes)) {
    if (isTimeZone(timeZone)) throw invalidDate(instant, unit, timeZone, 'no time zone offset at this instant');
    throw new LogisticsCustomerError('INVALID_TIME_ZONE', QUALITY_MESSAGES.INVALID_TIME_ZONE, { timeZone });
  }
  const local = new Date(ms + offsetMinutes * 60_000);
  const year = local.getUTCFullYear();
  if (Number.isNaN(year)) throw invalidDate(instant, unit, timeZone, 'the local date is outside the Date range');
  const month = local.getUTCMonth() + 1;
  switch (unit) {
    case 'day':
      return `${year}-${pad(month)}-${pad(local.getUTCDate())}`;
    case 'week': {
      // ISO 8601 week: the week belongs to the year of its Thursday.
      const day = Math.floor(local.getTime() / DAY_MS);
      const weekday = (((day + 3) % 7) + 7) % 7; // Monday = 0 (1970-01-01 was a Thursday)
      const thursday = new Date((day - weekday + 3) * DAY_MS);
      const isoYear = thursday.getUTCFullYear();
      // Not `Date.UTC(isoYear, 0, 1)`: it reads the years 0–99 as 1900–1999.
      const firstDay = daysFromCivil(isoYear, 1, 1);
      // NaN when the Thursday is outside the Date range; 1 January of its year may be too.
      if (!(Math.abs(firstDay) * DAY_MS <= MAX_INSTANT_MS)) throw invalidDate(instant, unit, timeZone, 'the ISO week is outside the Date range');
      const week = Math.floor((day - weekday + 3 - firstDay) / 7) + 1;
      return `${isoYear}-W${pad(week)}`;
    }
    case 'month':
      return `${year}-${pad(month)}`;
    case 'quarter':
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case 'year':
      return String(year);
    default: {
      const unreachable: never = unit;
      throw new LogisticsCustomerError('INVALID_PERIOD', QUALITY_MESSAGES.INVALID_PERIOD, { unit: unreachable });
    }
  }
}

/**
 * Groups by reporting period (day, ISO week, month, quarter, year) in a time zone, by the
 * promised (due) date unless told otherwise. With `date: 'delivered'`, undelivered lines fall
 * into `undelivered`.
 *
 * @param unit - The period length.
 * @param options - The time zone (default `Asia/Shanghai`) and which date decides.
 * @returns The grouping.
 * @throws LogisticsCustomerError `INVALID_TIME_ZONE`, `INVALID_PERIOD`; its `keyOf` throws
 *   `INVALID_DATE` like {@link reportingPeriodKey}.
 *
 * @example
 * ```ts
 * import { groupByPeriod } from 'logistics-customer/quality';
 * const grouping = groupByPeriod('month', { timeZone: 'UTC', date: 'ordered' });
 * [grouping.name, grouping.keyOf({ orderedAt: new Date('2026-03-31T23:00:00Z') })];
 * // => ['period:month:UTC:ordered', '2026-03']
 * ```
 * @category Grouping
 */
export function groupByPeriod(
  unit: ReportingPeriod,
  options: GroupByPeriodOptions = {},
): QualityGroupingOf<PeriodGroupField> {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const date = options.date ?? 'promised';
  if (!ReportingPeriodSchema.safeParse(unit).success || !PeriodBasisSchema.safeParse(date).success) {
    throw new LogisticsCustomerError('INVALID_PERIOD', QUALITY_MESSAGES.INVALID_PERIOD, { unit, date });
  }
  reportingPeriodKey(new Date(0), unit, timeZone);
  const keyOf = (record: Pick<ShipmentRecord, PeriodGroupField>): string => {
    switch (date) {
      case 'ordered':
        return reportingPeriodKey(record.orderedAt, unit, timeZone);
      case 'delivered':
        return record.deliveredAt === undefined ? 'undelivered' : reportingPeriodKey(record.deliveredAt, unit, timeZone);
      case 'promised':
        return reportingPeriodKey(record.promisedAt ?? record.promisedWindow?.end ?? record.orderedAt, unit, timeZone);
      default: {
        const unreachable: never = date;
        return unreachable;
      }
    }
  };
  return { name: `period:${unit}:${timeZone}:${date}`, keyOf };
}
