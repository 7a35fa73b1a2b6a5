import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IdentificationFactorSchema } from '../../src/funnel/identification-factor.js';
import { assessQualification, isQualified, QualificationAssessmentSchema, type QualificationAssessment } from '../../src/funnel/qualification.js';
import { checkQualificationRule, DEFAULT_QUALIFICATION_RULE, type WeightedScoreRule } from '../../src/funnel/qualification-rule.js';
import { FUNNEL_MESSAGES } from '../../src/funnel/messages.js';
import { deepFreeze, no, NO_AUTHORITY, QUALIFIES } from './fixtures.js';

const weighted: WeightedScoreRule = {
  kind: 'weighted-score',
  weights: { need: 3, 'purchasing-power': 3, 'decision-authority': 2, creditworthiness: 2 },
  threshold: 70,
  required: ['creditworthiness'],
};

describe('qualification (识别: 需求度, 购买力, 决策权, 信誉度)', () => {
  test('all-must-pass: qualifies only when all four pass, and names each failure', () => {
    expect(assessQualification(QUALIFIES, DEFAULT_QUALIFICATION_RULE)).toEqual({ qualified: true, failed: [], score: null, reasons: [] });
    const v = assessQualification(deepFreeze(NO_AUTHORITY), DEFAULT_QUALIFICATION_RULE);
    expect(v.qualified).toBe(false);
    expect(v.failed).toEqual(['decision-authority']);
    expect(v.reasons[0]).toEqual({
      code: 'NO_DECISION_AUTHORITY',
      message: { 'zh-CN': '识别因素“决策权”不合格', en: 'the identification factor "Decision authority" does not pass' },
      details: { factor: 'decision-authority' },
    });
  });

  test('weighted score: hand-computed (3·80 + 3·60 + 2·0 + 2·100) / 10 = 62 < 70', () => {
    const a: QualificationAssessment = {
      need: { passed: true, score: 80 },
      'purchasing-power': { passed: true, score: 60 },
      'decision-authority': { passed: false },
      creditworthiness: { passed: true },
    };
    const v = assessQualification(a, weighted);
    expect(v.score).toBe(62);
    expect(v.qualified).toBe(false);
    expect(v.reasons.map((r) => r.code)).toEqual(['SCORE_BELOW_THRESHOLD']);
    expect(v.reasons[0]?.message['zh-CN']).toBe('加权评分 62 低于合格线 70');
    expect(isQualified(a, weighted)).toBe(false);
    const better = { ...a, 'decision-authority': { passed: true, score: 50 } };
    expect(assessQualification(better, weighted)).toMatchObject({ qualified: true, score: 72, failed: [] });
  });

  test('weighted score: a required factor must pass whatever the score', () => {
    const a = { ...QUALIFIES, creditworthiness: { passed: false, score: 100 } };
    const v = assessQualification(a, weighted);
    expect(v.score).toBe(100);
    expect(v.qualified).toBe(false);
    expect(v.reasons.map((r) => r.code)).toEqual(['POOR_CREDITWORTHINESS']);
  });

  test('isQualified agrees with assessQualification (property)', () => {
    const factor = fc.record({ passed: fc.boolean(), score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) }).map((f) =>
      f.score === undefined ? { passed: f.passed } : { passed: f.passed, score: f.score },
    );
    const assessment = fc.record({ need: factor, 'purchasing-power': factor, 'decision-authority': factor, creditworthiness: factor });
    fc.assert(
      fc.property(assessment, (a) => {
        for (const rule of [DEFAULT_QUALIFICATION_RULE, weighted]) {
          const v = assessQualification(a, rule);
          expect(isQualified(a, rule)).toBe(v.qualified);
          expect(v.qualified).toBe(v.reasons.length === 0);
        }
      }),
    );
  });

  test('isQualified agrees with assessQualification for any score and any rule checkQualificationRule accepts (property)', () => {
    const score = fc.oneof(fc.double(), fc.constantFrom(0, 100, -0, 1000, -1, Number.NaN, Number.POSITIVE_INFINITY));
    const factor = fc.record({ passed: fc.boolean(), score: fc.option(score, { nil: undefined }) }).map((f) =>
      f.score === undefined ? { passed: f.passed } : { passed: f.passed, score: f.score },
    );
    const assessment = fc.record({ need: factor, 'purchasing-power': factor, 'decision-authority': factor, creditworthiness: factor });
    const weight = fc.oneof(fc.double({ min: 0, max: 1e306, noNaN: true }), fc.constantFrom(0, 1, 5e-324, 4e305));
    const rule = fc
      .record({
        weights: fc.record({ need: weight, 'purchasing-power': weight, 'decision-authority': weight, creditworthiness: weight }),
        threshold: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 50, 100)),
        required: fc.subarray([...IdentificationFactorSchema.options]),
      })
      .map((r): WeightedScoreRule => ({ kind: 'weighted-score', ...r }));
    fc.assert(
      fc.property(assessment, rule, (a, r) => {
        let accepted = true;
        try {
          checkQualificationRule(r);
        } catch {
          accepted = false;
        }
        if (!accepted) {
          expect(() => isQualified(a, r)).toThrow(FUNNEL_MESSAGES.INVALID_QUALIFICATION_RULE);
          return;
        }
        const v = assessQualification(a, r);
        expect(isQualified(a, r)).toBe(v.qualified);
        expect(v.qualified).toBe(v.reasons.length === 0);
        // Never NaN: a score is a finite number, or null for an invalid assessment.
        if (v.score !== null) expect(Number.isFinite(v.score)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('a factor score that is not a number from 0 to 100 makes the assessment invalid under the weighted rule: not qualified, score null, a reason per factor', () => {
    const scores: unknown[] = [Number.NaN, 1000, -1, Number.POSITIVE_INFINITY, '50', null];
    for (const received of scores) {
      // Every factor failed, or every factor passed: the invalid score decides either way.
      for (const base of [{ need: no, 'purchasing-power': no, 'decision-authority': no, creditworthiness: no }, QUALIFIES]) {
        const a = { ...base, need: { passed: base.need.passed, score: received } } as QualificationAssessment;
        const v = assessQualification(a, weighted);
        expect([received, v.qualified, v.score, isQualified(a, weighted)]).toEqual([received, false, null, false]);
        expect(v.reasons[0]).toEqual({
          code: 'INVALID_FACTOR_SCORE',
          message: {
            'zh-CN': `识别因素“需求度”的评分须为 0 到 100 的数，收到 ${String(received)}`,
            en: `the score of the identification factor "Need" must be a number from 0 to 100; received ${String(received)}`,
          },
          details: { factor: 'need', received },
        });
      }
    }
    // The auditor's case: every factor failed and a score of 1000 gave 250 and "qualified".
    const inflated: QualificationAssessment = { need: { passed: false, score: 1000 }, 'purchasing-power': no, 'decision-authority': no, creditworthiness: no };
    const equal: WeightedScoreRule = { kind: 'weighted-score', weights: { need: 1, 'purchasing-power': 1, 'decision-authority': 1, creditworthiness: 1 }, threshold: 50 };
    expect(assessQualification(inflated, equal)).toMatchObject({ qualified: false, score: null, reasons: [{ code: 'INVALID_FACTOR_SCORE' }] });
    // The bounds themselves are scores; the all-must-pass rule reads no score.
    expect(assessQualification({ ...QUALIFIES, need: { passed: true, score: 0 }, creditworthiness: { passed: true, score: 100 } }, equal)).toMatchObject({
      qualified: true,
      score: 75,
    });
    expect(isQualified({ ...QUALIFIES, need: { passed: true, score: 1000 } }, DEFAULT_QUALIFICATION_RULE)).toBe(true);
  });

  test('isQualified and assessQualification check the rule: weights all zero, not finite or too large, or a threshold that is not a number throw', () => {
    const w = weighted.weights;
    const bad: WeightedScoreRule[] = [
      { ...weighted, weights: { need: 0, 'purchasing-power': 0, 'decision-authority': 0, creditworthiness: 0 } },
      { ...weighted, weights: { ...w, need: Number.POSITIVE_INFINITY } },
      { ...weighted, weights: { need: 1e308, 'purchasing-power': 1e308, 'decision-authority': 1e308, creditworthiness: 1e308 } },
      { ...weighted, threshold: Number.NaN },
    ];
    const threeFailed = { ...NO_AUTHORITY, need: no, 'purchasing-power': no };
    for (const rule of bad) {
      const code = expect.objectContaining({ code: 'INVALID_QUALIFICATION_RULE', message: FUNNEL_MESSAGES.INVALID_QUALIFICATION_RULE });
      expect(() => assessQualification(threeFailed, rule)).toThrow(code);
      expect(() => isQualified(threeFailed, rule)).toThrow(code);
    }
  });

  test('weights whose sum times 100 overflows are refused (each finite: 1e308 gave a NaN score); large weights that fit give a finite score', () => {
    const huge: WeightedScoreRule = {
      kind: 'weighted-score',
      weights: { need: 1e308, 'purchasing-power': 1e308, 'decision-authority': 1e308, creditworthiness: 1e308 },
      threshold: 50,
    };
    expect(() => checkQualificationRule(huge)).toThrow(
      expect.objectContaining({ code: 'INVALID_QUALIFICATION_RULE', details: expect.objectContaining({ reason: 'the weights are too large: their sum times 100 is not finite' }) }),
    );
    // 4 × 5e305 = 2e306, and 2e306 × 100 is beyond Number.MAX_VALUE.
    expect(() => checkQualificationRule({ ...huge, weights: { need: 5e305, 'purchasing-power': 5e305, 'decision-authority': 5e305, creditworthiness: 5e305 } })).toThrow(
      FUNNEL_MESSAGES.INVALID_QUALIFICATION_RULE,
    );
    const large: WeightedScoreRule = { ...huge, weights: { need: 4e305, 'purchasing-power': 4e305, 'decision-authority': 4e305, creditworthiness: 4e305 } };
    expect(checkQualificationRule(large)).toBe(large);
    expect(assessQualification(QUALIFIES, large)).toEqual({ qualified: true, failed: [], score: 100, reasons: [] });
    expect(assessQualification(NO_AUTHORITY, large)).toMatchObject({ qualified: true, score: 75 });
    expect(isQualified(NO_AUTHORITY, { ...large, threshold: 80 })).toBe(false);
  });

  test('the assessment schema wants all four factors', () => {
    expect(QualificationAssessmentSchema.safeParse(QUALIFIES).success).toBe(true);
    expect(QualificationAssessmentSchema.safeParse({ need: { passed: true } }).success).toBe(false);
    expect(QualificationAssessmentSchema.safeParse({ ...QUALIFIES, need: { passed: true, score: 101 } }).success).toBe(false);
  });

  test('bad rules throw INVALID_QUALIFICATION_RULE', () => {
    const w = weighted.weights;
    expect(checkQualificationRule(weighted)).toBe(weighted);
    expect(() => checkQualificationRule({ ...weighted, weights: { ...w, need: -1 } })).toThrow('A weighted qualification rule');
    expect(() => checkQualificationRule({ ...weighted, weights: { ...w, need: Number.NaN } })).toThrow('A weighted qualification rule');
    expect(() => checkQualificationRule({ ...weighted, weights: { need: 0, 'purchasing-power': 0, 'decision-authority': 0, creditworthiness: 0 } })).toThrow(
      'A weighted qualification rule',
    );
    expect(() => checkQualificationRule({ ...weighted, threshold: 101 })).toThrow('A weighted qualification rule');
    expect(() => checkQualificationRule({ ...weighted, required: ['charm' as 'need'] })).toThrow('A weighted qualification rule');
    expect(() => checkQualificationRule({ kind: 'gut-feeling' } as unknown as WeightedScoreRule)).toThrow('A weighted qualification rule');
    expect(() => checkQualificationRule(null as unknown as WeightedScoreRule)).toThrow('A weighted qualification rule');
    try {
      checkQualificationRule({ ...weighted, threshold: -5 });
    } catch (e) {
      expect((e as { code?: string }).code).toBe('INVALID_QUALIFICATION_RULE');
    }
    expect(IdentificationFactorSchema.options).toHaveLength(4);
  });
});
