import type { CurrencyCode } from '../core/currency.js';
import type { Money } from '../core/money/money.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Ratio } from '../core/rate/ratio.js';
import type { AbcBasis } from './abc-basis.js';
import type { AbcClass } from './abc-class.js';
import type { AbcRule } from './abc-rule.js';
import type { AbcThresholds } from './abc-thresholds.js';
import type { Classification } from './classification.js';

/**
 * What an ABC class was derived from, for one customer. Shares are exact fractions of minor
 * units (or of customer counts); the base of every value share is the total of the positive
 * values.
 *
 * @typeParam C - The currency code.
 * @category ABC analysis
 */
export interface AbcEvidence<C extends CurrencyCode = CurrencyCode> {
  /** 1 for the largest value; ties are ordered by customer id. */
  readonly rank: number;
  /** The number of customers ranked. */
  readonly customerCount: number;
  /** The customer's value at the result's scale. */
  readonly value: Money<C>;
  /** The customer's value over the positive total (no data when nothing is positive). */
  readonly share: Ratio | NoData;
  /** The positive values up to and including this customer, over the positive total. */
  readonly cumulativeShare: Ratio | NoData;
  /** What the rule compared with the thresholds: the value share (value rule) or the customer share (count rule) of the customers ranked above. */
  readonly position: Ratio | NoData;
  /** Whether the value is zero or negative (always class C, counted in `nonPositiveCount`). */
  readonly nonPositive: boolean;
  /** The class the thresholds alone give, before hysteresis. */
  readonly unadjustedClass: AbcClass;
  /** The class in `previous`, when given for this customer. */
  readonly previousClass: AbcClass | null;
}

/**
 * One customer's ABC class with its evidence and explanation. The evidence and the explanation
 * are computed when read (so that classifying a million customers does not build a million
 * texts); `JSON.stringify` writes them out in full.
 *
 * @typeParam C - The currency code.
 * @category ABC analysis
 */
export type AbcAssignment<C extends CurrencyCode = CurrencyCode> = Classification<AbcClass, AbcEvidence<C>>;

/**
 * The totals of one ABC class.
 *
 * @typeParam C - The currency code.
 * @category ABC analysis
 */
export interface AbcClassSummary<C extends CurrencyCode = CurrencyCode> {
  /** Customers in the class. */
  readonly count: number;
  /** `count` over all customers ranked. */
  readonly countShare: Ratio | NoData;
  /** The sum of the class's values (class C includes the non-positive ones). */
  readonly value: Money<C>;
  /** `value` over the positive total. */
  readonly valueShare: Ratio | NoData;
}

/**
 * The outcome of ABC analysis: every customer in rank order with its class, and the per-class
 * summary. The class values sum exactly to `total`.
 *
 * @typeParam C - The currency code.
 * @category ABC analysis
 */
export interface AbcResult<C extends CurrencyCode = CurrencyCode> {
  /** Revenue or profit. */
  readonly basis: AbcBasis;
  /** The value rule or the count rule. */
  readonly rule: AbcRule;
  /** The thresholds applied. */
  readonly thresholds: AbcThresholds;
  /** The hysteresis margin applied (0: none). */
  readonly margin: number;
  /** The currency of every value. */
  readonly currency: C;
  /** The scale every value was brought to (the largest scale in the input). */
  readonly scale: number;
  /** The number of customers ranked. */
  readonly customerCount: number;
  /** The sum of all values, negative ones included. */
  readonly total: Money<C>;
  /** The sum of the positive values: the base of every value share. */
  readonly positiveTotal: Money<C>;
  /** Customers whose value is zero or negative (all in class C). */
  readonly nonPositiveCount: number;
  /** The totals per class. */
  readonly classes: { readonly [K in AbcClass]: AbcClassSummary<C> };
  /** Every customer, in rank order (value descending, then customer id ascending). */
  readonly customers: readonly AbcAssignment<C>[];
}

/**
 * The codes of the errors {@link AbcResult}s can fail with: `CURRENCY_MISMATCH` (an entry in
 * another currency, with its index), `MISSING_PROFIT` (ranking by profit, an entry without one),
 * `AMOUNT_OUT_OF_RANGE` (a total beyond the safe-integer range of minor units),
 * `DUPLICATE_CUSTOMER_ID` (when duplicates are checked).
 *
 * @category ABC analysis
 */
export type AbcErrorCode = 'CURRENCY_MISMATCH' | 'MISSING_PROFIT' | 'AMOUNT_OUT_OF_RANGE' | 'DUPLICATE_CUSTOMER_ID';
