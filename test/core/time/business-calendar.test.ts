import { describe, expect, test } from 'vitest';
import { type DomainError, renderError } from '../../../src/core/domain-error.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../../src/core/invariant.js';
import { label } from '../../../src/core/locale.js';
import { BusinessCalendarSchema, parseBusinessCalendar } from '../../../src/core/time/business-calendar.js';
import { CALENDAR_TIME, calendarTime } from '../../../src/core/time/calendar-time.js';
import { hours, minutes } from '../../../src/core/time/durations.js';
import { standardCalendar } from '../../../src/core/time/standard-calendar.js';
import { ClockTimeSchema, TimeRangeSchema, TimeRangesSchema } from '../../../src/core/time/time-range.js';
import { type Weekday, WEEKDAYS, weekdayLabels, WeekdaySchema } from '../../../src/core/time/weekday.js';
import { shanghaiNationalDay, snapshot } from './fixtures.js';

const empty = { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] };
const codes = (input: unknown): readonly (readonly [string, string])[] => {
  const result = parseBusinessCalendar(input);
  return result.ok ? [] : result.error.map((e) => [e.code, e.path.join('.')] as const);
};

describe('parseBusinessCalendar', () => {
  test('accepts a full calendar and returns a copy that does not alias the input', () => {
    const input = snapshot(shanghaiNationalDay);
    const result = parseBusinessCalendar(input);
    expect(result).toEqual({ ok: true, value: shanghaiNationalDay });
    if (!result.ok) throw new Error('unreachable');
    expect(result.value.weeklyHours[1]).not.toBe(input.weeklyHours[1]);
    expect(input).toEqual(shanghaiNationalDay);
  });

  test('an unknown time zone is INVALID_TIME_ZONE, in both locales', () => {
    const result = parseBusinessCalendar({ timeZone: 'Mars/Olympus', weeklyHours: empty });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [error] = result.error;
    expect(error?.code).toBe('INVALID_TIME_ZONE');
    expect(error?.path).toEqual(['timeZone']);
    expect(error && renderError(error, 'en')).toBe("timeZone: expected an IANA time zone such as 'Asia/Shanghai', received 'Mars/Olympus'");
    expect(error && renderError(error, 'zh-CN')).toBe("timeZone: 应为 IANA 时区名称（如 'Asia/Shanghai'），实际为 'Mars/Olympus'");
  });

  test('bad times, reversed and overlapping ranges are reported with their paths', () => {
    expect(
      codes({
        timeZone: 'Asia/Shanghai',
        weeklyHours: {
          ...empty,
          1: [{ start: '9:00', end: '18:00' }],
          2: [{ start: '18:00', end: '09:00' }],
          3: [
            { start: '09:00', end: '12:00' },
            { start: '11:00', end: '18:00' },
          ],
          4: [{ start: '00:00', end: '24:01' }],
        },
        breaks: [{ start: '12:00', end: '13:00' }],
      }),
    ).toEqual([
      ['INVALID_TIME_OF_DAY', 'weeklyHours.1.0.start'],
      ['INVALID_TIME_RANGE', 'weeklyHours.2.0.end'],
      ['OVERLAPPING_TIME_RANGES', 'weeklyHours.3.1'],
      ['INVALID_TIME_OF_DAY', 'weeklyHours.4.0.end'],
    ]);
  });

  test('bad dates, duplicate and conflicting make-up days are all reported at once', () => {
    expect(
      codes({
        timeZone: 'Asia/Shanghai',
        weeklyHours: empty,
        holidays: ['2026-10-01', '2026-02-29', '2026/10/02'],
        extraWorkdays: [
          { date: '2026-10-10', hours: [] },
          { date: '2026-10-10', hours: [] },
          { date: '2026-10-01', hours: [] },
        ],
      }),
    ).toEqual([
      ['INVALID_LOCAL_DATE', 'holidays.1'],
      ['INVALID_LOCAL_DATE', 'holidays.2'],
      ['DUPLICATE_EXTRA_WORKDAY', 'extraWorkdays.1.date'],
      ['CONFLICTING_CALENDAR_DATE', 'extraWorkdays.2.date'],
    ]);
  });

  test('missing weekdays, unknown keys and wrong types are rejected', () => {
    const result = parseBusinessCalendar({ timeZone: 'UTC', weeklyHours: { 1: [] }, holiday: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.map((e) => e.path.join('.'));
    expect(paths).toContain('weeklyHours.0');
    expect(paths).toContain('');
    expect(result.error.every((e) => e.messages['zh-CN'].length > 0 && e.messages.en.length > 0)).toBe(true);
    expect(parseBusinessCalendar(null).ok).toBe(false);
  });

  test('the schema accepts 24:00 as an end but not as a start', () => {
    expect(ClockTimeSchema.safeParse('24:00').success).toBe(true);
    expect(TimeRangeSchema.safeParse({ start: '24:00', end: '24:00' }).success).toBe(false);
    expect(TimeRangesSchema.safeParse([{ start: '09:00', end: '12:00' }, { start: '12:00', end: '13:00' }]).success).toBe(true);
    expect(BusinessCalendarSchema.safeParse(CALENDAR_TIME).success).toBe(true);
  });
});

describe('standardCalendar and calendarTime', () => {
  test('defaults to Monday–Friday 09:00–18:00', () => {
    expect(standardCalendar('Asia/Shanghai')).toEqual({
      timeZone: 'Asia/Shanghai',
      weeklyHours: {
        0: [],
        1: [{ start: '09:00', end: '18:00' }],
        2: [{ start: '09:00', end: '18:00' }],
        3: [{ start: '09:00', end: '18:00' }],
        4: [{ start: '09:00', end: '18:00' }],
        5: [{ start: '09:00', end: '18:00' }],
        6: [],
      },
    });
  });

  test('options set hours, weekdays, breaks, holidays and make-up days; arrays are copied', () => {
    const breaks = [{ start: '12:00', end: '13:00' }];
    const holidays = ['2026-10-01'];
    const calendar = standardCalendar('Asia/Shanghai', {
      start: '08:30',
      end: '17:30',
      weekdays: [1, 2, 3, 4, 5, 6],
      breaks,
      holidays,
      extraWorkdays: [{ date: '2026-10-11', hours: [{ start: '09:00', end: '12:00' }] }],
    });
    expect(calendar.weeklyHours[6]).toEqual([{ start: '08:30', end: '17:30' }]);
    expect(calendar.weeklyHours[0]).toEqual([]);
    expect(calendar.breaks).toEqual(breaks);
    expect(calendar.breaks).not.toBe(breaks);
    expect(calendar.holidays).not.toBe(holidays);
    expect(calendar.extraWorkdays).toHaveLength(1);
  });

  test('an invalid option throws INVALID_CALENDAR with the problems as details', () => {
    let caught: unknown;
    try {
      standardCalendar('Asia/Shanghai', { start: '18:00', end: '09:00' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LogisticsCustomerError);
    const error = caught as LogisticsCustomerError;
    expect(error.message).toBe(CORE_MESSAGES.INVALID_CALENDAR);
    expect(error.code).toBe('INVALID_CALENDAR');
    expect(String(error.details.reason)).toContain('weeklyHours.1[0].end');
    expect(() => calendarTime('Mars/Olympus')).toThrow(CORE_MESSAGES.INVALID_CALENDAR);
  });

  test.each([
    { bad: 7, shown: '7' },
    { bad: 1.5, shown: '1.5' },
    { bad: Number.NaN, shown: 'NaN' },
    { bad: -1, shown: '-1' },
    { bad: '1', shown: '"1"' },
  ])('a weekday $shown is not dropped silently: INVALID_CALENDAR names it', ({ bad, shown }) => {
    let caught: unknown;
    try {
      standardCalendar('UTC', { weekdays: [1, bad as Weekday] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LogisticsCustomerError);
    const error = caught as LogisticsCustomerError;
    expect({ code: error.code, message: error.message }).toEqual({ code: 'INVALID_CALENDAR', message: CORE_MESSAGES.INVALID_CALENDAR });
    expect(error.details.reason).toBe(`weekdays[1]: expected a weekday, an integer 0–6 (0 = Sunday), received ${shown}`);
    const [problem] = error.details.errors as readonly DomainError[];
    expect(problem).toMatchObject({ code: 'INVALID_WEEKDAY', path: ['weekdays', 1], details: { received: bad } });
    expect(problem?.messages['zh-CN']).toBe(`工作日应为 0–6 的整数（0 = 星期日），实际为 ${shown}`);
  });

  test('bad weekdays are reported together with the other invalid options; every weekday 0–6 is accepted', () => {
    let caught: unknown;
    try {
      standardCalendar('UTC', { weekdays: [1, 7 as Weekday], start: '18:00', end: '09:00' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LogisticsCustomerError);
    const errors = (caught as LogisticsCustomerError).details.errors as readonly DomainError[];
    expect(errors.map((e) => e.code)).toEqual(['INVALID_WEEKDAY', 'INVALID_TIME_RANGE']);
    expect(() => standardCalendar('UTC', { weekdays: 'weekdays' as unknown as readonly Weekday[] })).toThrow(CORE_MESSAGES.INVALID_CALENDAR);
    const all = standardCalendar('UTC', { weekdays: [...WEEKDAYS] });
    expect(WEEKDAYS.map((day) => all.weeklyHours[day])).toEqual(WEEKDAYS.map(() => [{ start: '09:00', end: '18:00' }]));
  });

  test('calendarTime covers every day 00:00–24:00 and defaults to UTC', () => {
    expect(calendarTime()).toEqual(CALENDAR_TIME);
    expect(calendarTime('Asia/Kolkata').weeklyHours[0]).toEqual([{ start: '00:00', end: '24:00' }]);
  });
});

describe('durations and weekdays', () => {
  test('hours and minutes return milliseconds', () => {
    expect(hours(2)).toBe(7_200_000);
    expect(hours(1.5)).toBe(5_400_000);
    expect(minutes(30)).toBe(1_800_000);
    expect(minutes(0)).toBe(0);
  });

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('hours(%s) and minutes(%s) throw INVALID_DURATION', (n) => {
    expect(() => hours(n)).toThrow(CORE_MESSAGES.INVALID_DURATION);
    expect(() => minutes(n)).toThrow(CORE_MESSAGES.INVALID_DURATION);
  });

  test('weekdays are 0 = Sunday … 6 = Saturday with labels in both locales', () => {
    expect(WEEKDAYS.map((d) => label(weekdayLabels, `${d}`, 'zh-CN'))).toEqual(['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']);
    expect(WEEKDAYS.map((d) => weekdayLabels[d].en)).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    expect(WeekdaySchema.safeParse(7).success).toBe(false);
    expect(WeekdaySchema.safeParse(0).success).toBe(true);
  });
});
