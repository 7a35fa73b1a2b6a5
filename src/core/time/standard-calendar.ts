import { type DomainError, domainError, renderError } from '../domain-error.js';
import { text } from '../locale.js';
import type { BusinessCalendar, ExtraWorkday } from './business-calendar.js';
import { parseBusinessCalendar } from './business-calendar.js';
import { invalidCalendar } from './checks.js';
import type { TimeRange } from './time-range.js';
import { type Weekday, WEEKDAYS, WeekdaySchema } from './weekday.js';

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

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The problems of `options.weekdays` from an untyped caller: each entry must be an integer 0–6. */
function weekdayProblems(weekdays: unknown): readonly DomainError[] {
  if (weekdays === undefined) return [];
  if (!Array.isArray(weekdays)) {
    const received = show(weekdays);
    return [
      domainError('INVALID_WEEKDAY', text(`工作日应为 0–6 的整数列表（0 = 星期日），实际为 ${received}`, `expected a list of weekdays, integers 0–6 (0 = Sunday), received ${received}`), {
        path: ['weekdays'],
        details: { received: weekdays },
      }),
    ];
  }
  return weekdays.flatMap((day: unknown, index) => {
    if (WeekdaySchema.safeParse(day).success) return [];
    const received = show(day);
    return [
      domainError('INVALID_WEEKDAY', text(`工作日应为 0–6 的整数（0 = 星期日），实际为 ${received}`, `expected a weekday, an integer 0–6 (0 = Sunday), received ${received}`), {
        path: ['weekdays', index],
        details: { received: day },
      }),
    ];
  });
}

/**
 * Builds the usual office calendar: the same hours on each working weekday (default Monday to
 * Friday, 09:00–18:00) in one time zone, with optional breaks, holidays and make-up working days.
 *
 * @param timeZone - The IANA time zone, e.g. `'Asia/Shanghai'`.
 * @param options - Hours, weekdays, breaks, holidays and make-up working days.
 * @returns A new, validated calendar that shares no arrays with `options`.
 * @throws {@link LogisticsCustomerError} `INVALID_CALENDAR` when the time zone or any option is
 *   invalid, including a weekday that is not an integer 0–6 (`[7]`, `[1.5]`, `[NaN]`: code
 *   `INVALID_WEEKDAY`, path `weekdays[<index>]`); `details.errors` holds the problems as
 *   `DomainError`s and `details.reason` names them in English.
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
  const weekdayErrors = weekdayProblems(options.weekdays);
  const hours: readonly TimeRange[] = [{ start: options.start ?? '09:00', end: options.end ?? '18:00' }];
  const requested: unknown = options.weekdays ?? [1, 2, 3, 4, 5];
  // With bad weekdays the valid ones are still laid out, so problems with the hours are reported too.
  const working = new Set<unknown>(Array.isArray(requested) ? requested : []);
  const weeklyHours = Object.fromEntries(WEEKDAYS.map((day) => [day, working.has(day) ? hours : []]));
  const parsed = parseBusinessCalendar({
    timeZone,
    weeklyHours,
    ...(options.breaks === undefined ? {} : { breaks: options.breaks }),
    ...(options.holidays === undefined ? {} : { holidays: options.holidays }),
    ...(options.extraWorkdays === undefined ? {} : { extraWorkdays: options.extraWorkdays }),
  });
  const errors = [...weekdayErrors, ...(parsed.ok ? [] : parsed.error)];
  if (!parsed.ok || errors.length > 0) {
    throw invalidCalendar(errors.map((e) => renderError(e, 'en')).join('; '), { errors });
  }
  return parsed.value;
}
