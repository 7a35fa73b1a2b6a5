import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { normalQuantile } from '../../src/core/rate/normal-quantile.js';
import { customerEffortScore } from '../../src/quality/ces.js';
import { customerSatisfaction } from '../../src/quality/csat.js';
import { QUALITY_MESSAGES } from '../../src/quality/messages.js';
import { netPromoterScore } from '../../src/quality/nps.js';
import { servqualDimensionLabels, servqualGaps } from '../../src/quality/servqual.js';
import { checkSurveyScale, outOfRangeAnswers } from '../../src/quality/survey-scale.js';

describe('NPS', () => {
  test('promoters 9–10, passives 7–8, detractors 0–6; score and interval by hand', () => {
    const answers = [10, 9, 9, 8, 7, 6, 3, 10, 9, 5];
    const before = [...answers];
    const r = netPromoterScore(answers);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.respondents).toBe(10);
    expect([r.value.promoters.rate, r.value.passives.rate, r.value.detractors.rate]).toEqual([
      { kind: 'rate', numerator: 5, denominator: 10 },
      { kind: 'rate', numerator: 2, denominator: 10 },
      { kind: 'rate', numerator: 3, denominator: 10 },
    ]);
    expect(r.value.score).toBe(20);
    // variance of +1/0/−1 scores: 0.5 + 0.3 − 0.2² = 0.76; half width 100·z·√(0.76/10)
    const half = 100 * normalQuantile(0.975) * Math.sqrt(0.076);
    expect(r.value.interval?.lower).toBeCloseTo(20 - half, 10);
    expect(r.value.interval?.upper).toBeCloseTo(20 + half, 10);
    expect(r.value.interval?.confidence).toBe(0.95);
    expect(answers).toEqual(before);
  });

  test('the interval is clipped to [−100, 100] and has the given confidence', () => {
    const r = netPromoterScore([10, 10, 9, 0], 0.9);
    expect(r.ok && r.value.score).toBe(50);
    const all = netPromoterScore([0, 1, 2]);
    expect(all.ok && [all.value.score, all.value.interval?.lower, all.value.interval?.upper]).toEqual([-100, -100, -100]);
    expect(r.ok && r.value.interval?.confidence).toBe(0.9);
  });

  test('no answers: no score, no interval (never NaN)', () => {
    const r = netPromoterScore([]);
    expect(r.ok && [r.value.score, r.value.interval, r.value.promoters.value]).toEqual([null, null, null]);
  });

  test('out-of-range answers are rejected, each with its index, in both locales', () => {
    const r = netPromoterScore([10, 11, -1, 7.5, Number.NaN]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => e.path)).toEqual([[1], [2], [3], [4]]);
    expect(renderError(r.error[0]!, 'zh-CN')).toBe('[1]: 答案 11 不在 0–10 的整数量表内');
    expect(renderError(r.error[0]!, 'en')).toBe('[1]: answer 11 is not a whole number from 0 to 10');
  });
});

describe('CSAT and CES', () => {
  test('CSAT: share of 4–5 of 5 and the mean', () => {
    const r = customerSatisfaction([5, 4, 4, 3, 2, 5, 4, 1]);
    expect(r.ok && r.value.satisfied.rate).toEqual({ kind: 'rate', numerator: 5, denominator: 8 });
    expect(r.ok && r.value.mean).toBe(3.5);
    expect(r.ok && r.value.satisfied.interval?.lower).toBeLessThan(0.625);
  });

  test('CSAT on another scale and threshold', () => {
    const r = customerSatisfaction([7, 6, 5, 1], { scalePoints: 7, satisfiedFrom: 6, confidence: 0.9 });
    expect(r.ok && [r.value.satisfied.value, r.value.mean, r.value.satisfied.interval?.confidence]).toEqual([0.5, 4.75, 0.9]);
  });

  test('CSAT rejects answers off the 5-point scale, and an empty survey has no mean', () => {
    const r = customerSatisfaction([0, 6, 3]);
    expect(!r.ok && r.error.map((e) => e.path)).toEqual([[0], [1]]);
    const none = customerSatisfaction([]);
    expect(none.ok && [none.value.mean, none.value.satisfied.value]).toEqual([null, null]);
  });

  test('CES: the mean and the share of easy (5–7 of 7)', () => {
    const r = customerEffortScore([7, 6, 5, 3, 4]);
    expect(r.ok && [r.value.respondents, r.value.mean, r.value.easy.rate]).toEqual([5, 5, { kind: 'rate', numerator: 3, denominator: 5 }]);
    expect(customerEffortScore([8]).ok).toBe(false);
    const five = customerEffortScore([5, 1], { scalePoints: 5, easyFrom: 4 });
    expect(five.ok && five.value.easy.value).toBe(0.5);
    const none = customerEffortScore([]);
    expect(none.ok && none.value.mean).toBeNull();
  });

  test('impossible scales throw', () => {
    expect(() => customerSatisfaction([3], { satisfiedFrom: 6 })).toThrow(QUALITY_MESSAGES.INVALID_SCALE_OPTIONS);
    expect(() => customerEffortScore([3], { scalePoints: 1 })).toThrow(QUALITY_MESSAGES.INVALID_SCALE_OPTIONS);
    expect(() => checkSurveyScale(5.5, 4)).toThrow(QUALITY_MESSAGES.INVALID_SCALE_OPTIONS);
    expect(checkSurveyScale(11, 9, 0)).toBeUndefined();
  });

  test('outOfRangeAnswers describes non-numbers too', () => {
    expect(outOfRangeAnswers(['x', null], 1, 5, ['answers']).map((e) => [e.path, e.messages.en])).toEqual([
      [['answers', 0], 'answer x is not a whole number from 1 to 5'],
      [['answers', 1], 'answer object is not a whole number from 1 to 5'],
    ]);
  });
});

describe('SERVQUAL gaps (perception − expectation)', () => {
  const items = [
    { id: 'R1', dimension: 'reliability' },
    { id: 'R2', dimension: 'reliability' },
    { id: 'S1', dimension: 'responsiveness' },
    { id: 'T1', dimension: 'tangibles' },
  ] as const;

  test('per item, per dimension (mean of item gaps) and overall (mean of dimension gaps)', () => {
    const answers = [
      { itemId: 'R1', expectation: 7, perception: 5 },
      { itemId: 'R1', expectation: 6, perception: 6 },
      { itemId: 'R2', expectation: 7, perception: 4 },
      { itemId: 'S1', expectation: 5, perception: 6 },
      { itemId: 'S1', expectation: 6, perception: 6 },
    ];
    const before = JSON.stringify(answers);
    const r = servqualGaps(items, answers);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.items[0]).toEqual({ id: 'R1', dimension: 'reliability', answers: 2, expectation: 6.5, perception: 5.5, gap: -1 });
    expect(r.value.items[3]).toEqual({ id: 'T1', dimension: 'tangibles', answers: 0, expectation: null, perception: null, gap: null });
    expect(r.value.dimensions.reliability).toEqual({ items: 2, gap: -2 }); // (−1 + −3) / 2
    expect(r.value.dimensions.responsiveness).toEqual({ items: 1, gap: 0.5 });
    expect(r.value.dimensions.tangibles).toEqual({ items: 0, gap: null });
    expect(r.value.overall).toBe(-0.75); // (−2 + 0.5) / 2
    expect(JSON.stringify(answers)).toBe(before);
  });

  test('out-of-range answers and unknown items are rejected with their paths, in both locales', () => {
    const r = servqualGaps(items, [
      { itemId: 'R1', expectation: 8, perception: 5 },
      { itemId: 'X9', expectation: 5, perception: 0 },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.path])).toEqual([
      ['OUT_OF_RANGE', ['answers', 0, 'expectation']],
      ['UNKNOWN_ITEM', ['answers', 1, 'itemId']],
      ['OUT_OF_RANGE', ['answers', 1, 'perception']],
    ]);
    expect(renderError(r.error[1]!, 'zh-CN')).toBe('answers[1].itemId: 问卷中没有条目 X9');
  });

  test('a broken questionnaire is rejected', () => {
    const r = servqualGaps(
      [
        { id: 'A', dimension: 'empathy' },
        { id: 'A', dimension: 'assurance' },
        { id: 'B', dimension: 'price' as 'empathy' },
      ],
      [],
    );
    expect(!r.ok && r.error.map((e) => e.code)).toEqual(['DUPLICATE_ITEM', 'UNKNOWN_DIMENSION']);
    expect(servqualDimensionLabels.assurance).toEqual({ 'zh-CN': '保证性', en: 'Assurance' });
  });

  test('a 5-point scale', () => {
    expect(servqualGaps(items, [{ itemId: 'R1', expectation: 6, perception: 5 }], { scalePoints: 5 }).ok).toBe(false);
    const r = servqualGaps(items, [{ itemId: 'T1', expectation: 5, perception: 5 }], { scalePoints: 5 });
    expect(r.ok && r.value.overall).toBe(0);
  });
});
