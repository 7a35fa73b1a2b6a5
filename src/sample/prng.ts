import { LogisticsCustomerError } from '../core/invariant.js';
import { SAMPLE_MESSAGES } from './messages.js';

/**
 * A seeded pseudo-random number generator (mulberry32): the same seed gives the same sequence on
 * every machine, so sample data is reproducible. It is the one deliberately mutable value of the
 * sample module — each call advances it — and is never shared between modules or calls.
 *
 * @category Sample data
 */
export interface SamplePrng {
  /** The next number in [0, 1). */
  next(): number;
  /** A whole number in [0, `bound`). */
  int(bound: number): number;
  /** A number in [`min`, `max`). */
  between(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One value of a table of `[value, weight]` pairs, with probability proportional to its weight. */
  weighted<T>(table: readonly (readonly [T, number])[]): T;
  /** A standard normal variate (Box–Muller). */
  normal(): number;
  /** A Poisson variate with the given mean (exact for small means, normal approximation above 30). */
  poisson(mean: number): number;
}

function checkSeed(seed: number): number {
  if (!Number.isSafeInteger(seed)) throw new LogisticsCustomerError('INVALID_SEED', SAMPLE_MESSAGES.INVALID_SEED, { seed });
  // Two's-complement wrap to 32 bits: negative seeds and seeds above 2^32 are fine.
  return Number(BigInt.asUintN(32, BigInt(seed)));
}

/**
 * Creates a seeded pseudo-random number generator (mulberry32, 32-bit state).
 *
 * @param seed - Any safe integer; it is reduced to 32 bits.
 * @returns A generator whose sequence depends only on the seed.
 * @throws `LogisticsCustomerError` `INVALID_SEED` when the seed is not a safe integer.
 *
 * @example
 * ```ts
 * import { createSamplePrng } from 'logistics-customer/sample';
 * const a = createSamplePrng(42);
 * const b = createSamplePrng(42);
 * [a.int(100), a.int(100)].join() === [b.int(100), b.int(100)].join();
 * // => true
 * ```
 * @category Sample data
 */
export function createSamplePrng(seed: number): SamplePrng {
  let state = checkSeed(seed);
  let spare: number | null = null;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (bound: number): number => {
    if (!Number.isSafeInteger(bound) || bound <= 0) {
      throw new LogisticsCustomerError('INVALID_BOUND', SAMPLE_MESSAGES.INVALID_BOUND, { bound });
    }
    return Math.floor(next() * bound);
  };
  const normal = (): number => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const u = 1 - next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new LogisticsCustomerError('EMPTY_CHOICE', SAMPLE_MESSAGES.EMPTY_CHOICE);
      return items[int(items.length)] as T;
    },
    weighted: <T>(table: readonly (readonly [T, number])[]): T => {
      let total = 0;
      for (const [, w] of table) total += w;
      if (!(total > 0)) throw new LogisticsCustomerError('EMPTY_CHOICE', SAMPLE_MESSAGES.EMPTY_CHOICE);
      let x = next() * total;
      for (const [value, w] of table) {
        x -= w;
        if (x < 0) return value;
      }
      return (table[table.length - 1] as readonly [T, number])[0];
    },
    normal,
    poisson: (mean) => {
      if (!(mean > 0)) return 0;
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
}

/**
 * Derives an independent seed for one stream of one item from a base seed (a splitmix-style hash),
 * so that item `i` can be generated on its own — lazily, in any order, or in another worker — and
 * still be the same as in a full run.
 *
 * @param seed - The base seed (any safe integer).
 * @param stream - Which stream (e.g. 1 for customers, 2 for prospects).
 * @param index - The item's index.
 * @returns A 32-bit seed.
 * @throws `LogisticsCustomerError` `INVALID_SEED` when the seed is not a safe integer.
 *
 * @example
 * ```ts
 * import { deriveSeed } from 'logistics-customer/sample';
 * [deriveSeed(7, 1, 0) === deriveSeed(7, 1, 0), deriveSeed(7, 1, 0) === deriveSeed(7, 1, 1)];
 * // => [true, false]
 * ```
 * @category Sample data
 */
export function deriveSeed(seed: number, stream: number, index: number): number {
  let h = checkSeed(seed) ^ Math.imul(stream | 0, 0x9e3779b9);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = (h + Math.imul(index | 0, 0xc2b2ae35)) | 0;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x165667b1);
  // Mix in the high part of large indexes too.
  h = (h + Math.floor(index / 4294967296)) | 0;
  return (h ^ (h >>> 15)) >>> 0;
}
