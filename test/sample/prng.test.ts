import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { SAMPLE_MESSAGES } from '../../src/sample/messages.js';
import { createSamplePrng, deriveSeed } from '../../src/sample/prng.js';

describe('the seeded generator (mulberry32)', () => {
  test('the same seed gives the same sequence; another seed another one', () => {
    const draw = (seed: number) => {
      const rng = createSamplePrng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  test('it is mulberry32: the same values as the published reference code', () => {
    // Tommy Ettinger's mulberry32 as published (bryc/code, PRNGs.md), written independently here.
    const reference = (seed: number) => {
      let a = seed >>> 0;
      return () => {
        let t = (a = (a + 0x6d2b79f5) | 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    };
    expect(createSamplePrng(1).next()).toBe(0.6270739405881613);
    for (const seed of [0, 1, 2014, 4294967295]) {
      const ours = createSamplePrng(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 100; i++) expect(ours.next()).toBe(theirs());
    }
  });

  test('seeds are reduced to 32 bits: 2^32 + 5 behaves as 5, -1 as 2^32 - 1', () => {
    expect(createSamplePrng(2 ** 32 + 5).next()).toBe(createSamplePrng(5).next());
    expect(createSamplePrng(-1).next()).toBe(createSamplePrng(2 ** 32 - 1).next());
  });

  test('values stay in their ranges (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1_000_000 }), (seed, bound) => {
        const rng = createSamplePrng(seed);
        for (let i = 0; i < 50; i++) {
          const x = rng.next();
          const k = rng.int(bound);
          const b = rng.between(-3, 7);
          if (!(x >= 0 && x < 1 && Number.isInteger(k) && k >= 0 && k < bound && b >= -3 && b < 7)) return false;
          if (rng.poisson(4) < 0 || !Number.isInteger(rng.poisson(40))) return false;
        }
        return true;
      }),
    );
  });

  test('int is close to uniform (chi-square over 10 cells, 20,000 draws)', () => {
    const rng = createSamplePrng(2014);
    const cells = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) cells[rng.int(10)]! += 1;
    const chi = cells.reduce((s, c) => s + (c - 2000) ** 2 / 2000, 0);
    expect(chi).toBeLessThan(27.9); // p = 0.001 with 9 degrees of freedom
  });

  test('normal and poisson have the right means', () => {
    const rng = createSamplePrng(9);
    let sum = 0;
    let sq = 0;
    let p = 0;
    for (let i = 0; i < 20_000; i++) {
      const z = rng.normal();
      sum += z;
      sq += z * z;
      p += rng.poisson(3);
    }
    expect(Math.abs(sum / 20_000)).toBeLessThan(0.03);
    expect(Math.abs(sq / 20_000 - 1)).toBeLessThan(0.05);
    expect(Math.abs(p / 20_000 - 3)).toBeLessThan(0.06);
  });

  test('weighted picks in proportion; pick and weighted refuse empty choices', () => {
    const rng = createSamplePrng(3);
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (rng.weighted([['a', 3], ['b', 1]] as const) === 'a') a++;
    expect(a / 10_000).toBeGreaterThan(0.72);
    expect(a / 10_000).toBeLessThan(0.78);
    expect(() => rng.pick([])).toThrow(SAMPLE_MESSAGES.EMPTY_CHOICE);
    expect(() => rng.weighted([['a', 0]])).toThrow(SAMPLE_MESSAGES.EMPTY_CHOICE);
    expect(() => rng.int(0)).toThrow(SAMPLE_MESSAGES.INVALID_BOUND);
  });

  test('a seed that is not a safe integer is API misuse', () => {
    for (const bad of [1.5, Number.NaN, 2 ** 60]) {
      expect(() => createSamplePrng(bad)).toThrow(LogisticsCustomerError);
      expect(() => createSamplePrng(bad)).toThrow(SAMPLE_MESSAGES.INVALID_SEED);
      expect(() => deriveSeed(bad, 1, 0)).toThrow(SAMPLE_MESSAGES.INVALID_SEED);
    }
  });

  test('derived seeds are deterministic, 32-bit, and differ by stream and index', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 100 }), fc.nat(), (seed, stream, index) => {
        const s = deriveSeed(seed, stream, index);
        return s === deriveSeed(seed, stream, index) && Number.isInteger(s) && s >= 0 && s < 2 ** 32;
      }),
    );
    const seeds = new Set<number>();
    for (let stream = 1; stream <= 5; stream++) for (let i = 0; i < 2000; i++) seeds.add(deriveSeed(2014, stream, i));
    expect(seeds.size).toBe(10_000);
  });
});
