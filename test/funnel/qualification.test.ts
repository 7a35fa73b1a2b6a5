import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IdentificationFactorSchema } from '../../src/funnel/identification-factor.js';
import { assessQualification, isQualified, QualificationAssessmentSchema, type QualificationAssessment } from '../../src/funnel/qualification.js';
import { checkQualificationRule, DEFAULT_QUALIFICATION_RULE, type WeightedScoreRule } from '../../src/funnel/qualification-rule.js';
import { deepFreeze, NO_AUTHORITY, QUALIFIES } from './fixtures.js';

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
