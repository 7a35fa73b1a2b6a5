import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import { addBusinessTime } from '../core/time/add-business-time.js';
import type { BusinessCalendar } from '../core/time/business-calendar.js';
import { businessTimeBetween } from '../core/time/business-time-between.js';
import { workingIntervalsOn } from '../core/time/working-intervals-on.js';
import { localDateOf } from '../core/time/zoned-time.js';

/**
 * A business calendar with its working intervals over a period laid out once, so that service
 * levels of many complaints are measured with two binary searches per question instead of a walk
 * through the calendar. Inside the period the answers equal the core's `businessTimeBetween` and
 * `addBusinessTime`; outside it they fall back to them. A plain value the caller holds.
 *
 * @category Service levels
 */
export interface PreparedCalendar {
  /** Tells a prepared calendar from a plain one. */
  readonly kind: 'prepared-calendar';
  /** The calendar. */
  readonly calendar: BusinessCalendar;
  /** The start of the period laid out. */
  readonly from: Date;
  /** The end of the period laid out. */
  readonly to: Date;
  /** The working milliseconds from `a` to `b` (epoch milliseconds; negative when `b` is before `a`). */
  readonly between: (a: number, b: number) => number;
  /** The instant (epoch milliseconds) `durationMs` of working time after `start`. */
  readonly add: (start: number, durationMs: number) => number;
}

const DAY_MS = 86_400_000;

function instant(value: Date, parameter: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { parameter, received: String(value) });
  return ms;
}

/** The local date after `date` ('yyyy-MM-dd'), by civil arithmetic in UTC. */
function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * Lays out a business calendar's working intervals over a period (with a day of margin on each
 * side) for fast service-level measurements; pass the result wherever a calendar is expected by
 * `slaStatus` and `complaintMetrics`.
 *
 * @param calendar - The business calendar.
 * @param from - The start of the period.
 * @param to - The end of the period.
 * @returns The prepared calendar.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` for an invalid date or `to` before `from`;
 *   `INVALID_CALENDAR` for a malformed calendar.
 *
 * @example
 * ```ts
 * import { businessTimeBetween, standardCalendar } from 'logistics-customer/core';
 * import { prepareCalendar } from 'logistics-customer/complaints';
 * const calendar = standardCalendar('Asia/Shanghai', { holidays: ['2026-05-01'] });
 * const prepared = prepareCalendar(calendar, new Date('2026-04-01T00:00:00Z'), new Date('2026-06-01T00:00:00Z'));
 * const a = new Date('2026-04-30T09:00:00Z'); // Thursday 17:00 in Shanghai
 * const b = new Date('2026-05-04T02:00:00Z'); // Monday 10:00, after the holiday and the weekend
 * [prepared.between(a.getTime(), b.getTime()), businessTimeBetween(a, b, calendar)];
 * // => [7200000, 7200000]
 * ```
 * @category Service levels
 */
export function prepareCalendar(calendar: BusinessCalendar, from: Date, to: Date): PreparedCalendar {
  const lo = instant(from, 'from');
  const hi = instant(to, 'to');
  if (hi < lo) throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { parameter: 'to', reason: 'before from' });
  const zone = calendar.timeZone;
  const starts: number[] = [];
  const ends: number[] = [];
  const cumulative: number[] = [];
  const last = localDateOf(new Date(hi + DAY_MS), zone);
  let total = 0;
  for (let date = localDateOf(new Date(lo - DAY_MS), zone); date <= last; date = nextDate(date)) {
    for (const interval of workingIntervalsOn(date, calendar)) {
      const s = interval.start.getTime();
      const e = interval.end.getTime();
      starts.push(s);
      ends.push(e);
      cumulative.push(total);
      total += e - s;
    }
  }
  const startAt = Float64Array.from(starts);
  const endAt = Float64Array.from(ends);
  const before = Float64Array.from(cumulative);
  const n = startAt.length;

  /** Working milliseconds from the first laid-out interval to `t`. */
  const workedAt = (t: number): number => {
    let low = 0;
    let high = n - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((startAt[mid] as number) <= t) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return 0;
    return (before[found] as number) + Math.min(t, endAt[found] as number) - (startAt[found] as number);
  };

  const between = (a: number, b: number): number => {
    if (a >= lo && a <= hi && b >= lo && b <= hi) {
      const d = workedAt(b) - workedAt(a);
      return d === 0 ? 0 : d;
    }
    return businessTimeBetween(new Date(a), new Date(b), calendar);
  };

  const add = (start: number, durationMs: number): number => {
    if (start >= lo && start <= hi && durationMs >= 0 && Number.isFinite(durationMs)) {
      const duration = Math.ceil(durationMs);
      if (duration === 0) return start;
      const goal = workedAt(start) + duration;
      let low = 0;
      let high = n - 1;
      let found = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if ((before[mid] as number) + (endAt[mid] as number) - (startAt[mid] as number) >= goal) {
          found = mid;
          high = mid - 1;
        } else low = mid + 1;
      }
      if (found >= 0) return (startAt[found] as number) + goal - (before[found] as number);
    }
    return addBusinessTime(new Date(start), durationMs, calendar).getTime();
  };

  return { kind: 'prepared-calendar', calendar, from: new Date(lo), to: new Date(hi), between, add };
}
