import { type DomainError, domainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { text } from '../core/locale.js';
import { QUALITY_MESSAGES } from './messages.js';

/**
 * Finds the survey answers that are not whole numbers on the scale `min`..`max`: one
 * `OUT_OF_RANGE` error per bad answer, with its index as the path and messages in zh-CN and en.
 *
 * @param answers - The answers.
 * @param min - The lowest point of the scale.
 * @param max - The highest point of the scale.
 * @param path - The path prefix of the answers (default none).
 * @returns The errors (empty when every answer is on the scale).
 *
 * @example
 * ```ts
 * import { outOfRangeAnswers } from 'logistics-customer/quality';
 * outOfRangeAnswers([9, 11, 7.5], 0, 10).map((e) => [e.path, e.messages['zh-CN']]);
 * // => [[[1], '答案 11 不在 0–10 的整数量表内'], [[2], '答案 7.5 不在 0–10 的整数量表内']]
 * ```
 * @category Surveys
 */
export function outOfRangeAnswers(
  answers: readonly unknown[],
  min: number,
  max: number,
  path: readonly (string | number)[] = [],
): readonly DomainError[] {
  const problems: DomainError[] = [];
  answers.forEach((answer, index) => {
    if (typeof answer === 'number' && Number.isInteger(answer) && answer >= min && answer <= max) return;
    const shown = typeof answer === 'number' || typeof answer === 'string' ? String(answer) : typeof answer;
    problems.push(
      domainError(
        'OUT_OF_RANGE',
        text(`答案 ${shown} 不在 ${min}–${max} 的整数量表内`, `answer ${shown} is not a whole number from ${min} to ${max}`),
        { path: [...path, index], details: { received: answer, min, max } },
      ),
    );
  });
  return problems;
}

/**
 * Checks a survey scale: whole points from 2 to 100 and a threshold on the scale.
 *
 * @param points - The number of points (answers 1..points, or 0..points−1 for NPS-style scales).
 * @param threshold - The lowest answer that counts as a success.
 * @param low - The lowest answer (default 1).
 * @throws LogisticsCustomerError `INVALID_SCALE_OPTIONS` otherwise.
 * @returns Nothing.
 *
 * @example
 * ```ts
 * import { checkSurveyScale } from 'logistics-customer/quality';
 * checkSurveyScale(5, 4);
 * // => undefined
 * ```
 * @category Surveys
 */
export function checkSurveyScale(points: number, threshold: number, low = 1): void {
  const high = low + points - 1;
  if (!Number.isInteger(points) || points < 2 || points > 100 || !Number.isInteger(threshold) || threshold < low || threshold > high) {
    throw new LogisticsCustomerError('INVALID_SCALE_OPTIONS', QUALITY_MESSAGES.INVALID_SCALE_OPTIONS, { points, threshold });
  }
}
