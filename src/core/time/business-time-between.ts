import type { BusinessCalendar } from './business-calendar.js';
import { compileCalendar, createZoneMemo, dayIntervals, MAX_OFFSET_MS } from './calendar-engine.js';
import { instantMs } from './checks.js';
import { DAY_MS } from './civil-date.js';
import { localDayNumber } from './zone-math.js';

function workingMsWithin(calendar: BusinessCalendar, from: number, to: number): number {
  const compiled = compileCalendar(calendar);
  if (from === to) return 0;
  const memo = createZoneMemo(compiled.timeZone, from);
  let total = 0;
  // A day whose wall-clock midnight is more than the largest offset past `to` cannot reach back.
  for (let day = localDayNumber(from, memo.offset); day * DAY_MS - MAX_OFFSET_MS < to; day++) {
    for (const [start, end] of dayIntervals(compiled, memo, day)) {
      if (start >= to) return total;
      const overlap = Math.min(end, to) - Math.max(start, from);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}

/**
 * The working time between two instants, in milliseconds: the part of `[a, b)` that falls in the
 * calendar's working intervals — how long a case has been open in business time (服务时限,
 * DOMAIN.md §7). The value is signed: when `b` is before `a` it is the negative of
 * `businessTimeBetween(b, a)`, so `between(a, b) + between(b, c) === between(a, c)` always holds.
 *
 * @param a - The first instant.
 * @param b - The second instant.
 * @param calendar - The business calendar (use `calendarTime()` for 24×7 calendar time).
 * @returns Working milliseconds, negative when `b` is before `a`.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when `a` or `b` is not a valid `Date`;
 *   `INVALID_CALENDAR` when the calendar is malformed.
 *
 * @example
 * ```ts
 * import { businessTimeBetween, standardCalendar } from 'logistics-customer/core';
 * const shanghai = standardCalendar('Asia/Shanghai', { breaks: [{ start: '12:00', end: '13:00' }] });
 * // Friday 2026-01-09 17:00 to Monday 2026-01-12 10:00, Shanghai time, is 2 working hours:
 * businessTimeBetween(new Date('2026-01-09T09:00:00Z'), new Date('2026-01-12T02:00:00Z'), shanghai);
 * // => 7200000
 * ```
 * @category Time
 */
export function businessTimeBetween(a: Date, b: Date, calendar: BusinessCalendar): number {
  const from = instantMs(a, 'a');
  const to = instantMs(b, 'b');
  if (to >= from) return workingMsWithin(calendar, from, to);
  const backwards = workingMsWithin(calendar, to, from);
  return backwards === 0 ? 0 : -backwards; // never -0
}
