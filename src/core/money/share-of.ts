import type { CurrencyCode } from '../currency.js';
import { NO_DATA, type NoData } from '../rate/no-data.js';
import { ratio, type Ratio } from '../rate/ratio.js';
import { assertSameCurrency } from './assert-same-currency.js';
import type { Money } from './money.js';
import { rescaleMinorUnits } from './scale.js';

/**
 * The exact share of a part in a total, e.g. a customer's share of revenue in ABC analysis
 * (ABC 分类, DOMAIN.md §3): numerator and denominator are the minor units at the larger of the
 * two scales, so shares of parts that make up the total add up to exactly one.
 *
 * @typeParam C - The currency code; `total` must have the same one.
 * @param part - The part.
 * @param total - The total.
 * @returns The share as a {@link Ratio}, or `NO_DATA` when the total is zero (there is nothing
 *   to take a share of — never `NaN` or `Infinity`).
 * @throws {@link LogisticsCustomerError} `CURRENCY_MISMATCH` when the currencies differ;
 *   `AMOUNT_OUT_OF_RANGE` when bringing both to one scale leaves the safe integer range.
 *
 * @example
 * ```ts
 * import { money, shareOf, unwrap } from 'logistics-customer/core';
 * shareOf(unwrap(money('80', 'CNY')), unwrap(money('100', 'CNY')));
 * // => { kind: 'ratio', numerator: 8000, denominator: 10000 }
 * ```
 * @category Money
 */
export function shareOf<C extends CurrencyCode>(part: Money<C>, total: Money<NoInfer<C>>): Ratio | NoData {
  assertSameCurrency(part, total);
  if (total.amount === 0) return NO_DATA;
  const scale = part.scale >= total.scale ? part.scale : total.scale;
  return ratio(rescaleMinorUnits(part.amount, part.scale, scale), rescaleMinorUnits(total.amount, total.scale, scale));
}
