import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addBusinessTime } from '../../../src/core/time/add-business-time.js';
import type { BusinessCalendar } from '../../../src/core/time/business-calendar.js';
import { businessTimeBetween } from '../../../src/core/time/business-time-between.js';
import { calendarTime } from '../../../src/core/time/calendar-time.js';
import { isBusinessTime } from '../../../src/core/time/is-business-time.js';
import { nextBusinessInstant } from '../../../src/core/time/next-business-instant.js';
import { H, M, newYorkOffice, newYorkSmallHours, nightShift, shanghaiNationalDay } from './fixtures.js';

const DAY = 24 * H;

/** Calendars whose range boundaries never fall strictly inside a repeated hour. */
const calendars: readonly (readonly [string, BusinessCalendar])[] = [
  ['Shanghai with National Day', shanghaiNationalDay],
  ['New York office', newYorkOffice],
  ['New York 01:00–04:00', newYorkSmallHours],
  ['New York night shift', nightShift('America/New_York')],
  ['Berlin night shift', nightShift('Europe/Berlin')],
  ['Kolkata 24×7', calendarTime('Asia/Kolkata')],
];

/** Daylight-saving changes (UTC) the instants cluster around, plus ordinary dates. */
const anchors = [
  Date.UTC(2024, 2, 10, 7),
  Date.UTC(2024, 10, 3, 6),
  Date.UTC(2024, 2, 31, 1),
  Date.UTC(2024, 9, 27, 1),
  Date.UTC(2026, 8, 30, 9),
  Date.UTC(2026, 0, 9, 9),
];
const instantMs = fc.oneof(
  fc.tuple(fc.constantFrom(...anchors), fc.integer({ min: -4 * DAY, max: 4 * DAY })).map(([a, d]) => a + d),
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }),
);
const minuteMs = instantMs.map((t) => Math.floor(t / M) * M);
const durationMs = fc.oneof(fc.integer({ min: 0, max: 200 * H }), fc.integer({ min: 0, max: 5 }).map((h) => h * H));

/**
 * An independent reference: is the wall-clock minute of `t` (read with Intl) inside the calendar's
 * ranges for its local date? Built from the calendar's plain data, not from the library.
 */
function reference(calendar: BusinessCalendar): (t: number) => boolean {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: calendar.timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  return (t) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    const date = `${parts.year}-${parts.month}-${parts.day}`;
    const minute = minutesOf(`${parts.hour}:${parts.minute}`);
    if (calendar.holidays?.includes(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
    const ranges = calendar.extraWorkdays?.find((e) => e.date === date)?.hours ?? calendar.weeklyHours[weekday];
    const inRange = ranges.some((r) => minutesOf(r.start) <= minute && minute < minutesOf(r.end));
    const inBreak = (calendar.breaks ?? []).some((r) => minutesOf(r.start) <= minute && minute < minutesOf(r.end));
    return inRange && !inBreak;
  };
}

describe.each(calendars)('business time laws: %s', (_name, calendar) => {
  const isWorking = reference(calendar);

  test('isBusinessTime agrees with a wall-clock reference read through Intl', () => {
    fc.assert(
      fc.property(instantMs, (t) => {
        expect(isBusinessTime(new Date(t), calendar)).toBe(isWorking(Math.floor(t / M) * M));
      }),
      { numRuns: 300 },
    );
  });

  test('businessTimeBetween counts the reference working minutes of a window', () => {
    fc.assert(
      fc.property(minuteMs, fc.integer({ min: 0, max: 2 * 24 * 60 }), (a, length) => {
        let expected = 0;
        for (let t = a; t < a + length * M; t += M) if (isWorking(t)) expected += M;
        expect(businessTimeBetween(new Date(a), new Date(a + length * M), calendar)).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  test('businessTimeBetween(a, addBusinessTime(a, d)) === d, from any start', () => {
    fc.assert(
      fc.property(instantMs, durationMs, (a, d) => {
        const end = addBusinessTime(new Date(a), d, calendar);
        expect(businessTimeBetween(new Date(a), end, calendar)).toBe(d);
      }),
      { numRuns: 200 },
    );
  });

  test('the same law from starts inside working time, and the last millisecond before the result is working', () => {
    fc.assert(
      fc.property(instantMs, fc.integer({ min: 1, max: 200 * H }), (t, d) => {
        const start = nextBusinessInstant(new Date(t), calendar);
        expect(isBusinessTime(start, calendar)).toBe(true);
        const end = addBusinessTime(start, d, calendar);
        expect(businessTimeBetween(start, end, calendar)).toBe(d);
        expect(isBusinessTime(new Date(end.getTime() - 1), calendar)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('additivity, antisymmetry and bounds: between(a,b) + between(b,c) = between(a,c)', () => {
    fc.assert(
      fc.property(instantMs, instantMs, instantMs, (a, b, c) => {
        const [da, db, dc] = [new Date(a), new Date(b), new Date(c)];
        const ab = businessTimeBetween(da, db, calendar);
        expect(ab + businessTimeBetween(db, dc, calendar)).toBe(businessTimeBetween(da, dc, calendar));
        const ba = businessTimeBetween(db, da, calendar);
        expect(ba + ab).toBe(0);
        expect(Object.is(ba, -0) || Object.is(ab, -0)).toBe(false);
        expect(Math.abs(ab)).toBeLessThanOrEqual(Math.abs(b - a));
      }),
      { numRuns: 100 },
    );
  });

  test('addBusinessTime is monotonic in the duration and never earlier than the start', () => {
    fc.assert(
      fc.property(instantMs, durationMs, durationMs, (a, d1, d2) => {
        const [small, large] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const early = addBusinessTime(new Date(a), small, calendar).getTime();
        expect(early).toBeGreaterThanOrEqual(a);
        expect(addBusinessTime(new Date(a), large, calendar).getTime()).toBeGreaterThanOrEqual(early);
      }),
      { numRuns: 150 },
    );
  });

  test('nextBusinessInstant is the first working instant: no working time before it', () => {
    fc.assert(
      fc.property(instantMs, (a) => {
        const next = nextBusinessInstant(new Date(a), calendar);
        expect(next.getTime()).toBeGreaterThanOrEqual(a);
        expect(businessTimeBetween(new Date(a), next, calendar)).toBe(0);
        expect(isBusinessTime(next, calendar)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
