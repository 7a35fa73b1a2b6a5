import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { complainingLargeCustomers } from '../../src/segmentation/complaining-large-customers.js';
import { costDrags } from '../../src/segmentation/cost-drags.js';
import { crossSellCandidates } from '../../src/segmentation/cross-sell-candidates.js';
import { forecastKeyCustomers } from '../../src/segmentation/forecast-key-customers.js';
import { SEGMENTATION_MESSAGES } from '../../src/segmentation/messages.js';
import { planResourceShift } from '../../src/segmentation/plan-resource-shift.js';
import { relationshipTargets } from '../../src/segmentation/relationship-targets.js';
import { shrinkingTopCustomers } from '../../src/segmentation/shrinking-top-customers.js';
import { cny, daysAgo, deepFreeze, id, moneyOf, NOW, order, textbookHundred } from './fixtures.js';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('1 · forecastKeyCustomers — 识别关键客户', () => {
  test('last year’s top 5% of 100 customers are this year’s forecast key customers', () => {
    const hundred = textbookHundred();
    const customers = hundred.map((e) => ({ id: e.customerId }));
    const history = deepFreeze(hundred.map((e) => ({ customerId: e.customerId, date: daysAgo(100), revenue: e.revenue })));
    const key = ok(forecastKeyCustomers(customers, history, { now: NOW }));
    expect(key.map((k) => k.customerId)).toEqual(['C-017', 'C-034', 'C-051', 'C-068', 'C-085']);
    expect(key[0]!.explanation.en).toContain('of customers rank above (A: top 5%');
  });

  test('the share and the basis are parameters; errors come back', () => {
    const customers = [{ id: id('A') }, { id: id('B') }];
    const history = [
      { customerId: id('A'), date: daysAgo(1), revenue: cny(100), profit: cny(1) },
      { customerId: id('B'), date: daysAgo(1), revenue: cny(50), profit: cny(40) },
    ];
    expect(ok(forecastKeyCustomers(customers, history, { now: NOW, basis: 'profit' })).map((k) => k.customerId)).toEqual(['B']);
    expect(ok(forecastKeyCustomers(customers, history, { now: NOW, share: 1 })).length).toBe(2);
    expect(forecastKeyCustomers(customers, [order('Z', 1, 1)], { now: NOW }).ok).toBe(false);
    expect(forecastKeyCustomers(customers, [order('A', 1, 1)], { now: NOW, basis: 'profit' }).ok).toBe(false);
  });
});

describe('2 · costDrags — 拉后腿的客户', () => {
  test('customers without a signed order for over a year; never-ordered ones count from their record', () => {
    const customers = [
      { id: id('IDLE'), createdAt: new Date('2020-01-01T00:00:00Z') },
      { id: id('ACTIVE'), createdAt: new Date('2020-01-01T00:00:00Z') },
      { id: id('PROSPECT'), createdAt: daysAgo(30) },
      { id: id('OLD-PROSPECT'), createdAt: daysAgo(500) },
      { id: id('EDGE'), createdAt: new Date('2020-01-01T00:00:00Z') },
    ];
    const report = ok(costDrags(customers, [order('IDLE', 400, 1), order('ACTIVE', 10, 1), order('EDGE', 365, 1)], { now: NOW }));
    expect(report.drags.map((d) => [d.customerId, d.daysIdle, d.lastOrderAt])).toEqual([
      ['OLD-PROSPECT', 500, null],
      ['IDLE', 400, daysAgo(400)],
    ]);
    expect(report.share).toEqual({ kind: 'rate', numerator: 2, denominator: 5 });
    expect(report.drags[1]!.explanation).toEqual({
      'zh-CN': '已 400 天没有签单（超过 365 天）：减少寄送信函等资料',
      en: 'no order signed for 400 days (more than 365): cut the letters and materials sent',
    });
    expect(report.drags[0]!.explanation.en).toBe('no order signed in the 500 days since the record was created (more than 365): cut the letters and materials sent');
  });

  test('no customers: no drags and a no-data share; the idle days are a parameter', () => {
    expect(ok(costDrags([], [], { now: NOW }))).toEqual({ drags: [], share: { kind: 'no-data', numerator: 0, denominator: 0 } });
    const one = [{ id: id('A'), createdAt: new Date('2020-01-01T00:00:00Z') }];
    expect(ok(costDrags(one, [order('A', 100, 1)], { now: NOW, idleDays: 90 })).drags.length).toBe(1);
    expect(costDrags(one, [order('B', 100, 1)], { now: NOW }).ok).toBe(false);
  });

  test('an invalid createdAt is an INVALID_DATE error with its path, never a drag idle for NaN days', () => {
    const customers = [
      { id: id('OK'), createdAt: new Date('2020-01-01T00:00:00Z') },
      { id: id('BAD'), createdAt: new Date('x') },
    ];
    const r = costDrags(customers, [], { now: NOW });
    expect(r.ok ? r.value.drags.map((d) => [d.customerId, d.daysIdle]) : r.error.map((e) => [e.code, e.path, e.details])).toEqual([
      ['INVALID_DATE', ['customers', 1, 'createdAt'], { index: 1, customerId: 'BAD' }],
    ]);
    if (!r.ok) expect(renderError(r.error[0]!, 'zh-CN')).toBe('customers[1].createdAt: 第 1 个客户的建档日期无效');
    // Every customer's createdAt is checked, even one whose last order makes it unneeded, and an
    // untyped caller's string is no Date either.
    const ordered = costDrags([...customers, { id: id('ORDERED'), createdAt: 'yesterday' as unknown as Date }], [order('ORDERED', 10, 1)], { now: NOW });
    expect(ordered.ok ? [] : ordered.error.map((e) => e.path)).toEqual([
      ['customers', 1, 'createdAt'],
      ['customers', 2, 'createdAt'],
    ]);
    const both = costDrags(customers, [order('NOBODY', 1, 1)], { now: NOW });
    expect(both.ok ? [] : both.error.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_DATE', ['customers', 1, 'createdAt']],
      ['UNKNOWN_CUSTOMER', ['transactions', 0, 'customerId']],
    ]);
  });

  test('idle days longer than a Date can span are refused under their own name', () => {
    expect(() => costDrags([], [], { now: NOW, idleDays: 100_000_001 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_DAYS', details: { option: 'idleDays', received: 100_000_001, min: 1, max: 100_000_000 } }),
    );
  });
});

describe('3 · relationshipTargets — 本年度最想建立关系的客户（至少 3 名联系人）', () => {
  test('targets only, with the contacts still missing', () => {
    const contact = (name: string) => ({ name });
    const targets = relationshipTargets([
      { id: id('READY'), target: true, contacts: [contact('甲'), contact('乙'), contact('丙')] },
      { id: id('THIN'), target: true, contacts: [contact('甲')] },
      { id: id('OTHER'), target: false, contacts: [] },
      { id: id('UNSET'), contacts: [] },
    ]);
    expect(targets.map((t) => [t.customerId, t.contacts, t.missingContacts, t.ready])).toEqual([
      ['READY', 3, 0, true],
      ['THIN', 1, 2, false],
    ]);
    expect(targets[0]!.explanation.en).toBe('target customer with 3 contacts on record (at least 3)');
    expect(targets[1]!.explanation.en).toBe('target customer with 1 contacts on record: record 2 more (at least 3)');
    expect(relationshipTargets([{ id: id('THIN'), target: true, contacts: [contact('甲')] }], 1)[0]!.ready).toBe(true);
    expect(() => relationshipTargets([], -1)).toThrowError(SEGMENTATION_MESSAGES.INVALID_COUNT);
  });
});

describe('4 · complainingLargeCustomers — 多次抱怨的大客户', () => {
  const customers = [
    { id: id('BIG'), scale: 'large' as const },
    { id: id('BIGGER'), scale: 'large' as const },
    { id: id('SMALL'), scale: 'micro' as const },
    { id: id('CALM'), scale: 'large' as const },
  ];
  const at = (raw: string, days: number) => ({ customerId: id(raw), at: daysAgo(days) });
  const complaints = [at('BIG', 10), at('BIG', 200), at('BIG', 400), at('BIGGER', 1), at('BIGGER', 2), at('BIGGER', 3), at('SMALL', 1), at('SMALL', 2), at('CALM', 5)];

  test('large customers with 2 or more complaints last year, most first', () => {
    const result = ok(complainingLargeCustomers(customers, complaints, { now: NOW }));
    expect(result.map((r) => [r.customerId, r.complaints, r.lastComplaintAt])).toEqual([
      ['BIGGER', 3, daysAgo(1)],
      ['BIG', 2, daysAgo(10)],
    ]);
    expect(result[1]!.explanation['zh-CN']).toBe('大客户近 365 天投诉 2 次（2 次及以上）：保持往来，派得力人员尽快联系并解决问题');
  });

  test('who counts as large and how many complaints are parameters; bad records are errors', () => {
    expect(ok(complainingLargeCustomers(customers, complaints, { now: NOW, largeCustomers: [id('SMALL')] })).map((r) => r.customerId)).toEqual(['SMALL']);
    expect(ok(complainingLargeCustomers(customers, complaints, { now: NOW, minComplaints: 3 })).map((r) => r.customerId)).toEqual(['BIGGER']);
    const bad = complainingLargeCustomers(customers, [at('NOBODY', 1), { customerId: id('BIG'), at: new Date('x') }], { now: NOW });
    expect(bad.ok ? [] : bad.error.map((e) => [e.code, e.path])).toEqual([
      ['UNKNOWN_CUSTOMER', ['complaints', 0, 'customerId']],
      ['INVALID_DATE', ['complaints', 1, 'at']],
    ]);
  });
});

describe('5 · shrinkingTopCustomers — 去年最大客户今年订货是否减少', () => {
  test('last year’s top customers ordering less this year, in last year’s rank order', () => {
    const customers = Array.from({ length: 40 }, (_, i) => ({ id: id(`C${String(i).padStart(2, '0')}`) }));
    const history = customers.flatMap((c, i) => [
      order(c.id, 400, (i + 1) * 1000), // last year
      order(c.id, 10, i === 39 ? 30_000 : (i + 1) * 1000), // this year: the largest halves… almost
    ]);
    const result = ok(shrinkingTopCustomers(customers, history, { now: NOW }));
    expect(result.map((r) => [r.customerId, r.previousRank, r.previousRevenue, r.revenue, r.change])).toEqual([
      ['C39', 1, cny(40_000), cny(30_000), { kind: 'ratio', numerator: -10_000, denominator: 40_000 }],
    ]);
    expect(result[0]!.explanation['zh-CN']).toBe('去年销售额排名第 1，今年变化 -25.0%：在竞争对手之前去拜访');
    expect([result[0]!.previousOrders, result[0]!.orders]).toEqual([1, 1]);
  });

  test('the top share is a parameter; growing or steady customers are not listed; errors come back', () => {
    const customers = [{ id: id('A') }, { id: id('B') }];
    const history = [order('A', 400, 100), order('A', 10, 200), order('B', 400, 50), order('B', 10, 10)];
    expect(ok(shrinkingTopCustomers(customers, history, { now: NOW }))).toEqual([]);
    expect(ok(shrinkingTopCustomers(customers, history, { now: NOW, topShare: 1 })).map((r) => r.customerId)).toEqual(['B']);
    expect(shrinkingTopCustomers(customers, [order('Z', 1, 1)], { now: NOW }).ok).toBe(false);
  });
});

describe('6 · crossSellCandidates — 只订购一两种服务的客户', () => {
  const customers = [{ id: id('ONE') }, { id: id('TWO') }, { id: id('THREE') }, { id: id('NONE') }, { id: id('KNOWN') }, { id: id('LOYAL') }];
  const history = [
    order('ONE', 5, 1, ['transport']),
    order('TWO', 5, 1, ['transport']),
    order('TWO', 6, 1, ['warehousing']),
    order('THREE', 5, 1, ['transport', 'warehousing', 'packaging']),
    order('KNOWN', 5, 1, ['distribution']),
    order('LOYAL', 5, 1, ['transport']),
    order('NONE', 5, 1),
  ];

  test('one or two services here; suggestions from what they buy elsewhere', () => {
    const result = ok(
      crossSellCandidates(customers, history, {
        now: NOW,
        elsewhere: [
          { customerId: id('KNOWN'), services: ['warehousing'] },
          { customerId: id('KNOWN'), services: ['distribution', 'consulting'] },
          { customerId: id('LOYAL'), services: ['transport'] },
        ],
      }),
    );
    expect(result.map((r) => [r.customerId, r.services, r.elsewhere, r.suggestions])).toEqual([
      ['ONE', ['transport'], null, []],
      ['TWO', ['transport', 'warehousing'], null, []],
      ['KNOWN', ['distribution'], ['distribution', 'warehousing', 'consulting'], ['warehousing', 'consulting']],
    ]);
    expect(result[1]!.explanation.en).toBe('buys only Transport, Warehousing here: find out what it buys elsewhere');
    expect(result[2]!.explanation.en).toBe('buys only Distribution here and Warehousing, Consulting and solution design elsewhere: propose ours instead');
  });

  test('the maximum is a parameter; errors come back', () => {
    expect(ok(crossSellCandidates(customers, history, { now: NOW, maxServices: 1 })).map((r) => r.customerId)).toEqual(['ONE', 'KNOWN', 'LOYAL']);
    expect(crossSellCandidates(customers, [order('Z', 1, 1)], { now: NOW }).ok).toBe(false);
  });
});

describe('7 · planResourceShift — 减少对 C 类的投入，转投 A 类', () => {
  test('moves half of C’s spend to A, rounding down, conserving the total exactly', () => {
    const spend = deepFreeze({ A: cny(5_000_000), B: cny(3_000_000), C: cny(2_000_001) });
    const plan = planResourceShift(spend);
    expect(plan.moved).toEqual(cny(1_000_000));
    expect(plan.after).toEqual({ A: cny(6_000_000), B: cny(3_000_000), C: cny(1_000_001) });
    expect(plan.before).toEqual(spend);
    expect(plan.after.A.amount + plan.after.B.amount + plan.after.C.amount).toBe(10_000_001);
    expect(plan.explanation).toEqual({
      'zh-CN': '把 C 类客户花费的 50%（10000.00 CNY）转投 A 类客户，B 类不变',
      en: "move 50% of class C's spend (10000.00 CNY) to class A; B unchanged",
    });
  });

  test('the share is a parameter; out of range or mixed currencies throw', () => {
    expect(planResourceShift({ A: cny(0), B: cny(0), C: cny(999) }, 1).after.C).toEqual(cny(0));
    expect(planResourceShift({ A: cny(0), B: cny(0), C: cny(999) }, 0).moved).toEqual(cny(0));
    expect(() => planResourceShift({ A: cny(0), B: cny(0), C: cny(1) }, 1.5)).toThrowError(SEGMENTATION_MESSAGES.INVALID_SHARE);
    expect(() => planResourceShift({ A: cny(0), B: moneyOf(0, 'USD') as never, C: cny(1) })).toThrowError(LogisticsCustomerError);
  });
});
