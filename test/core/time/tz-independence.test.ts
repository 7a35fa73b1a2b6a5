import { afterEach, describe, expect, test } from 'vitest';
import { addBusinessTime } from '../../../src/core/time/add-business-time.js';
import { businessTimeBetween } from '../../../src/core/time/business-time-between.js';
import { calendarTime } from '../../../src/core/time/calendar-time.js';
import { hours } from '../../../src/core/time/durations.js';
import { isBusinessTime } from '../../../src/core/time/is-business-time.js';
import { nextBusinessInstant } from '../../../src/core/time/next-business-instant.js';
import { workingIntervalsOn } from '../../../src/core/time/working-intervals-on.js';
import { localDateOf, wallTimeToInstant } from '../../../src/core/time/zoned-time.js';
import { at, H, iso, nightShift, shanghaiNationalDay } from './fixtures.js';

/** Every result as text, compared with known UTC instants written out below. */
function results(): readonly (string | number | boolean)[] {
  return [
    iso(addBusinessTime(at('2026-01-09T09:00:00Z'), hours(2), shanghaiNationalDay)),
    iso(addBusinessTime(at('2026-09-30T09:00:00Z'), hours(2), shanghaiNationalDay)),
    iso(addBusinessTime(at('2024-10-26T20:00:00Z'), hours(9), nightShift('Europe/Berlin'))),
    businessTimeBetween(at('2024-03-10T03:00:00Z'), at('2024-03-10T10:00:00Z'), nightShift('America/New_York')) / H,
    isBusinessTime(at('2026-10-10T03:00:00Z'), shanghaiNationalDay),
    iso(nextBusinessInstant(at('2026-01-10T07:00:00Z'), shanghaiNationalDay)),
    workingIntervalsOn('2024-11-03', calendarTime('America/New_York')).map((i) => `${iso(i.start)}/${iso(i.end)}`).join(),
    iso(wallTimeToInstant('2024-03-10', '02:30', 'America/New_York')),
    localDateOf(at('2026-09-30T16:30:00Z'), 'Asia/Shanghai'),
  ];
}

const KNOWN = [
  '2026-01-12T02:00:00.000Z',
  '2026-10-08T02:00:00.000Z',
  '2024-10-27T05:00:00.000Z',
  7,
  true,
  '2026-01-12T01:00:00.000Z',
  '2024-11-03T04:00:00.000Z/2024-11-04T05:00:00.000Z',
  '2024-03-10T07:00:00.000Z',
  '2026-10-01',
];

describe('results do not depend on the machine time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  test('under the time zone this run was started with', () => {
    expect(results()).toEqual(KNOWN);
  });

  // Node re-reads process.env.TZ when it is assigned; getTimezoneOffset proves the switch happened.
  test.each([
    ['UTC', 0],
    ['America/Los_Angeles', 480],
    ['Asia/Kolkata', -330],
    ['Pacific/Chatham', -825],
  ])('with process.env.TZ = %s (local offset %i min) the results are the same UTC instants', (zone, offset) => {
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(offset);
    expect(results()).toEqual(KNOWN);
  });
});
