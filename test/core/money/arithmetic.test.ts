import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES, unwrap } from '../../../src/core/invariant.js';
import { absolute } from '../../../src/core/money/absolute.js';
import { add } from '../../../src/core/money/add.js';
import { compareMoney } from '../../../src/core/money/compare-money.js';
import { equalsMoney } from '../../../src/core/money/equals-money.js';
import { MONEY_MESSAGES } from '../../../src/core/money/messages.js';
import { maxMoney, minMoney } from '../../../src/core/money/min-max-money.js';
import { type Money, money } from '../../../src/core/money/money.js';
import { moneyFromMinor } from '../../../src/core/money/money-from-minor.js';
import { isNegativeMoney, isPositiveMoney, isZeroMoney } from '../../../src/core/money/money-sign.js';
import { moneyToString } from '../../../src/core/money/money-to-string.js';
import { negate } from '../../../src/core/money/negate.js';
import { rescaleMinorUnits } from '../../../src/core/money/scale.js';
import { subtract } from '../../../src/core/money/subtract.js';
import { sumMoney } from '../../../src/core/money/sum-money.js';
import { expectThrows } from './helpers.js';

const cny = (value: string, scale?: number): Money<'CNY'> => unwrap(money(value, 'CNY', scale === undefined ? {} : { scale }));
const usd = (value: string): Money<'USD'> => unwrap(money(value, 'USD'));
const MAX = Number.MAX_SAFE_INTEGER;

describe('add and subtract', () => {
  test('0.1 + 0.2 CNY is exactly 0.30', () => {
    const sum = add(cny('0.1'), cny('0.2'));
    expect(sum).toEqual({ amount: 30, scale: 2, currency: 'CNY' });
    expect(moneyToString(sum)).toBe('0.30');
  });

  test('different scales are added at the larger scale', () => {
    expect(add(cny('1.5', 1), cny('0.25'))).toEqual({ amount: 175, scale: 2, currency: 'CNY' });
    expect(add(cny('0.0001', 4), cny('1', 0))).toEqual({ amount: 10001, scale: 4, currency: 'CNY' });
    expect(subtract(cny('100'), cny('0.01'))).toEqual({ amount: 9999, scale: 2, currency: 'CNY' });
    expect(subtract(cny('1', 0), cny('0.001', 3))).toEqual({ amount: 999, scale: 3, currency: 'CNY' });
  });

  test('does not mutate the inputs', () => {
    const a = Object.freeze(cny('12.34'));
    const b = Object.freeze(cny('0.066', 3));
    const sum = add(a, b);
    expect(sum).toEqual({ amount: 12406, scale: 3, currency: 'CNY' });
    expect(a).toEqual({ amount: 1234, scale: 2, currency: 'CNY' });
    expect(b).toEqual({ amount: 66, scale: 3, currency: 'CNY' });
    expect(sum).not.toBe(a);
  });

  test('throws CURRENCY_MISMATCH when currencies differ at run time', () => {
    const a: Money = cny('1');
    const b: Money = usd('1');
    const error = expectThrows(() => add(a, b), 'CURRENCY_MISMATCH', CORE_MESSAGES.CURRENCY_MISMATCH);
    expect(error.details).toEqual({ expected: 'CNY', received: 'USD' });
    expectThrows(() => subtract(a, b), 'CURRENCY_MISMATCH', CORE_MESSAGES.CURRENCY_MISMATCH);
  });

  test('throws AMOUNT_OUT_OF_RANGE instead of losing precision', () => {
    const max = unwrap(moneyFromMinor(MAX, 'CNY'));
    const one = unwrap(moneyFromMinor(1, 'CNY'));
    expectThrows(() => add(max, one), 'AMOUNT_OUT_OF_RANGE', MONEY_MESSAGES.AMOUNT_OUT_OF_RANGE);
    expectThrows(() => subtract(negate(max), one), 'AMOUNT_OUT_OF_RANGE', MONEY_MESSAGES.AMOUNT_OUT_OF_RANGE);
    expect(add(max, negate(one)).amount).toBe(MAX - 1);
    expectThrows(() => add(max, cny('0', 3)), 'AMOUNT_OUT_OF_RANGE', MONEY_MESSAGES.AMOUNT_OUT_OF_RANGE);
  });
});

describe('rescaleMinorUnits', () => {
  test('scales up exactly and refuses to scale down or overflow', () => {
    expect(rescaleMinorUnits(12345, 2, 4)).toBe(1234500);
    expect(rescaleMinorUnits(-7, 0, 15)).toBe(-7e15);
    expect(rescaleMinorUnits(5, 3, 3)).toBe(5);
    expectThrows(() => rescaleMinorUnits(5, 3, 2), 'INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE);
    expectThrows(() => rescaleMinorUnits(5, 0, 16), 'INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE);
    expectThrows(() => rescaleMinorUnits(10, 0, 15), 'AMOUNT_OUT_OF_RANGE', MONEY_MESSAGES.AMOUNT_OUT_OF_RANGE);
  });
});

describe('negate and absolute', () => {
  test('flip and drop the sign without producing -0', () => {
    expect(negate(cny('12.50'))).toEqual({ amount: -1250, scale: 2, currency: 'CNY' });
    expect(negate(cny('-3'))).toEqual({ amount: 300, scale: 2, currency: 'CNY' });
    expect(Object.is(negate(cny('0')).amount, 0)).toBe(true);
    expect(absolute(cny('-0.5'))).toEqual({ amount: 50, scale: 2, currency: 'CNY' });
    expect(absolute(cny('0.5'))).toEqual({ amount: 50, scale: 2, currency: 'CNY' });
  });
});

describe('sumMoney', () => {
  test('sums exactly at the largest scale', () => {
    const list = [cny('19.99'), cny('25.01'), cny('5')];
    expect(unwrap(sumMoney(list, 'CNY'))).toEqual({ amount: 5000, scale: 2, currency: 'CNY' });
    expect(unwrap(sumMoney([cny('0.1'), cny('0.2')], 'CNY'))).toEqual({ amount: 30, scale: 2, currency: 'CNY' });
    expect(unwrap(sumMoney([cny('1.5', 1), cny('0.001', 3), cny('2', 0)], 'CNY'))).toEqual({ amount: 3501, scale: 3, currency: 'CNY' });
  });

  test('an empty list is zero at the currency exponent', () => {
    expect(unwrap(sumMoney([], 'CNY'))).toEqual({ amount: 0, scale: 2, currency: 'CNY' });
    expect(unwrap(sumMoney([], 'JPY'))).toEqual({ amount: 0, scale: 0, currency: 'JPY' });
    expect(unwrap(sumMoney([], 'KWD'))).toEqual({ amount: 0, scale: 3, currency: 'KWD' });
  });

  test('stays exact when a partial sum leaves the safe range but the total does not', () => {
    const max = unwrap(moneyFromMinor(MAX, 'CNY'));
    const list = [max, max, negate(max), unwrap(moneyFromMinor(-5, 'CNY'))];
    expect(unwrap(sumMoney(list, 'CNY')).amount).toBe(MAX - 5);
    const mixed = [max, cny('0.001', 3), negate(max)];
    expect(unwrap(sumMoney(mixed, 'CNY'))).toEqual({ amount: 1, scale: 3, currency: 'CNY' });
  });

  test('AMOUNT_OUT_OF_RANGE when the total leaves the safe range, in both locales', () => {
    const max = unwrap(moneyFromMinor(MAX, 'CNY'));
    const result = sumMoney([max, max], 'CNY');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('AMOUNT_OUT_OF_RANGE');
    expect(result.error.messages.en).toBe('the amount "18014398509481982" is out of range: in minor units it must be within ±9007199254740991');
    expect(result.error.messages['zh-CN']).toBe('金额 "18014398509481982" 超出范围：以最小货币单位计须在 ±9007199254740991 以内');
  });

  test('CURRENCY_MISMATCH as a DomainError with the index, in both locales', () => {
    const list: Money[] = [cny('1'), cny('2'), usd('3')];
    const result = sumMoney(list, 'CNY');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({
      code: 'CURRENCY_MISMATCH',
      message: 'item 2 is in USD, not in CNY, the currency of the sum',
      messages: { 'zh-CN': '第 2 项的币种为 USD，与合计币种 CNY 不一致', en: 'item 2 is in USD, not in CNY, the currency of the sum' },
      path: [2, 'currency'],
      details: { index: 2, expected: 'CNY', received: 'USD' },
    });
  });

  test('throws for elements that are not valid Money', () => {
    const bad = [cny('1'), { amount: 1.5, scale: 2, currency: 'CNY' } as Money<'CNY'>];
    expectThrows(() => sumMoney(bad, 'CNY'), 'INVALID_AMOUNT', CORE_MESSAGES.INVALID_AMOUNT);
    const badScale = [cny('1'), { amount: 1, scale: 99, currency: 'CNY' } as Money<'CNY'>];
    expectThrows(() => sumMoney(badScale, 'CNY'), 'INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE);
  });

  test('a scale of -1 is INVALID_SCALE, whether every item has it or it is mixed with valid scales', () => {
    const at = (amount: number, scale: number): Money<'CNY'> => ({ amount, scale, currency: 'CNY' });
    const cases: readonly (readonly [readonly Money<'CNY'>[], number, unknown])[] = [
      [[at(5, -1), at(7, -1)], 0, -1],
      [[at(5, -1)], 0, -1],
      [[at(5, -1), at(7, 2)], 0, -1],
      [[at(7, 2), at(5, -1)], 1, -1],
      [[at(7, 2), at(5, -1), at(1, -1)], 1, -1],
      [[at(5, Number.NaN), at(7, 2)], 0, Number.NaN],
      [[at(5, Number.NEGATIVE_INFINITY)], 0, Number.NEGATIVE_INFINITY],
    ];
    for (const [list, index, value] of cases) {
      const error = expectThrows(() => sumMoney(list, 'CNY'), 'INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE);
      expect(error.details).toEqual({ index, value });
    }
  });

  test('does not mutate the list', () => {
    const list = Object.freeze([cny('1'), cny('2.5', 1)]);
    const snapshot = structuredClone(list);
    expect(unwrap(sumMoney(list, 'CNY')).amount).toBe(350);
    expect(list).toEqual(snapshot);
  });
});

describe('comparison', () => {
  test('compareMoney is exact across scales and usable with sort', () => {
    expect(compareMoney(cny('9.99'), cny('10'))).toBe(-1);
    expect(compareMoney(cny('10'), cny('9.99'))).toBe(1);
    expect(compareMoney(cny('1.5', 1), cny('1.50'))).toBe(0);
    expect(compareMoney(cny('1.50'), cny('1.5', 1))).toBe(0);
    expect(compareMoney(cny('1.501', 3), cny('1.5', 1))).toBe(1);
    const max = unwrap(moneyFromMinor(MAX, 'CNY', 0));
    const big = unwrap(moneyFromMinor(MAX, 'CNY', 15));
    expect(compareMoney(max, big)).toBe(1);
    expect(compareMoney(big, max)).toBe(-1);
    const sorted = [cny('3'), cny('-1'), cny('2.5', 1)].sort(compareMoney).map(moneyToString);
    expect(sorted).toEqual(['-1.00', '2.5', '3.00']);
  });

  test('compareMoney throws on mixed currencies; equalsMoney says false', () => {
    expectThrows(() => compareMoney(cny('1') as Money, usd('1') as Money), 'CURRENCY_MISMATCH', CORE_MESSAGES.CURRENCY_MISMATCH);
    expect(equalsMoney(cny('1'), usd('1'))).toBe(false);
    expect(equalsMoney(cny('1.5', 1), cny('1.50'))).toBe(true);
    expect(equalsMoney(cny('1.5'), cny('1.51'))).toBe(false);
  });

  test('compareMoney throws for an invalid scale instead of answering NaN', () => {
    const bad = { amount: 1, scale: 40, currency: 'CNY' } as Money<'CNY'>;
    expectThrows(() => compareMoney(cny('1', 0), bad), 'INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE);
  });

  test('sign predicates', () => {
    expect([isZeroMoney(cny('0')), isZeroMoney(cny('0.01'))]).toEqual([true, false]);
    expect([isNegativeMoney(cny('-0.01')), isNegativeMoney(cny('0'))]).toEqual([true, false]);
    expect([isPositiveMoney(cny('0.01')), isPositiveMoney(cny('0'))]).toEqual([true, false]);
  });

  test('minMoney and maxMoney return copies, the first on a tie', () => {
    const a = cny('12');
    const b = cny('9.5', 1);
    expect(minMoney(a, b)).toEqual({ amount: 95, scale: 1, currency: 'CNY' });
    expect(maxMoney(a, b)).toEqual({ amount: 1200, scale: 2, currency: 'CNY' });
    expect(maxMoney(a, b)).not.toBe(a);
    const tie = cny('12', 0);
    expect(minMoney(tie, a)).toEqual({ amount: 12, scale: 0, currency: 'CNY' });
    expect(maxMoney(tie, a)).toEqual({ amount: 12, scale: 0, currency: 'CNY' });
    expectThrows(() => minMoney(a as Money, usd('1') as Money), 'CURRENCY_MISMATCH', CORE_MESSAGES.CURRENCY_MISMATCH);
  });
});

describe('readers of an amount refuse one built by hand that the constructors would refuse', () => {
  const good: Money = { amount: 100, scale: 2, currency: 'CNY' };
  const bad: readonly (readonly [Money, string])[] = [
    [{ amount: Number.NaN, scale: 2, currency: 'CNY' }, 'INVALID_AMOUNT'],
    [{ amount: 1.5, scale: 2, currency: 'CNY' }, 'INVALID_AMOUNT'],
    [{ amount: 1e21, scale: 2, currency: 'CNY' }, 'INVALID_AMOUNT'],
    [{ amount: 100, scale: -1, currency: 'CNY' }, 'INVALID_SCALE'],
    [{ amount: 100, scale: Number.NaN, currency: 'CNY' }, 'INVALID_SCALE'],
  ];
  test('compare, equals, min, max, negate, absolute and the sign tests throw INVALID_AMOUNT / INVALID_SCALE', () => {
    // Before: compareMoney called NaN equal to 1.00, equalsMoney(NaN, NaN) was true, minMoney
    // returned the NaN amount, negate and absolute passed it on, and a NaN amount was neither
    // zero, positive nor negative.
    for (const [m, code] of bad) {
      const readers: readonly (() => unknown)[] = [
        () => compareMoney(m, good),
        () => compareMoney(good, m),
        () => equalsMoney(m, m),
        () => minMoney(m, good),
        () => maxMoney(good, m),
        () => negate(m),
        () => absolute(m),
        () => isZeroMoney(m),
        () => isPositiveMoney(m),
        () => isNegativeMoney(m),
      ];
      for (const read of readers) expect(read).toThrowError(expect.objectContaining({ code }));
    }
    expect([compareMoney(good, good), isPositiveMoney(good), negate(good).amount]).toEqual([0, true, -100]);
  });
});
