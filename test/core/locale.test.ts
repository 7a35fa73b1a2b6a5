import { describe, expect, test } from 'vitest';
import { complaintMermaid } from '../../src/complaints/complaint-diagram.js';
import { complaintFormRows } from '../../src/complaints/form-rows.js';
import { acceptanceForm } from '../../src/complaints/complaint-forms.js';
import { domainError, renderError } from '../../src/core/domain-error.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../src/core/invariant.js';
import { assertLocale, isLocale, label, LOCALES, text } from '../../src/core/locale.js';
import { toMermaid } from '../../src/core/machine/mermaid.js';
import { formatMoney } from '../../src/core/money/format-money.js';
import type { Money } from '../../src/core/money/money.js';
import { formatRate } from '../../src/core/rate/format-rate.js';
import { rate } from '../../src/core/rate/rate.js';
import { ratio } from '../../src/core/rate/ratio.js';
import { funnelMermaid, lifecycleMermaid } from '../../src/funnel/diagrams.js';
import { lifecycleDefinition } from '../../src/funnel/lifecycle-machine.js';
import { formatShare } from '../../src/segmentation/format-share.js';

/** The code of the error `run` throws, or `null` when it returns. */
function thrownCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (e) {
    return e instanceof LogisticsCustomerError ? e.code : `not a LogisticsCustomerError: ${String(e)}`;
  }
}

const BAD_LOCALES: readonly unknown[] = ['fr', 'en-US', 'zh', 'ZH-CN', '', undefined, null, 1];
const SIZES = { large: { 'zh-CN': '大型', en: 'Large' } } as const;

describe('locales given to the functions that render text', () => {
  test('isLocale and assertLocale accept exactly the two locales', () => {
    expect(LOCALES.map(isLocale)).toEqual([true, true]);
    expect(BAD_LOCALES.map(isLocale)).toEqual(BAD_LOCALES.map(() => false));
    expect(LOCALES.map(assertLocale)).toEqual(['zh-CN', 'en']);
    for (const locale of BAD_LOCALES) expect(thrownCode(() => assertLocale(locale))).toBe('INVALID_LOCALE');
    try {
      assertLocale('en-US');
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_LOCALE', message: CORE_MESSAGES.INVALID_LOCALE, details: { received: 'en-US', allowed: ['zh-CN', 'en'] } });
    }
  });

  test('label: a typed error for a locale or a value the table does not have, never undefined', () => {
    expect([label(SIZES, 'large', 'zh-CN'), label(SIZES, 'large', 'en')]).toEqual(['大型', 'Large']);
    for (const locale of BAD_LOCALES) expect(thrownCode(() => label(SIZES, 'large', locale as 'en'))).toBe('INVALID_LOCALE');
    for (const value of ['huge', 'toString', '__proto__', 'constructor']) {
      expect(thrownCode(() => label(SIZES, value as 'large', 'en'))).toBe('UNKNOWN_LABEL');
    }
  });

  test('every renderer refuses a locale it cannot render (it returned the locale, undefined or threw a TypeError before)', () => {
    const cny: Money = { amount: 123450, scale: 2, currency: 'CNY' };
    const shanghai = acceptanceForm({
      id: 'C-1',
      events: [
        {
          type: 'RECEIVE',
          at: new Date('2026-03-02T01:00:00Z'),
          by: 'wang',
          complainant: { name: '张三' },
          channel: 'phone',
          category: 'delay',
          severity: 'moderate',
          description: '晚到两天',
        },
      ],
    });
    if (!shanghai.ok) throw new Error('the form fixture is invalid');
    const renderers: readonly [string, (locale: 'en') => unknown][] = [
      ['renderError', (l) => renderError(domainError('X', text('错', 'wrong')), l)],
      ['formatMoney', (l) => formatMoney(cny, l)],
      ['formatRate', (l) => formatRate(rate(1, 3), l)],
      ['formatShare', (l) => formatShare(ratio(1, 3), l)],
      ['toMermaid', (l) => toMermaid(lifecycleDefinition(), { locale: l })],
      ['funnelMermaid', (l) => funnelMermaid(l)],
      ['lifecycleMermaid', (l) => lifecycleMermaid(l)],
      ['complaintMermaid', (l) => complaintMermaid(l)],
      ['complaintFormRows', (l) => complaintFormRows(shanghai.value, l)],
    ];
    for (const [name, render] of renderers) {
      for (const locale of LOCALES) expect([name, thrownCode(() => render(locale as 'en'))]).toEqual([name, null]);
      for (const locale of BAD_LOCALES) {
        // toMermaid's locale is an option: left out (undefined), it is zh-CN.
        if (name === 'toMermaid' && locale === undefined) continue;
        expect([name, locale, thrownCode(() => render(locale as 'en'))]).toEqual([name, locale, 'INVALID_LOCALE']);
      }
    }
    expect(toMermaid(lifecycleDefinition())).toBe(toMermaid(lifecycleDefinition(), { locale: 'zh-CN' }));
  });
});
