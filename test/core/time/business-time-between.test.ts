import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES } from '../../../src/core/invariant.js';
import { addBusinessTime } from '../../../src/core/time/add-business-time.js';
import type { BusinessCalendar } from '../../../src/core/time/business-calendar.js';
import { businessTimeBetween } from '../../../src/core/time/business-time-between.js';
import { CALENDAR_TIME, calendarTime } from '../../../src/core/time/calendar-time.js';
import { hours } from '../../../src/core/time/durations.js';
import { at, H, iso, newYorkOffice, newYorkSmallHours, nightShift, shanghai, shanghaiNationalDay, snapshot } from './fixtures.js';

const between = (a: string, b: string, calendar: BusinessCalendar): number => businessTimeBetween(at(a), at(b), calendar);

describe('businessTimeBetween', () => {
  test('Friday 17:00 to Monday 10:00 in Shanghai is 2 h', () => {
    expect(between('2026-01-09T09:00:00Z', '2026-01-12T02:00:00Z', shanghai)).toBe(2 * H);
  });

  test('a whole Shanghai working day is 8 h (lunch removed); a weekend is 0', () => {
    expect(between('2026-01-12T00:00:00Z', '2026-01-13T00:00:00Z', shanghai)).toBe(8 * H);
    expect(between('2026-01-10T00:00:00Z', '2026-01-12T00:00:00Z', shanghai)).toBe(0);
  });

  test('holidays and make-up working days: 2026-09-30 09:00 to 2026-10-10 18:00 Shanghai', () => {
    // 09-30 (8 h) + 10-08 (8 h) + 10-09 (8 h) + Saturday 10-10 (8 h) = 32 h.
    expect(between('2026-09-30T01:00:00Z', '2026-10-10T10:00:00Z', shanghaiNationalDay)).toBe(32 * H);
    // Without the holiday calendar: 09-30, 10-01, 10-02, 10-05 … 10-09 = 8 working days.
    expect(between('2026-09-30T01:00:00Z', '2026-10-10T10:00:00Z', shanghai)).toBe(64 * H);
  });

  test('the value is signed: b before a gives the negative', () => {
    expect(between('2026-01-12T02:00:00Z', '2026-01-09T09:00:00Z', shanghai)).toBe(-2 * H);
    expect(between('2026-01-12T02:00:00Z', '2026-01-12T02:00:00Z', shanghai)).toBe(0);
  });

  test('a pause spanning a night counts only its working hours and moves the deadline by them', () => {
    // Received Monday 2026-01-12 10:00 CST; the 8 h deadline is Tuesday 10:00.
    const received = at('2026-01-12T02:00:00Z');
    const deadline = addBusinessTime(received, hours(8), shanghai);
    expect(iso(deadline)).toBe('2026-01-13T02:00:00.000Z');
    // Waiting on the customer from Monday 17:00 to Tuesday 10:00: 17 h of calendar time, 2 h of business time.
    const pausedFrom = at('2026-01-12T09:00:00Z');
    const resumedAt = at('2026-01-13T02:00:00Z');
    expect(businessTimeBetween(pausedFrom, resumedAt, CALENDAR_TIME)).toBe(17 * H);
    const paused = businessTimeBetween(pausedFrom, resumedAt, shanghai);
    expect(paused).toBe(2 * H);
    expect(iso(addBusinessTime(deadline, paused, shanghai))).toBe('2026-01-13T04:00:00.000Z');
    // The same deadline counted from the resumption: 6 h were used before the pause.
    expect(businessTimeBetween(received, pausedFrom, shanghai)).toBe(6 * H);
    expect(iso(addBusinessTime(resumedAt, hours(2), shanghai))).toBe('2026-01-13T04:00:00.000Z');
  });

  test('New York: 01:00–04:00 is 2 h on 2024-03-10 and 4 h on 2024-11-03', () => {
    expect(between('2024-03-10T00:00:00Z', '2024-03-11T00:00:00Z', newYorkSmallHours)).toBe(2 * H);
    expect(between('2024-11-03T00:00:00Z', '2024-11-04T00:00:00Z', newYorkSmallHours)).toBe(4 * H);
    expect(between('2024-03-09T00:00:00Z', '2024-03-10T00:00:00Z', newYorkSmallHours)).toBe(3 * H);
  });

  test('New York: a 24×7 day is 23 h on 2024-03-10 and 25 h on 2024-11-03', () => {
    const ny = calendarTime('America/New_York');
    expect(between('2024-03-10T05:00:00Z', '2024-03-11T04:00:00Z', ny)).toBe(23 * H);
    expect(between('2024-11-03T04:00:00Z', '2024-11-04T05:00:00Z', ny)).toBe(25 * H);
  });

  test('New York night shift: 7 h on the spring-forward night, 9 h on the fall-back night', () => {
    const ny = nightShift('America/New_York');
    expect(between('2024-03-10T03:00:00Z', '2024-03-10T10:00:00Z', ny)).toBe(7 * H);
    expect(between('2024-11-03T02:00:00Z', '2024-11-03T11:00:00Z', ny)).toBe(9 * H);
  });

  test('Berlin night shift: 7 h on 2024-03-31, 9 h on 2024-10-27; a 24×7 day is 23 h and 25 h', () => {
    const berlin = nightShift('Europe/Berlin');
    expect(between('2024-03-30T21:00:00Z', '2024-03-31T04:00:00Z', berlin)).toBe(7 * H);
    expect(between('2024-10-26T20:00:00Z', '2024-10-27T05:00:00Z', berlin)).toBe(9 * H);
    const allDay = calendarTime('Europe/Berlin');
    expect(between('2024-03-30T23:00:00Z', '2024-03-31T22:00:00Z', allDay)).toBe(23 * H);
    expect(between('2024-10-26T22:00:00Z', '2024-10-27T23:00:00Z', allDay)).toBe(25 * H);
  });

  test('St. John\'s night shift over the 00:01 fall-back of 2010-11-07 is 7 h, also from a start that reads Saturday', () => {
    const night = nightShift('America/St_Johns');
    const sundayOnly: BusinessCalendar = { ...night, weeklyHours: { ...night.weeklyHours, 6: [] } };
    expect(between('2010-11-06T12:00:00Z', '2010-11-07T12:00:00Z', sundayOnly)).toBe(7 * H);
    expect(between('2010-11-07T03:00:00Z', '2010-11-07T12:00:00Z', sundayOnly)).toBe(6.5 * H);
    expect(iso(addBusinessTime(at('2010-11-07T03:00:00Z'), H, sundayOnly))).toBe('2010-11-07T04:00:00.000Z');
  });

  test('New York office week containing the spring-forward Sunday is still 40 h', () => {
    expect(between('2024-03-09T00:00:00Z', '2024-03-16T00:00:00Z', newYorkOffice)).toBe(40 * H);
  });

  test('inputs are not mutated', () => {
    const a = at('2026-09-30T01:00:00Z');
    const b = at('2026-10-10T10:00:00Z');
    const before = snapshot(shanghaiNationalDay);
    businessTimeBetween(b, a, shanghaiNationalDay);
    expect([iso(a), iso(b)]).toEqual(['2026-09-30T01:00:00.000Z', '2026-10-10T10:00:00.000Z']);
    expect(shanghaiNationalDay).toEqual(before);
  });

  test('invalid dates throw INVALID_DATE', () => {
    expect(() => businessTimeBetween(at('x'), at('2026-01-01T00:00:00Z'), shanghai)).toThrow(CORE_MESSAGES.INVALID_DATE);
    expect(() => businessTimeBetween(at('2026-01-01T00:00:00Z'), at('x'), shanghai)).toThrow(CORE_MESSAGES.INVALID_DATE);
  });
});
