import type { DomainError } from '../core/domain-error.js';
import { err, ok, type Result } from '../core/result.js';
import { normalQuantile } from '../core/rate/normal-quantile.js';
import { measureRate, type RateMeasure } from './rate-measure.js';
import { outOfRangeAnswers } from './survey-scale.js';

/**
 * The Net Promoter Score of a survey: shares of promoters, passives and detractors and the
 * score with its interval.
 *
 * @category Surveys
 */
export interface NpsResult {
  /** How many answers. */
  readonly respondents: number;
  /** Answers 9–10. */
  readonly promoters: RateMeasure;
  /** Answers 7–8. */
  readonly passives: RateMeasure;
  /** Answers 0–6. */
  readonly detractors: RateMeasure;
  /** 100 × (promoters − detractors) ÷ respondents, from −100 to 100; `null` with no answers. */
  readonly score: number | null;
  /** The normal-approximation (Wald) interval of the score, clipped to [−100, 100]; `null` with no answers. */
  readonly interval: { readonly lower: number; readonly upper: number; readonly confidence: number } | null;
}

/**
 * Computes the Net Promoter Score (净推荐值; NPS surveys are how the seed's firms measure
 * satisfaction, DOMAIN.md §8 [seed 000]) from answers on the 0–10 "would you recommend us"
 * scale: promoters 9–10, passives 7–8, detractors 0–6. The interval treats each answer as +1, 0 or
 * −1: score ± z·√((p + d − (p − d)²) ÷ n) × 100, clipped to [−100, 100]; with few answers or
 * answers all in one class it is only a rough guide.
 *
 * @param answers - The answers, whole numbers from 0 to 10.
 * @param confidence - The confidence level (default 0.95).
 * @returns The result, or one `OUT_OF_RANGE` error per bad answer (index in the path, messages in
 *   zh-CN and en).
 * @throws LogisticsCustomerError `INVALID_CONFIDENCE` for a confidence outside (0, 1).
 *
 * @example
 * ```ts
 * import { netPromoterScore } from 'logistics-customer/quality';
 * const r = netPromoterScore([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]);
 * r.ok && [r.value.score, r.value.promoters.rate.numerator, r.value.detractors.rate.numerator];
 * // => [20, 5, 3]
 * ```
 * @category Surveys
 */
export function netPromoterScore(answers: readonly number[], confidence = 0.95): Result<NpsResult, readonly DomainError[]> {
  const problems = outOfRangeAnswers(answers, 0, 10);
  if (problems.length > 0) return err(problems);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  let promoters = 0;
  let detractors = 0;
  for (const a of answers) {
    if (a >= 9) promoters++;
    else if (a <= 6) detractors++;
  }
  const n = answers.length;
  const passives = n - promoters - detractors;
  let score: number | null = null;
  let interval: NpsResult['interval'] = null;
  if (n > 0) {
    const p = promoters / n;
    const d = detractors / n;
    score = (100 * (promoters - detractors)) / n;
    const half = 100 * z * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
    interval = { lower: Math.max(-100, score - half), upper: Math.min(100, score + half), confidence };
  }
  return ok({
    respondents: n,
    promoters: measureRate(promoters, n, confidence),
    passives: measureRate(passives, n, confidence),
    detractors: measureRate(detractors, n, confidence),
    score,
    interval,
  });
}
