/**
 * Calendar arithmetic on local dates as whole day numbers (days since 1970-01-01), with no
 * `Date` and no time zone involved. Internal to `core/time`.
 *
 * @packageDocumentation
 */

import type { Weekday } from './weekday.js';

/** Milliseconds in one minute. */
export const MINUTE_MS = 60_000;
/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in one 24-hour wall-clock day. */
export const DAY_MS = 86_400_000;
/** The largest epoch milliseconds a `Date` can hold (±8.64e15). */
export const MAX_INSTANT_MS = 8.64e15;
/** Minutes in one wall-clock day: the value of `'24:00'`. */
export const MINUTES_PER_DAY = 1_440;

/** The number written by `length` ASCII digits of `text` from `from`, or -1 if any is not a digit. */
function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number (days since 1970-01-01) of a proleptic Gregorian date.
 *
 * @param year - The year.
 * @param month - The month, 1–12.
 * @param day - The day of the month, 1–31.
 * @returns The day number.
 *
 * @example
 * ```ts
 * import { daysFromCivil } from './civil-date.js';
 * daysFromCivil(1970, 1, 2);
 * // => 1
 * ```
 * @internal
 * @category Time
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Formats a day number as a local date `'yyyy-MM-dd'`.
 *
 * @param dayNumber - Days since 1970-01-01.
 * @returns The local date.
 *
 * @example
 * ```ts
 * import { formatLocalDate } from './civil-date.js';
 * formatLocalDate(20_727);
 * // => '2026-10-01'
 * ```
 * @internal
 * @category Time
 */
export function formatLocalDate(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Parses a local date `'yyyy-MM-dd'` (a real calendar date) into its day number.
 *
 * @param value - The text to parse.
 * @returns The day number, or `undefined` when the text is not a valid date.
 *
 * @example
 * ```ts
 * import { parseLocalDate } from './civil-date.js';
 * [parseLocalDate('2026-10-01'), parseLocalDate('2026-02-30')];
 * // => [20727, undefined]
 * ```
 * @internal
 * @category Time
 */
export function parseLocalDate(value: string): number | undefined {
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/**
 * The weekday of a day number (0 = Sunday).
 *
 * @param dayNumber - Days since 1970-01-01.
 * @returns The weekday.
 *
 * @example
 * ```ts
 * import { weekdayOfDay } from './civil-date.js';
 * weekdayOfDay(0);
 * // => 4
 * ```
 * @internal
 * @category Time
 */
export function weekdayOfDay(dayNumber: number): Weekday {
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}

/**
 * Parses a wall-clock time `'HH:mm'` (from `'00:00'` to `'24:00'`) into minutes after midnight.
 *
 * @param value - The text to parse.
 * @returns The minutes, or `undefined` when the text is not a valid time of day.
 *
 * @example
 * ```ts
 * import { parseClock } from './civil-date.js';
 * [parseClock('09:30'), parseClock('24:00'), parseClock('24:30')];
 * // => [570, 1440, undefined]
 * ```
 * @internal
 * @category Time
 */
export function parseClock(value: string): number | undefined {
  if (value.length !== 5 || value[2] !== ':') return undefined;
  const h = digits(value, 0, 2);
  const m = digits(value, 3, 2);
  if (h < 0 || m < 0 || m > 59 || h > 24 || (h === 24 && m !== 0)) return undefined;
  return h * 60 + m;
}
