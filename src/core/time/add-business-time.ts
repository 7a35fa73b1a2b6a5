import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import type { BusinessCalendar } from './business-calendar.js';
import { compileCalendar, createZoneMemo, dayIntervals, MAX_OFFSET_MS, SEARCH_LIMIT_DAYS } from './calendar-engine.js';
import { instantMs, invalidCalendar, wholeDurationMs } from './checks.js';
import { DAY_MS, MAX_INSTANT_MS } from './civil-date.js';
import { localDayNumber } from './zone-math.js';

function pastLastDate(durationMs: number): LogisticsCustomerError {
  return new LogisticsCustomerError('INVALID_DURATION', CORE_MESSAGES.INVALID_DURATION, {
    received: durationMs,
    reason: 'the result would be past the last representable date',
  });
}

/**
 * The instant at which `durationMs` of working time has elapsed after `start`: the deadline of a
 * service level measured in business time (服务时限, DOMAIN.md §7). Counting starts at `start`, or
 * at the next working instant when `start` falls outside working time; the result can be the very
 * end of a working interval (Friday 17:00 + 1 h on a 09:00–18:00 calendar is Friday 18:00, not
 * Monday 09:00). A zero duration returns `start` unchanged, even outside working time. Daylight
 * saving is measured in real elapsed time; the machine's time zone is never read.
 *
 * @param start - The instant counting starts from.
 * @param durationMs - The working time to add, in milliseconds (fractions are rounded up).
 * @param calendar - The business calendar (use `calendarTime()` for 24×7 calendar time).
 * @returns A new `Date`; `start` is not modified.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when `start` is not a valid `Date`;
 *   `INVALID_DURATION` when `durationMs` is negative or not finite, or the result would be past
 *   the last representable date; `INVALID_CALENDAR` when the calendar is malformed or has no
 *   working time in 3660 consecutive days.
 *
 * @example
 * ```ts
 * import { addBusinessTime, hours, standardCalendar } from 'logistics-customer/core';
 * const shanghai = standardCalendar('Asia/Shanghai', { breaks: [{ start: '12:00', end: '13:00' }] });
 * // Friday 2026-01-09 17:00 in Shanghai plus 2 working hours is Monday 10:00 in Shanghai:
 * addBusinessTime(new Date('2026-01-09T09:00:00Z'), hours(2), shanghai).toISOString();
 * // => '2026-01-12T02:00:00.000Z'
 * ```
 * @category Time
 */
export function addBusinessTime(start: Date, durationMs: number, calendar: BusinessCalendar): Date {
  const from = instantMs(start, 'start');
  let remaining = wholeDurationMs(durationMs);
  const compiled = compileCalendar(calendar);
  if (remaining === 0) return new Date(from);
  const memo = createZoneMemo(compiled.timeZone, from);
  let day = localDayNumber(from, memo.offset);
  let idleDays = 0;
  for (;;) {
    let worked = false;
    for (const [intervalStart, intervalEnd] of dayIntervals(compiled, memo, day)) {
      const begin = Math.max(intervalStart, from);
      if (intervalEnd <= begin) continue;
      if (remaining <= intervalEnd - begin) {
        if (begin + remaining > MAX_INSTANT_MS) throw pastLastDate(durationMs);
        return new Date(begin + remaining);
      }
      remaining -= intervalEnd - begin;
      worked = true;
    }
    idleDays = worked ? 0 : idleDays + 1;
    if (idleDays >= SEARCH_LIMIT_DAYS) {
      throw invalidCalendar(`no working time in the next ${SEARCH_LIMIT_DAYS} days`, { after: new Date(from).toISOString() });
    }
    day += 1;
    if (day * DAY_MS - MAX_OFFSET_MS > MAX_INSTANT_MS) throw pastLastDate(durationMs);
  }
}
