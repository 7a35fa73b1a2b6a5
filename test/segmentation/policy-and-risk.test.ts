import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { LABEL_TABLES_UNDER_TEST } from './label-tables.js';
import { SEGMENTATION_MESSAGES } from '../../src/segmentation/messages.js';
import { riskWarnings } from '../../src/segmentation/risk-warnings.js';
import { DEFAULT_SERVICE_POLICY, servicePolicyFor } from '../../src/segmentation/service-policy.js';
import { ServiceMeasureSchema } from '../../src/segmentation/service-measure.js';
import { DEFAULT_SERVICE_TIER_MAP, serviceTierOf } from '../../src/segmentation/service-tier-of.js';
import { ServiceTierSchema } from '../../src/segmentation/service-tier.js';
import { cny, daysAgo, id, moneyOf, NOW, order } from './fixtures.js';

describe('service policy (DOMAIN.md §6)', () => {
  test('the textbook defaults per tier', () => {
    expect(servicePolicyFor('core')).toEqual(['dedicated-account-manager', 'custom-solution', 'priority-resources', 'executive-visits']);
    expect(servicePolicyFor('potential')).toEqual(['pilot-solution', 'value-added-trial', 'nurture']);
    expect(servicePolicyFor('general')).toEqual(['standard-package', 'online-self-service']);
    expect(servicePolicyFor('win-back')).toEqual(['loss-analysis', 'win-back-offer']);
    const used = new Set(ServiceTierSchema.options.flatMap((t) => DEFAULT_SERVICE_POLICY[t]));
    expect(used).toEqual(new Set(ServiceMeasureSchema.options));
  });

  test('policies are data a firm overrides; the result is a copy', () => {
    const mine = { ...DEFAULT_SERVICE_POLICY, core: ['dedicated-account-manager'] as const };
    const measures = servicePolicyFor('core', mine);
    expect(measures).toEqual(['dedicated-account-manager']);
    expect(measures).not.toBe(mine.core);
  });

  test('derived classes map to tiers, overridably', () => {
    expect(serviceTierOf({ dimension: 'abc', class: 'B' })).toBe('potential');
    expect(serviceTierOf({ dimension: 'value-tier', class: 'high' })).toBe('core');
    expect(serviceTierOf({ dimension: 'value-tier', class: 'low' })).toBe('general');
    expect(serviceTierOf({ dimension: 'demand-nature', class: 'temporary' })).toBe('general');
    expect(serviceTierOf({ dimension: 'demand-nature', class: 'lost' })).toBe('win-back');
    expect(serviceTierOf({ dimension: 'abc', class: 'C' }, { ...DEFAULT_SERVICE_TIER_MAP, abc: { A: 'core', B: 'core', C: 'potential' } })).toBe('potential');
  });
});

describe('riskWarnings (风险预警)', () => {
  const customers = ['CALM', 'DROP', 'LOUD', 'QUIET', 'LATE', 'ALL'].map((raw) => ({ id: id(raw) }));
  const history = [
    order('CALM', 10, 1000),
    order('CALM', 100, 1000),
    order('DROP', 100, 1000),
    order('DROP', 10, 700), // −30%: exactly on the line
    order('LOUD', 5, 1000),
    order('QUIET', 61, 1000),
    order('LATE', 5, 1000),
    order('ALL', 150, 1000),
    order('ALL', 70, 100),
  ];
  const complaints = [
    { customerId: id('LOUD'), at: daysAgo(3) },
    { customerId: id('LOUD'), at: daysAgo(30) },
    { customerId: id('LOUD'), at: daysAgo(100) }, // before the period
    { customerId: id('ALL'), at: daysAgo(1) },
    { customerId: id('ALL'), at: daysAgo(2) },
  ];
  const invoices = [
    { customerId: id('LATE'), amount: cny(500), dueDate: daysAgo(20) }, // unpaid, 20 days overdue
    { customerId: id('LATE'), amount: cny(300), dueDate: daysAgo(50), paidDate: daysAgo(40) }, // paid 10 days late
    { customerId: id('CALM'), amount: cny(300), dueDate: daysAgo(50), paidDate: daysAgo(55) }, // paid early
    { customerId: id('CALM'), amount: cny(300), dueDate: daysAgo(-5) }, // not due yet
    { customerId: id('ALL'), amount: moneyOf(1234, 'CNY', 3), dueDate: daysAgo(1) },
  ];

  test('signals with evidence and a level per customer', () => {
    const r = riskWarnings(customers, history, { now: NOW, complaints, invoices });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((w) => [w.customerId, w.class, w.evidence.signals.map((s) => s.kind)])).toEqual([
      ['CALM', 'none', []],
      ['DROP', 'low', ['falling-volume']],
      ['LOUD', 'low', ['repeated-complaints']],
      ['QUIET', 'low', ['long-silence']],
      ['LATE', 'low', ['overdue-payment']],
      ['ALL', 'high', ['falling-volume', 'repeated-complaints', 'long-silence', 'overdue-payment']],
    ]);
    expect(r.value[1]!.evidence.signals[0]).toEqual({
      kind: 'falling-volume',
      revenue: cny(700),
      previousRevenue: cny(1000),
      change: { kind: 'ratio', numerator: -300, denominator: 1000 },
    });
    expect(r.value[4]!.evidence.signals[0]).toEqual({ kind: 'overdue-payment', overdueInvoices: 1, latePaidInvoices: 1, maxDaysLate: 20, unpaid: cny(500) });
    expect(r.value[5]!.evidence.signals[3]).toMatchObject({ unpaid: moneyOf(1234, 'CNY', 3), maxDaysLate: 1 });
    expect(r.value[0]!.explanation).toEqual({ 'zh-CN': '无预警信号 → 无风险', en: 'no warning signal → No risk' });
    expect(r.value[5]!.explanation.en).toBe(
      'revenue -90.0% on the previous 90 days (alert at −30%); 2 complaints in 90 days; no order for 70 days; 1 invoices overdue (1.234 CNY unpaid), 0 paid late, up to 1 days late → High risk',
    );
    expect(r.value[4]!.explanation['zh-CN']).toBe('1 张账单逾期未付（5.00 CNY），1 张逾期支付，最长逾期 20 天 → 低风险');
  });

  test('two signals are medium; thresholds are parameters', () => {
    const r = riskWarnings(customers, history, { now: NOW, complaints, dropThreshold: 0.2, silenceDays: 100, complaintThreshold: 3, graceDays: 30, invoices });
    expect(r.ok && r.value.map((w) => w.class)).toEqual(['none', 'low', 'none', 'none', 'none', 'low']);
    const two = riskWarnings([{ id: id('X') }], [order('X', 100, 1000), order('X', 80, 100)], { now: NOW });
    expect(two.ok && two.value[0]!.class).toBe('medium');
  });

  test('a drop threshold must be above 0 and at most 1: flat or growing revenue never raises falling-volume', () => {
    const flat = [order('F', 100, 1000), order('F', 10, 1000)];
    const grown = [order('G', 100, 1000), order('G', 10, 5000)];
    const gone = [order('Z', 100, 1000), order('Z', 10, 0)];
    const kinds = (r: ReturnType<typeof riskWarnings>) => (r.ok ? r.value.map((w) => w.evidence.signals.map((s) => s.kind)) : r.error);
    expect(kinds(riskWarnings([{ id: id('F') }], flat, { now: NOW, dropThreshold: 0.01 }))).toEqual([[]]);
    expect(kinds(riskWarnings([{ id: id('Z') }], gone, { now: NOW, dropThreshold: 1 }))).toEqual([['falling-volume']]);
    for (const [dropThreshold, history] of [
      [0, flat],
      [-0, flat],
      [-5, grown],
      [1.5, flat],
      [Number.NaN, flat],
      [Number.POSITIVE_INFINITY, flat],
    ] as const) {
      expect(() => riskWarnings([{ id: history[0]!.customerId }], history, { now: NOW, dropThreshold })).toThrowError(
        expect.objectContaining({
          name: 'LogisticsCustomerError',
          code: 'INVALID_SHARE',
          message: SEGMENTATION_MESSAGES.INVALID_SHARE,
          details: { option: 'dropThreshold', received: dropThreshold, exclusiveMin: 0, max: 1 },
        }),
      );
    }
    expect(() => riskWarnings([{ id: id('F') }], flat, { now: NOW, dropThreshold: 0.1 + 0.2 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_FRACTION', message: SEGMENTATION_MESSAGES.INVALID_FRACTION }),
    );
  });

  test('a period longer than a Date can span is refused under its own name', () => {
    expect(() => riskWarnings([{ id: id('F') }], [], { now: NOW, periodDays: 100_000_001 })).toThrowError(
      expect.objectContaining({ code: 'INVALID_DAYS', details: { option: 'periodDays', received: 100_000_001, min: 1, max: 100_000_000 } }),
    );
  });

  test('complaints and invoices of unknown customers, bad dates and other currencies are errors', () => {
    const r = riskWarnings(customers, history, {
      now: NOW,
      complaints: [{ customerId: id('NOBODY'), at: daysAgo(1) }],
      invoices: [
        { customerId: id('CALM'), amount: moneyOf(1, 'USD'), dueDate: daysAgo(1) },
        { customerId: id('CALM'), amount: cny(1), dueDate: new Date('x') },
      ],
    });
    expect(r.ok ? [] : r.error.map((e) => [e.code, e.path])).toEqual([
      ['UNKNOWN_CUSTOMER', ['complaints', 0, 'customerId']],
      ['INVALID_DATE', ['invoices', 1, 'dueDate']],
      ['CURRENCY_MISMATCH', ['invoices', 0, 'amount', 'currency']],
    ]);
    if (!r.ok) expect(renderError(r.error[2]!, 'zh-CN')).toBe('invoices[0].amount.currency: 第 0 张账单的币种为 USD，与分析币种 CNY 不一致');
    expect(riskWarnings(customers, [order('Z', 1, 1)], { now: NOW }).ok).toBe(false);
  });
});

describe('label tables', () => {
  test('every value of every enum has a non-empty label in both locales', () => {
    for (const [schema, table] of LABEL_TABLES_UNDER_TEST) {
      expect(Object.keys(table)).toEqual(schema.options);
      for (const value of schema.options) {
        const labels = (table as Record<string, { 'zh-CN': string; en: string }>)[value]!;
        expect(labels['zh-CN'].length).toBeGreaterThan(0);
        expect(labels.en.length).toBeGreaterThan(0);
        expect(labels['zh-CN']).not.toBe(labels.en);
      }
    }
  });
});
