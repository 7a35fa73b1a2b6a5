import type { CurrencyCode } from '../core/currency.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { type LocalizedText, text } from '../core/locale.js';
import { add } from '../core/money/add.js';
import { assertSameCurrency } from '../core/money/assert-same-currency.js';
import type { Money } from '../core/money/money.js';
import { moneyToString } from '../core/money/money-to-string.js';
import { multiplyMoney } from '../core/money/multiply-money.js';
import { subtract } from '../core/money/subtract.js';
import type { AbcClass } from './abc-class.js';
import { formatThreshold } from './format-share.js';
import { SEGMENTATION_MESSAGES } from './messages.js';

/**
 * Spend (market input and other costs) per ABC class.
 *
 * @typeParam C - The currency code.
 * @category Differentiation analysis
 */
export type SpendByClass<C extends CurrencyCode = CurrencyCode> = { readonly [K in AbcClass]: Money<C> };

/**
 * A plan moving spend from class C to class A.
 *
 * @typeParam C - The currency code.
 * @category Differentiation analysis
 */
export interface ResourceShiftPlan<C extends CurrencyCode = CurrencyCode> {
  /** Spend per class before. */
  readonly before: SpendByClass<C>;
  /** Spend per class after; the total is unchanged. */
  readonly after: SpendByClass<C>;
  /** The amount moved from C to A. */
  readonly moved: Money<C>;
  /** The plan in one line, in both locales. */
  readonly explanation: LocalizedText;
}

/**
 * Differentiation question 7 (根据客户带给企业价值的大小，把客户分为 A、B、C 三类。减少对 C 类客户的
 * 市场投入与其他花费，把节约的资金投向 A 类客户, DOMAIN.md §3 [seed 003]): moves a share of class
 * C's spend (default half [practice]; rounded down to the minor unit) to class A; B is unchanged
 * and the total is conserved exactly.
 *
 * @typeParam C - The currency code.
 * @param spend - The current spend per class ({@link SpendByClass}), in one currency.
 * @param shiftFromC - The share of C's spend to move, from 0 to 1 (default 0.5).
 * @returns The plan.
 * @throws LogisticsCustomerError `INVALID_SHARE` for a share outside 0–1;
 *   `CURRENCY_MISMATCH` when the classes' currencies differ.
 *
 * @example
 * ```ts
 * import { unwrap, money } from 'logistics-customer/core';
 * import { planResourceShift } from 'logistics-customer/segmentation';
 * const cny = (v: string) => unwrap(money(v, 'CNY'));
 * const plan = planResourceShift({ A: cny('50000'), B: cny('30000'), C: cny('20000.01') });
 * [plan.moved, plan.after.A, plan.after.C];
 * // => [{ amount: 1000000, scale: 2, currency: 'CNY' }, { amount: 6000000, scale: 2, currency: 'CNY' }, { amount: 1000001, scale: 2, currency: 'CNY' }]
 * ```
 * @category Differentiation analysis
 */
export function planResourceShift<C extends CurrencyCode>(
  spend: { readonly A: Money<C>; readonly B: Money<NoInfer<C>>; readonly C: Money<NoInfer<C>> },
  shiftFromC = 0.5,
): ResourceShiftPlan<C> {
  if (!(typeof shiftFromC === 'number' && shiftFromC >= 0 && shiftFromC <= 1)) {
    throw new LogisticsCustomerError('INVALID_SHARE', SEGMENTATION_MESSAGES.INVALID_SHARE, { received: shiftFromC });
  }
  assertSameCurrency(spend.A, spend.B);
  const moved = multiplyMoney(spend.C, shiftFromC, 'down');
  const after = { A: add(spend.A, moved), B: { ...spend.B }, C: subtract(spend.C, moved) };
  const amount = `${moneyToString(moved)} ${moved.currency}`;
  return {
    before: { A: { ...spend.A }, B: { ...spend.B }, C: { ...spend.C } },
    after,
    moved,
    explanation: text(
      `把 C 类客户花费的 ${formatThreshold(shiftFromC)}（${amount}）转投 A 类客户，B 类不变`,
      `move ${formatThreshold(shiftFromC)} of class C's spend (${amount}) to class A; B unchanged`,
    ),
  };
}
