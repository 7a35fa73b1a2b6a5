/**
 * Scores values 1 to 5 by quintile (RFM scoring), with ties defined: a value's score is
 * `1 + floor(5 × worse / n)`, where `worse` counts the values strictly worse than it. Equal values
 * always get the same score, the best value gets 5 when it beats at least 80% of the others, and
 * the scores do not depend on the order of the input. `null` (e.g. "never ordered") is "no value",
 * worse than every number; `NaN` is read the same way, as no value, so it neither gets a score of
 * its own nor pushes the others down.
 *
 * @param values - The values, `null` (or `NaN`) for "no value".
 * @param direction - `'higher-is-better'` (frequency, money) or `'lower-is-better'` (recency in
 *   days: the more recent, the better — recency is reversed).
 * @returns One score from 1 to 5 per value, in input order; every "no value" (`null` or `NaN`)
 *   ties with the others at the lowest score.
 *
 * @example
 * ```ts
 * import { quintileScores } from 'logistics-customer/segmentation';
 * quintileScores([10, 20, 20, 30, 40, null], 'higher-is-better');
 * // => [1, 2, 2, 4, 5, 1]
 * quintileScores([3, 30, 300, null, 3], 'lower-is-better');
 * // => [4, 3, 2, 1, 4]
 * quintileScores([Number.NaN, 1, 2, 3, 4], 'higher-is-better');
 * // => [1, 2, 3, 4, 5]
 * ```
 * @category RFM
 */
export function quintileScores(values: readonly (number | null)[], direction: 'higher-is-better' | 'lower-is-better'): readonly number[] {
  const n = values.length;
  const lowerIsBetter = direction === 'lower-is-better';
  // Map every value to a "goodness" where larger is better and null is the worst of all.
  const goodness = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    goodness[i] = v === null || v === undefined ? Number.NEGATIVE_INFINITY : lowerIsBetter ? -v : v;
  }
  let sorted = goodness.slice().sort();
  // A typed array sorts NaN last, so one look tells whether any value is NaN; only then (never
  // in the common case) read each NaN as "no value", like null, and sort again.
  if (n > 0 && Number.isNaN(sorted[n - 1])) {
    for (let i = 0; i < n; i++) if (Number.isNaN(goodness[i])) goodness[i] = Number.NEGATIVE_INFINITY;
    sorted = goodness.slice().sort();
  }
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = goodness[i] as number;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < g) lo = mid + 1;
      else hi = mid;
    }
    scores.push(1 + Math.floor((5 * lo) / n));
  }
  return scores;
}
