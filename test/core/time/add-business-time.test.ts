import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../../src/core/invariant.js';
import { addBusinessTime } from '../../../src/core/time/add-business-time.js';
import type { BusinessCalendar } from '../../../src/core/time/business-calendar.js';
import { CALENDAR_TIME } from '../../../src/core/time/calendar-time.js';
import { hours, minutes } from '../../../src/core/time/durations.js';
import {
  at,
  berlinOffice,
  H,
  iso,
  newYorkOffice,
  nightShift,
  shanghai,
  shanghaiNationalDay,
  snapshot,
} from './fixtures.js';

const add = (start: string, ms: number, calendar: BusinessCalendar): string => iso(addBusinessTime(at(start), ms, calendar));

describe('addBusinessTime in Shanghai (Mon–Fri 09:00–18:00, lunch 12:00–13:00)', () => {
  test('Friday 17:00 + 2 h lands on Monday 10:00', () => {
    // 2026-01-09 is a Friday; 17:00 CST = 09:00Z.
    expect(add('2026-01-09T09:00:00Z', hours(2), shanghai)).toBe('2026-01-12T02:00:00.000Z');
  });

  test('the duration can end exactly at the end of an interval (Friday 18:00, not Monday 09:00)', () => {
    expect(add('2026-01-09T09:00:00Z', hours(1), shanghai)).toBe('2026-01-09T10:00:00.000Z');
  });

  test('Friday 17:00 + 4 h ends at the start of lunch on Monday; 1 ms more continues after lunch', () => {
    expect(add('2026-01-09T09:00:00Z', hours(4), shanghai)).toBe('2026-01-12T04:00:00.000Z');
    expect(add('2026-01-09T09:00:00Z', hours(4) + 1, shanghai)).toBe('2026-01-12T05:00:00.001Z');
  });

  test('a start outside working time counts from the next working instant', () => {
    // Saturday 10:00 → Monday 09:00 + 1 h; lunch 12:30 → 13:00 + 30 min.
    expect(add('2026-01-10T02:00:00Z', hours(1), shanghai)).toBe('2026-01-12T02:00:00.000Z');
    expect(add('2026-01-12T04:30:00Z', minutes(30), shanghai)).toBe('2026-01-12T05:30:00.000Z');
  });

  test('holidays are skipped: National Day 2026-10-01…07', () => {
    // Wednesday 2026-09-30 17:00 CST + 2 h: 1 h that day, then Thursday 10-08 09:00–10:00.
    expect(add('2026-09-30T09:00:00Z', hours(2), shanghaiNationalDay)).toBe('2026-10-08T02:00:00.000Z');
    expect(add('2026-09-30T09:00:00Z', hours(2), shanghai)).toBe('2026-10-01T02:00:00.000Z');
  });

  test('a make-up working Saturday (调休) counts, with the lunch break removed', () => {
    // Friday 2026-10-09 17:00 CST + 2 h → Saturday 10-10 10:00; + 5 h → Saturday 14:00.
    expect(add('2026-10-09T09:00:00Z', hours(2), shanghaiNationalDay)).toBe('2026-10-10T02:00:00.000Z');
    expect(add('2026-10-09T09:00:00Z', hours(5), shanghaiNationalDay)).toBe('2026-10-10T06:00:00.000Z');
    expect(add('2026-10-09T09:00:00Z', hours(2), shanghai)).toBe('2026-10-12T02:00:00.000Z');
  });

  test('a zero duration returns the start unchanged, even outside working time', () => {
    const saturday = at('2026-01-10T02:00:00Z');
    const result = addBusinessTime(saturday, 0, shanghai);
    expect(iso(result)).toBe('2026-01-10T02:00:00.000Z');
    expect(result).not.toBe(saturday);
  });

  test('fractions of a millisecond are rounded up', () => {
    expect(add('2026-01-12T01:00:00Z', 0.2, shanghai)).toBe('2026-01-12T01:00:00.001Z');
  });

  test('a long duration walks many weeks: 40 working days of 8 h', () => {
    // Monday 2026-01-12 09:00 + 320 h = 8 weeks later, Monday 2026-03-09 09:00 → Friday 03-06 18:00.
    expect(add('2026-01-12T01:00:00Z', hours(320), shanghai)).toBe('2026-03-06T10:00:00.000Z');
  });

  test('inputs are not mutated', () => {
    const start = at('2026-01-09T09:00:00Z');
    const before = snapshot(shanghaiNationalDay);
    addBusinessTime(start, hours(30), shanghaiNationalDay);
    expect(iso(start)).toBe('2026-01-09T09:00:00.000Z');
    expect(shanghaiNationalDay).toEqual(before);
  });
});

describe('addBusinessTime across daylight-saving changes', () => {
  test('New York office over the 2024-03-10 and 2024-11-03 weekends', () => {
    // Friday 16:00 EST + 2 h → Monday 10:00 EDT; Friday 16:00 EDT + 2 h → Monday 10:00 EST.
    expect(add('2024-03-08T21:00:00Z', hours(2), newYorkOffice)).toBe('2024-03-11T14:00:00.000Z');
    expect(add('2024-11-01T20:00:00Z', hours(2), newYorkOffice)).toBe('2024-11-04T15:00:00.000Z');
  });

  test('a New York night shift is 7 h on the spring-forward night and 9 h on the fall-back night', () => {
    const ny = nightShift('America/New_York');
    // Saturday 2024-03-09 22:00 EST = 03-10 03:00Z; the shift ends 06:00 EDT = 10:00Z.
    expect(add('2024-03-10T03:00:00Z', hours(7), ny)).toBe('2024-03-10T10:00:00.000Z');
    // One hour more continues at 22:00 EDT on 03-10 = 03-11 02:00Z.
    expect(add('2024-03-10T03:00:00Z', hours(8), ny)).toBe('2024-03-11T03:00:00.000Z');
    // Saturday 2024-11-02 22:00 EDT = 11-03 02:00Z; the shift ends 06:00 EST = 11:00Z.
    expect(add('2024-11-03T02:00:00Z', hours(9), ny)).toBe('2024-11-03T11:00:00.000Z');
  });

  test('a Berlin night shift over 2024-03-31 and 2024-10-27', () => {
    const berlin = nightShift('Europe/Berlin');
    // 2024-03-30 22:00 CET = 21:00Z → 03-31 06:00 CEST = 04:00Z is 7 h; 1 h more is 03-31 22:00–23:00 CEST.
    expect(add('2024-03-30T21:00:00Z', hours(7), berlin)).toBe('2024-03-31T04:00:00.000Z');
    expect(add('2024-03-30T21:00:00Z', hours(8), berlin)).toBe('2024-03-31T21:00:00.000Z');
    // 2024-10-26 22:00 CEST = 20:00Z → 10-27 06:00 CET = 05:00Z is 9 h.
    expect(add('2024-10-26T20:00:00Z', hours(9), berlin)).toBe('2024-10-27T05:00:00.000Z');
  });

  test('Berlin office over Easter 2024 (clocks change on Sunday 03-31), with and without Easter Monday', () => {
    // Friday 2024-03-29 16:00 CET = 15:00Z + 2 h → Monday 10:00 CEST = 08:00Z.
    expect(add('2024-03-29T15:00:00Z', hours(2), berlinOffice)).toBe('2024-04-01T08:00:00.000Z');
    const withEaster: BusinessCalendar = { ...berlinOffice, holidays: ['2024-04-01'] };
    expect(add('2024-03-29T15:00:00Z', hours(2), withEaster)).toBe('2024-04-02T08:00:00.000Z');
  });

  test('calendar time adds real elapsed hours across a change', () => {
    expect(add('2024-03-30T23:00:00Z', hours(24), CALENDAR_TIME)).toBe('2024-03-31T23:00:00.000Z');
  });
});

describe('addBusinessTime misuse', () => {
  const expectThrow = (fn: () => unknown, code: string, message: string): void => {
    let caught: unknown;
    try {
      fn();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LogisticsCustomerError);
    expect((caught as LogisticsCustomerError).code).toBe(code);
    expect((caught as LogisticsCustomerError).message).toBe(message);
  };

  test('an invalid Date throws INVALID_DATE', () => {
    expectThrow(() => addBusinessTime(new Date('nope'), 1, shanghai), 'INVALID_DATE', CORE_MESSAGES.INVALID_DATE);
    expectThrow(() => addBusinessTime('2026-01-01' as unknown as Date, 1, shanghai), 'INVALID_DATE', CORE_MESSAGES.INVALID_DATE);
  });

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('duration %s throws INVALID_DURATION', (ms) => {
    expectThrow(() => addBusinessTime(at('2026-01-12T01:00:00Z'), ms, shanghai), 'INVALID_DURATION', CORE_MESSAGES.INVALID_DURATION);
  });

  test('a result past the last representable date throws INVALID_DURATION', () => {
    expectThrow(() => addBusinessTime(at('+275760-09-01T00:00:00Z'), hours(24 * 30), CALENDAR_TIME), 'INVALID_DURATION', CORE_MESSAGES.INVALID_DURATION);
  });

  test('a calendar without any working time throws INVALID_CALENDAR instead of looping', () => {
    const never: BusinessCalendar = { ...shanghai, weeklyHours: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] } };
    expectThrow(() => addBusinessTime(at('2026-01-12T01:00:00Z'), 1, never), 'INVALID_CALENDAR', CORE_MESSAGES.INVALID_CALENDAR);
    try {
      addBusinessTime(at('2026-01-12T01:00:00Z'), 1, never);
    } catch (error) {
      expect((error as LogisticsCustomerError).details.reason).toBe('no working time in the next 3660 days');
    }
  });

  test('working time only beyond the 3660-day horizon is not found', () => {
    const once: BusinessCalendar = {
      ...shanghai,
      weeklyHours: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] },
      extraWorkdays: [{ date: '2040-01-02', hours: [{ start: '09:00', end: '10:00' }] }],
    };
    expectThrow(() => addBusinessTime(at('2026-01-12T01:00:00Z'), 1, once), 'INVALID_CALENDAR', CORE_MESSAGES.INVALID_CALENDAR);
    expect(add('2036-01-12T01:00:00Z', H, once)).toBe('2040-01-02T02:00:00.000Z');
  });

  test('a malformed calendar throws INVALID_CALENDAR', () => {
    const bad = (patch: Partial<BusinessCalendar>): BusinessCalendar => ({ ...shanghai, ...patch });
    const cases: readonly BusinessCalendar[] = [
      bad({ timeZone: 'Mars/Olympus' }),
      bad({ breaks: [{ start: '13:00', end: '12:00' }] }),
      bad({ breaks: [{ start: '12:00', end: '13:00' }, { start: '12:30', end: '14:00' }] }),
      bad({ holidays: ['2026-02-30'] }),
      bad({ extraWorkdays: [{ date: '2026-10-10', hours: [{ start: '9:00', end: '18:00' }] }] }),
      bad({ weeklyHours: { 1: [] } as unknown as BusinessCalendar['weeklyHours'] }),
      null as unknown as BusinessCalendar,
    ];
    for (const calendar of cases) {
      expectThrow(() => addBusinessTime(at('2026-01-12T01:00:00Z'), H, calendar), 'INVALID_CALENDAR', CORE_MESSAGES.INVALID_CALENDAR);
    }
  });
});
