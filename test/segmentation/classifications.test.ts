import { describe, expect, test } from 'vitest';
import { NO_DATA } from '../../src/core/rate/no-data.js';
import { classifyBehaviour } from '../../src/segmentation/classify-behaviour.js';
import { classifyDemandNature } from '../../src/segmentation/classify-demand-nature.js';
import { classifyMaturity } from '../../src/segmentation/classify-maturity.js';
import { classifyTimeType } from '../../src/segmentation/classify-time-type.js';
import { classifyValueTier } from '../../src/segmentation/classify-value-tier.js';
import type { ValueTier } from '../../src/segmentation/value-tier.js';
import { SEGMENTATION_MESSAGES } from '../../src/segmentation/messages.js';
import { cny, deepFreeze, id, moneyOf, NOW, order } from './fixtures.js';

const list = (...raw: string[]) => raw.map((r) => ({ id: id(r) }));
function ok<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('classifyTimeType — 过去型 / 现在型 / 未来型', () => {
  test('current within 90 days or in an open deal, past with an older record, future without one', () => {
    const history = deepFreeze([order('RECENT', 89, 100), order('OLD', 91, 100), order('FIRST', 0, 1)]);
    const result = ok(classifyTimeType(list('RECENT', 'OLD', 'NEW', 'DEAL', 'FIRST'), history, { now: NOW, openDeals: [id('DEAL')] }));
    expect(result.map((r) => [r.customerId, r.class])).toEqual([
      ['RECENT', 'current'],
      ['OLD', 'past'],
      ['NEW', 'future'],
      ['DEAL', 'current'],
      ['FIRST', 'current'],
    ]);
    expect(result[1]!.evidence).toEqual({ lastOrderAt: history[1]!.date, daysSinceLastOrder: 91, currentDays: 90, openDeal: false });
    expect(result[0]!.explanation['zh-CN']).toBe('最近一次交易在 89 天前（90 天内）→ 现在型客户');
    expect(result[2]!.explanation.en).toBe('no transaction yet → Future customer (a potential one)');
    expect(result[3]!.explanation['zh-CN']).toBe('正在洽谈交易（无论是否成交）→ 现在型客户');
  });

  test('the current window is a parameter; errors in the history come back as values', () => {
    expect(ok(classifyTimeType(list('OLD'), [order('OLD', 91, 1)], { now: NOW, currentDays: 120 }))[0]!.class).toBe('current');
    expect(classifyTimeType(list('A'), [order('B', 1, 1)], { now: NOW }).ok).toBe(false);
    expect(() => classifyTimeType([], [], { now: NOW, currentDays: -1 })).toThrowError(SEGMENTATION_MESSAGES.INVALID_DAYS);
  });
});

describe('classifyBehaviour — 忠诚 / 潜在 / 流失', () => {
  test('loyal with orders in 3 of 4 quarters, lost after 180 days, potential otherwise', () => {
    const history = [
      order('LOYAL', 10, 1),
      order('LOYAL', 120, 1),
      order('LOYAL', 300, 1),
      order('ONCE', 20, 1),
      order('GONE', 181, 1),
      order('GONE', 300, 1),
      order('EDGE', 180, 1),
    ];
    const result = ok(classifyBehaviour(list('LOYAL', 'ONCE', 'GONE', 'NEVER', 'EDGE'), history, { now: NOW }));
    expect(result.map((r) => r.class)).toEqual(['loyal', 'potential', 'lost', 'potential', 'potential']);
    expect(result[0]!.evidence).toEqual({ lastOrderAt: history[0]!.date, daysSinceLastOrder: 10, activePeriods: 3, periods: 4 });
    expect(result[2]!.explanation).toEqual({
      'zh-CN': '曾经下单，但已 181 天没有订单（超过 180 天）→ 流失客户',
      en: 'ordered before but not for 181 days (more than 180) → Lost customer',
    });
    expect(result[1]!.explanation.en).toBe('ordered in 1 of the last 4 periods (fewer than 3), last 20 days ago → Potential customer');
    expect(result[3]!.explanation['zh-CN']).toBe('尚未选择本企业的物流服务 → 潜在客户');
  });

  test('thresholds are parameters', () => {
    const history = [order('A', 10, 1), order('A', 120, 1)];
    expect(ok(classifyBehaviour(list('A'), history, { now: NOW, loyalMinActivePeriods: 2 }))[0]!.class).toBe('loyal');
    expect(ok(classifyBehaviour(list('A'), history, { now: NOW, lostAfterDays: 5 }))[0]!.class).toBe('lost');
    expect(classifyBehaviour(list('A'), [order('X', 1, 1)], { now: NOW }).ok).toBe(false);
  });
});

describe('classifyMaturity — 现实客户 / 潜在客户 (the four conditions)', () => {
  const all = { purchasingPower: true, need: true, knowsChannel: true };
  test('actual only when all four hold; immediate revenue comes from the last 90 days unless assessed', () => {
    const result = ok(
      classifyMaturity(
        [
          { customerId: id('BUYING'), ...all },
          { customerId: id('IDLE'), ...all },
          { customerId: id('TOLD'), ...all, immediateRevenue: true },
          { customerId: id('NO-NEED'), ...all, need: false },
        ],
        [order('BUYING', 30, 500), order('IDLE', 91, 500)],
        { now: NOW },
      ),
    );
    expect(result.map((r) => [r.class, r.evidence.missing])).toEqual([
      ['actual', []],
      ['potential', ['immediateRevenue']],
      ['actual', []],
      ['potential', ['need', 'immediateRevenue']],
    ]);
    expect(result[0]!.evidence).toEqual({
      conditions: { purchasingPower: true, need: true, knowsChannel: true, immediateRevenue: true },
      missing: [],
      recentRevenue: cny(500),
      revenueAssessed: false,
    });
    expect(result[3]!.explanation).toEqual({
      'zh-CN': '尚不具备：有购买的需求或动机、带来即时收入 → 潜在客户',
      en: 'does not yet meet: has a need or motive to buy, brings immediate revenue → Potential customer',
    });
    expect(result[0]!.explanation.en).toBe('meets all four conditions → Actual customer');
  });

  test('the revenue window is a parameter; a history error is returned', () => {
    const assessed = [{ customerId: id('IDLE'), ...all }];
    expect(ok(classifyMaturity(assessed, [order('IDLE', 91, 500)], { now: NOW, revenueDays: 120 }))[0]!.class).toBe('actual');
    expect(classifyMaturity(assessed, [{ customerId: id('IDLE'), date: NOW, revenue: moneyOf(1, 'USD') }, order('IDLE', 1, 1)], { now: NOW }).ok).toBe(false);
  });
});

describe('classifyValueTier — 高 / 中 / 低价值', () => {
  // TOP holds 80% and orders every quarter; BURST holds 10% in one order; the rest is small.
  const history = [
    ...[10, 100, 190, 280].map((d) => order('TOP', d, 200_000)),
    order('BURST', 5, 100_000),
    order('MID', 50, 60_000),
    order('SMALL', 40, 40_000),
  ];
  const customers = list('TOP', 'BURST', 'MID', 'SMALL');

  test('high = A and stable, medium = B (or A without stability), low = C', () => {
    const result = ok(classifyValueTier(customers, history, { now: NOW }));
    expect(result.map((r) => [r.customerId, r.class, r.evidence.abcClass])).toEqual([
      ['TOP', 'high', 'A'],
      ['BURST', 'medium', 'B'],
      ['MID', 'medium', 'B'],
      ['SMALL', 'low', 'C'],
    ]);
    expect(result[0]!.evidence).toEqual({
      abcClass: 'A',
      value: cny(800_000),
      position: { kind: 'ratio', numerator: 0, denominator: 1_000_000 },
      activePeriods: 4,
      periods: 4,
      previousTier: null,
    });
    expect(result[0]!.explanation['zh-CN']).toBe('排在前面的客户累计占销售额 0.0%（贡献为 A 类），近 4 个周期中 4 个有订单（合作稳定） → 高价值客户');
    expect(result[3]!.explanation.en).toBe('customers ranked above hold 96.0% of revenue (contribution class C) → Low-value customer');
  });

  test('an A contributor without stable cooperation is medium', () => {
    const result = ok(classifyValueTier(list('ONE'), [order('ONE', 3, 100)], { now: NOW }));
    expect(result[0]!.class).toBe('medium');
    expect(result[0]!.explanation.en).toContain('fewer than 3: not yet stable');
  });

  test('hysteresis: a previous tier holds within the margin', () => {
    const previous = new Map<ReturnType<typeof id>, ValueTier>([[id('SMALL'), 'medium']]);
    // SMALL sits at 96% — within 95% + 2% margin of its previous B (medium).
    const held = ok(classifyValueTier(customers, history, { now: NOW, previous, margin: 0.02 }));
    expect(held[3]!.class).toBe('medium');
    expect(held[3]!.evidence.previousTier).toBe('medium');
    expect(ok(classifyValueTier(customers, history, { now: NOW, previous, margin: 0.005 }))[3]!.class).toBe('low');
  });

  test('by profit, and errors come back as values', () => {
    const withProfit = [{ customerId: id('A'), date: NOW, revenue: cny(10), profit: cny(1) }];
    expect(ok(classifyValueTier(list('A'), withProfit, { now: NOW, basis: 'profit' }))[0]!.evidence.value).toEqual(cny(1));
    const r = classifyValueTier(list('A'), [order('A', 1, 1)], { now: NOW, basis: 'profit' });
    expect(r.ok ? [] : r.error.map((e) => e.code)).toEqual(['MISSING_PROFIT']);
    expect(classifyValueTier(list('A'), [order('B', 1, 1)], { now: NOW }).ok).toBe(false);
  });
});

describe('classifyDemandNature — 核心 / 潜力 / 临时 / 流失', () => {
  test('each rule, in order, with its reason', () => {
    const quarters = (raw: string, fen: number) => [10, 100, 190, 280].map((d) => order(raw, d, fen));
    const history = [
      ...quarters('CORE', 1_000_000),
      order('GONE', 200, 5000),
      order('SHOW', 10, 100),
      order('GROW', 10, 13_000),
      order('GROW', 400, 10_000),
      order('NEW', 10, 3000),
      order('NEW', 100, 3000),
      order('ONCE', 10, 5000),
      ...quarters('STEADY', 1000),
      order('STEADY', 400, 4000),
    ];
    const result = ok(
      classifyDemandNature(list('CORE', 'GONE', 'SHOW', 'GROW', 'NEW', 'ONCE', 'STEADY', 'NONE'), history, {
        now: NOW,
        showcase: [id('SHOW')],
      }),
    );
    expect(result.map((r) => [r.customerId, r.class, r.evidence.reason])).toEqual([
      ['CORE', 'core', 'main-and-stable'],
      ['GONE', 'lost', 'inactive'],
      ['SHOW', 'potential', 'showcase'],
      ['GROW', 'potential', 'growing'],
      ['NEW', 'potential', 'new-and-regular'],
      ['ONCE', 'temporary', 'irregular'],
      ['STEADY', 'potential', 'small-and-steady'],
      ['NONE', 'potential', 'prospect'],
    ]);
    const grow = result[3]!;
    expect(grow.evidence.growth).toEqual({ kind: 'ratio', numerator: 3000, denominator: 10_000 });
    expect(grow.explanation.en).toBe(
      'growing fast (last order 10 days ago, orders in 1 of 4 periods, revenue growth 30.0%, growth line 30%) → Potential customer',
    );
    expect(result[7]!.evidence.growth).toEqual(NO_DATA);
    expect(result[7]!.explanation['zh-CN']).toBe('尚无订单 → 潜力客户');
    expect(result[5]!.explanation['zh-CN']).toBe(
      '一次性或阶段性需求（最近一次订单在 10 天前，近 4 个周期中 1 个有订单，销售额增长 无数据，增长线 30%） → 临时客户',
    );
  });

  test('thresholds are parameters; a bad threshold throws; history errors are values', () => {
    const history = [order('G', 10, 12_000), order('G', 400, 10_000)];
    expect(ok(classifyDemandNature(list('G'), history, { now: NOW, growthThreshold: 0.2 }))[0]!.class).toBe('potential');
    expect(ok(classifyDemandNature(list('G', 'H'), [...history, order('H', 5, 100_000)], { now: NOW, growthThreshold: 0.25 }))[0]!.evidence.reason).toBe(
      'irregular',
    );
    expect(() => classifyDemandNature(list('G'), history, { now: NOW, growthThreshold: Number.NaN })).toThrowError(SEGMENTATION_MESSAGES.INVALID_FRACTION);
    expect(classifyDemandNature(list('G'), [order('X', 1, 1)], { now: NOW }).ok).toBe(false);
  });

  test('a negative growth threshold throws INVALID_FRACTION instead of calling a shrinking customer growing', () => {
    const shrinking = [order('S', 400, 1_100_000), order('S', 10, 100_000)]; // revenue −90.9%
    const reason = (growthThreshold: number) => ok(classifyDemandNature(list('S'), shrinking, { now: NOW, growthThreshold }))[0]!.evidence.reason;
    expect(reason(0)).toBe('irregular');
    expect(reason(-0)).toBe('irregular');
    for (const growthThreshold of [-5, -0.3, -1e-15]) {
      expect(() => classifyDemandNature(list('S'), shrinking, { now: NOW, growthThreshold })).toThrowError(
        expect.objectContaining({
          name: 'LogisticsCustomerError',
          code: 'INVALID_FRACTION',
          message: SEGMENTATION_MESSAGES.INVALID_FRACTION,
          details: { option: 'growthThreshold', received: growthThreshold, min: 0 },
        }),
      );
    }
    for (const growthThreshold of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => classifyDemandNature(list('S'), shrinking, { now: NOW, growthThreshold })).toThrowError(
        expect.objectContaining({ code: 'INVALID_FRACTION', message: SEGMENTATION_MESSAGES.INVALID_FRACTION }),
      );
    }
    // The threshold is checked before any work: bad history does not hide it.
    expect(() => classifyDemandNature(list('S'), [order('X', 1, 1)], { now: NOW, growthThreshold: -5 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_FRACTION' }),
    );
  });
});
