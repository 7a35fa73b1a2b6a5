/**
 * The working intervals of a {@link BusinessCalendar} as instants, one local day at a time.
 * Shared by the business-time functions; internal to `core/time`.
 *
 * Zone offsets are looked up with `tzOffset` (an `Intl` call, the costly part). Within one call a
 * small {@link ZoneMemo} remembers a span of instants known to have one offset: two lookups cover
 * the first days and one more each further four days. A span is trusted when the offset is the
 * same at both of its ends and it is at most about five days long; this relies on what the tz
 * database holds for every zone since 1970 — two offset changes are always at least seven days
 * apart (the closest: Brazil, October 2000) — and on clocks never being turned back by more than
 * three hours at once.
 *
 * @packageDocumentation
 */

import type { BusinessCalendar, ExtraWorkday } from './business-calendar.js';
import { invalidCalendar } from './checks.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, parseClock, parseLocalDate, weekdayOfDay } from './civil-date.js';
import type { TimeRange } from './time-range.js';
import { WEEKDAYS } from './weekday.js';
import { offsetMs, wallToInstantMs } from './zone-math.js';

/** A span `[start, end)`, in minutes after local midnight or in epoch milliseconds. */
export type Span = readonly [start: number, end: number];

/** How many days without any working time a search walks before it gives up. */
export const SEARCH_LIMIT_DAYS = 3_660;

/** How far back of a day's first working minute the offset must be known (largest fall-back). */
export const LOOKBACK_MS = 3 * HOUR_MS;

/** How far ahead of what is needed an offset probe looks (the offset changes at most once in it). */
const LOOKAHEAD_MS = 4 * DAY_MS;

/** The earliest instant of a local day is at most this long before its wall-clock midnight. */
export const MAX_OFFSET_MS = 16 * HOUR_MS;

const NO_SPANS: readonly Span[] = [];

/**
 * A calendar prepared for computation: ranges as minutes with breaks removed, dates as day
 * numbers.
 *
 * @internal
 * @category Time
 */
export interface CompiledCalendar {
  /** The IANA time zone. */
  readonly timeZone: string;
  /** The working minutes of each weekday (0 = Sunday), breaks removed, sorted. */
  readonly weekly: readonly (readonly Span[])[];
  /** The day numbers of the holidays. */
  readonly holidays: ReadonlySet<number>;
  /** The working minutes of each make-up working day, by day number. */
  readonly extra: ReadonlyMap<number, readonly Span[]>;
}

/**
 * A per-call memo of the time zone's offset: the offset is `offset` on `[from, to]`. Created
 * and mutated inside one call of a business-time function, never shared.
 *
 * @internal
 * @category Time
 */
export interface ZoneMemo {
  /** The offset in milliseconds. */
  offset: number;
  /** The first instant known to have that offset. */
  from: number;
  /** The last instant known to have that offset. */
  to: number;
}

function rangeMinutes(range: TimeRange, where: string): Span {
  const start = parseClock(range.start);
  const end = parseClock(range.end);
  if (start === undefined || end === undefined || start >= end) {
    throw invalidCalendar('invalid time range', { where, start: range.start, end: range.end });
  }
  return [start, end];
}

function sortedSpans(ranges: readonly TimeRange[], where: string): readonly Span[] {
  if (ranges.length === 0) return NO_SPANS;
  const spans = ranges.map((range) => rangeMinutes(range, where));
  if (spans.length > 1) spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1];
    const current = spans[i];
    if (previous !== undefined && current !== undefined && current[0] < previous[1]) {
      throw invalidCalendar('overlapping time ranges', { where });
    }
  }
  return spans;
}

function withoutBreaks(spans: readonly Span[], breaks: readonly Span[]): readonly Span[] {
  if (breaks.length === 0) return spans;
  const out: Span[] = [];
  for (const [start, end] of spans) {
    let from = start;
    for (const [breakStart, breakEnd] of breaks) {
      if (breakEnd <= from || breakStart >= end) continue;
      if (breakStart > from) out.push([from, breakStart]);
      from = Math.max(from, breakEnd);
    }
    if (from < end) out.push([from, end]);
  }
  return out;
}

function localDay(value: string, where: string): number {
  const day = parseLocalDate(value);
  if (day === undefined) throw invalidCalendar('invalid local date', { where, date: value });
  return day;
}

/**
 * Prepares a calendar for computation, checking just enough to never compute with nonsense
 * (use `parseBusinessCalendar` for full validation with messages).
 *
 * @param calendar - The calendar.
 * @returns The compiled calendar.
 * @throws {@link LogisticsCustomerError} `INVALID_CALENDAR` for a malformed range or date.
 *
 * @example
 * ```ts
 * import { compileCalendar } from './calendar-engine.js';
 * import { standardCalendar } from './standard-calendar.js';
 * compileCalendar(standardCalendar('Asia/Shanghai', { breaks: [{ start: '12:00', end: '13:00' }] })).weekly[1];
 * // => [[540, 720], [780, 1080]]
 * ```
 * @internal
 * @category Time
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  if (typeof calendar !== 'object' || calendar === null || typeof calendar.timeZone !== 'string') {
    throw invalidCalendar('not a business calendar');
  }
  const breaks = sortedSpans(calendar.breaks ?? [], 'breaks');
  const weekly = WEEKDAYS.map((weekday) => {
    const ranges = calendar.weeklyHours?.[weekday];
    if (!Array.isArray(ranges)) throw invalidCalendar('missing weekly hours', { weekday });
    return withoutBreaks(sortedSpans(ranges, `weeklyHours.${weekday}`), breaks);
  });
  const holidays = new Set((calendar.holidays ?? []).map((date) => localDay(date, 'holidays')));
  const extra = new Map(
    (calendar.extraWorkdays ?? []).map((workday: ExtraWorkday): [number, readonly Span[]] => [
      localDay(workday.date, 'extraWorkdays'),
      withoutBreaks(sortedSpans(workday.hours, `extraWorkdays.${workday.date}`), breaks),
    ]),
  );
  return { timeZone: calendar.timeZone, weekly, holidays, extra };
}

/**
 * The working minutes of a local day: none on a holiday, the make-up hours on a make-up
 * working day, the weekday's hours otherwise.
 *
 * @param calendar - The compiled calendar.
 * @param day - The local day number.
 * @returns The working spans in minutes after local midnight.
 *
 * @example
 * ```ts
 * import { compileCalendar, minutesOn } from './calendar-engine.js';
 * import { standardCalendar } from './standard-calendar.js';
 * minutesOn(compileCalendar(standardCalendar('UTC')), 20_727);
 * // => [[540, 1080]]
 * ```
 * @internal
 * @category Time
 */
export function minutesOn(calendar: CompiledCalendar, day: number): readonly Span[] {
  if (calendar.holidays.has(day)) return NO_SPANS;
  return calendar.extra.get(day) ?? calendar.weekly[weekdayOfDay(day)] ?? NO_SPANS;
}

/**
 * Starts a per-call offset memo around an instant, covering the day before it and the days after.
 *
 * @param timeZone - The IANA time zone.
 * @param instant - The instant, in epoch milliseconds.
 * @returns The memo, knowing at least the offset at that instant.
 * @throws {@link LogisticsCustomerError} `INVALID_CALENDAR` for an unknown time zone.
 *
 * @example
 * ```ts
 * import { createZoneMemo } from './calendar-engine.js';
 * createZoneMemo('Asia/Shanghai', 0).offset;
 * // => 28800000
 * ```
 * @internal
 * @category Time
 */
export function createZoneMemo(timeZone: string, instant: number): ZoneMemo {
  const before = instant - DAY_MS - LOOKBACK_MS;
  const after = instant + LOOKAHEAD_MS;
  const offsetBefore = offsetMs(timeZone, before);
  if (offsetMs(timeZone, after) === offsetBefore) return { offset: offsetBefore, from: before, to: after };
  const offset = offsetMs(timeZone, instant);
  return offset === offsetBefore ? { offset, from: before, to: instant } : { offset, from: instant, to: instant };
}

function probe(timeZone: string, memo: ZoneMemo, at: number): boolean {
  if (offsetMs(timeZone, at + LOOKAHEAD_MS) === memo.offset) {
    memo.to = at + LOOKAHEAD_MS;
    return true;
  }
  if (offsetMs(timeZone, at) === memo.offset) {
    memo.to = at;
    return true;
  }
  return false;
}

function offsetIsConstant(timeZone: string, memo: ZoneMemo, lo: number, hi: number): boolean {
  if (lo >= memo.from && lo <= memo.to) return hi <= memo.to || probe(timeZone, memo, hi);
  if (offsetMs(timeZone, lo) !== memo.offset) return false;
  memo.from = lo;
  memo.to = lo;
  return probe(timeZone, memo, hi);
}

/**
 * The working intervals of a local day as instants, in order; a range swallowed by a
 * daylight-saving gap disappears, and each range measures the real time that elapses.
 *
 * @param calendar - The compiled calendar.
 * @param memo - The per-call offset memo (updated).
 * @param day - The local day number.
 * @returns The intervals `[start, end)` in epoch milliseconds.
 *
 * @example
 * ```ts
 * import { compileCalendar, createZoneMemo, dayIntervals } from './calendar-engine.js';
 * import { standardCalendar } from './standard-calendar.js';
 * const c = compileCalendar(standardCalendar('Asia/Shanghai'));
 * dayIntervals(c, createZoneMemo(c.timeZone, 0), 20_727).map(([s]) => new Date(s).toISOString());
 * // => ['2026-10-01T01:00:00.000Z']
 * ```
 * @internal
 * @category Time
 */
export function dayIntervals(calendar: CompiledCalendar, memo: ZoneMemo, day: number): readonly Span[] {
  const spans = minutesOn(calendar, day);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (first === undefined || last === undefined) return NO_SPANS;
  const base = day * DAY_MS;
  const { timeZone } = calendar;
  const lo = base + first[0] * MINUTE_MS - memo.offset - LOOKBACK_MS;
  const hi = base + last[1] * MINUTE_MS - memo.offset;
  if (offsetIsConstant(timeZone, memo, lo, hi)) {
    const shift = base - memo.offset;
    return spans.map(([start, end]): Span => [shift + start * MINUTE_MS, shift + end * MINUTE_MS]);
  }
  const out: Span[] = [];
  for (const [start, end] of spans) {
    const from = wallToInstantMs(timeZone, base + start * MINUTE_MS);
    const to = wallToInstantMs(timeZone, base + end * MINUTE_MS);
    if (from < to) out.push([from, to]);
  }
  const lastInstant = wallToInstantMs(timeZone, base + last[1] * MINUTE_MS);
  memo.offset = offsetMs(timeZone, lastInstant);
  memo.from = lastInstant;
  memo.to = lastInstant;
  return out;
}
