import { describe, expect, test } from 'vitest';
import type { CurrencyCode } from '../../../src/core/currency.js';
import { renderError } from '../../../src/core/domain-error.js';
import { CORE_MESSAGES, unwrap } from '../../../src/core/invariant.js';
import { MONEY_MESSAGES } from '../../../src/core/money/messages.js';
import { money } from '../../../src/core/money/money.js';
import { moneyFromMinor } from '../../../src/core/money/money-from-minor.js';
import { zeroMoney } from '../../../src/core/money/zero-money.js';
import { expectThrows } from './helpers.js';

function failure(result: ReturnType<typeof money>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('money', () => {
  test('parses decimal strings exactly into minor units at the currency exponent', () => {
    expect(unwrap(money('123.45', 'CNY'))).toEqual({ amount: 12345, scale: 2, currency: 'CNY' });
    expect(unwrap(money('-0.5', 'CNY'))).toEqual({ amount: -50, scale: 2, currency: 'CNY' });
    expect(unwrap(money('1e3', 'CNY'))).toEqual({ amount: 100000, scale: 2, currency: 'CNY' });
    expect(unwrap(money('1.5E-1', 'CNY'))).toEqual({ amount: 15, scale: 2, currency: 'CNY' });
    expect(unwrap(money('+7', 'CNY'))).toEqual({ amount: 700, scale: 2, currency: 'CNY' });
    expect(unwrap(money('.5', 'CNY'))).toEqual({ amount: 50, scale: 2, currency: 'CNY' });
    expect(unwrap(money('5.', 'CNY'))).toEqual({ amount: 500, scale: 2, currency: 'CNY' });
    expect(unwrap(money('0012.3400', 'CNY'))).toEqual({ amount: 1234, scale: 2, currency: 'CNY' });
  });

  test('uses each currency exponent: JPY 0, KWD 3, CLF 4', () => {
    expect(unwrap(money('1500', 'JPY'))).toEqual({ amount: 1500, scale: 0, currency: 'JPY' });
    expect(unwrap(money('1.234', 'KWD'))).toEqual({ amount: 1234, scale: 3, currency: 'KWD' });
    expect(unwrap(money('1.2345', 'CLF'))).toEqual({ amount: 12345, scale: 4, currency: 'CLF' });
    expect(failure(money('1.5', 'JPY')).code).toBe('TOO_MANY_DECIMALS');
  });

  test('reads numbers through their shortest decimal form', () => {
    expect(unwrap(money(0.1, 'CNY')).amount).toBe(10);
    expect(unwrap(money(19.99, 'CNY')).amount).toBe(1999);
    expect(failure(money(1e21, 'JPY')).code).toBe('AMOUNT_OUT_OF_RANGE');
    expect(unwrap(money(-0, 'CNY'))).toEqual({ amount: 0, scale: 2, currency: 'CNY' });
    expect(Object.is(unwrap(money('-0.00', 'CNY')).amount, 0)).toBe(true);
  });

  test('a custom scale keeps more decimals', () => {
    expect(unwrap(money('0.0125', 'CNY', { scale: 4 }))).toEqual({ amount: 125, scale: 4, currency: 'CNY' });
    expect(unwrap(money('12', 'CNY', { scale: 0 }))).toEqual({ amount: 12, scale: 0, currency: 'CNY' });
  });

  test("'1.005' CNY is TOO_MANY_DECIMALS, never silently rounded, in both locales", () => {
    const e = failure(money('1.005', 'CNY'));
    expect(e.code).toBe('TOO_MANY_DECIMALS');
    expect(e.messages['zh-CN']).toBe('金额 "1.005" 的小数位超过 CNY 允许的 2 位（不会自动舍入）');
    expect(e.messages.en).toBe('the amount "1.005" has more than the 2 decimal places allowed for CNY (no silent rounding)');
    expect(e.message).toBe(e.messages.en);
    expect(e.details).toEqual({ received: '1.005', currency: 'CNY', scale: 2 });
    expect(failure(money(1.005, 'CNY')).code).toBe('TOO_MANY_DECIMALS');
    expect(failure(money('1e-3', 'CNY')).code).toBe('TOO_MANY_DECIMALS');
  });

  test.each([['abc'], [''], ['1,000'], [' 1'], ['1e'], ['.'], ['-'], ['0x10'], ['1.2.3'], ['Infinity'], ['NaN']])(
    'rejects %j as INVALID_AMOUNT',
    (input) => {
      const e = failure(money(input, 'CNY'));
      expect(e.code).toBe('INVALID_AMOUNT');
      expect(e.messages['zh-CN']).toBe(`金额必须是十进制数字（如 "123.45"），收到 ${JSON.stringify(input)}`);
      expect(e.messages.en).toBe(`the amount must be a decimal number such as "123.45"; received ${JSON.stringify(input)}`);
    },
  );

  test('rejects NaN, Infinity and non-numbers as INVALID_AMOUNT', () => {
    expect(failure(money(Number.NaN, 'CNY')).messages.en).toBe('the amount must be a decimal number such as "123.45"; received NaN');
    expect(failure(money(Number.POSITIVE_INFINITY, 'CNY')).code).toBe('INVALID_AMOUNT');
    expect(failure(money(null as unknown as string, 'CNY')).messages['zh-CN']).toBe('金额必须是十进制数字（如 "123.45"），收到 null');
    expect(failure(money({} as unknown as string, 'CNY')).code).toBe('INVALID_AMOUNT');
  });

  test('AMOUNT_OUT_OF_RANGE beyond safe-integer minor units', () => {
    expect(unwrap(money('90071992547409.91', 'CNY')).amount).toBe(Number.MAX_SAFE_INTEGER);
    expect(unwrap(money('-90071992547409.91', 'CNY')).amount).toBe(-Number.MAX_SAFE_INTEGER);
    const e = failure(money('90071992547409.92', 'CNY'));
    expect(e.code).toBe('AMOUNT_OUT_OF_RANGE');
    expect(e.messages['zh-CN']).toBe('金额 "90071992547409.92" 超出范围：以最小货币单位计须在 ±9007199254740991 以内');
    expect(e.messages.en).toBe('the amount "90071992547409.92" is out of range: in minor units it must be within ±9007199254740991');
    expect(failure(money('1e999999999', 'CNY')).code).toBe('AMOUNT_OUT_OF_RANGE');
    expect(failure(money('1e-999999999', 'CNY')).code).toBe('TOO_MANY_DECIMALS');
    expect(unwrap(money('0e999999999', 'CNY')).amount).toBe(0);
  });

  test('UNKNOWN_CURRENCY and INVALID_SCALE in both locales', () => {
    const e = failure(money('1', 'XYZ' as CurrencyCode));
    expect(e.code).toBe('UNKNOWN_CURRENCY');
    expect(renderError(e, 'zh-CN')).toBe('未知币种 "XYZ"：须为有效的 ISO 4217 代码，如 CNY');
    expect(renderError(e, 'en')).toBe('unknown currency "XYZ": expected an active ISO 4217 code such as CNY');
    for (const scale of [-1, 16, 1.5, Number.NaN]) {
      const s = failure(money('1', 'CNY', { scale }));
      expect(s.code).toBe('INVALID_SCALE');
      expect(s.messages['zh-CN']).toBe(`小数位数（scale）须为 0 到 15 的整数，收到 ${String(scale)}`);
      expect(s.messages.en).toBe(`the scale must be a whole number from 0 to 15; received ${String(scale)}`);
    }
  });

  test('does not mutate its options', () => {
    const options = Object.freeze({ scale: 4 });
    expect(unwrap(money('1', 'CNY', options)).amount).toBe(10000);
    expect(options).toEqual({ scale: 4 });
  });
});

describe('moneyFromMinor', () => {
  test('builds from whole minor units, numbers or bigints', () => {
    expect(unwrap(moneyFromMinor(12345, 'CNY'))).toEqual({ amount: 12345, scale: 2, currency: 'CNY' });
    expect(unwrap(moneyFromMinor(12345n, 'KWD'))).toEqual({ amount: 12345, scale: 3, currency: 'KWD' });
    expect(unwrap(moneyFromMinor(7, 'CNY', 4))).toEqual({ amount: 7, scale: 4, currency: 'CNY' });
    expect(Object.is(unwrap(moneyFromMinor(-0, 'CNY')).amount, 0)).toBe(true);
  });

  test('rejects fractions, unsafe integers, unknown currencies and bad scales', () => {
    const codeOf = (r: ReturnType<typeof moneyFromMinor>) => (r.ok ? 'ok' : r.error.code);
    expect(codeOf(moneyFromMinor(1.5, 'CNY'))).toBe('INVALID_AMOUNT');
    expect(codeOf(moneyFromMinor(Number.NaN, 'CNY'))).toBe('INVALID_AMOUNT');
    expect(codeOf(moneyFromMinor(2 ** 53, 'CNY'))).toBe('AMOUNT_OUT_OF_RANGE');
    expect(codeOf(moneyFromMinor(2n ** 53n, 'CNY'))).toBe('AMOUNT_OUT_OF_RANGE');
    expect(codeOf(moneyFromMinor(-(2n ** 53n), 'CNY'))).toBe('AMOUNT_OUT_OF_RANGE');
    expect(codeOf(moneyFromMinor(1, 'ABC' as CurrencyCode))).toBe('UNKNOWN_CURRENCY');
    expect(codeOf(moneyFromMinor(1, 'CNY', 16))).toBe('INVALID_SCALE');
  });
});

describe('zeroMoney', () => {
  test('is zero at the currency exponent or the given scale', () => {
    expect(zeroMoney('CNY')).toEqual({ amount: 0, scale: 2, currency: 'CNY' });
    expect(zeroMoney('JPY')).toEqual({ amount: 0, scale: 0, currency: 'JPY' });
    expect(zeroMoney('KWD', 5)).toEqual({ amount: 0, scale: 5, currency: 'KWD' });
  });

  test('throws for an unknown currency or a bad scale', () => {
    expectThrows(() => zeroMoney('ABC' as CurrencyCode), 'UNKNOWN_CURRENCY', MONEY_MESSAGES.UNKNOWN_CURRENCY);
    expectThrows(() => zeroMoney('CNY', 99), 'INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE);
    expectThrows(() => zeroMoney('CNY', -1), 'INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE);
  });
});
