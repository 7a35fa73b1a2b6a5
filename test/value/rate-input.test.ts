import { describe, expect, test } from 'vitest';
import { LcDecimal } from '../../src/core/decimal.js';
import { ratio } from '../../src/core/rate/ratio.js';
import { rateInputToDecimal } from '../../src/value/rate-input.js';

describe('rateInputToDecimal', () => {
  test('reads strings, numbers, decimals and ratios', () => {
    expect(rateInputToDecimal('0.35').ok && rateInputToDecimal('0.35')).toMatchObject({ ok: true });
    const values = ['0.35', 0.1, new LcDecimal('1e-3'), ratio(1, 4)].map((x) => {
      const r = rateInputToDecimal(x);
      return r.ok ? r.value.toString() : r.error.code;
    });
    expect(values).toEqual(['0.35', '0.1', '0.001', '0.25']);
    const third = rateInputToDecimal(ratio(1, 3));
    expect(third.ok && third.value.eq(new LcDecimal(1).div(3))).toBe(true);
  });

  test('refuses what is not a finite number, with the path given', () => {
    for (const bad of ['abc', '', Number.NaN, Number.POSITIVE_INFINITY, { kind: 'ratio', numerator: 1, denominator: 0 }, null, true]) {
      const r = rateInputToDecimal(bad as never, ['retention']);
      expect(!r.ok && [r.error.code, r.error.path]).toEqual(['INVALID_NUMBER', ['retention']]);
    }
    const r = rateInputToDecimal('x');
    expect(!r.ok && r.error.messages).toEqual({
      'zh-CN': '须为有限的十进制数（如 "0.8"）或比值（如 ratio(1, 3)）',
      en: 'expected a finite decimal number such as "0.8" or a ratio such as ratio(1, 3)',
    });
  });
});
