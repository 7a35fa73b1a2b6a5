import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { businessTimeBetween } from '../../src/core/time/business-time-between.js';
import { calendarTime } from '../../src/core/time/calendar-time.js';
import { standardCalendar } from '../../src/core/time/standard-calendar.js';
import { workingIntervalsOn } from '../../src/core/time/working-intervals-on.js';
import { createBusinessClock } from '../../src/funnel/business-clock.js';

const start = new Date('2026-03-01T00:00:00Z');
const end = new Date('2026-05-01T00:00:00Z');

describe('the business clock: constant-time working time over a period', () => {
  const shanghai = standardCalendar('Asia/Shanghai', {
    breaks: [{ start: '12:00', end: '13:00' }],
    holidays: ['2026-04-06'],
    extraWorkdays: [{ date: '2026-04-11', hours: [{ start: '09:00', end: '18:00' }] }],
  });
  const newYork = standardCalendar('America/New_York'); // DST starts 2026-03-08
  // A half-hour offset and a short break: some UTC hours hold two stretches of working time.
  const kolkata = standardCalendar('Asia/Kolkata', { breaks: [{ start: '12:10', end: '12:20' }] });

  test('equals the core businessTimeBetween for any two instants (Shanghai with holidays, New York across DST, Kolkata with a short break)', () => {
    for (const calendar of [shanghai, newYork, kolkata]) {
      const clock = createBusinessClock(calendar, start, end);
      fc.assert(
        fc.property(fc.integer({ min: start.getTime() - 86_400_000, max: end.getTime() }), fc.integer({ min: start.getTime(), max: end.getTime() + 86_400_000 }), (a, b) => {
          const expected = businessTimeBetween(new Date(a), new Date(b), calendar);
          expect(clock.workingMsBetween(a, b)).toBe(expected);
          if (a <= clock.to && b <= clock.to) expect(clock.workingMsAt(b) - clock.workingMsAt(a)).toBe(expected);
        }),
        { numRuns: 200 },
      );
    }
  });

  test('over a whole year, each working interval of each local day reads as its length, and the time between intervals as none (both DST changes)', () => {
    // The table is built day after day with one time-zone memo carried along: every day must still
    // match the core's intervals for that day, across both changes of offset.
    const yearStart = new Date('2025-12-15T00:00:00Z');
    const yearEnd = new Date('2027-01-15T00:00:00Z');
    const nightShift = standardCalendar('America/New_York', { start: '00:00', end: '23:59', weekdays: [0, 1, 2, 3, 4, 5, 6] });
    const london = standardCalendar('Europe/London', { start: '00:30', end: '02:30', weekdays: [0, 6] });
    for (const calendar of [newYork, nightShift, london, shanghai]) {
      const clock = createBusinessClock(calendar, yearStart, yearEnd);
      let previousEnd: number | undefined;
      for (let t = Date.parse('2026-01-01T12:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 86_400_000) {
        const local = new Date(t).toISOString().slice(0, 10);
        for (const { start: a, end: b } of workingIntervalsOn(local, calendar)) {
          expect(clock.workingMsAt(b.getTime()) - clock.workingMsAt(a.getTime())).toBe(b.getTime() - a.getTime());
          if (previousEnd !== undefined) expect(clock.workingMsAt(a.getTime())).toBe(clock.workingMsAt(previousEnd));
          previousEnd = b.getTime();
        }
      }
    }
  });

  test('agrees with the core at every 5 minutes over a working week, hours with two stretches included', () => {
    const from = Date.parse('2026-03-02T00:00:00Z');
    for (const calendar of [shanghai, newYork, kolkata]) {
      const clock = createBusinessClock(calendar, start, end);
      for (let t = from; t <= from + 5 * 86_400_000; t += 300_000) {
        expect(clock.workingMsAt(t) - clock.workingMsAt(from)).toBe(businessTimeBetween(new Date(from), new Date(t), calendar));
      }
    }
  });

  test('agrees with the core at every UTC midnight and at both ends of the covered range', () => {
    for (const calendar of [shanghai, newYork, kolkata]) {
      const clock = createBusinessClock(calendar, start, end);
      const origin = new Date(clock.from);
      for (const t of [clock.from, clock.to]) {
        expect(clock.workingMsAt(t)).toBe(businessTimeBetween(origin, new Date(t), calendar));
      }
      for (let t = Math.ceil(clock.from / 86_400_000) * 86_400_000; t <= clock.to; t += 86_400_000) {
        expect(clock.workingMsAt(t)).toBe(businessTimeBetween(origin, new Date(t), calendar));
      }
    }
  });

  test('days with more stretches than the daily table holds, and days that cross UTC midnight, are measured exactly', () => {
    // Five breaks: six stretches a day, more than the table keeps per day (those days are searched).
    const choppy = standardCalendar('Asia/Shanghai', {
      breaks: [
        { start: '10:00', end: '10:10' },
        { start: '11:00', end: '11:10' },
        { start: '12:00', end: '13:00' },
        { start: '15:00', end: '15:10' },
        { start: '16:00', end: '16:10' },
      ],
    });
    // 09:00–17:00 in Sydney is 22:00/23:00–06:00/07:00 UTC: a UTC day holds the end of one working
    // day, a lunch break and the start of the next.
    const sydney = standardCalendar('Australia/Sydney', { breaks: [{ start: '12:00', end: '13:00' }] });
    for (const calendar of [choppy, sydney]) {
      const clock = createBusinessClock(calendar, start, end);
      const from = Date.parse('2026-03-30T00:00:00Z');
      for (let t = from; t <= from + 3 * 86_400_000; t += 600_000) {
        expect(clock.workingMsAt(t) - clock.workingMsAt(from)).toBe(businessTimeBetween(new Date(from), new Date(t), calendar));
      }
    }
  });

  test('works before 1970 (negative epoch milliseconds), local mean time included', () => {
    const from1900 = new Date('1899-12-20T00:00:00Z');
    const to1900 = new Date('1900-01-20T00:00:00Z');
    // Shanghai kept local mean time (UTC+8:05:43) until 1901: stretches start at odd seconds.
    for (const calendar of [standardCalendar('UTC'), shanghai]) {
      const clock = createBusinessClock(calendar, from1900, to1900);
      const origin = new Date(clock.from);
      for (let t = Math.ceil(clock.from / 86_400_000) * 86_400_000; t <= clock.to; t += 86_400_000 / 8) {
        expect(clock.workingMsAt(t)).toBe(businessTimeBetween(origin, new Date(t), calendar));
      }
    }
  });

  test('an instant with a fraction of a millisecond keeps its fraction', () => {
    const clock = createBusinessClock(shanghai, start, end);
    const working = Date.parse('2026-03-03T02:00:00Z'); // Tuesday 10:00 in Shanghai
    const night = Date.parse('2026-03-03T16:00:00Z'); // Wednesday 00:00 in Shanghai
    expect(clock.workingMsAt(working + 0.25) - clock.workingMsAt(working)).toBe(0.25);
    expect(clock.workingMsAt(night + 0.25) - clock.workingMsAt(night)).toBe(0);
  });

  test('a full working day is the most common daily working time', () => {
    expect(createBusinessClock(shanghai, start, end).businessDayMs).toBe(8 * 3_600_000);
    expect(createBusinessClock(standardCalendar('UTC'), start, end).businessDayMs).toBe(9 * 3_600_000);
    expect(createBusinessClock(calendarTime('UTC'), start, end).businessDayMs).toBe(24 * 3_600_000);
  });

  test('refuses an invalid date and a period that does not run forward', () => {
    const code = (from: unknown, to: unknown): unknown => {
      try {
        createBusinessClock(shanghai, from as Date, to as Date);
      } catch (e) {
        return e instanceof LogisticsCustomerError ? e.code : e;
      }
      return 'accepted';
    };
    expect(code(new Date('x'), end)).toBe('INVALID_DATE');
    expect(code(start, '2026-05-01')).toBe('INVALID_DATE');
    // Before: a RangeError from a typed array of negative length, or a clock over nonsense.
    expect(code(end, start)).toBe('INVALID_PERIOD');
    expect(code(start, new Date(start.getTime() - 3_600_000))).toBe('INVALID_PERIOD');
    expect(code(start, start)).toBe('INVALID_PERIOD');
    expect(code(start, new Date(start.getTime() + 1))).toBe('accepted');
  });

  test('outside the covered range it falls back to the core (workingMsBetween) or throws (workingMsAt)', () => {
    const clock = createBusinessClock(shanghai, start, end);
    const a = Date.parse('2026-01-05T00:00:00Z');
    const b = Date.parse('2026-06-05T00:00:00Z');
    expect(clock.workingMsBetween(a, b)).toBe(businessTimeBetween(new Date(a), new Date(b), shanghai));
    expect(() => clock.workingMsAt(b)).toThrow('The date is not a valid instant.');
  });
});
