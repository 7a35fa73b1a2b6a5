import type { BusinessCalendar } from './business-calendar.js';
import { standardCalendar } from './standard-calendar.js';
import type { TimeRange } from './time-range.js';

const ALL_DAY: readonly TimeRange[] = [{ start: '00:00', end: '24:00' }];

/**
 * Calendar time (自然时间, 24×7) in UTC as a {@link BusinessCalendar}: every day 00:00–24:00, no
 * holidays. Pass it where a business calendar is expected to measure a service level in calendar
 * time instead (e.g. "respond within 24 hours" around the clock).
 *
 * @example
 * ```ts
 * import { addBusinessTime, CALENDAR_TIME, hours } from 'logistics-customer/core';
 * addBusinessTime(new Date('2026-01-10T07:00:00Z'), hours(24), CALENDAR_TIME).toISOString();
 * // => '2026-01-11T07:00:00.000Z'
 * ```
 * @category Time
 */
export const CALENDAR_TIME: BusinessCalendar = {
  timeZone: 'UTC',
  weeklyHours: { 0: ALL_DAY, 1: ALL_DAY, 2: ALL_DAY, 3: ALL_DAY, 4: ALL_DAY, 5: ALL_DAY, 6: ALL_DAY },
};

/**
 * Calendar time (自然时间, 24×7) in a given time zone: every day 00:00–24:00. Elapsed time is the
 * same in every zone; the zone only matters once you add holidays (`{ ...calendarTime(z), holidays }`)
 * or ask for a day's intervals (a daylight-saving day is 23 or 25 hours).
 *
 * @param timeZone - The IANA time zone (default `'UTC'`).
 * @returns A new calendar with every day fully working.
 * @throws {@link LogisticsCustomerError} `INVALID_CALENDAR` for an unknown time zone.
 *
 * @example
 * ```ts
 * import { calendarTime, workingIntervalsOn } from 'logistics-customer/core';
 * const days = workingIntervalsOn('2024-03-10', calendarTime('America/New_York'));
 * days.map((i) => (i.end.getTime() - i.start.getTime()) / 3_600_000);
 * // => [23]
 * ```
 * @category Time
 */
export function calendarTime(timeZone = 'UTC'): BusinessCalendar {
  return standardCalendar(timeZone, { start: '00:00', end: '24:00', weekdays: [0, 1, 2, 3, 4, 5, 6] });
}
