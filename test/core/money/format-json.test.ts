import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { LcDecimal } from '../../../src/core/decimal.js';
import { unwrap } from '../../../src/core/invariant.js';
import { MoneySchema } from '../../../src/core/money-schema.js';
import { formatMoney } from '../../../src/core/money/format-money.js';
import { type Money, money } from '../../../src/core/money/money.js';
import { moneyFromMinor } from '../../../src/core/money/money-from-minor.js';
import { moneyFromJSON, moneyToJSON } from '../../../src/core/money/money-json.js';
import { moneyToDecimal } from '../../../src/core/money/money-to-decimal.js';
import { moneyToString } from '../../../src/core/money/money-to-string.js';
import { safeParseWith } from '../../../src/core/zod-issues.js';
import { CORE_MESSAGES } from '../../../src/core/invariant.js';
import { expectThrows } from './helpers.js';

const cny = (value: string, scale?: number): Money<'CNY'> => unwrap(money(value, 'CNY', scale === undefined ? {} : { scale }));

describe('moneyToString and moneyToDecimal', () => {
  test('print exactly scale decimals', () => {
    expect(moneyToString(cny('123.45'))).toBe('123.45');
    expect(moneyToString(cny('-0.5'))).toBe('-0.50');
    expect(moneyToString(cny('0'))).toBe('0.00');
    expect(moneyToString(cny('0.001', 3))).toBe('0.001');
    expect(moneyToString(cny('-7', 0))).toBe('-7');
    expect(moneyToString(unwrap(money('1000', 'JPY')))).toBe('1000');
    expect(moneyToString(unwrap(moneyFromMinor(Number.MAX_SAFE_INTEGER, 'CNY', 15)))).toBe('9.007199254740991');
    expect(moneyToString(unwrap(moneyFromMinor(-1, 'CNY', 15)))).toBe('-0.000000000000001');
  });

  test('moneyToDecimal is an exact LcDecimal', () => {
    const d = moneyToDecimal(cny('123.45'));
    expect(d).toBeInstanceOf(LcDecimal);
    expect(d.toString()).toBe('123.45');
    expect(moneyToDecimal(unwrap(moneyFromMinor(Number.MAX_SAFE_INTEGER, 'CNY'))).toFixed()).toBe('90071992547409.91');
  });
});

describe('formatMoney', () => {
  test('formats per locale from the decimal string', () => {
    const m = cny('1234.5');
    expect(formatMoney(m, 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney(m, 'en')).toBe('CN¥1,234.50');
    expect(formatMoney(m, 'en', { display: 'code' })).toBe('CNY\u00a01,234.50');
    expect(formatMoney(m, 'zh-CN', { display: 'name' })).toBe('1,234.50人民币');
    expect(formatMoney(m, 'en', { display: 'name' })).toBe('1,234.50 Chinese yuan');
    expect(formatMoney(unwrap(money('1500', 'JPY')), 'en')).toBe('¥1,500');
    expect(formatMoney(unwrap(money('-1.234', 'KWD')), 'en', { display: 'code' })).toBe('-KWD\u00a01.234');
  });

  test('never goes through a float: 15 significant digits and 15 decimals stay exact', () => {
    const big = unwrap(moneyFromMinor(Number.MAX_SAFE_INTEGER, 'USD'));
    expect(formatMoney(big, 'en')).toBe('$90,071,992,547,409.91');
    const fine = unwrap(moneyFromMinor(Number.MAX_SAFE_INTEGER, 'USD', 15));
    expect(formatMoney(fine, 'en')).toBe('$9.007199254740991');
  });
});

describe('moneyToJSON and moneyFromJSON', () => {
  test('the JSON form has a string amount and a scale only when not the exponent', () => {
    expect(moneyToJSON(cny('123.4'))).toEqual({ amount: '123.40', currency: 'CNY' });
    expect(moneyToJSON(cny('0.0125', 4))).toEqual({ amount: '0.0125', currency: 'CNY', scale: 4 });
    expect(moneyToJSON(unwrap(money('7', 'JPY')))).toEqual({ amount: '7', currency: 'JPY' });
    expect(JSON.parse(JSON.stringify(moneyToJSON(cny('-9.99'))))).toEqual({ amount: '-9.99', currency: 'CNY' });
  });

  test('round trips, including a non-default scale', () => {
    for (const m of [cny('123.45'), cny('0.0100', 4), cny('-3', 0), unwrap(money('1.234', 'KWD'))]) {
      expect(unwrap(moneyFromJSON(JSON.parse(JSON.stringify(moneyToJSON(m)))))).toEqual(m);
    }
    expect(unwrap(moneyFromJSON({ amount: 12.5, currency: 'USD' }))).toEqual({ amount: 1250, scale: 2, currency: 'USD' });
  });

  test('reports what is wrong, with a path, in both locales', () => {
    const codeAndPath = (json: unknown) => {
      const r = moneyFromJSON(json);
      return r.ok ? 'ok' : [r.error.code, r.error.path];
    };
    expect(codeAndPath(null)).toEqual(['INVALID_INPUT', []]);
    expect(codeAndPath([1])).toEqual(['INVALID_INPUT', []]);
    expect(codeAndPath({ amount: '1' })).toEqual(['UNKNOWN_CURRENCY', ['currency']]);
    expect(codeAndPath({ amount: '1', currency: 'ABC' })).toEqual(['UNKNOWN_CURRENCY', ['currency']]);
    expect(codeAndPath({ amount: true, currency: 'CNY' })).toEqual(['INVALID_AMOUNT', ['amount']]);
    expect(codeAndPath({ amount: '1.001', currency: 'CNY' })).toEqual(['TOO_MANY_DECIMALS', ['amount']]);
    expect(codeAndPath({ amount: '1e20', currency: 'CNY' })).toEqual(['AMOUNT_OUT_OF_RANGE', ['amount']]);
    expect(codeAndPath({ amount: '1', currency: 'CNY', scale: '2' })).toEqual(['INVALID_SCALE', ['scale']]);
    expect(codeAndPath({ amount: '1', currency: 'CNY', scale: 16 })).toEqual(['INVALID_SCALE', ['scale']]);
    const r = moneyFromJSON('12.5');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.messages['zh-CN']).toBe('金额须为对象 { amount, currency, scale? }，收到 "12.5"');
    expect(r.error.messages.en).toBe('a money value must be an object { amount, currency, scale? }; received "12.5"');
  });

  test('does not mutate its input', () => {
    const json = Object.freeze({ amount: '1.50', currency: 'CNY' });
    expect(unwrap(moneyFromJSON(json)).amount).toBe(150);
    expect(json).toEqual({ amount: '1.50', currency: 'CNY' });
  });
});

describe('text and JSON of a value that is not a valid Money', () => {
  const renderers: readonly (readonly [string, (m: Money) => unknown])[] = [
    ['moneyToString', moneyToString],
    ['moneyToJSON', moneyToJSON],
    ['moneyToDecimal', moneyToDecimal],
    ['formatMoney zh-CN', (m) => formatMoney(m, 'zh-CN')],
    ['formatMoney en', (m) => formatMoney(m, 'en', { display: 'code' })],
  ];

  test('an amount that is not a safe integer is INVALID_AMOUNT, never "N.aN", "1..5" or "1e+.21"', () => {
    const amounts = [Number.NaN, 1.5, 1e21, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, -1e21];
    for (const [name, render] of renderers) {
      for (const amount of amounts) {
        const bad = { amount, scale: 2, currency: 'CNY' } as Money;
        const error = expectThrows(() => render(bad), 'INVALID_AMOUNT', CORE_MESSAGES.INVALID_AMOUNT);
        expect([name, error.details]).toEqual([name, { amount }]);
      }
    }
  });

  test('a scale that is not a whole number from 0 to 15 is INVALID_SCALE', () => {
    for (const [name, render] of renderers) {
      for (const scale of [-1, 1.5, 16, 20, Number.NaN, Number.POSITIVE_INFINITY]) {
        const bad = { amount: 150, scale, currency: 'CNY' } as Money;
        const error = expectThrows(() => render(bad), 'INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE);
        expect([name, error.details]).toEqual([name, { scale }]);
      }
    }
  });

  test('the limits of a valid Money still render', () => {
    const edges = [
      unwrap(moneyFromMinor(-Number.MAX_SAFE_INTEGER, 'CNY', 0)),
      unwrap(moneyFromMinor(Number.MAX_SAFE_INTEGER, 'CNY', 15)),
      { amount: -0, scale: 2, currency: 'CNY' } as Money,
    ];
    expect(edges.map(moneyToString)).toEqual(['-9007199254740991', '9.007199254740991', '0.00']);
    expect(edges.map((m) => moneyToJSON(m).amount)).toEqual(['-9007199254740991', '9.007199254740991', '0.00']);
    expect(formatMoney(edges[2] as Money, 'en')).toBe('CN¥0.00');
  });
});

describe('MoneySchema', () => {
  const Invoice = z.object({ total: MoneySchema, lines: z.array(MoneySchema) });

  test('parses the JSON form into Money inside a record schema', () => {
    const parsed = safeParseWith(Invoice, {
      total: { amount: '30.00', currency: 'CNY' },
      lines: [{ amount: 10, currency: 'CNY' }, { amount: '20.0000', currency: 'CNY', scale: 4 }],
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        total: { amount: 3000, scale: 2, currency: 'CNY' },
        lines: [
          { amount: 1000, scale: 2, currency: 'CNY' },
          { amount: 200000, scale: 4, currency: 'CNY' },
        ],
      },
    });
  });

  test('reports bilingual errors with codes and paths', () => {
    const parsed = safeParseWith(Invoice, {
      total: { amount: '1.005', currency: 'CNY' },
      lines: [{ amount: 1, currency: 'XYZ' }, { amount: '1', currency: 'JPY', scale: 20 }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((e) => [e.code, e.path])).toEqual([
      ['TOO_MANY_DECIMALS', ['total', 'amount']],
      ['UNKNOWN_CURRENCY', ['lines', 0, 'currency']],
      ['INVALID_SCALE', ['lines', 1, 'scale']],
    ]);
    expect(parsed.error[0]?.messages).toEqual({
      'zh-CN': '金额 "1.005" 的小数位超过 CNY 允许的 2 位（不会自动舍入）',
      en: 'the amount "1.005" has more than the 2 decimal places allowed for CNY (no silent rounding)',
    });
    expect(parsed.error[1]?.messages['zh-CN']).toBe('未知币种 "XYZ"：须为有效的 ISO 4217 代码，如 CNY');
  });

  test('shape errors come from zod in both locales', () => {
    const parsed = safeParseWith(MoneySchema, { amount: null, currency: 'CNY' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error[0]?.code).toBe('INVALID_INPUT');
    expect(parsed.error[0]?.path).toEqual(['amount']);
  });

  test('round trips moneyToJSON output', () => {
    const m = cny('0.0125', 4);
    expect(MoneySchema.parse(moneyToJSON(m))).toEqual(m);
  });
});
