import * as z from 'zod/mini';
import { LogisticsCustomerError } from '../core/invariant.js';
import type { LabelTable } from '../core/locale.js';
import { type IdentificationFactor, IdentificationFactorSchema } from './identification-factor.js';
import { FUNNEL_MESSAGES } from './messages.js';

/**
 * How the four identification factors decide qualification: all must pass (the default, the MAN
 * rule plus credit, DOMAIN.md §5 [practice]) or a weighted score against a threshold.
 *
 * @example
 * ```ts
 * import { QualificationRuleKindSchema } from 'logistics-customer/funnel';
 * QualificationRuleKindSchema.options;
 * // => ['all-must-pass', 'weighted-score']
 * ```
 * @category Qualification
 */
export const QualificationRuleKindSchema = z.enum(['all-must-pass', 'weighted-score']);

/**
 * The kind of a {@link QualificationRule}.
 *
 * @category Qualification
 */
export type QualificationRuleKind = z.infer<typeof QualificationRuleKindSchema>;

/**
 * The zh-CN and en labels of the qualification rule kinds.
 *
 * @example
 * ```ts
 * import { qualificationRuleKindLabels } from 'logistics-customer/funnel';
 * qualificationRuleKindLabels['all-must-pass']['zh-CN'];
 * // => '四项因素全部合格'
 * ```
 * @category Qualification
 */
export const qualificationRuleKindLabels = {
  'all-must-pass': { 'zh-CN': '四项因素全部合格', en: 'All four factors must pass' },
  'weighted-score': { 'zh-CN': '加权评分达标', en: 'Weighted score reaches the threshold' },
} as const satisfies LabelTable<QualificationRuleKind>;

/**
 * The default rule: every factor must pass (资格审查, DOMAIN.md §5).
 *
 * @category Qualification
 */
export interface AllMustPassRule {
  /** Tells the rules apart. */
  readonly kind: 'all-must-pass';
}

/**
 * A weighted score: each factor's score (0–100; a factor without a score counts 100 when passed
 * and 0 when not) times its weight, divided by the sum of the weights, must reach the threshold,
 * and every `required` factor must pass regardless of the score.
 *
 * @category Qualification
 */
export interface WeightedScoreRule {
  /** Tells the rules apart. */
  readonly kind: 'weighted-score';
  /**
   * The weight of each factor: finite, not negative, not all zero, and with a sum of at most
   * `Number.MAX_VALUE / 100` (≈1.8e306) so that the weighted score cannot overflow.
   */
  readonly weights: { readonly [F in IdentificationFactor]: number };
  /** The score needed to qualify, from 0 to 100. */
  readonly threshold: number;
  /** Factors that must pass whatever the score (e.g. creditworthiness). */
  readonly required?: readonly IdentificationFactor[];
}

/**
 * A configurable qualification rule (资格审查规则).
 *
 * @category Qualification
 */
export type QualificationRule = AllMustPassRule | WeightedScoreRule;

/**
 * The textbook default: all four factors must pass.
 *
 * @example
 * ```ts
 * import { DEFAULT_QUALIFICATION_RULE } from 'logistics-customer/funnel';
 * DEFAULT_QUALIFICATION_RULE;
 * // => { kind: 'all-must-pass' }
 * ```
 * @category Qualification
 */
export const DEFAULT_QUALIFICATION_RULE: AllMustPassRule = { kind: 'all-must-pass' };

/**
 * Checks a qualification rule and returns it unchanged, so a bad rule fails when the machine is
 * built and not at the first event (`isQualified` and `assessQualification` check it too).
 *
 * @param rule - The rule.
 * @returns The same rule.
 * @throws {@link LogisticsCustomerError} `INVALID_QUALIFICATION_RULE` for an unknown kind, weights
 *   that are negative, not finite or all zero, weights so large that their sum times 100 is not
 *   finite (the weighted score would be `NaN`), a threshold outside 0–100, or an unknown required
 *   factor.
 *
 * @example
 * ```ts
 * import { checkQualificationRule } from 'logistics-customer/funnel';
 * checkQualificationRule({
 *   kind: 'weighted-score',
 *   weights: { need: 3, 'purchasing-power': 3, 'decision-authority': 2, creditworthiness: 2 },
 *   threshold: 70,
 *   required: ['creditworthiness'],
 * }).threshold;
 * // => 70
 * ```
 * @category Qualification
 */
export function checkQualificationRule<R extends QualificationRule>(rule: R): R {
  const fail = (reason: string): never => {
    throw new LogisticsCustomerError('INVALID_QUALIFICATION_RULE', FUNNEL_MESSAGES.INVALID_QUALIFICATION_RULE, {
      rule,
      reason,
    });
  };
  if (typeof rule !== 'object' || rule === null) return fail('not a rule');
  switch (rule.kind) {
    case 'all-must-pass':
      return rule;
    case 'weighted-score': {
      let total = 0;
      for (const factor of IdentificationFactorSchema.options) {
        const weight = rule.weights?.[factor];
        if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) fail(`bad weight for ${factor}`);
        total += weight;
      }
      if (total <= 0) fail('all weights are zero');
      // Each weight is finite, yet weight × 100 overflows above ≈1.8e306 and the score becomes NaN.
      if (!Number.isFinite(total * 100)) fail('the weights are too large: their sum times 100 is not finite');
      if (typeof rule.threshold !== 'number' || !(rule.threshold >= 0 && rule.threshold <= 100)) fail('bad threshold');
      for (const factor of rule.required ?? []) {
        if (!IdentificationFactorSchema.options.includes(factor)) fail(`unknown required factor ${String(factor)}`);
      }
      return rule;
    }
    default: {
      const unreachable: never = rule;
      return fail(`unknown kind ${String((unreachable as { kind?: unknown }).kind)}`);
    }
  }
}
