import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import type { BusinessCalendar } from '../core/time/business-calendar.js';
import { businessTimeBetween } from '../core/time/business-time-between.js';
import { DAY_MS, formatLocalDate, parseLocalDate } from '../core/time/civil-date.js';
import { workingIntervalsOn } from '../core/time/working-intervals-on.js';
import { localDateOf } from '../core/time/zoned-time.js';

/**
 * Working time over a period, prepared once so that millions of stage durations can be measured
 * in business time in constant time each (the core's `businessTimeBetween` walks the calendar day
 * by day on every call). Inside the covered range the answers equal `businessTimeBetween`;
 * outside it the clock falls back to it.
 *
 * @category Funnel analytics
 */
export interface BusinessClock {
  /** The first instant covered, in epoch milliseconds. */
  readonly from: number;
  /** The last instant covered, in epoch milliseconds. */
  readonly to: number;
  /** The working time of a full working day: the most common daily working time in the range (0 when there is none). */
  readonly businessDayMs: number;
  /** The working milliseconds between two instants (epoch milliseconds), negative when `b` is before `a`. */
  readonly workingMsBetween: (a: number, b: number) => number;
  /**
   * The working milliseconds from `from` to an instant inside the covered range, in constant
   * time; differences of two readings are working time between them.
   */
  readonly workingMsAt: (t: number) => number;
}

const HOUR_MS = 3_600_000;
/** The most hours the hourly table covers (about 114 years, 24 MiB); longer ranges are searched. */
const MAX_HOURS = 1_000_000;

function outOfRange(t: number, from: number, to: number): never {
  throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { received: t, from, to });
}

/**
 * The tables behind a {@link BusinessClock}: a plain record read by {@link workingMsOf}, a
 * function of the module — the funnel report's loop calls it directly, so the call is inlined and
 * stays valid from one report to the next (a closure made per clock is neither).
 *
 * @internal
 */
export interface ClockTable {
  readonly from: number;
  readonly to: number;
  readonly businessDayMs: number;
  /** The working time from `from` to the end of the last interval. */
  readonly total: number;
  /** Per UTC hour: the working time before the hour, the start and the length of its one stretch (-1: search). */
  readonly hourly: Float64Array;
  readonly hourBase: number;
  /** Per UTC day: the first interval that ends after the day begins. */
  readonly buckets: Int32Array;
  readonly bucketBase: number;
  readonly startsAt: Float64Array;
  readonly endsAt: Float64Array;
  /** The working time before each interval. */
  readonly before: Float64Array;
}

/** The working milliseconds from `from` to `t`, by a search of the day's intervals. */
function searchWorkingMs(table: ClockTable, t: number): number {
  const { endsAt, startsAt, before } = table;
  const n = endsAt.length;
  let i = table.buckets[Math.floor(t / DAY_MS) - table.bucketBase] as number;
  while (i < n && (endsAt[i] as number) <= t) i++;
  if (i === n) return table.total;
  const s = startsAt[i] as number;
  return (before[i] as number) + (t > s ? t - s : 0);
}

/**
 * The working milliseconds from the table's start to an instant inside its range, in constant
 * time (one hourly entry and a clamp; an hour with two stretches of working time is searched).
 *
 * @param table - The clock's tables, from {@link clockTable}.
 * @param t - The instant, in epoch milliseconds.
 * @returns The working milliseconds from `table.from` to `t`.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` for an instant outside the table's range.
 *
 * @example
 * ```ts no-run
 * const table = clockTable(standardCalendar('Asia/Shanghai'), new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
 * workingMsOf(table, Date.parse('2026-01-12T02:00:00Z')) - workingMsOf(table, Date.parse('2026-01-09T09:00:00Z')); // 7200000
 * ```
 * @internal
 */
export function workingMsOf(table: ClockTable, t: number): number {
  if (!(t >= table.from && t <= table.to)) outOfRange(t, table.from, table.to);
  const hourly = table.hourly;
  const at = 3 * (Math.floor(t / HOUR_MS) - table.hourBase);
  const length = at < hourly.length ? (hourly[at + 2] as number) : -1;
  if (length < 0) return searchWorkingMs(table, t);
  const into = t - (hourly[at + 1] as number);
  return (hourly[at] as number) + (into <= 0 ? 0 : into < length ? into : length);
}

/**
 * Builds the {@link ClockTable} of a calendar over a period (with a day of margin on each side).
 *
 * @param calendar - The business calendar.
 * @param start - The start of the period.
 * @param end - The end of the period.
 * @returns The tables.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` for an invalid date; `INVALID_CALENDAR`
 *   for a malformed calendar.
 *
 * @example
 * ```ts no-run
 * const table = clockTable(standardCalendar('Asia/Shanghai'), new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
 * table.businessDayMs; // 32400000
 * ```
 * @internal
 */
export function clockTable(calendar: BusinessCalendar, start: Date, end: Date): ClockTable {
  const zone = calendar.timeZone;
  const firstDay = parseLocalDate(localDateOf(new Date(start.getTime() - DAY_MS), zone)) ?? 0;
  const lastDay = parseLocalDate(localDateOf(new Date(end.getTime() + DAY_MS), zone)) ?? firstDay;
  const starts: number[] = [];
  const ends: number[] = [];
  const cumBefore: number[] = [];
  const dailyCounts = new Map<number, number>();
  let total = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    let daily = 0;
    for (const interval of workingIntervalsOn(formatLocalDate(day), calendar)) {
      const s = interval.start.getTime();
      const e = interval.end.getTime();
      starts.push(s);
      ends.push(e);
      cumBefore.push(total);
      total += e - s;
      daily += e - s;
    }
    if (daily > 0) dailyCounts.set(daily, (dailyCounts.get(daily) ?? 0) + 1);
  }
  let businessDayMs = 0;
  let best = 0;
  for (const [daily, count] of dailyCounts) {
    if (count > best || (count === best && daily > businessDayMs)) {
      best = count;
      businessDayMs = daily;
    }
  }
  // Every interval that overlaps the covered range is in the table: the local days listed begin
  // before `from` and end after `to`.
  const from = start.getTime() - DAY_MS;
  const to = end.getTime() + DAY_MS;
  const bucketBase = Math.floor(from / DAY_MS);
  const buckets = new Int32Array(Math.floor(to / DAY_MS) - bucketBase + 1);
  let pointer = 0;
  for (let k = 0; k < buckets.length; k++) {
    const dayStart = (bucketBase + k) * DAY_MS;
    while (pointer < ends.length && (ends[pointer] as number) <= dayStart) pointer++;
    buckets[k] = pointer;
  }
  const n = ends.length;
  const startsAt = Float64Array.from(starts);
  const endsAt = Float64Array.from(ends);
  const hourBase = Math.floor(from / HOUR_MS);
  const hours = Math.floor(to / HOUR_MS) - hourBase + 1;
  const hourly = new Float64Array(hours <= MAX_HOURS ? hours * 3 : 0);
  const table: ClockTable = {
    from,
    to,
    businessDayMs,
    total,
    hourly,
    hourBase,
    buckets,
    bucketBase,
    startsAt,
    endsAt,
    before: Float64Array.from(cumBefore),
  };
  // Per UTC hour of the range, three numbers: the working time before the hour, and the start and
  // length of the hour's one stretch of working time. A reading is then one clamp, without the
  // search and its unpredictable branches; an hour with two stretches (length -1) is searched.
  let first = 0;
  for (let h = 0; h < hourly.length / 3; h++) {
    const hourStart = (hourBase + h) * HOUR_MS;
    const hourEnd = hourStart + HOUR_MS;
    while (first < n && (endsAt[first] as number) <= hourStart) first++;
    let stretches = 0;
    let stretchStart = hourStart;
    let length = 0;
    for (let m = first; m < n && (startsAt[m] as number) < hourEnd; m++) {
      stretches++;
      stretchStart = Math.max(startsAt[m] as number, hourStart);
      length = Math.min(endsAt[m] as number, hourEnd) - stretchStart;
    }
    hourly[3 * h] = searchWorkingMs(table, hourStart);
    hourly[3 * h + 1] = stretchStart;
    hourly[3 * h + 2] = stretches <= 1 ? length : -1;
  }
  return table;
}

/**
 * Prepares a {@link BusinessClock} for a calendar over a period (with a day of margin on each side).
 *
 * @param calendar - The business calendar (e.g. `standardCalendar('Asia/Shanghai')`).
 * @param start - The start of the period.
 * @param end - The end of the period.
 * @returns The clock.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` for an invalid date (and from
 *   `workingMsAt` for an instant outside the covered range); `INVALID_CALENDAR` for a malformed
 *   calendar.
 *
 * @example
 * ```ts
 * import { standardCalendar } from 'logistics-customer/core';
 * import { createBusinessClock } from 'logistics-customer/funnel';
 * const clock = createBusinessClock(standardCalendar('Asia/Shanghai'), new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
 * // Friday 2026-01-09 17:00 to Monday 2026-01-12 10:00 in Shanghai: 1 h + 1 h of working time.
 * [clock.workingMsBetween(Date.parse('2026-01-09T09:00:00Z'), Date.parse('2026-01-12T02:00:00Z')), clock.businessDayMs];
 * // => [7200000, 32400000]
 * ```
 * @category Funnel analytics
 */
export function createBusinessClock(calendar: BusinessCalendar, start: Date, end: Date): BusinessClock {
  const table = clockTable(calendar, start, end);
  const { from, to, businessDayMs } = table;
  const workingMsAt = (t: number): number => workingMsOf(table, t);
  const workingMsBetween = (a: number, b: number): number =>
    a >= from && a <= to && b >= from && b <= to
      ? workingMsOf(table, b) - workingMsOf(table, a)
      : businessTimeBetween(new Date(a), new Date(b), calendar);
  return { from, to, businessDayMs, workingMsBetween, workingMsAt };
}
