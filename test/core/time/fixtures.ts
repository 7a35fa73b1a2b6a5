/** Calendars and helpers shared by the business-time tests (not a test file itself). */
import type { BusinessCalendar } from '../../../src/core/time/business-calendar.js';
import type { TimeRange } from '../../../src/core/time/time-range.js';

/** A UTC instant from its ISO text, so every expectation is written as a fixed instant. */
export const at = (iso: string): Date => new Date(iso);
export const iso = (date: Date): string => date.toISOString();
export const H = 3_600_000;
export const M = 60_000;

const nineToSix: readonly TimeRange[] = [{ start: '09:00', end: '18:00' }];
const officeNy: readonly TimeRange[] = [{ start: '09:00', end: '17:00' }];
const smallHours: readonly TimeRange[] = [{ start: '01:00', end: '04:00' }];
const night: readonly TimeRange[] = [
  { start: '00:00', end: '06:00' },
  { start: '22:00', end: '24:00' },
];

/** Shanghai, Monday–Friday 09:00–18:00 with lunch 12:00–13:00, no holidays. */
export const shanghai: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  weeklyHours: { 0: [], 1: nineToSix, 2: nineToSix, 3: nineToSix, 4: nineToSix, 5: nineToSix, 6: [] },
  breaks: [{ start: '12:00', end: '13:00' }],
};

/** The same with National Day 2026 (10-01 … 10-07) off and Saturday 10-10 worked (调休, illustrative). */
export const shanghaiNationalDay: BusinessCalendar = {
  ...shanghai,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  extraWorkdays: [{ date: '2026-10-10', hours: nineToSix }],
};

/** New York office, Monday–Friday 09:00–17:00. */
export const newYorkOffice: BusinessCalendar = {
  timeZone: 'America/New_York',
  weeklyHours: { 0: [], 1: officeNy, 2: officeNy, 3: officeNy, 4: officeNy, 5: officeNy, 6: [] },
};

/** New York, every day 01:00–04:00: straddles both daylight-saving changes. */
export const newYorkSmallHours: BusinessCalendar = {
  timeZone: 'America/New_York',
  weeklyHours: { 0: smallHours, 1: smallHours, 2: smallHours, 3: smallHours, 4: smallHours, 5: smallHours, 6: smallHours },
};

/** A night shift 22:00–06:00 every day, written as two ranges per day. */
export function nightShift(timeZone: string): BusinessCalendar {
  return { timeZone, weeklyHours: { 0: night, 1: night, 2: night, 3: night, 4: night, 5: night, 6: night } };
}

/** Berlin office Monday–Friday 09:00–17:00. */
export const berlinOffice: BusinessCalendar = { ...newYorkOffice, timeZone: 'Europe/Berlin' };

/** A deep copy, to check later that a calendar was not mutated. */
export const snapshot = <T>(value: T): T => structuredClone(value);
