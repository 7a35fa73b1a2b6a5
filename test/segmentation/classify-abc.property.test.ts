import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AbcClass } from '../../src/segmentation/abc-class.js';
import type { AbcEntry } from '../../src/segmentation/abc-entry.js';
import type { AbcOptions } from '../../src/segmentation/classify-abc.js';
import { classifyAbc } from '../../src/segmentation/classify-abc.js';
import { compareShare } from '../../src/segmentation/compare-share.js';
import { cny, deepFreeze, id } from './fixtures.js';

/** Values that tie often and include zero and negatives, as revenue in fen. */
const amountArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 100, 250, 1000, 5000) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 10_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -50_000, max: -1 }) },
);

/** Unique customer ids with a revenue each. */
const entriesArbitrary: fc.Arbitrary<AbcEntry<'CNY'>[]> = fc
  .uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), amountArbitrary), { selector: ([raw]) => raw, maxLength: 60 })
  .map((pairs) => pairs.map(([raw, fen]) => ({ customerId: id(raw), revenue: cny(fen) })));

const optionsArbitrary: fc.Arbitrary<AbcOptions<'CNY'>> = fc.oneof(
  fc.constant({}),
  fc.constant({ rule: 'count' as const }),
  fc.record({ rule: fc.constantFrom('value' as const, 'count' as const), thresholds: fc.constantFrom({ a: 0.5, b: 0.9 }, { a: 0.7, b: 0.7 }, { a: 0.1, b: 1 }) }),
);

function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((x, y) => x.key - y.key || x.i - y.i)
    .map((x) => x.item);
}

const ORDER: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };

describe('classifyAbc — laws', () => {
  test('every customer lands in exactly one class, once', () => {
    fc.assert(
      fc.property(entriesArbitrary, optionsArbitrary, (entries, options) => {
        const r = classifyAbc(entries, options);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const ids = r.value.customers.map((c) => c.customerId);
        expect([...ids].sort()).toEqual(entries.map((e) => e.customerId).sort());
        const { A, B, C } = r.value.classes;
        expect(A.count + B.count + C.count).toBe(entries.length);
        for (const c of r.value.customers) expect(['A', 'B', 'C']).toContain(c.class);
      }),
    );
  });

  test('class totals sum exactly to the grand total, which is the exact sum of the input', () => {
    fc.assert(
      fc.property(entriesArbitrary, optionsArbitrary, (entries, options) => {
        const r = classifyAbc(entries, options);
        if (!r.ok) throw new Error('unexpected failure');
        const { A, B, C } = r.value.classes;
        const exact = entries.reduce((sum, e) => sum + BigInt(e.revenue.amount), 0n);
        expect(BigInt(A.value.amount) + BigInt(B.value.amount) + BigInt(C.value.amount)).toBe(exact);
        expect(BigInt(r.value.total.amount)).toBe(exact);
        const positive = entries.reduce((sum, e) => sum + BigInt(Math.max(0, e.revenue.amount)), 0n);
        expect(BigInt(r.value.positiveTotal.amount)).toBe(positive);
      }),
    );
  });

  test('the result does not depend on the input order', () => {
    fc.assert(
      fc.property(entriesArbitrary, fc.array(fc.integer(), { minLength: 1 }), optionsArbitrary, (entries, keys, options) => {
        const a = classifyAbc(entries, options);
        const b = classifyAbc(shuffled(entries, keys), options);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
    );
  });

  test('the input is not mutated', () => {
    fc.assert(
      fc.property(entriesArbitrary, optionsArbitrary, (entries, options) => {
        const frozen = deepFreeze(structuredClone(entries));
        classifyAbc(frozen, options);
        expect(frozen).toEqual(entries);
      }),
    );
  });

  test('ranks run by value descending and classes never go back up (A, then B, then C)', () => {
    fc.assert(
      fc.property(entriesArbitrary, optionsArbitrary, (entries, options) => {
        const r = classifyAbc(entries, options);
        if (!r.ok) throw new Error('unexpected failure');
        const rows = r.value.customers;
        for (let i = 1; i < rows.length; i++) {
          const prev = rows[i - 1]!;
          const cur = rows[i]!;
          expect(prev.evidence.value.amount).toBeGreaterThanOrEqual(cur.evidence.value.amount);
          if (prev.evidence.value.amount === cur.evidence.value.amount) expect(prev.customerId < cur.customerId).toBe(true);
          expect(ORDER[prev.class]).toBeLessThanOrEqual(ORDER[cur.class]);
          expect(cur.evidence.rank).toBe(i + 1);
        }
      }),
    );
  });

  test('value rule: a customer is A exactly when the customers above it hold less than the A line', () => {
    fc.assert(
      fc.property(entriesArbitrary, (entries) => {
        const r = classifyAbc(entries);
        if (!r.ok) throw new Error('unexpected failure');
        const base = r.value.positiveTotal.amount;
        let before = 0;
        for (const c of r.value.customers) {
          const value = c.evidence.value.amount;
          if (value <= 0) expect(c.class).toBe('C');
          else {
            const expected = compareShare(before, base, 0.8) < 0 ? 'A' : compareShare(before, base, 0.95) < 0 ? 'B' : 'C';
            expect(c.class).toBe(expected);
            before += value;
          }
        }
      }),
    );
  });

  test('count rule: ceil(5% of n) customers are A, unless fewer have a positive value', () => {
    fc.assert(
      fc.property(entriesArbitrary, (entries) => {
        const r = classifyAbc(entries, { rule: 'count' });
        if (!r.ok) throw new Error('unexpected failure');
        const positive = entries.filter((e) => e.revenue.amount > 0).length;
        expect(r.value.classes.A.count).toBe(Math.min(Math.ceil((entries.length * 5) / 100), positive));
        const aOrB = Math.min(Math.ceil((entries.length * 20) / 100), positive);
        expect(r.value.classes.A.count + r.value.classes.B.count).toBe(aOrB);
      }),
    );
  });

  test('with a margin of 0, a previous class changes nothing; with any margin a kept class is the previous one', () => {
    fc.assert(
      fc.property(
        entriesArbitrary,
        fc.array(fc.constantFrom('A' as const, 'B' as const, 'C' as const)),
        fc.constantFrom(0.01, 0.05, 0.2),
        (entries, previousClasses, margin) => {
          const previous = new Map(entries.map((e, i) => [e.customerId, previousClasses[i % Math.max(1, previousClasses.length)] ?? 'C']));
          const plain = classifyAbc(entries);
          const zero = classifyAbc(entries, { previous, margin: 0 });
          const held = classifyAbc(entries, { previous, margin });
          if (!plain.ok || !zero.ok || !held.ok) throw new Error('unexpected failure');
          expect(zero.value.customers.map((c) => c.class)).toEqual(plain.value.customers.map((c) => c.class));
          held.value.customers.forEach((c, i) => {
            const raw = plain.value.customers[i]!.class;
            // Hysteresis only ever moves a customer from its unadjusted class towards its previous one.
            if (c.class !== raw) {
              const prev = previous.get(c.customerId)!;
              expect(Math.abs(ORDER[c.class] - ORDER[prev])).toBeLessThan(Math.abs(ORDER[raw] - ORDER[prev]));
            }
          });
        },
      ),
    );
  });
});
