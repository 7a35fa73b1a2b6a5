import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { NO_DATA } from '../../src/core/rate/no-data.js';
import type { AbcClass } from '../../src/segmentation/abc-class.js';
import type { AbcEntry } from '../../src/segmentation/abc-entry.js';
import type { AbcResult } from '../../src/segmentation/abc-result.js';
import { classifyAbc } from '../../src/segmentation/classify-abc.js';
import { SEGMENTATION_MESSAGES } from '../../src/segmentation/messages.js';
import { cny, deepFreeze, entry, id, moneyOf, textbookHundred } from './fixtures.js';

function classes(result: { ok: boolean; value?: AbcResult }): Record<string, AbcClass> {
  if (!result.ok || result.value === undefined) throw new Error('expected ok');
  return Object.fromEntries(result.value.customers.map((c) => [c.customerId, c.class]));
}

function unwrapAbc<C extends AbcResult['currency']>(r: ReturnType<typeof classifyAbc<C>>): AbcResult<C> {
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('; '));
  return r.value;
}

const KEY = ['C-017', 'C-034', 'C-051', 'C-068', 'C-085'];

describe('classifyAbc — the textbook case: 100 customers, 5 hold 80% of revenue', () => {
  test('value rule: those 5 are A (80%), the next 15 are B (15%), the other 80 are C (5%)', () => {
    const abc = unwrapAbc(classifyAbc(textbookHundred()));
    const a = abc.customers.filter((c) => c.class === 'A').map((c) => c.customerId);
    expect(a).toEqual(KEY);
    expect(abc.classes.A).toEqual({
      count: 5,
      countShare: { kind: 'ratio', numerator: 5, denominator: 100 },
      value: cny(80_000_000),
      valueShare: { kind: 'ratio', numerator: 80_000_000, denominator: 100_000_000 },
    });
    expect(abc.classes.B.count).toBe(15);
    expect(abc.classes.B.valueShare).toEqual({ kind: 'ratio', numerator: 15_000_000, denominator: 100_000_000 });
    expect(abc.classes.C.count).toBe(80);
    expect(abc.classes.C.value).toEqual(cny(5_000_000));
    expect(abc.total).toEqual(cny(100_000_000));
    expect(abc.positiveTotal).toEqual(cny(100_000_000));
    expect(abc.nonPositiveCount).toBe(0);
  });

  test('count rule: the same 5 are A (top 5%), 15 B, 80 C', () => {
    const abc = unwrapAbc(classifyAbc(textbookHundred(), { rule: 'count' }));
    expect(abc.customers.filter((c) => c.class === 'A').map((c) => c.customerId)).toEqual(KEY);
    expect([abc.classes.A.count, abc.classes.B.count, abc.classes.C.count]).toEqual([5, 15, 80]);
    expect(abc.thresholds).toEqual({ a: 0.05, b: 0.2 });
  });

  test('the sixth customer sits exactly on the 80% line and is B, with that evidence', () => {
    const abc = unwrapAbc(classifyAbc(textbookHundred()));
    const sixth = abc.customers[5]!;
    expect(sixth.class).toBe('B');
    expect(sixth.evidence).toEqual({
      rank: 6,
      customerCount: 100,
      value: cny(1_000_000),
      share: { kind: 'ratio', numerator: 1_000_000, denominator: 100_000_000 },
      cumulativeShare: { kind: 'ratio', numerator: 81_000_000, denominator: 100_000_000 },
      position: { kind: 'ratio', numerator: 80_000_000, denominator: 100_000_000 },
      nonPositive: false,
      unadjustedClass: 'B',
      previousClass: null,
    });
    expect(sixth.explanation).toEqual({
      'zh-CN': '按销售额排名第 6/100，排在前面的客户累计占 80.0%（A 类至 80%，B 类至 95%） → B 类（合适客户）',
      en: 'ranked 6 of 100 by revenue; customers ranked above hold 80.0% (A up to 80%, B up to 95%) → Class B (suitable customer)',
    });
  });

  test('the count rule explains with the share of customers ranked above', () => {
    const abc = unwrapAbc(classifyAbc(textbookHundred(), { rule: 'count' }));
    expect(abc.customers[5]!.evidence.position).toEqual({ kind: 'ratio', numerator: 5, denominator: 100 });
    expect(abc.customers[5]!.explanation.en).toBe(
      'ranked 6 of 100 by revenue; 5.0% of customers rank above (A: top 5%, B: up to 20%) → Class B (suitable customer)',
    );
  });

  test('the customer that crosses a line belongs to the class above it', () => {
    // One customer holds 90%: it is A even though it alone passes 80%.
    const abc = unwrapAbc(classifyAbc([entry('X', 900), entry('Y', 60), entry('Z', 40)]));
    expect(abc.customers.map((c) => [c.customerId, c.class])).toEqual([
      ['X', 'A'],
      ['Y', 'B'],
      ['Z', 'C'],
    ]);
  });

  test('input is not mutated', () => {
    const input = deepFreeze(textbookHundred());
    const copy = structuredClone(input);
    expect(() => classifyAbc(input, { rule: 'count', previous: new Map([[id('C-017'), 'B']]), margin: 0.01 })).not.toThrow();
    expect(input).toEqual(copy);
  });
});

describe('classifyAbc — profit basis, ties, odd values', () => {
  test('ranks by profit when asked; a missing profit is an error with its path', () => {
    const byProfit = unwrapAbc(classifyAbc([entry('A', 100, 1), entry('B', 10, 9)], { basis: 'profit' }));
    expect(byProfit.customers.map((c) => c.customerId)).toEqual(['B', 'A']);
    expect(byProfit.customers[0]!.explanation['zh-CN']).toContain('按利润额排名第 1/2');
    const missing = classifyAbc([entry('A', 100, 1), entry('B', 10)], { basis: 'profit' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error.map((e) => [e.code, e.path])).toEqual([['MISSING_PROFIT', [1, 'profit']]]);
      expect(renderError(missing.error[0]!, 'zh-CN')).toBe('[1].profit: 第 1 项（客户 B）没有利润额，无法按利润额分析');
      expect(renderError(missing.error[0]!, 'en')).toBe('[1].profit: entry 1 (customer B) has no profit to rank by');
    }
  });

  test('equal values are ordered by customer id, whatever the input order', () => {
    const forward = [entry('b', 500), entry('a', 500), entry('c', 500), entry('d', 100)];
    const backward = [...forward].reverse();
    const r1 = unwrapAbc(classifyAbc(forward, { rule: 'count', thresholds: { a: 0.25, b: 0.5 } }));
    const r2 = unwrapAbc(classifyAbc(backward, { rule: 'count', thresholds: { a: 0.25, b: 0.5 } }));
    expect(r1.customers.map((c) => [c.customerId, c.class])).toEqual([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
      ['d', 'C'],
    ]);
    expect(JSON.stringify(r2)).toBe(JSON.stringify(r1));
  });

  test('large tie groups (more than 16 equal values) are ordered by id too', () => {
    const many = Array.from({ length: 40 }, (_, i) => entry(`k${String(39 - i).padStart(2, '0')}`, 7));
    const abc = unwrapAbc(classifyAbc(many));
    expect(abc.customers.map((c) => c.customerId)).toEqual(many.map((e) => e.customerId).reverse());
  });

  test('zero and negative values are C, flagged and counted; shares are over the positive total', () => {
    const abc = unwrapAbc(classifyAbc([entry('P', 1000), entry('Z', 0), entry('N', -300), entry('Q', 500)]));
    expect(abc.customers.map((c) => [c.customerId, c.class, c.evidence.nonPositive])).toEqual([
      ['P', 'A', false],
      ['Q', 'A', false],
      ['Z', 'C', true],
      ['N', 'C', true],
    ]);
    expect(abc.nonPositiveCount).toBe(2);
    expect(abc.total).toEqual(cny(1200));
    expect(abc.positiveTotal).toEqual(cny(1500));
    expect(abc.classes.A.value).toEqual(cny(1500));
    expect(abc.classes.C.value).toEqual(cny(-300));
    expect(abc.classes.C.valueShare).toEqual({ kind: 'ratio', numerator: -300, denominator: 1500 });
    const negative = abc.customers[3]!;
    expect(negative.evidence.share).toEqual({ kind: 'ratio', numerator: -300, denominator: 1500 });
    expect(negative.evidence.cumulativeShare).toEqual({ kind: 'ratio', numerator: 1500, denominator: 1500 });
    expect(negative.explanation).toEqual({
      'zh-CN': '销售额为 -3.00 CNY，不大于零：归入 C 类并单独标注',
      en: 'revenue is -3.00 CNY, not above zero: put in class C and flagged',
    });
  });

  test('nothing positive: everyone is C and value shares are no-data', () => {
    const abc = unwrapAbc(classifyAbc([entry('A', 0), entry('B', -1)]));
    expect(abc.customers.map((c) => c.class)).toEqual(['C', 'C']);
    expect(abc.classes.C.valueShare).toEqual(NO_DATA);
    expect(abc.customers[0]!.evidence.cumulativeShare).toEqual(NO_DATA);
    expect(abc.customers[0]!.evidence.value).toEqual(cny(0));
  });

  test('empty input gives an empty result, not an error', () => {
    const abc = unwrapAbc(classifyAbc([] as AbcEntry<'CNY'>[]));
    expect(abc.customers).toEqual([]);
    expect(abc.customerCount).toBe(0);
    expect(abc.total).toEqual(cny(0));
    expect(abc.classes.A).toEqual({ count: 0, countShare: NO_DATA, value: cny(0), valueShare: NO_DATA });
    expect(unwrapAbc(classifyAbc([] as AbcEntry<'JPY'>[], { currency: 'JPY' })).total).toEqual(moneyOf(0, 'JPY', 0));
  });

  test('mixed scales are brought to the largest scale exactly', () => {
    const abc = unwrapAbc(
      classifyAbc([
        { customerId: id('A'), revenue: moneyOf(1234, 'CNY', 2) },
        { customerId: id('B'), revenue: moneyOf(5, 'CNY', 3) },
      ]),
    );
    expect(abc.scale).toBe(3);
    expect(abc.total).toEqual(moneyOf(12345, 'CNY', 3));
    expect(abc.customers[1]!.evidence.value).toEqual(moneyOf(5, 'CNY', 3));
  });

  test('a very wide range of values falls back to an index sort and still ranks exactly', () => {
    const abc = unwrapAbc(classifyAbc([entry('small', 1), entry('huge', 9_000_000_000_000_000), entry('mid', 5)]));
    expect(abc.customers.map((c) => c.customerId)).toEqual(['huge', 'mid', 'small']);
    expect(abc.total).toEqual(cny(9_000_000_000_000_006));
  });

  test('JSON writes every row in full', () => {
    const abc = unwrapAbc(classifyAbc([entry('A', 80), entry('B', 20)]));
    const json = JSON.parse(JSON.stringify(abc)) as { customers: { evidence: { rank: number }; explanation: { en: string } }[] };
    expect(json.customers[1]!.evidence.rank).toBe(2);
    expect(json.customers[1]!.explanation.en).toContain('→ Class B');
  });
});

describe('classifyAbc — bad input', () => {
  test('mixed currencies: a typed error per entry, with its index, in both locales', () => {
    const r = classifyAbc([
      entry('A', 1),
      { customerId: id('B'), revenue: moneyOf(2, 'USD') },
      entry('C', 3),
      { customerId: id('D'), revenue: moneyOf(4, 'EUR') },
    ] as AbcEntry[]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.path, e.details])).toEqual([
      ['CURRENCY_MISMATCH', [1, 'revenue', 'currency'], { index: 1, expected: 'CNY', received: 'USD' }],
      ['CURRENCY_MISMATCH', [3, 'revenue', 'currency'], { index: 3, expected: 'CNY', received: 'EUR' }],
    ]);
    expect(renderError(r.error[0]!, 'en')).toBe('[1].revenue.currency: entry 1 is in USD, not in CNY, the currency of the analysis');
    expect(renderError(r.error[0]!, 'zh-CN')).toBe('[1].revenue.currency: 第 1 项的币种为 USD，与分析币种 CNY 不一致');
  });

  test('an explicit currency is checked against every entry', () => {
    const r = classifyAbc([entry('A', 1)] as AbcEntry[], { currency: 'USD' });
    expect(r.ok ? [] : r.error.map((e) => e.code)).toEqual(['CURRENCY_MISMATCH']);
  });

  test('totals beyond the exact range are an error, not a rounded number', () => {
    const r = classifyAbc([entry('A', 9_000_000_000_000_000), entry('B', 9_000_000_000_000_000)]);
    expect(r.ok ? [] : r.error.map((e) => e.code)).toEqual(['AMOUNT_OUT_OF_RANGE']);
    const scaled = classifyAbc([{ customerId: id('A'), revenue: moneyOf(9_000_000_000_000_000, 'CNY', 2) }, { customerId: id('B'), revenue: moneyOf(1, 'CNY', 4) }]);
    expect(scaled.ok ? [] : scaled.error.map((e) => [e.code, e.path])).toEqual([['AMOUNT_OUT_OF_RANGE', [0, 'revenue', 'amount']]]);
  });

  test('duplicate ids are reported when checked', () => {
    const input = [entry('A', 1), entry('B', 2), entry('A', 3)];
    expect(classifyAbc(input).ok).toBe(true);
    const r = classifyAbc(input, { checkDuplicates: true });
    expect(r.ok ? [] : r.error.map((e) => [e.code, e.path, e.details])).toEqual([
      ['DUPLICATE_CUSTOMER_ID', [2, 'customerId'], { index: 2, firstIndex: 0, customerId: 'A' }],
    ]);
  });

  test('thresholds out of range are API misuse and throw with the exported message', () => {
    for (const options of [
      { thresholds: { a: 0.9, b: 0.8 } },
      { thresholds: { a: 0, b: 0.8 } },
      { thresholds: { a: 0.5, b: 1.5 } },
      { thresholds: { a: 0.1 + 0.2, b: 0.9 } },
      { margin: -0.01 },
      { margin: Number.NaN },
    ]) {
      expect(() => classifyAbc([entry('A', 1)], options)).toThrowError(SEGMENTATION_MESSAGES.INVALID_THRESHOLDS);
    }
    try {
      classifyAbc([entry('A', 1)], { thresholds: { a: 0.9, b: 0.8 } });
    } catch (e) {
      expect(e).toBeInstanceOf(LogisticsCustomerError);
      expect((e as LogisticsCustomerError).code).toBe('INVALID_THRESHOLDS');
    }
  });

  test('a malformed Money value is misuse and throws', () => {
    expect(() => classifyAbc([{ customerId: id('A'), revenue: moneyOf(1.5, 'CNY') }])).toThrowError(LogisticsCustomerError);
    expect(() => classifyAbc([{ customerId: id('A'), revenue: moneyOf(1, 'CNY', 99) }])).toThrowError(LogisticsCustomerError);
  });
});

describe('classifyAbc — hysteresis: a tier does not flip on tiny changes', () => {
  /** BIG ranked first with `big` cents, X second with 100, fillers of 10: total 10,000; X's position is big / 10,000. */
  function market(big: number): AbcEntry<'CNY'>[] {
    const fillers = (10_000 - big - 100) / 10;
    return [entry('BIG', big), entry('X', 100), ...Array.from({ length: fillers }, (_, i) => entry(`f${String(i).padStart(3, '0')}`, 10))];
  }
  const classOfX = (big: number, previous?: AbcClass, margin = 0.02): AbcClass =>
    classes(classifyAbc(market(big), previous === undefined ? {} : { previous: new Map([[id('X'), previous]]), margin }))['X']!;

  test('without a previous class the 80% line decides', () => {
    expect(classOfX(7990)).toBe('A'); // 79.9% above it
    expect(classOfX(8010)).toBe('B'); // 80.1% above it
  });

  test('an A customer stays A until the customers above it hold 80% + margin', () => {
    expect(classOfX(8010, 'A')).toBe('A');
    expect(classOfX(8190, 'A')).toBe('A');
    expect(classOfX(8200, 'A')).toBe('B'); // exactly 82%: crossed
    expect(classOfX(8250, 'A')).toBe('B');
  });

  test('a B customer becomes A only below 80% − margin', () => {
    expect(classOfX(7990, 'B')).toBe('B');
    expect(classOfX(7810, 'B')).toBe('B');
    expect(classOfX(7790, 'B')).toBe('A');
  });

  test('a C customer needs to cross the B line by the margin too', () => {
    expect(classOfX(9400, 'C')).toBe('C'); // 94% < 95% but not < 93%
    expect(classOfX(9290, 'C')).toBe('B');
    expect(classOfX(7790, 'C')).toBe('A');
  });

  test('oscillating around the line: flips every run without a margin, never with one', () => {
    const runs = [7990, 8010, 7995, 8005, 7999, 8001];
    let plain: AbcClass | undefined;
    let held: AbcClass | undefined;
    const plainSeen: AbcClass[] = [];
    const heldSeen: AbcClass[] = [];
    for (const big of runs) {
      plain = classOfX(big);
      held = classOfX(big, held);
      plainSeen.push(plain);
      heldSeen.push(held);
    }
    expect(plainSeen).toEqual(['A', 'B', 'A', 'B', 'A', 'B']);
    expect(heldSeen).toEqual(['A', 'A', 'A', 'A', 'A', 'A']);
  });

  test('the evidence and explanation say the class was kept', () => {
    const abc = unwrapAbc(classifyAbc(market(8010), { previous: new Map([[id('X'), 'A']]), margin: 0.02 }));
    const x = abc.customers.find((c) => c.customerId === 'X')!;
    expect([x.class, x.evidence.unadjustedClass, x.evidence.previousClass]).toEqual(['A', 'B', 'A']);
    expect(x.explanation.en).toBe(
      'ranked 2 of 191 by revenue; customers ranked above hold 80.1% (A up to 80%, B up to 95%); was A last time and has not crossed the line by the 2% margin, so stays → Class A (key customer)',
    );
    expect(x.explanation['zh-CN']).toContain('上次为 A 类，未越过 2% 的缓冲带，保持 → A 类（关键客户）');
    expect(abc.margin).toBe(0.02);
  });

  test('a margin of 0 with a previous class changes nothing; non-positive customers stay C', () => {
    const input = [...market(8010), entry('ZERO', 0)];
    const previous = new Map([
      [id('X'), 'A' as const],
      [id('ZERO'), 'A' as const],
    ]);
    expect(classes(classifyAbc(input, { previous, margin: 0 }))).toEqual(classes(classifyAbc(input)));
    const zero = unwrapAbc(classifyAbc(input, { previous, margin: 0.5 })).customers.find((c) => c.customerId === 'ZERO')!;
    expect([zero.class, zero.evidence.previousClass]).toEqual(['C', 'A']);
  });
});
