import { renderError } from '../domain-error.js';
import type { BusinessCalendar, ExtraWorkday } from './business-calendar.js';
import { parseBusinessCalendar } from './business-calendar.js';
import { invalidCalendar } from './checks.js';
import type { TimeRange } from './time-range.js';
import { type Weekday, WEEKDAYS } from './weekday.js';

/**
 * Options of {@link standardCalendar}; every field has the default of a Chinese office week.
 *
 * @category Time
 */
export interface StandardCalendarOptions {
  /** The start of the working day, `'HH:mm'` (default `'09:00'`). */
  readonly start?: string;
  /** The end of the working day, `'HH:mm'` (default `'18:00'`). */
  readonly end?: string;
  /** The working weekdays (default Monday to Friday, `[1, 2, 3, 4, 5]`). */
  readonly weekdays?: readonly Weekday[];
  /** Breaks removed from every working day (default none; e.g. lunch 12:00–13:00). */
  readonly breaks?: readonly TimeRange[];
  /** Local dates `'yyyy-MM-dd'` without working time (default none). */
  readonly holidays?: readonly string[];
  /** Make-up working days (调休) with their own hours (default none). */
  readonly extraWorkdays?: readonly ExtraWorkday[];
}

/**
 * Builds the usual office calendar: the same hours on each working weekday (default Monday to
 * Friday, 09:00–18:00) in one time zone, with optional breaks, holidays and make-up working days.
 *
 * @param timeZone - The IANA time zone, e.g. `'Asia/Shanghai'`.
 * @param options - Hours, weekdays, breaks, holidays and make-up working days.
 * @returns A new, validated calendar that shares no arrays with `options`.
 * @throws {@link LogisticsCustomerError} `INVALID_CALENDAR` when the time zone or any option is
 *   invalid; `details.errors` holds the problems as `DomainError`s.
 *
 * @example
 * ```ts
 * import { standardCalendar } from 'logistics-customer/core';
 * const c = standardCalendar('Asia/Shanghai', { holidays: ['2026-10-01'] });
 * [c.weeklyHours[1], c.weeklyHours[0], c.holidays];
 * // => [[{ start: '09:00', end: '18:00' }], [], ['2026-10-01']]
 * ```
 * @category Time
 */
export function standardCalendar(timeZone: string, options: StandardCalendarOptions = {}): BusinessCalendar {
  const hours: readonly TimeRange[] = [{ start: options.start ?? '09:00', end: options.end ?? '18:00' }];
  const working = new Set<Weekday>(options.weekdays ?? [1, 2, 3, 4, 5]);
  const weeklyHours = Object.fromEntries(WEEKDAYS.map((day) => [day, working.has(day) ? hours : []]));
  const parsed = parseBusinessCalendar({
    timeZone,
    weeklyHours,
    ...(options.breaks === undefined ? {} : { breaks: options.breaks }),
    ...(options.holidays === undefined ? {} : { holidays: options.holidays }),
    ...(options.extraWorkdays === undefined ? {} : { extraWorkdays: options.extraWorkdays }),
  });
  if (!parsed.ok) {
    throw invalidCalendar(parsed.error.map((e) => renderError(e, 'en')).join('; '), { errors: parsed.error });
  }
  return parsed.value;
}
