import { describe, expect, test } from 'vitest';
import { assessmentCredit, assessmentStatusLabels, scoreAssessment } from '../../src/quality/assessment-status.js';
import { onTimeRule } from '../../src/quality/on-time-rule.js';
import {
  assessServiceElements,
  SERVICE_ELEMENT_PHASES,
  ServiceElementSchema,
  serviceElementLabels,
  transactionPhaseLabels,
} from '../../src/quality/service-elements.js';
import { SEVEN_RS, scoreSevenRs, sevenRsItemLabels, sevenRsVariantLabels, tallySevenRs } from '../../src/quality/seven-rs.js';
import { classicSevenRsFromShipment } from '../../src/quality/seven-rs-from-shipment.js';
import { HOUR, at, line } from './fixtures.js';

describe('checklist scoring', () => {
  test('met 1, partly ½, not met 0; not applicable and not assessed do not count', () => {
    expect(scoreAssessment(['met', 'met', 'partly-met', 'not-met', 'not-applicable', 'not-assessed'])).toEqual({
      assessed: 4,
      met: 2,
      partlyMet: 1,
      score: 2.5 / 4,
    });
    expect(scoreAssessment(['not-assessed']).score).toBeNull();
    expect(assessmentCredit('not-met')).toBe(0);
    expect(assessmentStatusLabels.met).toEqual({ 'zh-CN': '达到', en: 'Met' });
  });
});

describe('service elements by transaction phase (seed 004)', () => {
  test('the in-transaction elements are the seed five, in order, with its wording', () => {
    const inTransaction = ServiceElementSchema.options.filter((e) => SERVICE_ELEMENT_PHASES[e] === 'in-transaction');
    expect(inTransaction.map((e) => serviceElementLabels[e]['zh-CN'])).toEqual([
      '订货时间',
      '订发货周期的稳定性',
      '缺货频率',
      '特殊货物的运送',
      '订货的便利性',
    ]);
    const post = ServiceElementSchema.options.filter((e) => SERVICE_ELEMENT_PHASES[e] === 'post-transaction');
    expect(post.map((e) => serviceElementLabels[e]['zh-CN'])).toEqual(['为客户提供额外的服务', '客户抱怨', '服务跟踪']);
    expect(transactionPhaseLabels['pre-transaction']).toEqual({ 'zh-CN': '交易前要素', en: 'Pre-transaction elements' });
  });

  test('an assessment scores each phase; unanswered elements are not assessed', () => {
    const answers = {
      'service-policy': 'met',
      'order-lead-time': 'met',
      'order-cycle-consistency': 'partly-met',
      'stock-out-frequency': 'not-met',
      'special-shipments': 'not-applicable',
      'complaint-handling': 'met',
    } as const;
    const before = JSON.stringify(answers);
    const r = assessServiceElements(answers);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.items).toHaveLength(11);
    expect(r.value.items.find((i) => i.element === 'ordering-convenience')?.status).toBe('not-assessed');
    expect(r.value.phases['pre-transaction']).toEqual({ assessed: 1, met: 1, partlyMet: 0, score: 1 });
    expect(r.value.phases['in-transaction']).toEqual({ assessed: 3, met: 1, partlyMet: 1, score: 0.5 });
    expect(r.value.phases['post-transaction'].score).toBe(1);
    expect(r.value.overall).toEqual({ assessed: 5, met: 3, partlyMet: 1, score: 3.5 / 5 });
    expect(JSON.stringify(answers)).toBe(before);
  });

  test('unknown elements and statuses are refused, in both locales', () => {
    const r = assessServiceElements({ 'free-lunch': 'met', 'order-lead-time': 'great' } as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.path])).toEqual([
      ['UNKNOWN_SERVICE_ELEMENT', ['free-lunch']],
      ['INVALID_STATUS', ['order-lead-time']],
    ]);
    expect(r.error[0]?.messages).toEqual({ 'zh-CN': '未知的服务要素：free-lunch', en: 'unknown service element: free-lunch' });
  });
});

describe('the 7Rs', () => {
  test('both checklists, each item with zh-CN and en labels', () => {
    expect(SEVEN_RS.seed).toEqual(['customer', 'product', 'price', 'channel', 'want', 'time', 'place']);
    expect(SEVEN_RS.classic).toEqual(['product', 'quantity', 'condition', 'place', 'time', 'customer', 'cost']);
    for (const item of [...SEVEN_RS.seed, ...SEVEN_RS.classic]) {
      expect(sevenRsItemLabels[item]['zh-CN']).toMatch(/^合适的/);
      expect(sevenRsItemLabels[item].en).toMatch(/^Right /);
    }
    expect(sevenRsVariantLabels.seed['zh-CN']).toContain('教材');
  });

  test('score one checklist for a customer', () => {
    const r = scoreSevenRs('seed', { customer: 'met', product: 'met', price: 'partly-met', channel: 'not-met', want: 'not-applicable' });
    expect(r.ok && r.value.score).toEqual({ assessed: 4, met: 2, partlyMet: 1, score: 2.5 / 4 });
    expect(r.ok && r.value.items.map((i) => i.status)).toEqual(['met', 'met', 'partly-met', 'not-met', 'not-applicable', 'not-assessed', 'not-assessed']);
  });

  test('items of the other variant are refused', () => {
    const r = scoreSevenRs('seed', { quantity: 'met' } as never);
    expect(!r.ok && r.error[0]?.code).toBe('UNKNOWN_SEVEN_RS_ITEM');
    expect(!r.ok && r.error[0]?.messages['zh-CN']).toBe('quantity 不属于 seed 7R 清单');
    const s = scoreSevenRs('classic', { cost: 'cheap' } as never);
    expect(!s.ok && s.error[0]?.code).toBe('INVALID_STATUS');
  });

  test('per shipment: the classic time, quantity and condition come from the record', () => {
    expect(classicSevenRsFromShipment(line())).toEqual({ time: 'met', quantity: 'met', condition: 'met' });
    const late = line({ deliveredAt: at('2026-03-03T01:00:00Z'), condition: 'damaged' });
    expect(classicSevenRsFromShipment(late)).toEqual({ time: 'not-met', quantity: 'met', condition: 'not-met' });
    expect(classicSevenRsFromShipment(late, onTimeRule({ toleranceMs: HOUR })).time).toBe('met');
  });

  test('tally over many shipments: met ÷ assessed per item, with the checklist index in errors', () => {
    const answers = [line(), line({ quantityDelivered: 9 }), line({ condition: 'damaged' })].map((r) => classicSevenRsFromShipment(r));
    const t = tallySevenRs('classic', [...answers, { cost: 'met', time: 'not-assessed' }]);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.value.time.rate).toEqual({ kind: 'rate', numerator: 3, denominator: 3 });
    expect(t.value.quantity.rate).toEqual({ kind: 'rate', numerator: 2, denominator: 3 });
    expect(t.value.condition.value).toBeCloseTo(2 / 3, 12);
    expect(t.value.cost.rate).toEqual({ kind: 'rate', numerator: 1, denominator: 1 });
    expect(t.value.place.rate.kind).toBe('no-data');
    const bad = tallySevenRs('classic', [{ time: 'met' }, { want: 'met' } as never]);
    expect(!bad.ok && bad.error[0]?.path).toEqual([1, 'want']);
  });
});
