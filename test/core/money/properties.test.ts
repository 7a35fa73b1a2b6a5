import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CURRENCIES, type CurrencyCode } from '../../../src/core/currency.js';
import { unwrap } from '../../../src/core/invariant.js';
import { add } from '../../../src/core/money/add.js';
import { allocateMoney } from '../../../src/core/money/allocate-money.js';
import { compareMoney } from '../../../src/core/money/compare-money.js';
import { type Money, money } from '../../../src/core/money/money.js';
import { moneyFromJSON, moneyToJSON } from '../../../src/core/money/money-json.js';
import { moneyToString } from '../../../src/core/money/money-to-string.js';
import { multiplyMoney } from '../../../src/core/money/multiply-money.js';
import { shareOf } from '../../../src/core/money/share-of.js';
import { subtract } from '../../../src/core/money/subtract.js';
import { sumMoney } from '../../../src/core/money/sum-money.js';

const CODES = Object.keys(CURRENCIES) as CurrencyCode[];
/** Amounts small enough that sums of a few of them stay safe, at scales 0–4. */
const cnyAmount = fc
  .record({ amount: fc.integer({ min: -1e10, max: 1e10 }), scale: fc.integer({ min: 0, max: 4 }) })
  .map(({ amount, scale }): Money<'CNY'> => ({ amount: amount === 0 ? 0 : amount, scale, currency: 'CNY' }));
const anyMoney = fc
  .record({
    amount: fc.maxSafeInteger(),
    scale: fc.integer({ min: 0, max: 15 }),
    currency: fc.constantFrom(...CODES),
  })
  .map(({ amount, scale, currency }): Money => ({ amount: amount === 0 ? 0 : amount, scale, currency }));

/** The exact value of an amount as a fraction over 10^15, in BigInt. */
const exact = (m: Money): bigint => BigInt(m.amount) * 10n ** BigInt(15 - m.scale);

describe('money laws', () => {
  test('sumMoney is exact: it agrees with BigInt arithmetic, at the largest scale', () => {
    fc.assert(
      fc.property(fc.array(cnyAmount, { maxLength: 50 }), (list) => {
        const total = unwrap(sumMoney(list, 'CNY'));
        const expected = list.reduce((s, m) => s + exact(m), 0n);
        expect(exact(total)).toBe(expected);
        expect(total.scale).toBe(list.length === 0 ? 2 : Math.max(...list.map((m) => m.scale)));
      }),
    );
  });

  test('addition is associative and commutative, and subtract undoes add', () => {
    fc.assert(
      fc.property(cnyAmount, cnyAmount, cnyAmount, (a, b, c) => {
        expect(compareMoney(add(add(a, b), c), add(a, add(b, c)))).toBe(0);
        expect(compareMoney(add(a, b), add(b, a))).toBe(0);
        expect(compareMoney(subtract(add(a, b), b), a)).toBe(0);
        expect(exact(add(a, b))).toBe(exact(a) + exact(b));
      }),
    );
  });

  test('sumMoney near the safe limit is exact or reports AMOUNT_OUT_OF_RANGE', () => {
    const big = fc.maxSafeInteger().map((amount): Money<'CNY'> => ({ amount: amount === 0 ? 0 : amount, scale: 2, currency: 'CNY' }));
    fc.assert(
      fc.property(fc.array(big, { maxLength: 8 }), (list) => {
        const expected = list.reduce((s, m) => s + BigInt(m.amount), 0n);
        const result = sumMoney(list, 'CNY');
        const inRange = expected <= BigInt(Number.MAX_SAFE_INTEGER) && expected >= -BigInt(Number.MAX_SAFE_INTEGER);
        expect(result.ok).toBe(inRange);
        if (result.ok) expect(BigInt(result.value.amount)).toBe(expected);
        else expect(result.error.code).toBe('AMOUNT_OUT_OF_RANGE');
      }),
    );
  });

  test('sumMoney with mixed scales near the safe limit is exact or reports AMOUNT_OUT_OF_RANGE', () => {
    const big = fc
      .record({ amount: fc.maxSafeInteger(), scale: fc.integer({ min: 0, max: 3 }) })
      .map(({ amount, scale }): Money<'CNY'> => ({ amount: amount === 0 ? 0 : amount, scale, currency: 'CNY' }));
    fc.assert(
      fc.property(fc.array(big, { minLength: 1, maxLength: 6 }), (list) => {
        const scale = Math.max(...list.map((m) => m.scale));
        const expected = list.reduce((s, m) => s + BigInt(m.amount) * 10n ** BigInt(scale - m.scale), 0n);
        const result = sumMoney(list, 'CNY');
        const inRange = expected <= BigInt(Number.MAX_SAFE_INTEGER) && expected >= -BigInt(Number.MAX_SAFE_INTEGER);
        expect(result.ok).toBe(inRange);
        if (result.ok) expect([BigInt(result.value.amount), result.value.scale]).toEqual([expected, scale]);
      }),
    );
  });

  test('allocation conserves the total and is proportional within one minor unit', () => {
    fc.assert(
      fc.property(
        cnyAmount,
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).filter((r) => r.some((x) => x > 0)),
        (m, ratios) => {
          const parts = allocateMoney(m, ratios);
          expect(parts).toHaveLength(ratios.length);
          expect(parts.reduce((s, p) => s + BigInt(p.amount), 0n)).toBe(BigInt(m.amount));
          const weight = ratios.reduce((s, r) => s + r, 0);
          parts.forEach((p, i) => {
            expect(p.scale).toBe(m.scale);
            const ideal = (m.amount * (ratios[i] ?? 0)) / weight;
            expect(Math.abs(p.amount - ideal)).toBeLessThan(1 + 1e-6 * Math.abs(ideal));
            if (ratios[i] === 0) expect(p.amount).toBe(0);
          });
        },
      ),
    );
  });

  test('shareOf numerators of the parts of a total sum to its denominator', () => {
    fc.assert(
      fc.property(fc.array(cnyAmount, { minLength: 1, maxLength: 20 }), (parts) => {
        const total = unwrap(sumMoney(parts, 'CNY'));
        const shares = parts.map((p) => shareOf(p, total));
        if (total.amount === 0) {
          expect(shares.every((s) => s.kind === 'no-data')).toBe(true);
          return;
        }
        const denominators = new Set(shares.map((s) => s.denominator));
        expect(denominators.size).toBe(1);
        expect(shares.reduce((s, r) => s + r.numerator, 0)).toBe(total.amount);
      }),
    );
  });

  test('JSON round trip is the identity, for every currency and scale', () => {
    fc.assert(
      fc.property(anyMoney, (m) => {
        const json = JSON.parse(JSON.stringify(moneyToJSON(m))) as unknown;
        expect(unwrap(moneyFromJSON(json))).toEqual(m);
      }),
    );
  });

  test('money(moneyToString(m)) gives m back', () => {
    fc.assert(
      fc.property(anyMoney, (m) => {
        expect(unwrap(money(moneyToString(m), m.currency, { scale: m.scale }))).toEqual(m);
      }),
    );
  });

  test('multiplying by an integer factor is exact repeated addition', () => {
    fc.assert(
      fc.property(cnyAmount, fc.integer({ min: -50, max: 50 }), (m, k) => {
        expect(BigInt(multiplyMoney(m, k).amount)).toBe(BigInt(m.amount) * BigInt(k));
      }),
    );
  });
});
