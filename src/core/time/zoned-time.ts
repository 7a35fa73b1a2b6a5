import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import { instantMs } from './checks.js';
import { DAY_MS, formatLocalDate, MINUTE_MS, parseClock, parseLocalDate } from './civil-date.js';
import { localDayNumber, offsetMs, wallToInstantMs } from './zone-math.js';

/**
 * The local date `'yyyy-MM-dd'` of an instant in a time zone (never the machine's own zone).
 *
 * @param instant - The instant.
 * @param timeZone - The IANA time zone.
 * @returns The local date.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when `instant` is not a valid `Date`;
 *   `INVALID_CALENDAR` for an unknown time zone.
 *
 * @example
 * ```ts
 * import { localDateOf } from 'logistics-customer/core';
 * localDateOf(new Date('2026-09-30T16:30:00Z'), 'Asia/Shanghai');
 * // => '2026-10-01'
 * ```
 * @category Time
 */
export function localDateOf(instant: Date, timeZone: string): string {
  const at = instantMs(instant, 'instant');
  return formatLocalDate(localDayNumber(at, offsetMs(timeZone, at)));
}

/**
 * The instant a local date and wall-clock time happen in a time zone. A time skipped by a
 * daylight-saving gap maps to the end of the gap (02:30 in New York on 2024-03-10 → 03:00 EDT);
 * a time that happens twice in an overlap maps to its first occurrence.
 *
 * @param localDate - The local date `'yyyy-MM-dd'`.
 * @param time - The wall-clock time `'HH:mm'` (`'24:00'` is midnight at the end of the day).
 * @param timeZone - The IANA time zone.
 * @returns A new `Date`.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when the date or the time is not valid;
 *   `INVALID_CALENDAR` for an unknown time zone.
 *
 * @example
 * ```ts
 * import { wallTimeToInstant } from 'logistics-customer/core';
 * [
 *   wallTimeToInstant('2024-03-10', '02:30', 'America/New_York').toISOString(),
 *   wallTimeToInstant('2024-11-03', '01:30', 'America/New_York').toISOString(),
 * ];
 * // => ['2024-03-10T07:00:00.000Z', '2024-11-03T05:30:00.000Z']
 * ```
 * @category Time
 */
export function wallTimeToInstant(localDate: string, time: string, timeZone: string): Date {
  const day = typeof localDate === 'string' ? parseLocalDate(localDate) : undefined;
  const minute = typeof time === 'string' ? parseClock(time) : undefined;
  if (day === undefined || minute === undefined) {
    throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { localDate, time });
  }
  return new Date(wallToInstantMs(timeZone, day * DAY_MS + minute * MINUTE_MS));
}
