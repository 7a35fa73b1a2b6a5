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

  test('refuses hexadecimal, binary and octal strings: the docs promise decimals, "0x0.8" is not 0.5', () => {
    for (const bad of ['0x0.8', '0X1F', '0b1', '0o7', '-0x1', 'Infinity', '-Infinity', 'NaN', ' 0.8', '0.8 ', '1_000', '1e', 'e3', '.', '1.2.3']) {
      const r = rateInputToDecimal(bad, ['annualChurn']);
      expect([bad, !r.ok && r.error.code, !r.ok && r.error.path]).toEqual([bad, 'INVALID_NUMBER', ['annualChurn']]);
    }
    const plain = ['0.8', '.5', '5.', '+5', '-0.25', '1.5E3', '1e+3', '-2e-3', '0', '-0'].map((x) => {
      const r = rateInputToDecimal(x);
      return r.ok ? r.value.toString() : r.error.code;
    });
    expect(plain).toEqual(['0.8', '0.5', '5', '5', '-0.25', '1500', '1000', '-0.002', '0', '0']);
  });

  test('refuses a power of ten beyond ±1000 or more than 1000 significant digits, with the limits in the message', () => {
    const tooBig = ['1e-9000000000000000', '1e9000000000000000', '1e-1001', '-1e1001', `0.${'0'.repeat(1000)}1`, '1'.repeat(1001), `0.${'3'.repeat(1001)}`];
    for (const bad of tooBig) {
      const r = rateInputToDecimal(bad, ['initial']);
      expect([bad.length, !r.ok && r.error.code, !r.ok && r.error.path]).toEqual([bad.length, 'INVALID_NUMBER', ['initial']]);
      expect(!r.ok && r.error.details).toEqual({ received: bad, maxDigits: 1000, maxExponent: 1000 });
    }
    expect(rateInputToDecimal(new LcDecimal('1e-5000')).ok).toBe(false);
    const r = rateInputToDecimal('1e-1001');
    expect(!r.ok && r.error.messages).toEqual({
      'zh-CN': '须为有效数字不超过 1000 位、数量级在 10^-1000 到 10^1000 之间的十进制数',
      en: 'expected a decimal number with at most 1000 significant digits and a magnitude from 10^-1000 to 10^1000',
    });
    // An exponent beyond decimal.js's own range is refused too, never read as 0 or Infinity.
    for (const bad of ['1e-99999999999999999999', '1e99999999999999999999']) expect(rateInputToDecimal(bad).ok).toBe(false);
  });

  test('keeps every value inside the limits, and every JavaScript number', () => {
    const inside = ['1e-1000', '9.99e1000', `0.${'0'.repeat(999)}1`, '1'.repeat(1000), `1${'0'.repeat(2000)}e-2000`, '0e-9000000000000000', 5e-324, 1e308, -Number.MAX_VALUE];
    const read = inside.map((x) => {
      const r = rateInputToDecimal(x);
      return r.ok ? r.value.e : r.error.code;
    });
    expect(read).toEqual([-1000, 1000, -1000, 999, 0, 0, -324, 308, 308]);
  });
});
