import * as z from 'zod/mini';
import type { GuardReason } from '../core/machine/definition.js';
import type { IdentificationFactor } from './identification-factor.js';
import { qualificationOutcome, qualificationVerdict } from './qualification-outcome.js';
import { checkQualificationRule, type QualificationRule } from './qualification-rule.js';

/**
 * The salesperson's judgement of one identification factor.
 *
 * @category Qualification
 */
export interface FactorAssessment {
  /** Whether the factor passes (e.g. the prospect has the authority to sign). */
  readonly passed: boolean;
  /**
   * A score from 0 to 100, read by the weighted-score rule; without it a pass counts 100, a fail 0.
   * Any other value (`NaN`, `1000`, …) makes the assessment invalid under that rule.
   */
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
  /**
   * The weighted score (0–100) under a weighted rule; `null` under all-must-pass, and when a
   * factor's score is not a number from 0 to 100.
   */
  readonly score: number | null;
  /** Why the prospect does not qualify; empty when it does. */
  readonly reasons: readonly GuardReason[];
}

/**
 * Whether an assessment qualifies under a rule, without building reasons: agrees with
 * `assessQualification(...).qualified` for every assessment and rule. Under the weighted-score
 * rule a factor score that is not a number from 0 to 100 makes the assessment invalid, and it does
 * not qualify (the all-must-pass rule reads no score).
 *
 * @param assessment - The assessment of the four factors.
 * @param rule - The qualification rule.
 * @returns `true` when the prospect qualifies.
 * @throws {@link LogisticsCustomerError} `INVALID_QUALIFICATION_RULE` for a rule
 *   `checkQualificationRule` refuses (the funnel's guards check their rule once, when built).
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
  return qualificationOutcome(assessment, checkQualificationRule(rule)) === 1;
}

/**
 * Checks a prospect's assessment of the four identification factors (需求度, 购买力, 决策权, 信誉度,
 * DOMAIN.md §5) against a qualification rule and says why it fails: all-must-pass by default, or
 * a weighted score with required factors. Under the weighted-score rule a factor score that is not
 * a number from 0 to 100 (`NaN`, `1000`, …) makes the assessment invalid: it does not qualify, its
 * score is `null` and the reasons name each such factor (`INVALID_FACTOR_SCORE`). The prospect
 * qualifies exactly when there is no reason, and exactly when `isQualified` says so.
 *
 * @param assessment - The assessment of the four factors.
 * @param rule - The qualification rule.
 * @returns The verdict with the failed factors, the score (weighted rule) and the reasons.
 * @throws {@link LogisticsCustomerError} `INVALID_QUALIFICATION_RULE` for a rule
 *   `checkQualificationRule` refuses (weights all zero, not finite or too large, a threshold
 *   outside 0–100, …).
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
  return qualificationVerdict(assessment, checkQualificationRule(rule));
}
