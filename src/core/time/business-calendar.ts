import * as z from 'zod/mini';
import type { DomainError } from '../domain-error.js';
import { text } from '../locale.js';
import type { Result } from '../result.js';
import { customIssue, safeParseWith } from '../zod-issues.js';
import { parseLocalDate } from './civil-date.js';
import { type TimeRange, TimeRangesSchema } from './time-range.js';
import type { Weekday } from './weekday.js';
import { isTimeZone } from './time-zone.js';

/**
 * A make-up working day (调休): a date, usually a weekend, that is worked with its own hours.
 *
 * @category Time
 */
export interface ExtraWorkday {
  /** The local date `'yyyy-MM-dd'`. */
  readonly date: string;
  /** The working hours of that date; they replace the weekly hours. */
  readonly hours: readonly TimeRange[];
}

/**
 * When a service team works, in one IANA time zone: hours per weekday, breaks removed from every
 * working day, holidays without working time and make-up working days. Complaint service levels
 * are measured on it (服务时限, DOMAIN.md §7).
 *
 * @category Time
 */
export interface BusinessCalendar {
  /** The IANA time zone the wall-clock times are in, e.g. `'Asia/Shanghai'`. */
  readonly timeZone: string;
  /** The working hours of each weekday (0 = Sunday); an empty list for a day off. */
  readonly weeklyHours: { readonly [D in Weekday]: readonly TimeRange[] };
  /** Breaks (e.g. lunch 12:00–13:00) removed from every working day. */
  readonly breaks?: readonly TimeRange[];
  /** Local dates `'yyyy-MM-dd'` without working time (public holidays). */
  readonly holidays?: readonly string[];
  /** Make-up working days (调休) whose hours replace the weekly hours of that date. */
  readonly extraWorkdays?: readonly ExtraWorkday[];
}

const TimeZoneSchema = z.string().check(
  z.superRefine((value, ctx) => {
    if (isTimeZone(value)) return;
    const en = `expected an IANA time zone such as 'Asia/Shanghai', received '${value}'`;
    ctx.addIssue({
      code: 'custom',
      message: en,
      params: customIssue('INVALID_TIME_ZONE', text(`应为 IANA 时区名称（如 'Asia/Shanghai'），实际为 '${value}'`, en), {
        received: value,
      }),
    });
  }),
);

const LocalDateSchema = z.string().check(
  z.superRefine((value, ctx) => {
    if (parseLocalDate(value) !== undefined) return;
    const en = `expected a calendar date 'yyyy-MM-dd', received '${value}'`;
    ctx.addIssue({
      code: 'custom',
      message: en,
      params: customIssue('INVALID_LOCAL_DATE', text(`日期应为有效的 'yyyy-MM-dd'，实际为 '${value}'`, en), {
        received: value,
      }),
    });
  }),
);

/**
 * The schema of a {@link BusinessCalendar}: a valid IANA time zone (`INVALID_TIME_ZONE`), all seven
 * weekdays with valid, non-overlapping ranges, valid dates (`INVALID_LOCAL_DATE`), no date given
 * twice as a make-up working day (`DUPLICATE_EXTRA_WORKDAY`) and no date that is both a holiday
 * and a make-up working day (`CONFLICTING_CALENDAR_DATE`). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { BusinessCalendarSchema } from 'logistics-customer/core';
 * const nine = [{ start: '09:00', end: '18:00' }];
 * BusinessCalendarSchema.safeParse({
 *   timeZone: 'Asia/Shanghai',
 *   weeklyHours: { 0: [], 1: nine, 2: nine, 3: nine, 4: nine, 5: nine, 6: [] },
 * }).success;
 * // => true
 * ```
 * @category Time
 */
export const BusinessCalendarSchema = z
  .strictObject({
    timeZone: TimeZoneSchema,
    weeklyHours: z.strictObject({
      0: TimeRangesSchema,
      1: TimeRangesSchema,
      2: TimeRangesSchema,
      3: TimeRangesSchema,
      4: TimeRangesSchema,
      5: TimeRangesSchema,
      6: TimeRangesSchema,
    }),
    breaks: z.exactOptional(TimeRangesSchema),
    holidays: z.exactOptional(z.array(LocalDateSchema)),
    extraWorkdays: z.exactOptional(z.array(z.strictObject({ date: LocalDateSchema, hours: TimeRangesSchema }))),
  })
  .check(
    z.superRefine((calendar, ctx) => {
      const holidays = new Set(calendar.holidays ?? []);
      const seen = new Set<string>();
      (calendar.extraWorkdays ?? []).forEach((extra, index) => {
        if (seen.has(extra.date)) {
          const en = `the make-up working day ${extra.date} is listed more than once`;
          ctx.addIssue({
            code: 'custom',
            path: ['extraWorkdays', index, 'date'],
            message: en,
            params: customIssue('DUPLICATE_EXTRA_WORKDAY', text(`调休工作日 ${extra.date} 重复列出`, en), {
              date: extra.date,
            }),
          });
        }
        seen.add(extra.date);
        if (holidays.has(extra.date)) {
          const en = `${extra.date} is both a holiday and a make-up working day`;
          ctx.addIssue({
            code: 'custom',
            path: ['extraWorkdays', index, 'date'],
            message: en,
            params: customIssue('CONFLICTING_CALENDAR_DATE', text(`${extra.date} 既是节假日又是调休工作日`, en), {
              date: extra.date,
            }),
          });
        }
      });
    }),
  );

/**
 * Parses untrusted input (e.g. JSON configuration) into a {@link BusinessCalendar}, returning
 * every problem with its path and a message in both locales.
 *
 * @param input - The untrusted input.
 * @returns The calendar, or every problem found.
 *
 * @example
 * ```ts
 * import { parseBusinessCalendar } from 'logistics-customer/core';
 * const r = parseBusinessCalendar({
 *   timeZone: 'Mars/Olympus',
 *   weeklyHours: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] },
 * });
 * r.ok ? [] : r.error.map((e) => [e.code, e.path]);
 * // => [['INVALID_TIME_ZONE', ['timeZone']]]
 * ```
 * @category Time
 */
export function parseBusinessCalendar(input: unknown): Result<BusinessCalendar, readonly DomainError[]> {
  return safeParseWith(BusinessCalendarSchema, input);
}
