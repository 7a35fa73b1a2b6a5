import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addBusinessTime } from '../../src/core/time/add-business-time.js';
import { businessTimeBetween } from '../../src/core/time/business-time-between.js';
import { standardCalendar } from '../../src/core/time/standard-calendar.js';
import { type ComplaintEvent, DEFAULT_SLA_POLICY, prepareCalendar, slaStatus, SlaTargetSchema } from '../../src/complaints/index.js';
import { event, HOUR, machine, MINUTE, MONDAY_0900, randomComplaint } from './fixtures.js';

const CALENDAR = standardCalendar('Asia/Shanghai', {
  breaks: [{ start: '12:00', end: '13:00' }],
  holidays: ['2026-03-06', '2026-04-06', '2026-05-01'],
  extraWorkdays: [{ date: '2026-03-07', hours: [{ start: '10:00', end: '16:00' }] }],
});
const BERLIN = standardCalendar('Europe/Berlin', { start: '08:00', end: '20:00', weekdays: [1, 2, 3, 4, 5, 6] });
const SPAN = 60 * 24 * HOUR;

/** A log with a wait on the customer between each pair of offsets (minutes after the receipt). */
function withPauses(gaps: readonly number[]): ComplaintEvent[] {
  const events: ComplaintEvent[] = [
    event('RECEIVE', MONDAY_0900),
    event('ACKNOWLEDGE', MONDAY_0900 + MINUTE),
    event('ACCEPT', MONDAY_0900 + 2 * MINUTE),
    event('ASSIGN', MONDAY_0900 + 3 * MINUTE),
    event('INVESTIGATE', MONDAY_0900 + 4 * MINUTE),
  ];
  let t = MONDAY_0900 + 4 * MINUTE;
  for (let i = 0; i + 1 < gaps.length; i += 2) {
    t += (gaps[i] as number) * MINUTE;
    events.push(event('WAIT', t, { reason: 'customer-unreachable' }));
    t += (gaps[i + 1] as number) * MINUTE;
    events.push(event('RESUME', t));
  }
  return events;
}

describe('SLA clock laws', () => {
  test('while a clock runs, used + left = target; once breached, left is 0 and overdue = used − target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 0, max: 20 * 24 * 60 }), (seed, steps, after) => {
        const complaint = randomComplaint('C-P', seed, MONDAY_0900, steps);
        const last = complaint.events[complaint.events.length - 1];
        const now = new Date((last?.at.getTime() ?? MONDAY_0900) + after * MINUTE);
        const r = slaStatus(complaint, DEFAULT_SLA_POLICY, CALENDAR, now, machine);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const clocks = [...SlaTargetSchema.options.map((t) => r.value.clocks[t]), r.value.firstResolution, r.value.totalResolution];
        for (const clock of clocks) {
          if (clock.status === 'running' || clock.status === 'warning') expect(clock.usedMs + clock.leftMs).toBe(clock.targetMs);
          if (clock.status === 'breached') expect([clock.leftMs, clock.overdueMs]).toEqual([0, clock.usedMs - clock.targetMs]);
          expect(clock.usedMs).toBeGreaterThanOrEqual(0);
          expect(clock.pausedMs).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('paused time never counts: used = working time of the window − working time of the pauses', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 0, maxLength: 8 }), fc.integer({ min: 0, max: 3000 }), (gaps, after) => {
        const events = withPauses(gaps);
        const lastAt = (events[events.length - 1] as ComplaintEvent).at.getTime();
        const now = new Date(lastAt + after * MINUTE);
        const r = slaStatus({ id: 'C', events }, DEFAULT_SLA_POLICY, CALENDAR, now, machine);
        if (!r.ok) throw new Error(r.error.message);
        const waits = events.filter((e) => e.type === 'WAIT' || e.type === 'RESUME');
        let paused = 0;
        for (let i = 0; i + 1 < waits.length; i += 2) paused += businessTimeBetween((waits[i] as ComplaintEvent).at, (waits[i + 1] as ComplaintEvent).at, CALENDAR);
        const resolve = r.value.clocks.resolve;
        expect(resolve.pausedMs).toBe(paused);
        expect(resolve.usedMs).toBe(businessTimeBetween(new Date(MONDAY_0900), now, CALENDAR) - paused);
        expect(r.value.pauses.map((p) => p.businessMs).reduce((a, b) => a + b, 0)).toBe(paused);
        expect(r.value.pauses).toHaveLength(waits.length / 2);
      }),
      { numRuns: 150 },
    );
  });

  test('the prepared calendar answers as the core does, holidays, breaks and daylight saving included', () => {
    for (const calendar of [CALENDAR, BERLIN]) {
      const from = new Date('2026-02-20T00:00:00Z');
      const prepared = prepareCalendar(calendar, from, new Date(from.getTime() + SPAN));
      fc.assert(
        fc.property(fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 0, max: 200 * HOUR }), (a, b, d) => {
          const x = from.getTime() + a;
          const y = from.getTime() + b;
          expect(prepared.between(x, y)).toBe(businessTimeBetween(new Date(x), new Date(y), calendar));
          expect(prepared.add(x, d)).toBe(addBusinessTime(new Date(x), d, calendar).getTime());
        }),
        { numRuns: 300 },
      );
      // Outside the prepared period it falls back to the core.
      const outside = Date.parse('2027-01-04T03:00:00Z');
      expect(prepared.between(outside, outside + 50 * HOUR)).toBe(businessTimeBetween(new Date(outside), new Date(outside + 50 * HOUR), calendar));
      expect(prepared.add(outside, 5 * HOUR)).toBe(addBusinessTime(new Date(outside), 5 * HOUR, calendar).getTime());
    }
  });

  test('prepareCalendar refuses an invalid or reversed period', () => {
    expect(() => prepareCalendar(CALENDAR, new Date('x'), new Date('2026-01-01T00:00:00Z'))).toThrow('The date is not a valid instant.');
    expect(() => prepareCalendar(CALENDAR, new Date('2026-02-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))).toThrow('The date is not a valid instant.');
  });
});
