import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import type { BusinessCalendar } from './business-calendar.js';
import { compileCalendar, createZoneMemo, dayIntervals } from './calendar-engine.js';
import { DAY_MS, parseLocalDate } from './civil-date.js';

/**
 * One working interval as instants: `start` inclusive, `end` exclusive.
 *
 * @category Time
 */
export interface WorkingInterval {
  /** The first working instant. */
  readonly start: Date;
  /** The instant working time ends (exclusive). */
  readonly end: Date;
}

/**
 * The working intervals of one local date as instants, in order, breaks removed. On a
 * daylight-saving day each interval measures the real time that elapses (00:00–24:00 is 23 or
 * 25 hours); a range that lies wholly inside a skipped hour has no working time and is left out.
 *
 * @param localDate - The local date `'yyyy-MM-dd'` in the calendar's time zone.
 * @param calendar - The business calendar.
 * @returns The intervals; empty on a day off.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when `localDate` is not a valid
 *   `'yyyy-MM-dd'` date; `INVALID_CALENDAR` when the calendar is malformed.
 *
 * @example
 * ```ts
 * import { standardCalendar, workingIntervalsOn } from 'logistics-customer/core';
 * const shanghai = standardCalendar('Asia/Shanghai', { breaks: [{ start: '12:00', end: '13:00' }] });
 * workingIntervalsOn('2026-01-12', shanghai).map((i) => [i.start.toISOString(), i.end.toISOString()]);
 * // => [['2026-01-12T01:00:00.000Z', '2026-01-12T04:00:00.000Z'], ['2026-01-12T05:00:00.000Z', '2026-01-12T10:00:00.000Z']]
 * ```
 * @category Time
 */
export function workingIntervalsOn(localDate: string, calendar: BusinessCalendar): readonly WorkingInterval[] {
  const day = typeof localDate === 'string' ? parseLocalDate(localDate) : undefined;
  if (day === undefined) {
    throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { parameter: 'localDate', received: localDate });
  }
  const compiled = compileCalendar(calendar);
  const memo = createZoneMemo(compiled.timeZone, day * DAY_MS);
  return dayIntervals(compiled, memo, day).map(([start, end]) => ({ start: new Date(start), end: new Date(end) }));
}
