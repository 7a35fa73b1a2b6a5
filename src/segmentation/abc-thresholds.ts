import type { AbcRule } from './abc-rule.js';

/**
 * Where classes A and B end, as cumulative shares from the top: by the value rule the share of
 * value held by the customers ranked above (A while below `a`, B while below `b`), by the count
 * rule the share of customers ranked above.
 *
 * @category ABC analysis
 */
export interface AbcThresholds {
  /** Where class A ends, e.g. 0.8 (value rule) or 0.05 (count rule). */
  readonly a: number;
  /** Where class B ends, e.g. 0.95 (value rule) or 0.2 (count rule). */
  readonly b: number;
}

/**
 * The textbook thresholds (ABC 分类, DOMAIN.md §3 [seed 003, 004]): by value A ≈80% and B up to
 * ≈95% of the revenue or profit; by count A the top ≈5% of customers and B the next ≈15% (up to
 * 20%).
 *
 * @example
 * ```ts
 * import { DEFAULT_ABC_THRESHOLDS } from 'logistics-customer/segmentation';
 * DEFAULT_ABC_THRESHOLDS.count;
 * // => { a: 0.05, b: 0.2 }
 * ```
 * @category ABC analysis
 */
export const DEFAULT_ABC_THRESHOLDS = {
  value: { a: 0.8, b: 0.95 },
  count: { a: 0.05, b: 0.2 },
} as const satisfies { readonly [R in AbcRule]: AbcThresholds };
