import { describe, expect, test } from 'vitest';
import { CURRENCIES, type CurrencyCode, isCurrencyCode } from '../../../src/core/currency.js';
import { currencyExponent } from '../../../src/core/money/currency-exponent.js';

const codes = Object.keys(CURRENCIES) as CurrencyCode[];

describe('CURRENCIES', () => {
  test('holds the minor-unit exponents of ISO 4217', () => {
    expect(CURRENCIES.CNY.exponent).toBe(2);
    expect(CURRENCIES.USD.exponent).toBe(2);
    expect(CURRENCIES.EUR.exponent).toBe(2);
    expect(CURRENCIES.JPY.exponent).toBe(0);
    expect(CURRENCIES.KRW.exponent).toBe(0);
    expect(CURRENCIES.KWD.exponent).toBe(3);
    expect(CURRENCIES.BHD.exponent).toBe(3);
    expect(CURRENCIES.IQD.exponent).toBe(3);
    expect(CURRENCIES.CLF.exponent).toBe(4);
    expect(CURRENCIES.UYW.exponent).toBe(4);
  });

  test('lists the active codes with a minor unit and none of the N.A. or withdrawn ones', () => {
    expect(codes.length).toBe(167);
    for (const code of ['CNY', 'HKD', 'TWD', 'MOP', 'XCG', 'ZWG', 'SLE', 'VED', 'VES'] as const) {
      expect(codes).toContain(code);
    }
    for (const code of ['XAU', 'XDR', 'XTS', 'XXX', 'HRK', 'SLL', 'ZWL', 'VEF']) {
      expect(isCurrencyCode(code)).toBe(false);
    }
  });

  test('every code is three upper-case letters with labels in both locales', () => {
    for (const code of codes) {
      const info = CURRENCIES[code];
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect([0, 2, 3, 4]).toContain(info.exponent);
      expect(info.labels['zh-CN'].length).toBeGreaterThan(0);
      expect(info.labels.en.length).toBeGreaterThan(0);
      expect(info.labels['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(CURRENCIES.CNY.labels).toEqual({ 'zh-CN': '人民币', en: 'Chinese yuan' });
    expect(CURRENCIES.USD.labels['zh-CN']).toBe('美元');
    expect(CURRENCIES.JPY.labels['zh-CN']).toBe('日元');
    expect(CURRENCIES.HKD.labels['zh-CN']).toBe('港元');
  });

  test('Intl can format every code', () => {
    for (const code of codes) {
      expect(new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'code' }).format(1)).toContain(code);
    }
  });

  test('the compact exponent table used by sumMoney agrees with CURRENCIES', () => {
    for (const code of codes) expect([code, currencyExponent(code)]).toEqual([code, CURRENCIES[code].exponent]);
  });

  test('the compact code list behind isCurrencyCode names exactly the codes of CURRENCIES', () => {
    for (const code of codes) expect([code, isCurrencyCode(code)]).toEqual([code, true]);
    const threeLetters = Array.from({ length: 26 ** 3 }, (_, i) =>
      String.fromCharCode(65 + Math.floor(i / 676), 65 + (Math.floor(i / 26) % 26), 65 + (i % 26)),
    );
    expect(threeLetters.filter(isCurrencyCode)).toEqual(codes);
  });
});

describe('isCurrencyCode', () => {
  test('accepts known codes and rejects everything else, including inherited keys', () => {
    expect(isCurrencyCode('CNY')).toBe(true);
    expect(isCurrencyCode('KWD')).toBe(true);
    expect(isCurrencyCode('cny')).toBe(false);
    expect(isCurrencyCode('')).toBe(false);
    expect(isCurrencyCode('toString')).toBe(false);
    expect(isCurrencyCode('__proto__')).toBe(false);
    expect(isCurrencyCode('constructor')).toBe(false);
  });
});
