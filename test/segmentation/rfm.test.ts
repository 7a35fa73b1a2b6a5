import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyRfm } from '../../src/segmentation/classify-rfm.js';
import { SEGMENTATION_MESSAGES } from '../../src/segmentation/messages.js';
import { quintileScores } from '../../src/segmentation/quintile-scores.js';
import { DEFAULT_RFM_GRID, type RfmGrid, RfmSegmentSchema } from '../../src/segmentation/rfm-segment.js';
import { cny, id, NOW, order } from './fixtures.js';

describe('quintileScores', () => {
  test('ten distinct values: two per score', () => {
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'higher-is-better')).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  test('recency is reversed: fewer days is better; never ordered (null) is worst', () => {
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, null], 'lower-is-better')).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  test('NaN is "no value", like null: it ties with null at the bottom and pushes no other score down', () => {
    expect(quintileScores([Number.NaN, 1, 2, 3, 4], 'higher-is-better')).toEqual([1, 2, 3, 4, 5]);
    expect(quintileScores([null, 1, 2, 3, 4], 'higher-is-better')).toEqual([1, 2, 3, 4, 5]);
    expect(quintileScores([3, Number.NaN, 300, null, 3], 'lower-is-better')).toEqual([4, 1, 3, 1, 4]);
    expect(quintileScores([Number.NaN, Number.NaN], 'higher-is-better')).toEqual([1, 1]);
    const values = fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(null), fc.constant(Number.NaN)), { maxLength: 60 });
    fc.assert(
      fc.property(values, fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const), (list, direction) => {
        const asNull = list.map((v) => (Number.isNaN(v) ? null : v));
        expect(quintileScores(list, direction)).toEqual(quintileScores(asNull, direction));
      }),
    );
  });

  test('ties share a score: the score of the group is set by how many are strictly worse', () => {
    expect(quintileScores([5, 5, 5, 5, 1], 'higher-is-better')).toEqual([2, 2, 2, 2, 1]);
    expect(quintileScores([7, 7, 7], 'higher-is-better')).toEqual([1, 1, 1]);
    expect(quintileScores([], 'higher-is-better')).toEqual([]);
  });

  test('laws: scores are 1–5, equal values score equally, better values never score lower, order does not matter', () => {
    const values = fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), { maxLength: 80 });
    fc.assert(
      fc.property(values, fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const), (list, direction) => {
        const scores = quintileScores(list, direction);
        const reversed = quintileScores([...list].reverse(), direction);
        expect([...reversed].reverse()).toEqual(scores);
        const good = (v: number | null) => (v === null ? -Infinity : direction === 'higher-is-better' ? v : -v);
        list.forEach((v, i) => {
          expect(scores[i]).toBeGreaterThanOrEqual(1);
          expect(scores[i]).toBeLessThanOrEqual(5);
          list.forEach((w, j) => {
            if (good(v) === good(w)) expect(scores[i]).toBe(scores[j]);
            if (good(v) > good(w)) expect(scores[i]!).toBeGreaterThanOrEqual(scores[j]!);
          });
        });
      }),
    );
  });
});

describe('classifyRfm', () => {
  // Ten customers: c0 ordered long ago once, c9 yesterday nine times and the most.
  const customers = Array.from({ length: 10 }, (_, i) => ({ id: id(`c${i}`) }));
  const history = customers.flatMap((c, i) => Array.from({ length: i + 1 }, (_, k) => order(c.id, 300 - i * 33 + k, (i + 1) * 1000)));

  test('scores by quintile and reads the segment from the R × F grid', () => {
    const r = classifyRfm(customers, history, { now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((c) => `${c.customerId}:${c.evidence.code}:${c.class}`)).toEqual([
      'c0:111:hibernating',
      'c1:111:hibernating',
      'c2:222:hibernating',
      'c3:222:hibernating',
      'c4:333:need-attention',
      'c5:333:need-attention',
      'c6:444:loyal',
      'c7:444:loyal',
      'c8:555:champions',
      'c9:555:champions',
    ]);
    expect(r.value[9]!.evidence).toEqual({ recencyDays: 3, frequency: 10, monetary: cny(100_000), r: 5, f: 5, m: 5, code: '555' });
    expect(r.value[9]!.explanation).toEqual({
      'zh-CN': 'R5 F5 M5：最近一次下单在 3 天前，365 天内下单 10 次、金额 1000.00 CNY → 冠军客户',
      en: 'R5 F5 M5: last order 3 days ago, 10 orders worth 1000.00 CNY in 365 days → Champions',
    });
  });

  test('customers who never ordered score 1 on recency', () => {
    const r = classifyRfm([{ id: id('x') }, { id: id('y') }], [order('y', 1, 100)], { now: NOW });
    expect(r.ok && r.value[0]!.evidence).toMatchObject({ recencyDays: null, r: 1, f: 1, m: 1 });
    expect(r.ok && r.value[0]!.explanation.en).toContain('never ordered');
  });

  test('the grid is data: a firm can override it; a malformed grid throws', () => {
    const everyoneNew: RfmGrid = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 'new' as const));
    const r = classifyRfm(customers, history, { now: NOW, grid: everyoneNew });
    expect(r.ok && r.value.every((c) => c.class === 'new')).toBe(true);
    expect(() => classifyRfm(customers, history, { now: NOW, grid: [['new']] })).toThrowError(SEGMENTATION_MESSAGES.INVALID_RFM_GRID);
    expect(new Set(DEFAULT_RFM_GRID.flat())).toEqual(new Set(RfmSegmentSchema.options));
  });

  test('the history errors come back as values', () => {
    expect(classifyRfm(customers, [order('zz', 1, 1)], { now: NOW }).ok).toBe(false);
    const usd = classifyRfm(customers, history, { now: NOW, currency: 'USD' });
    expect(usd.ok ? [] : [...new Set(usd.error.map((e) => e.code))]).toEqual(['CURRENCY_MISMATCH']);
  });
});
