import type { DomainError } from '../core/domain-error.js';
import { err, ok, type Result } from '../core/result.js';
import { measureRate, type RateMeasure } from './rate-measure.js';
import { checkSurveyScale, outOfRangeAnswers } from './survey-scale.js';

/**
 * Options of {@link customerEffortScore}.
 *
 * @category Surveys
 */
export interface CesOptions {
  /** Points of the scale, answers 1..points (default 7). */
  readonly scalePoints?: number;
  /** The lowest answer counted as "easy" (default 5: somewhat agree or more on 7). */
  readonly easyFrom?: number;
  /** The confidence of the interval (default 0.95). */
  readonly confidence?: number;
}

/**
 * A customer effort score (CES) result.
 *
 * @category Surveys
 */
export interface CesResult {
  /** How many answers. */
  readonly respondents: number;
  /** The mean answer (the CES); higher means easier; `null` with no answers. */
  readonly mean: number | null;
  /** Answers at or above the "easy" threshold ÷ answers, with its Wilson interval. */
  readonly easy: RateMeasure;
}

/**
 * Computes the customer effort score (CES, 客户费力度): answers to "the company made it easy to
 * handle my request" on an agreement scale (1–7 by default, higher is easier) — the textbook's
 * ordering convenience (订货的便利性, DOMAIN.md §8) as customers feel it.
 *
 * @param answers - The answers, whole numbers from 1 to the scale's points.
 * @param options - Scale, "easy" threshold and confidence.
 * @returns The result, or one `OUT_OF_RANGE` error per bad answer.
 * @throws LogisticsCustomerError `INVALID_SCALE_OPTIONS` for an impossible scale.
 *
 * @example
 * ```ts
 * import { customerEffortScore } from 'logistics-customer/quality';
 * const r = customerEffortScore([7, 6, 5, 3, 4]);
 * r.ok && [r.value.mean, r.value.easy.rate];
 * // => [5, { kind: 'rate', numerator: 3, denominator: 5 }]
 * ```
 * @category Surveys
 */
export function customerEffortScore(answers: readonly number[], options: CesOptions = {}): Result<CesResult, readonly DomainError[]> {
  const points = options.scalePoints ?? 7;
  const threshold = options.easyFrom ?? 5;
  checkSurveyScale(points, threshold);
  const problems = outOfRangeAnswers(answers, 1, points);
  if (problems.length > 0) return err(problems);
  let easy = 0;
  let sum = 0;
  for (const a of answers) {
    sum += a;
    if (a >= threshold) easy++;
  }
  const n = answers.length;
  return ok({ respondents: n, mean: n === 0 ? null : sum / n, easy: measureRate(easy, n, options.confidence ?? 0.95) });
}
