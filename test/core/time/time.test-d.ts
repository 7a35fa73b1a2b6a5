import type * as z from 'zod';
import { expectTypeOf, test } from 'vitest';
import type { DomainError } from '../../../src/core/domain-error.js';
import type { Result } from '../../../src/core/result.js';
import { addBusinessTime } from '../../../src/core/time/add-business-time.js';
import { type BusinessCalendar, type BusinessCalendarSchema, parseBusinessCalendar } from '../../../src/core/time/business-calendar.js';
import { businessTimeBetween } from '../../../src/core/time/business-time-between.js';
import { standardCalendar } from '../../../src/core/time/standard-calendar.js';
import type { TimeRange } from '../../../src/core/time/time-range.js';
import { type Weekday, weekdayLabels } from '../../../src/core/time/weekday.js';
import { workingIntervalsOn, type WorkingInterval } from '../../../src/core/time/working-intervals-on.js';

test('Weekday is the literal union 0–6 and every weekday has a label', () => {
  expectTypeOf<Weekday>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5 | 6>();
  expectTypeOf(weekdayLabels[0].en).toEqualTypeOf<'Sunday'>();
  expectTypeOf(weekdayLabels[1]['zh-CN']).toEqualTypeOf<'星期一'>();
  // @ts-expect-error there is no weekday 7
  const seven: Weekday = 7;
  void seven;
});

test('the schema output is a BusinessCalendar, and parsing returns a Result', () => {
  expectTypeOf<z.output<typeof BusinessCalendarSchema>>().toExtend<BusinessCalendar>();
  expectTypeOf(parseBusinessCalendar).returns.toEqualTypeOf<Result<BusinessCalendar, readonly DomainError[]>>();
});

test('a calendar is readonly all the way down', () => {
  const calendar = standardCalendar('Asia/Shanghai');
  // @ts-expect-error the time zone cannot be reassigned
  calendar.timeZone = 'UTC';
  // @ts-expect-error the hours of a day cannot be pushed to
  calendar.weeklyHours[1].push({ start: '19:00', end: '20:00' });
  const range: TimeRange = { start: '09:00', end: '18:00' };
  // @ts-expect-error a range cannot be changed
  range.end = '19:00';
  // @ts-expect-error a calendar needs all seven weekdays
  const partial: BusinessCalendar = { timeZone: 'UTC', weeklyHours: { 1: [] } };
  // @ts-expect-error optional fields take no explicit undefined (exactOptionalPropertyTypes)
  const withUndefined: BusinessCalendar = { ...calendar, holidays: undefined };
  void partial;
  void withUndefined;
});

test('the functions take Dates and return Dates and milliseconds', () => {
  const calendar = standardCalendar('Asia/Shanghai', { weekdays: [1, 2, 3, 4, 5, 6] });
  expectTypeOf(addBusinessTime(new Date(0), 1, calendar)).toEqualTypeOf<Date>();
  expectTypeOf(businessTimeBetween(new Date(0), new Date(1), calendar)).toEqualTypeOf<number>();
  expectTypeOf(workingIntervalsOn('2026-01-12', calendar)).toEqualTypeOf<readonly WorkingInterval[]>();
  // @ts-expect-error the start is a Date, not an ISO string
  addBusinessTime('2026-01-12T01:00:00Z', 1, calendar);
  // @ts-expect-error weekdays are 0–6
  standardCalendar('UTC', { weekdays: [7] });
});
