import type { DomainError } from '../core/domain-error.js';
import { err, ok, type Result } from '../core/result.js';
import { measureRate, type RateMeasure } from './rate-measure.js';
import { checkSurveyScale, outOfRangeAnswers } from './survey-scale.js';

/**
 * Options of {@link customerSatisfaction}.
 *
 * @category Surveys
 */
export interface CsatOptions {
  /** Points of the scale, answers 1..points (default 5). */
  readonly scalePoints?: number;
  /** The lowest answer counted as satisfied (default 4: "4 or 5 of 5"). */
  readonly satisfiedFrom?: number;
  /** The confidence of the interval (default 0.95). */
  readonly confidence?: number;
}

/**
 * A customer satisfaction (CSAT) result.
 *
 * @category Surveys
 */
export interface CsatResult {
  /** How many answers. */
  readonly respondents: number;
  /** Satisfied answers ÷ answers, with its Wilson interval (the CSAT score). */
  readonly satisfied: RateMeasure;
  /** The mean answer; `null` with no answers. */
  readonly mean: number | null;
}

/**
 * Computes customer satisfaction (CSAT, 客户满意度; DOMAIN.md §8): the share of satisfied answers
 * (4–5 on a 5-point scale by default) with its Wilson interval, and the mean answer.
 *
 * @param answers - The answers, whole numbers from 1 to the scale's points.
 * @param options - Scale, satisfaction threshold and confidence.
 * @returns The result, or one `OUT_OF_RANGE` error per bad answer.
 * @throws LogisticsCustomerError `INVALID_SCALE_OPTIONS` for an impossible scale.
 *
 * @example
 * ```ts
 * import { customerSatisfaction } from 'logistics-customer/quality';
 * const r = customerSatisfaction([5, 4, 4, 3, 2, 5, 4, 1]);
 * r.ok && [r.value.satisfied.value, r.value.mean];
 * // => [0.625, 3.5]
 * ```
 * @category Surveys
 */
export function customerSatisfaction(answers: readonly number[], options: CsatOptions = {}): Result<CsatResult, readonly DomainError[]> {
  const points = options.scalePoints ?? 5;
  const threshold = options.satisfiedFrom ?? 4;
  checkSurveyScale(points, threshold);
  const problems = outOfRangeAnswers(answers, 1, points);
  if (problems.length > 0) return err(problems);
  let satisfied = 0;
  let sum = 0;
  for (const a of answers) {
    sum += a;
    if (a >= threshold) satisfied++;
  }
  const n = answers.length;
  return ok({
    respondents: n,
    satisfied: measureRate(satisfied, n, options.confidence ?? 0.95),
    mean: n === 0 ? null : sum / n,
  });
}
