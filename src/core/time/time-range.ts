import * as z from 'zod/mini';
import { text } from '../locale.js';
import { customIssue } from '../zod-issues.js';
import { parseClock } from './civil-date.js';

/**
 * A span of local wall-clock time within one day, `start` inclusive and `end` exclusive, both
 * `'HH:mm'`; `end` may be `'24:00'`. A night shift is written as two ranges on consecutive days
 * (`22:00–24:00` and `00:00–06:00`).
 *
 * @category Time
 */
export interface TimeRange {
  /** The first minute of the range, `'HH:mm'` from `'00:00'` to `'23:59'`. */
  readonly start: string;
  /** The end of the range (exclusive), `'HH:mm'` after `start`, at most `'24:00'`. */
  readonly end: string;
}

/**
 * The schema of a wall-clock time `'HH:mm'` from `'00:00'` to `'24:00'`; an invalid value is
 * reported as `INVALID_TIME_OF_DAY`.
 *
 * @example
 * ```ts
 * import { ClockTimeSchema } from 'logistics-customer/core';
 * [ClockTimeSchema.safeParse('24:00').success, ClockTimeSchema.safeParse('9:00').success];
 * // => [true, false]
 * ```
 * @category Time
 */
export const ClockTimeSchema = z.string().check(
  z.superRefine((value, ctx) => {
    if (parseClock(value) !== undefined) return;
    ctx.addIssue({
      code: 'custom',
      message: `expected a time of day 'HH:mm' from 00:00 to 24:00, received '${value}'`,
      params: customIssue(
        'INVALID_TIME_OF_DAY',
        text(
          `时间应为 'HH:mm' 格式（00:00 至 24:00），实际为 '${value}'`,
          `expected a time of day 'HH:mm' from 00:00 to 24:00, received '${value}'`,
        ),
        { received: value },
      ),
    });
  }),
);

/**
 * The schema of a {@link TimeRange}: two valid times with `start` before `end`
 * (`INVALID_TIME_RANGE` otherwise, at the path of `end`).
 *
 * @example
 * ```ts
 * import { TimeRangeSchema } from 'logistics-customer/core';
 * [
 *   TimeRangeSchema.safeParse({ start: '09:00', end: '12:00' }).success,
 *   TimeRangeSchema.safeParse({ start: '18:00', end: '09:00' }).success,
 * ];
 * // => [true, false]
 * ```
 * @category Time
 */
export const TimeRangeSchema = z.strictObject({ start: ClockTimeSchema, end: ClockTimeSchema }).check(
  z.superRefine((range, ctx) => {
    const start = parseClock(range.start);
    const end = parseClock(range.end);
    if (start === undefined || end === undefined || start < end) return;
    const en = `the range must end after it starts (${range.start}–${range.end}); write a night shift as two ranges, e.g. 22:00–24:00 and 00:00–06:00`;
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: en,
      params: customIssue(
        'INVALID_TIME_RANGE',
        text(
          `时间段的结束须晚于开始（${range.start}–${range.end}）；跨夜班次请写成两段，如 22:00–24:00 与 00:00–06:00`,
          en,
        ),
        { start: range.start, end: range.end },
      ),
    });
  }),
);

/**
 * The schema of a list of {@link TimeRange}s that do not overlap (touching is allowed); an
 * overlap is reported as `OVERLAPPING_TIME_RANGES` at the later range.
 *
 * @example
 * ```ts
 * import { TimeRangesSchema } from 'logistics-customer/core';
 * TimeRangesSchema.safeParse([
 *   { start: '09:00', end: '12:00' },
 *   { start: '11:00', end: '18:00' },
 * ]).success;
 * // => false
 * ```
 * @category Time
 */
export const TimeRangesSchema = z.array(TimeRangeSchema).check(
  z.superRefine((ranges, ctx) => {
    const parsed = ranges
      .map((range, index) => ({ index, range, start: parseClock(range.start), end: parseClock(range.end) }))
      .filter(
        (r): r is { index: number; range: TimeRange; start: number; end: number } =>
          r.start !== undefined && r.end !== undefined && r.start < r.end,
      )
      .sort((a, b) => a.start - b.start || a.index - b.index);
    for (let i = 1; i < parsed.length; i++) {
      const previous = parsed[i - 1];
      const current = parsed[i];
      if (previous === undefined || current === undefined || current.start >= previous.end) continue;
      const later = Math.max(previous.index, current.index);
      const a = `${previous.range.start}–${previous.range.end}`;
      const b = `${current.range.start}–${current.range.end}`;
      ctx.addIssue({
        code: 'custom',
        path: [later],
        message: `time ranges ${a} and ${b} overlap`,
        params: customIssue('OVERLAPPING_TIME_RANGES', text(`时间段 ${a} 与 ${b} 重叠`, `time ranges ${a} and ${b} overlap`), {
          ranges: [a, b],
        }),
      });
    }
  }),
);
