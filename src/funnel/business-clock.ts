import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import type { BusinessCalendar } from '../core/time/business-calendar.js';
import { businessTimeBetween } from '../core/time/business-time-between.js';
import { compileCalendar, createZoneMemo, dayIntervals } from '../core/time/calendar-engine.js';
import { DAY_MS, parseLocalDate } from '../core/time/civil-date.js';
import { localDateOf } from '../core/time/zoned-time.js';
import { FUNNEL_MESSAGES } from './messages.js';

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

/** `1 / DAY_MS`: a multiplication finds the UTC day (a division takes several times longer). */
const PER_DAY = 1 / DAY_MS;
/** The most stretches of working time one UTC day keeps in the daily table; a day with more is searched. */
const MAX_WIDTH = 4;

function outOfRange(t: number, from: number, to: number): never {
  throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { received: t, from, to });
}

/**
 * The tables behind a {@link BusinessClock}: a plain record read by {@link workingMsOf}, a
 * function of the module — the funnel report's pass over each block of times calls it directly,
 * so the call is inlined and stays valid from one report to the next (a closure made per clock is
 * neither).
 *
 * @internal
 */
export interface ClockTable {
  readonly from: number;
  readonly to: number;
  readonly businessDayMs: number;
  /** The working time from `from` to the end of the last interval. */
  readonly total: number;
  /** The first UTC day of the daily tables, in days since the epoch. */
  readonly dayBase: number;
  /** Per UTC day: the working time before the day begins; -1 for a day with more stretches than `width` (searched). */
  readonly daily: Float64Array;
  /** Per UTC day, `width` pairs: the start of a stretch in milliseconds after the day begins and its length (0, 0 when unused). */
  readonly stretches: Int32Array;
  /** Stretches per day in `stretches`: the most any day has, 1 to {@link MAX_WIDTH}. */
  readonly width: number;
  /** Per UTC day: the first interval that ends after the day begins. */
  readonly buckets: Int32Array;
  readonly startsAt: Float64Array;
  readonly endsAt: Float64Array;
  /** The working time before each interval. */
  readonly before: Float64Array;
}

/** The working milliseconds from `from` to `t`, by a search of the day's intervals. */
function searchWorkingMs(table: ClockTable, t: number): number {
  const { endsAt, startsAt, before } = table;
  const n = endsAt.length;
  let i = table.buckets[Math.floor(t / DAY_MS) - table.dayBase] as number;
  while (i < n && (endsAt[i] as number) <= t) i++;
  if (i === n) return table.total;
  const s = startsAt[i] as number;
  return (before[i] as number) + (t > s ? t - s : 0);
}

/**
 * The working milliseconds from the table's start to an instant inside its range, in constant
 * time: the UTC day's entry and a clamp per stretch, in integer arithmetic without branches (the
 * daily table is a few kilobytes, so it stays in the processor's nearest cache while millions of
 * events stream past). A day with more stretches than the table holds, and an instant with a
 * fraction of a millisecond, are searched.
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
  // The product equals the quotient's floor at every midnight of 1860–2190 (each checked); were it
  // rounded down at the very start of a day, that instant would read as the end of the day before,
  // which has the same working time (the table keeps one day more in front for that).
  const day = Math.floor(t * PER_DAY);
  const d = day - table.dayBase;
  const before = table.daily[d] as number;
  const offset = t - day * DAY_MS;
  const into = offset | 0;
  if (before < 0 || into !== offset) return searchWorkingMs(table, t);
  const { stretches, width } = table;
  let work = before;
  for (let j = 2 * width * d, end = j + 2 * width; j < end; j += 2) {
    // max(into − start, 0), then min(…, length), with sign masks: no branch to mispredict.
    let x = into - (stretches[j] as number);
    x &= ~(x >> 31);
    const length = stretches[j + 1] as number;
    const over = x - length;
    work += length + (over & (over >> 31));
  }
  return work;
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
  // The calendar compiled once and one offset memo carried from day to day (what
  // `workingIntervalsOn` does for a single day, checking the calendar each time).
  const compiled = compileCalendar(calendar);
  const memo = createZoneMemo(compiled.timeZone, firstDay * DAY_MS);
  for (let day = firstDay; day <= lastDay; day++) {
    let daily = 0;
    for (const [s, e] of dayIntervals(compiled, memo, day)) {
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
  // The readings count from `from`: the working time listed before it is taken off.
  let origin = 0;
  starts.forEach((s, i) => {
    origin += Math.max(0, Math.min(ends[i] as number, from) - s);
  });
  total -= origin;
  // One day more in front: see workingMsOf.
  const dayBase = Math.floor(from / DAY_MS) - 1;
  const days = Math.floor(to / DAY_MS) - dayBase + 1;
  const n = ends.length;
  const startsAt = Float64Array.from(starts);
  const endsAt = Float64Array.from(ends);
  const before = Float64Array.from(cumBefore, (b) => b - origin);
  const buckets = new Int32Array(days);
  // Per UTC day, the listed intervals that overlap it, clipped to the day.
  const clipped: [number, number][][] = [];
  let pointer = 0;
  let width = 1;
  for (let k = 0; k < days; k++) {
    const dayStart = (dayBase + k) * DAY_MS;
    const dayEnd = dayStart + DAY_MS;
    while (pointer < n && (endsAt[pointer] as number) <= dayStart) pointer++;
    buckets[k] = pointer;
    const stretches: [number, number][] = [];
    for (let m = pointer; m < n && (startsAt[m] as number) < dayEnd; m++) {
      const s = Math.max(startsAt[m] as number, dayStart);
      stretches.push([s - dayStart, Math.min(endsAt[m] as number, dayEnd) - s]);
    }
    clipped.push(stretches);
    if (stretches.length <= MAX_WIDTH && stretches.length > width) width = stretches.length;
  }
  const daily = new Float64Array(days);
  const stretches = new Int32Array(days * 2 * width);
  const table: ClockTable = { from, to, businessDayMs, total, dayBase, daily, stretches, width, buckets, startsAt, endsAt, before };
  clipped.forEach((list, k) => {
    // The working time before the day: the intervals ended by then, and the part of one running.
    const dayStart = (dayBase + k) * DAY_MS;
    const i = buckets[k] as number;
    daily[k] = list.length > width ? -1 : i === n ? total : (before[i] as number) + Math.max(dayStart - (startsAt[i] as number), 0);
    list.forEach(([offset, length], j) => {
      stretches[2 * (width * k + j)] = offset;
      stretches[2 * (width * k + j) + 1] = length;
    });
  });
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
 *   `workingMsAt` for an instant outside the covered range); `INVALID_PERIOD` unless `start` is
 *   before `end`; `INVALID_CALENDAR` for a malformed calendar.
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
  for (const date of [start, end] as unknown[]) {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { received: date });
    }
  }
  if (!(start.getTime() < end.getTime())) {
    throw new LogisticsCustomerError('INVALID_PERIOD', FUNNEL_MESSAGES.INVALID_PERIOD, { start, end });
  }
  const table = clockTable(calendar, start, end);
  const { from, to, businessDayMs } = table;
  const workingMsAt = (t: number): number => workingMsOf(table, t);
  const workingMsBetween = (a: number, b: number): number =>
    a >= from && a <= to && b >= from && b <= to
      ? workingMsOf(table, b) - workingMsOf(table, a)
      : businessTimeBetween(new Date(a), new Date(b), calendar);
  return { from, to, businessDayMs, workingMsBetween, workingMsAt };
}
