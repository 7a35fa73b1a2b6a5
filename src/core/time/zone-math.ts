/**
 * Time-zone arithmetic on epoch milliseconds, never reading the machine's own zone. A "wall"
 * value is a local date and time written as if it were UTC (`Date.UTC(y, m, d, h, mi)`).
 * Internal to `core/time`.
 *
 * @packageDocumentation
 */

import { tzOffset } from '@date-fns/tz/tzOffset';
import { invalidCalendar } from './checks.js';
import { DAY_MS, MAX_INSTANT_MS } from './civil-date.js';

/**
 * The UTC offset of a time zone at an instant, in milliseconds (UTC+8 → 28 800 000).
 *
 * @param timeZone - The IANA time zone.
 * @param instant - The instant as epoch milliseconds.
 * @returns The offset in milliseconds.
 * @throws {@link LogisticsCustomerError} `INVALID_CALENDAR` for an unknown time zone.
 *
 * @example
 * ```ts
 * import { offsetMs } from './zone-math.js';
 * offsetMs('Asia/Shanghai', Date.UTC(2026, 0, 1));
 * // => 28800000
 * ```
 * @internal
 * @category Time
 */
export function offsetMs(timeZone: string, instant: number): number {
  // Probes may reach past the range of `Date`; the offset at the edge stands in for them.
  const minutes = tzOffset(timeZone, new Date(Math.min(Math.max(instant, -MAX_INSTANT_MS), MAX_INSTANT_MS)));
  if (!Number.isFinite(minutes)) throw invalidCalendar('unknown time zone', { timeZone });
  return Math.round(minutes * 60_000);
}

/**
 * The local day number (days since 1970-01-01) of an instant in a time zone.
 *
 * @param instant - The instant as epoch milliseconds.
 * @param offset - The zone's offset at that instant, in milliseconds.
 * @returns The local day number.
 *
 * @example
 * ```ts
 * import { localDayNumber } from './zone-math.js';
 * localDayNumber(Date.UTC(2026, 0, 1, 20), 28_800_000);
 * // => 20455
 * ```
 * @internal
 * @category Time
 */
export function localDayNumber(instant: number, offset: number): number {
  return Math.floor((instant + offset) / DAY_MS);
}

/**
 * The instant a local wall-clock time happens in a time zone. A wall time skipped by a
 * daylight-saving gap maps to the end of the gap (02:30 in New York on 2024-03-10 → 03:00 EDT);
 * one repeated in an overlap maps to its first, earlier occurrence. In both cases the result is
 * the first instant whose wall-clock time is at or after the one asked for, so the mapping is
 * monotonic and a range of wall time measures the real time that elapsed.
 *
 * @param timeZone - The IANA time zone.
 * @param wall - The local date and time written as if it were UTC, in epoch milliseconds.
 * @returns The instant as epoch milliseconds.
 * @throws {@link LogisticsCustomerError} `INVALID_CALENDAR` for an unknown time zone.
 *
 * @example
 * ```ts
 * import { wallToInstantMs } from './zone-math.js';
 * new Date(wallToInstantMs('America/New_York', Date.UTC(2024, 2, 10, 2, 30))).toISOString();
 * // => '2024-03-10T07:00:00.000Z'
 * ```
 * @internal
 * @category Time
 */
export function wallToInstantMs(timeZone: string, wall: number): number {
  const before = offsetMs(timeZone, wall - DAY_MS);
  const after = offsetMs(timeZone, wall + DAY_MS);
  let best = Number.POSITIVE_INFINITY;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = wall - offset;
    if (candidate < best && offsetMs(timeZone, candidate) === offset) best = candidate;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // In a gap: find the transition instant between the two candidates by bisection.
  let lo = wall - Math.max(before, after);
  let hi = wall - Math.min(before, after);
  const loOffset = offsetMs(timeZone, lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMs(timeZone, mid) === loOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}
