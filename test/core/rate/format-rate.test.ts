import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError } from '../../../src/core/invariant.js';
import { MONEY_MESSAGES } from '../../../src/core/money/messages.js';
import { formatRate } from '../../../src/core/rate/format-rate.js';
import { rate } from '../../../src/core/rate/rate.js';

describe('formatRate', () => {
  test('counts and percentage in both locales', () => {
    expect(formatRate(rate(37, 40), 'en')).toBe('37 of 40 (92.5%)');
    expect(formatRate(rate(37, 40), 'zh-CN')).toBe('40 中 37（92.5%）');
    expect(formatRate(rate(1234, 20000), 'en')).toBe('1,234 of 20,000 (6.2%)');
    expect(formatRate(rate(0, 3), 'zh-CN')).toBe('3 中 0（0.0%）');
  });

  test('fraction digits, from the exact quotient', () => {
    expect(formatRate(rate(1, 3), 'en', { fractionDigits: 3 })).toBe('1 of 3 (33.333%)');
    expect(formatRate(rate(2, 3), 'en', { fractionDigits: 0 })).toBe('2 of 3 (67%)');
    expect(formatRate(rate(1, 16), 'en', { fractionDigits: 2 })).toBe('1 of 16 (6.25%)');
    expect(formatRate(rate(40, 40), 'zh-CN', { fractionDigits: 0 })).toBe('40 中 40（100%）');
  });

  test('no data is said in words', () => {
    expect(formatRate(rate(0, 0), 'en')).toBe('no data');
    expect(formatRate(rate(0, 0), 'zh-CN')).toBe('无数据');
  });

  test('bad fraction digits throw INVALID_DIGITS', () => {
    for (const fractionDigits of [-1, 21, 0.5]) {
      let caught: unknown;
      try {
        formatRate(rate(1, 2), 'en', { fractionDigits });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(LogisticsCustomerError);
      expect((caught as LogisticsCustomerError).message).toBe(MONEY_MESSAGES.INVALID_DIGITS);
    }
  });
});
