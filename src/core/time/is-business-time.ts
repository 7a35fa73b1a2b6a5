import type { BusinessCalendar } from './business-calendar.js';
import { compileCalendar, createZoneMemo, dayIntervals, LOOKBACK_MS, minutesOn } from './calendar-engine.js';
import { instantMs } from './checks.js';
import { MINUTE_MS } from './civil-date.js';
import { localDayNumber } from './zone-math.js';

/**
 * Whether an instant falls in the calendar's working time (start of a working interval
 * included, its end excluded).
 *
 * @param instant - The instant.
 * @param calendar - The business calendar.
 * @returns `true` inside working time.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when `instant` is not a valid `Date`;
 *   `INVALID_CALENDAR` when the calendar is malformed.
 *
 * @example
 * ```ts
 * import { isBusinessTime, standardCalendar } from 'logistics-customer/core';
 * const shanghai = standardCalendar('Asia/Shanghai', { breaks: [{ start: '12:00', end: '13:00' }] });
 * // Monday 2026-01-12 at 12:30 and at 13:00 in Shanghai:
 * [isBusinessTime(new Date('2026-01-12T04:30:00Z'), shanghai), isBusinessTime(new Date('2026-01-12T05:00:00Z'), shanghai)];
 * // => [false, true]
 * ```
 * @category Time
 */
export function isBusinessTime(instant: Date, calendar: BusinessCalendar): boolean {
  const at = instantMs(instant, 'instant');
  const compiled = compileCalendar(calendar);
  const memo = createZoneMemo(compiled.timeZone, at);
  const day = localDayNumber(at, memo.offset);
  const contains = (d: number): boolean => dayIntervals(compiled, memo, d).some(([start, end]) => start <= at && at < end);
  if (contains(day)) return true;
  // After clocks are turned back across midnight, the next day's first minutes can come earlier.
  const next = minutesOn(compiled, day + 1)[0];
  return next !== undefined && next[0] * MINUTE_MS < LOOKBACK_MS && contains(day + 1);
}
