import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES } from '../../../src/core/invariant.js';
import { localDateOf, wallTimeToInstant } from '../../../src/core/time/zoned-time.js';
import { at, iso } from './fixtures.js';

describe('wallTimeToInstant', () => {
  test('an ordinary wall time in Shanghai, New York and Berlin', () => {
    expect(iso(wallTimeToInstant('2026-10-01', '09:00', 'Asia/Shanghai'))).toBe('2026-10-01T01:00:00.000Z');
    expect(iso(wallTimeToInstant('2024-07-01', '09:00', 'America/New_York'))).toBe('2024-07-01T13:00:00.000Z');
    expect(iso(wallTimeToInstant('2024-01-15', '09:00', 'Europe/Berlin'))).toBe('2024-01-15T08:00:00.000Z');
  });

  test('a wall time in a gap maps to the end of the gap', () => {
    expect(iso(wallTimeToInstant('2024-03-10', '02:30', 'America/New_York'))).toBe('2024-03-10T07:00:00.000Z');
    expect(iso(wallTimeToInstant('2024-03-10', '02:00', 'America/New_York'))).toBe('2024-03-10T07:00:00.000Z');
    expect(iso(wallTimeToInstant('2024-03-10', '03:00', 'America/New_York'))).toBe('2024-03-10T07:00:00.000Z');
    expect(iso(wallTimeToInstant('2024-03-31', '02:15', 'Europe/Berlin'))).toBe('2024-03-31T01:00:00.000Z');
  });

  test('a wall time in an overlap maps to its first occurrence', () => {
    expect(iso(wallTimeToInstant('2024-11-03', '01:30', 'America/New_York'))).toBe('2024-11-03T05:30:00.000Z');
    expect(iso(wallTimeToInstant('2024-11-03', '02:00', 'America/New_York'))).toBe('2024-11-03T07:00:00.000Z');
    expect(iso(wallTimeToInstant('2024-10-27', '02:30', 'Europe/Berlin'))).toBe('2024-10-27T00:30:00.000Z');
  });

  test("'24:00' is midnight at the end of the day", () => {
    expect(iso(wallTimeToInstant('2024-03-09', '24:00', 'America/New_York'))).toBe('2024-03-10T05:00:00.000Z');
  });

  test('invalid input throws', () => {
    expect(() => wallTimeToInstant('2024-02-30', '09:00', 'UTC')).toThrow(CORE_MESSAGES.INVALID_DATE);
    expect(() => wallTimeToInstant('2024-02-01', '24:30', 'UTC')).toThrow(CORE_MESSAGES.INVALID_DATE);
    expect(() => wallTimeToInstant('2024-02-01', '09:00', 'Mars/Olympus')).toThrow(CORE_MESSAGES.INVALID_CALENDAR);
  });
});

describe('localDateOf', () => {
  test('the local date depends on the zone, not on the machine', () => {
    const instant = at('2026-09-30T16:30:00Z');
    expect(localDateOf(instant, 'Asia/Shanghai')).toBe('2026-10-01');
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-09-30');
    expect(localDateOf(instant, 'UTC')).toBe('2026-09-30');
    expect(iso(instant)).toBe('2026-09-30T16:30:00.000Z');
  });

  test('early and late years are written with four digits', () => {
    expect(localDateOf(at('0099-03-01T00:00:00Z'), 'UTC')).toBe('0099-03-01');
    expect(localDateOf(at('2400-02-29T12:00:00Z'), 'UTC')).toBe('2400-02-29');
  });

  test('an invalid instant throws INVALID_DATE', () => {
    expect(() => localDateOf(at('x'), 'UTC')).toThrow(CORE_MESSAGES.INVALID_DATE);
  });
});
