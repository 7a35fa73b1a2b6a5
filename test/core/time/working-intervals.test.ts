import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../../src/core/invariant.js';
import type { BusinessCalendar } from '../../../src/core/time/business-calendar.js';
import { calendarTime } from '../../../src/core/time/calendar-time.js';
import { isBusinessTime } from '../../../src/core/time/is-business-time.js';
import { nextBusinessInstant } from '../../../src/core/time/next-business-instant.js';
import { workingIntervalsOn } from '../../../src/core/time/working-intervals-on.js';
import { at, iso, newYorkSmallHours, nightShift, shanghai, shanghaiNationalDay, snapshot } from './fixtures.js';

const intervals = (date: string, calendar: BusinessCalendar): readonly (readonly [string, string])[] =>
  workingIntervalsOn(date, calendar).map((i) => [iso(i.start), iso(i.end)] as const);

const everyDay = (timeZone: string, start: string, end: string): BusinessCalendar => {
  const hours = [{ start, end }];
  return { timeZone, weeklyHours: { 0: hours, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: hours } };
};

describe('workingIntervalsOn', () => {
  test('a Shanghai working day has two intervals around lunch; holidays and weekends none', () => {
    expect(intervals('2026-01-12', shanghai)).toEqual([
      ['2026-01-12T01:00:00.000Z', '2026-01-12T04:00:00.000Z'],
      ['2026-01-12T05:00:00.000Z', '2026-01-12T10:00:00.000Z'],
    ]);
    expect(intervals('2026-10-01', shanghaiNationalDay)).toEqual([]);
    expect(intervals('2026-01-10', shanghai)).toEqual([]);
    expect(intervals('2026-10-10', shanghaiNationalDay)).toHaveLength(2);
  });

  test('New York 24×7 days on the change dates are 23 h and 25 h', () => {
    expect(intervals('2024-03-10', calendarTime('America/New_York'))).toEqual([['2024-03-10T05:00:00.000Z', '2024-03-11T04:00:00.000Z']]);
    expect(intervals('2024-11-03', calendarTime('America/New_York'))).toEqual([['2024-11-03T04:00:00.000Z', '2024-11-04T05:00:00.000Z']]);
  });

  test('New York 01:00–04:00 is 01:00 EST–04:00 EDT and 01:00 EDT (first)–04:00 EST', () => {
    expect(intervals('2024-03-10', newYorkSmallHours)).toEqual([['2024-03-10T06:00:00.000Z', '2024-03-10T08:00:00.000Z']]);
    expect(intervals('2024-11-03', newYorkSmallHours)).toEqual([['2024-11-03T05:00:00.000Z', '2024-11-03T09:00:00.000Z']]);
  });

  test('a range wholly inside the skipped hour has no working time', () => {
    expect(intervals('2024-03-10', everyDay('America/New_York', '02:00', '02:45'))).toEqual([]);
    expect(intervals('2024-03-31', everyDay('Europe/Berlin', '02:00', '03:00'))).toEqual([]);
    expect(intervals('2024-03-30', everyDay('Europe/Berlin', '02:00', '03:00'))).toEqual([['2024-03-30T01:00:00.000Z', '2024-03-30T02:00:00.000Z']]);
  });

  test('a range over the repeated hour in Berlin measures 2 h', () => {
    expect(intervals('2024-10-27', everyDay('Europe/Berlin', '02:00', '03:00'))).toEqual([['2024-10-27T00:00:00.000Z', '2024-10-27T02:00:00.000Z']]);
  });

  test('Berlin night shift ranges on the change dates', () => {
    expect(intervals('2024-03-31', nightShift('Europe/Berlin'))).toEqual([
      ['2024-03-30T23:00:00.000Z', '2024-03-31T04:00:00.000Z'],
      ['2024-03-31T20:00:00.000Z', '2024-03-31T22:00:00.000Z'],
    ]);
    expect(intervals('2024-10-27', nightShift('Europe/Berlin'))).toEqual([
      ['2024-10-26T22:00:00.000Z', '2024-10-27T05:00:00.000Z'],
      ['2024-10-27T21:00:00.000Z', '2024-10-27T23:00:00.000Z'],
    ]);
  });

  test('an invalid local date throws INVALID_DATE', () => {
    expect(() => workingIntervalsOn('2026-13-01', shanghai)).toThrow(LogisticsCustomerError);
    expect(() => workingIntervalsOn(20260101 as unknown as string, shanghai)).toThrow(CORE_MESSAGES.INVALID_DATE);
  });
});

describe('isBusinessTime', () => {
  test('start included, end excluded, lunch and weekend excluded', () => {
    expect(isBusinessTime(at('2026-01-12T01:00:00Z'), shanghai)).toBe(true); // Monday 09:00
    expect(isBusinessTime(at('2026-01-12T00:59:59.999Z'), shanghai)).toBe(false);
    expect(isBusinessTime(at('2026-01-12T04:30:00Z'), shanghai)).toBe(false); // 12:30
    expect(isBusinessTime(at('2026-01-12T10:00:00Z'), shanghai)).toBe(false); // 18:00
    expect(isBusinessTime(at('2026-01-12T09:59:59.999Z'), shanghai)).toBe(true);
    expect(isBusinessTime(at('2026-01-10T04:00:00Z'), shanghai)).toBe(false); // Saturday
    expect(isBusinessTime(at('2026-10-10T04:00:00Z'), shanghaiNationalDay)).toBe(false); // make-up Saturday at lunch
    expect(isBusinessTime(at('2026-10-10T03:00:00Z'), shanghaiNationalDay)).toBe(true);
  });

  test('both occurrences of the repeated hour count in New York 01:00–04:00', () => {
    expect(isBusinessTime(at('2024-11-03T05:30:00Z'), newYorkSmallHours)).toBe(true); // 01:30 EDT
    expect(isBusinessTime(at('2024-11-03T06:30:00Z'), newYorkSmallHours)).toBe(true); // 01:30 EST
    expect(isBusinessTime(at('2024-11-03T09:00:00Z'), newYorkSmallHours)).toBe(false); // 04:00 EST
  });

  test('clocks turned back across midnight (St. John\'s, 2010-11-07 00:01 NDT → 23:01 NST)', () => {
    // Sunday's 00:00–06:00 shift starts at 00:00 NDT = 02:30Z; from 02:31Z the clocks read Saturday
    // 23:01 again, yet that time lies inside Sunday's shift.
    const night = nightShift('America/St_Johns');
    const sundayOnly: BusinessCalendar = { ...night, weeklyHours: { ...night.weeklyHours, 6: [] } };
    expect(intervals('2010-11-07', sundayOnly)[0]).toEqual(['2010-11-07T02:30:00.000Z', '2010-11-07T09:30:00.000Z']);
    expect(isBusinessTime(at('2010-11-07T03:00:00Z'), sundayOnly)).toBe(true);
    expect(isBusinessTime(at('2010-11-07T02:29:00Z'), sundayOnly)).toBe(false);
  });

  test('clocks turned back at midnight (Asunción, 2024-03-24 00:00 → 23:00): Saturday is 25 h long', () => {
    const allDay = calendarTime('America/Asuncion');
    expect(intervals('2024-03-23', allDay)).toEqual([['2024-03-23T03:00:00.000Z', '2024-03-24T04:00:00.000Z']]);
    const night = nightShift('America/Asuncion');
    const sundayOnly: BusinessCalendar = { ...night, weeklyHours: { ...night.weeklyHours, 6: [] } };
    // 03:30Z reads Saturday 23:30 (-04), before Sunday 00:00 ever happens.
    expect(isBusinessTime(at('2024-03-24T03:30:00Z'), sundayOnly)).toBe(false);
    expect(isBusinessTime(at('2024-03-24T04:00:00Z'), sundayOnly)).toBe(true);
  });
});

describe('nextBusinessInstant', () => {
  test('inside working time it returns the instant itself; outside, the next start', () => {
    const monday = at('2026-01-12T02:00:00Z');
    const next = nextBusinessInstant(monday, shanghai);
    expect(iso(next)).toBe('2026-01-12T02:00:00.000Z');
    expect(next).not.toBe(monday);
    expect(iso(nextBusinessInstant(at('2026-01-12T04:30:00Z'), shanghai))).toBe('2026-01-12T05:00:00.000Z');
    expect(iso(nextBusinessInstant(at('2026-09-30T12:00:00Z'), shanghaiNationalDay))).toBe('2026-10-08T01:00:00.000Z');
  });

  test('a calendar without working time throws INVALID_CALENDAR', () => {
    const never: BusinessCalendar = { timeZone: 'UTC', weeklyHours: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] } };
    expect(() => nextBusinessInstant(at('2026-01-12T02:00:00Z'), never)).toThrow(CORE_MESSAGES.INVALID_CALENDAR);
  });

  test('inputs are not mutated', () => {
    const instant = at('2026-01-10T02:00:00Z');
    const before = snapshot(shanghai);
    nextBusinessInstant(instant, shanghai);
    isBusinessTime(instant, shanghai);
    expect(iso(instant)).toBe('2026-01-10T02:00:00.000Z');
    expect(shanghai).toEqual(before);
  });
});
