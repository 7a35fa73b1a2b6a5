import * as z from 'zod/mini';
import { type LocalizedText, text } from '../core/locale.js';
import type { GuardReason } from '../core/machine/definition.js';
import { type IdentificationFactor, IdentificationFactorSchema, identificationFactorLabels } from './identification-factor.js';
import type { QualificationRule } from './qualification-rule.js';

/**
 * The salesperson's judgement of one identification factor.
 *
 * @category Qualification
 */
export interface FactorAssessment {
  /** Whether the factor passes (e.g. the prospect has the authority to sign). */
  readonly passed: boolean;
  /** A score from 0 to 100, read by the weighted-score rule; without it a pass counts 100, a fail 0. */
  readonly score?: number;
  /** What the judgement rests on. */
  readonly note?: string;
}

/**
 * The qualification assessment of a prospect (物流客户资料整理及资格审查, DOMAIN.md §5 [seed 003]):
 * one judgement per identification factor — 需求度, 购买力, 决策权, 信誉度.
 *
 * @category Qualification
 */
export type QualificationAssessment = { readonly [F in IdentificationFactor]: FactorAssessment };

const FactorAssessmentSchema = z.strictObject({
  passed: z.boolean(),
  score: z.exactOptional(z.number().check(z.minimum(0), z.maximum(100))),
  note: z.exactOptional(z.string()),
});

/**
 * The zod schema of a {@link QualificationAssessment}: all four factors, each with `passed`, an
 * optional score from 0 to 100 and an optional note.
 *
 * @example
 * ```ts
 * import { QualificationAssessmentSchema } from 'logistics-customer/funnel';
 * QualificationAssessmentSchema.safeParse({ need: { passed: true } }).success;
 * // => false
 * ```
 * @category Qualification
 */
export const QualificationAssessmentSchema = z.strictObject({
  need: FactorAssessmentSchema,
  'purchasing-power': FactorAssessmentSchema,
  'decision-authority': FactorAssessmentSchema,
  creditworthiness: FactorAssessmentSchema,
}) satisfies z.ZodMiniType<QualificationAssessment>;

/**
 * The outcome of checking an assessment against a rule.
 *
 * @category Qualification
 */
export interface QualificationVerdict {
  /** Whether the prospect qualifies. */
  readonly qualified: boolean;
  /** The factors that did not pass, in the textbook's order. */
  readonly failed: readonly IdentificationFactor[];
  /** The weighted score (0–100) under a weighted rule; `null` under all-must-pass. */
  readonly score: number | null;
  /** Why the prospect does not qualify; empty when it does. */
  readonly reasons: readonly GuardReason[];
}

const FACTORS = IdentificationFactorSchema.options;

const FAILED_CODE = {
  need: 'NO_NEED',
  'purchasing-power': 'NO_PURCHASING_POWER',
  'decision-authority': 'NO_DECISION_AUTHORITY',
  creditworthiness: 'POOR_CREDITWORTHINESS',
} as const satisfies { readonly [F in IdentificationFactor]: string };

function factorReason(factor: IdentificationFactor): GuardReason {
  const label = identificationFactorLabels[factor];
  return {
    code: FAILED_CODE[factor],
    message: text(`识别因素“${label['zh-CN']}”不合格`, `the identification factor "${label.en}" does not pass`),
    details: { factor },
  };
}

function factorScore(assessment: FactorAssessment): number {
  return assessment.score ?? (assessment.passed ? 100 : 0);
}

/** The weighted score of an assessment under a rule's weights, from 0 to 100. */
function weightedScore(assessment: QualificationAssessment, weights: { readonly [F in IdentificationFactor]: number }): number {
  let sum = 0;
  let total = 0;
  for (const factor of FACTORS) {
    sum += weights[factor] * factorScore(assessment[factor]);
    total += weights[factor];
  }
  return sum / total;
}

/**
 * Whether an assessment qualifies under a rule, without building reasons: the fast path the
 * funnel's guard and analytics use.
 *
 * @param assessment - The assessment of the four factors.
 * @param rule - The qualification rule.
 * @returns `true` when the prospect qualifies.
 *
 * @example
 * ```ts
 * import { isQualified } from 'logistics-customer/funnel';
 * const yes = { passed: true };
 * isQualified({ need: yes, 'purchasing-power': yes, 'decision-authority': { passed: false }, creditworthiness: yes }, { kind: 'all-must-pass' });
 * // => false
 * ```
 * @category Qualification
 */
export function isQualified(assessment: QualificationAssessment, rule: QualificationRule): boolean {
  switch (rule.kind) {
    case 'all-must-pass':
      return (
        assessment.need.passed &&
        assessment['purchasing-power'].passed &&
        assessment['decision-authority'].passed &&
        assessment.creditworthiness.passed
      );
    case 'weighted-score': {
      for (const factor of rule.required ?? []) if (!assessment[factor].passed) return false;
      return weightedScore(assessment, rule.weights) >= rule.threshold;
    }
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

function scoreReason(score: number, threshold: number): GuardReason {
  const shown = Math.round(score * 10) / 10;
  const messages: LocalizedText = text(
    `加权评分 ${shown} 低于合格线 ${threshold}`,
    `the weighted score ${shown} is below the threshold ${threshold}`,
  );
  return { code: 'SCORE_BELOW_THRESHOLD', message: messages, details: { score, threshold } };
}

/**
 * Checks a prospect's assessment of the four identification factors (需求度, 购买力, 决策权, 信誉度,
 * DOMAIN.md §5) against a qualification rule and says why it fails: all-must-pass by default, or
 * a weighted score with required factors.
 *
 * @param assessment - The assessment of the four factors.
 * @param rule - The qualification rule.
 * @returns The verdict with the failed factors, the score (weighted rule) and the reasons.
 *
 * @example
 * ```ts
 * import { assessQualification, DEFAULT_QUALIFICATION_RULE } from 'logistics-customer/funnel';
 * const yes = { passed: true };
 * const v = assessQualification(
 *   { need: yes, 'purchasing-power': yes, 'decision-authority': { passed: false }, creditworthiness: yes },
 *   DEFAULT_QUALIFICATION_RULE,
 * );
 * [v.qualified, v.failed, v.reasons[0]?.code];
 * // => [false, ['decision-authority'], 'NO_DECISION_AUTHORITY']
 * ```
 * @category Qualification
 */
export function assessQualification(assessment: QualificationAssessment, rule: QualificationRule): QualificationVerdict {
  const failed = FACTORS.filter((factor) => !assessment[factor].passed);
  switch (rule.kind) {
    case 'all-must-pass':
      return { qualified: failed.length === 0, failed, score: null, reasons: failed.map(factorReason) };
    case 'weighted-score': {
      const score = weightedScore(assessment, rule.weights);
      const required = new Set(rule.required ?? []);
      const reasons = failed.filter((factor) => required.has(factor)).map(factorReason);
      if (score < rule.threshold) reasons.push(scoreReason(score, rule.threshold));
      return { qualified: reasons.length === 0, failed, score, reasons };
    }
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}
