import { type LocalizedText, text } from '../core/locale.js';
import type { GuardReason } from '../core/machine/definition.js';
import { type IdentificationFactor, IdentificationFactorSchema, identificationFactorLabels } from './identification-factor.js';
import type { FactorAssessment, QualificationAssessment, QualificationVerdict } from './qualification.js';
import type { QualificationRule, WeightedScoreRule } from './qualification-rule.js';

/**
 * How an assessment fares under a rule: `1` it qualifies, `0` it does not, `-1` it is invalid (a
 * factor's score, read by the weighted-score rule, is not a number from 0 to 100).
 *
 * @internal
 */
export type QualificationOutcome = 1 | 0 | -1;

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

/** Whether a factor's score can be read: absent, or a number from 0 to 100 (`NaN` fails both comparisons). */
function validScore(assessment: FactorAssessment): boolean {
  const score: unknown = assessment.score;
  return score === undefined || (typeof score === 'number' && score >= 0 && score <= 100);
}

function invalidScoreReason(factor: IdentificationFactor, received: unknown): GuardReason {
  const label = identificationFactorLabels[factor];
  const shown = String(received);
  return {
    code: 'INVALID_FACTOR_SCORE',
    message: text(
      `识别因素“${label['zh-CN']}”的评分须为 0 到 100 的数，收到 ${shown}`,
      `the score of the identification factor "${label.en}" must be a number from 0 to 100; received ${shown}`,
    ),
    details: { factor, received },
  };
}

function factorScore(assessment: FactorAssessment): number {
  return assessment.score ?? (assessment.passed ? 100 : 0);
}

/**
 * The weighted score of an assessment whose scores are valid, from 0 to 100: the rule's check
 * keeps the sum of the weights times 100 finite, so no product or sum overflows.
 */
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
 * {@link qualificationOutcome} under the weighted-score rule, in a function of its own: the payload
 * checks the funnel report calls inline the outcome, and V8 counts an inlined function's whole
 * bytecode against a fixed budget, the branches it never runs included.
 */
function weightedOutcome(assessment: QualificationAssessment, rule: WeightedScoreRule): QualificationOutcome {
  for (const factor of FACTORS) if (!validScore(assessment[factor])) return -1;
  for (const factor of rule.required ?? []) if (!assessment[factor].passed) return 0;
  return weightedScore(assessment, rule.weights) >= rule.threshold ? 1 : 0;
}

/**
 * Whether an assessment qualifies under a rule, without building reasons and without checking the
 * rule: the fast path of the funnel's payload checks, which check the rule once when they are
 * built. Under the weighted-score rule an invalid factor score makes the assessment invalid (`-1`)
 * before anything else is weighed; the all-must-pass rule reads no score.
 *
 * @param assessment - An assessment of the four factors (shape already checked).
 * @param rule - A rule that has passed `checkQualificationRule`.
 * @returns `1` qualifies, `0` does not, `-1` invalid.
 *
 * @example
 * ```ts no-run
 * qualificationOutcome({ ...QUALIFIES, need: { passed: true, score: 1000 } }, weightedRule); // -1
 * ```
 * @internal
 */
export function qualificationOutcome(assessment: QualificationAssessment, rule: QualificationRule): QualificationOutcome {
  switch (rule.kind) {
    case 'all-must-pass':
      return assessment.need.passed &&
        assessment['purchasing-power'].passed &&
        assessment['decision-authority'].passed &&
        assessment.creditworthiness.passed
        ? 1
        : 0;
    case 'weighted-score':
      return weightedOutcome(assessment, rule);
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
 * The verdict on an assessment under a rule, without checking the rule (see
 * `assessQualification`, which checks it first). `qualified` is `true` exactly when
 * {@link qualificationOutcome} is `1`, and then only are the reasons empty: an invalid factor score
 * gives `INVALID_FACTOR_SCORE` (and `score: null`), a failed required factor its own reason, a low
 * score `SCORE_BELOW_THRESHOLD`.
 *
 * @param assessment - An assessment of the four factors (shape already checked).
 * @param rule - A rule that has passed `checkQualificationRule`.
 * @returns The verdict.
 *
 * @example
 * ```ts no-run
 * qualificationVerdict(NO_AUTHORITY, DEFAULT_QUALIFICATION_RULE).failed; // ['decision-authority']
 * ```
 * @internal
 */
export function qualificationVerdict(assessment: QualificationAssessment, rule: QualificationRule): QualificationVerdict {
  const failed = FACTORS.filter((factor) => !assessment[factor].passed);
  switch (rule.kind) {
    case 'all-must-pass':
      return { qualified: failed.length === 0, failed, score: null, reasons: failed.map(factorReason) };
    case 'weighted-score': {
      const required = new Set(rule.required ?? []);
      const reasons = failed.filter((factor) => required.has(factor)).map(factorReason);
      const invalid = FACTORS.filter((factor) => !validScore(assessment[factor]));
      if (invalid.length > 0) {
        const invalidReasons = invalid.map((factor) => invalidScoreReason(factor, assessment[factor].score));
        return { qualified: false, failed, score: null, reasons: [...invalidReasons, ...reasons] };
      }
      const score = weightedScore(assessment, rule.weights);
      // Written as the outcome's test, so that the two agree for every number.
      if (!(score >= rule.threshold)) reasons.push(scoreReason(score, rule.threshold));
      return { qualified: reasons.length === 0, failed, score, reasons };
    }
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}
