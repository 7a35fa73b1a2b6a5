import type { BusinessCalendar } from './business-calendar.js';
import { compileCalendar, createZoneMemo, dayIntervals, SEARCH_LIMIT_DAYS } from './calendar-engine.js';
import { instantMs, invalidCalendar } from './checks.js';
import { localDayNumber } from './zone-math.js';

/**
 * The first working instant at or after `instant`: `instant` itself inside working time,
 * otherwise the start of the next working interval.
 *
 * @param instant - The instant.
 * @param calendar - The business calendar.
 * @returns A new `Date`; `instant` is not modified.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when `instant` is not a valid `Date`;
 *   `INVALID_CALENDAR` when the calendar is malformed or has no working time in the next 3660
 *   days.
 *
 * @example
 * ```ts
 * import { nextBusinessInstant, standardCalendar } from 'logistics-customer/core';
 * // From Saturday 2026-01-10 15:00 in Shanghai, work resumes on Monday 09:00:
 * nextBusinessInstant(new Date('2026-01-10T07:00:00Z'), standardCalendar('Asia/Shanghai')).toISOString();
 * // => '2026-01-12T01:00:00.000Z'
 * ```
 * @category Time
 */
export function nextBusinessInstant(instant: Date, calendar: BusinessCalendar): Date {
  const at = instantMs(instant, 'instant');
  const compiled = compileCalendar(calendar);
  const memo = createZoneMemo(compiled.timeZone, at);
  const firstDay = localDayNumber(at, memo.offset);
  for (let day = firstDay; day < firstDay + SEARCH_LIMIT_DAYS; day++) {
    for (const [start, end] of dayIntervals(compiled, memo, day)) {
      if (end > at) return new Date(Math.max(start, at));
    }
  }
  throw invalidCalendar(`no working time in the next ${SEARCH_LIMIT_DAYS} days`, { after: new Date(at).toISOString() });
}
