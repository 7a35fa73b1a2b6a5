import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import type { Money } from '../../src/core/money/money.js';
import { compareOffers, type Offer } from '../../src/value/compare-offers.js';
import type { Measure, ScoreTotal } from '../../src/value/measure.js';
import { cny, s10, usd } from './helpers.js';

const ours: Offer<Money<'CNY'>> = {
  id: 'ours',
  value: { product: cny('1000'), service: cny('400') },
  cost: { monetary: cny('950'), time: cny('50') },
};
const pricey: Offer<Money<'CNY'>> = {
  id: 'premium',
  value: { product: cny('1100'), service: cny('500'), image: cny('100') },
  cost: { monetary: cny('1200'), time: cny('100') },
};
const cheap: Offer<Money<'CNY'>> = {
  id: 'cheap',
  value: { product: cny('900'), service: cny('100') },
  cost: { monetary: cny('700'), time: cny('200'), energy: cny('80') },
};

describe('compareOffers', () => {
  test('ranks by delivered value and names the deciding components, largest first', () => {
    const r = compareOffers(ours, [pricey, cheap]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // ours 1400 − 1000 = 400; premium 1700 − 1300 = 400; cheap 1000 − 980 = 20
    expect(r.value.ranking.map((o) => [o.rank, o.id, o.ours])).toEqual([
      [1, 'ours', true],
      [1, 'premium', false],
      [3, 'cheap', false],
    ]);
    expect(r.value.ourRank).toBe(1);
    expect(r.value.rankBy).toBe('delivered-value');
    const [vsPremium, vsCheap] = r.value.gaps;
    expect(vsPremium?.competitorId).toBe('premium');
    expect(vsPremium?.lead.amount).toBe(0);
    expect(vsPremium?.fromValue.amount).toBe(-30000);
    expect(vsPremium?.fromCost.amount).toBe(30000);
    expect(vsPremium?.deciding.map((g) => [g.side, g.component, g.advantage.amount])).toEqual([
      ['cost', 'monetary', 25000],
      ['value', 'product', -10000],
      ['value', 'service', -10000],
      ['value', 'image', -10000],
      ['cost', 'time', 5000],
    ]);
    expect(vsCheap?.lead.amount).toBe(38000);
    expect(vsCheap?.deciding[0]).toEqual({
      side: 'value',
      component: 'service',
      ours: cny('400'),
      theirs: cny('100'),
      advantage: cny('300'),
    });
    expect(vsCheap?.deciding.find((g) => g.component === 'energy')?.advantage).toEqual(cny('80'));
  });

  test('ranking by value ÷ cost; an offer with no cost (no ratio) ranks last', () => {
    const free: Offer<Money<'CNY'>> = { id: 'free', value: { product: cny('10') }, cost: {} };
    const r = compareOffers(ours, [pricey, cheap, free], { rankBy: 'value-cost-ratio' });
    expect(r.ok && r.value.ranking.map((o) => [o.rank, o.id])).toEqual([
      [1, 'ours'], // 1400/1000 = 1.4
      [2, 'premium'], // 1700/1300 ≈ 1.31
      [3, 'cheap'], // 1000/980 ≈ 1.02
      [4, 'free'],
    ]);
    const two = compareOffers({ id: 'a', value: { product: cny('1') }, cost: {} }, [{ id: 'b', value: { product: cny('2') }, cost: {} }], {
      rankBy: 'value-cost-ratio',
    });
    expect(two.ok && two.value.ranking.map((o) => o.rank)).toEqual([1, 1]);
  });

  test('lowering customer cost can win on its own (the textbook lever)', () => {
    const rival = { id: 'rival', value: { product: s10(8), service: s10(8) }, cost: { monetary: s10(5), time: s10(6), energy: s10(4) } };
    const leaner = { id: 'ours', value: { product: s10(8), service: s10(8) }, cost: { monetary: s10(5), time: s10(2), energy: s10(2) } };
    const r = compareOffers(leaner, [rival]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const gap = r.value.gaps[0];
    expect((gap?.fromValue as ScoreTotal).value.toNumber()).toBe(0);
    expect((gap?.fromCost as ScoreTotal).value.toNumber()).toBe(6);
    expect(gap?.deciding.map((g) => g.component)).toEqual(['time', 'energy']);
    expect(r.value.ourRank).toBe(1);
  });

  test('we can rank behind a competitor', () => {
    const r = compareOffers(cheap, [ours]);
    expect(r.ok && [r.value.ourRank, r.value.ranking[0]?.id]).toEqual([2, 'ours']);
  });

  test('bad offers: errors carry the offer path, ids must be distinct and non-empty, units must match', () => {
    const r = compareOffers<Measure>(ours, [
      { id: 'ours', value: { product: cny('1') }, cost: {} },
      { id: ' ', value: { product: cny('1') }, cost: { time: cny('-1') } },
      { id: 'dollar', value: { product: usd('1') }, cost: {} },
    ]);
    expect(!r.ok && r.error.map((e) => [e.code, e.path])).toEqual([
      ['DUPLICATE_OFFER_ID', ['competitors', 0, 'id']],
      ['INVALID_OFFER_ID', ['competitors', 1, 'id']],
      ['NEGATIVE_COMPONENT', ['competitors', 1, 'cost', 'time']],
      ['MEASURE_MISMATCH', ['competitors', 2]],
    ]);
    if (r.ok) return;
    const [dup, , , unit] = r.error;
    expect(dup && renderError(dup, 'zh-CN')).toBe('competitors[0].id: 报价编号“ours”重复');
    expect(unit && renderError(unit, 'en')).toBe(
      'competitors[2]: every offer must be measured in the same unit (one currency, or one score scale)',
    );
    expect(unit?.messages['zh-CN']).toBe('所有报价须用同一单位计量（同一币种，或同一评分量表）');
  });

  test('inputs are not mutated', () => {
    const competitors = [pricey, cheap];
    const before = structuredClone({ ours, competitors });
    compareOffers(ours, competitors, { rankBy: 'value-cost-ratio' });
    expect({ ours, competitors }).toEqual(before);
  });

  test('property: the lead is exactly fromValue + fromCost, and the deciding advantages add up to it', () => {
    const amount = fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: undefined });
    const offer = fc.record({
      product: amount,
      service: amount,
      image: amount,
      monetary: amount,
      time: amount,
      psychological: amount,
    });
    const build = (id: string, o: Record<string, number | undefined>): Offer<Money<'CNY'>> => {
      const m = (x: number | undefined): Money<'CNY'> => ({ amount: x ?? 0, scale: 2, currency: 'CNY' });
      return {
        id,
        value: { product: m(o.product), service: m(o.service), image: m(o.image) },
        cost: { monetary: m(o.monetary), time: m(o.time), psychological: m(o.psychological) },
      };
    };
    fc.assert(
      fc.property(offer, fc.array(offer, { maxLength: 4 }), (a, others) => {
        const r = compareOffers(build('us', a), others.map((o, i) => build(`c${i}`, o)));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.ranking).toHaveLength(others.length + 1);
        for (const gap of r.value.gaps) {
          expect(gap.lead.amount).toBe(gap.fromValue.amount + gap.fromCost.amount);
          expect(gap.deciding.reduce((s, g) => s + g.advantage.amount, 0)).toBe(gap.lead.amount);
          const sizes = gap.deciding.map((g) => Math.abs(g.advantage.amount));
          expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
        }
        const ranks = r.value.ranking.map((o) => o.delivered.deliveredValue.amount);
        expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
      }),
    );
  });
});
