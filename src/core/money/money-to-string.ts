import { assertMoney } from './assert-money.js';
import type { Money } from './money.js';

/**
 * The exact decimal text of an amount, with as many decimals as its scale: `'123.45'`,
 * `'-0.50'`, `'1000'` (JPY). Never exponent notation, never a float round trip.
 *
 * @param m - The amount.
 * @returns The plain decimal string (no currency, no grouping).
 * @throws {@link LogisticsCustomerError} `INVALID_SCALE` for a scale that is not a whole number
 *   from 0 to 15; `INVALID_AMOUNT` for an amount that is not a safe integer (`NaN`, `1.5`,
 *   `1e21`), which has no exact decimal text.
 *
 * @example
 * ```ts
 * import { money, moneyToString, unwrap } from 'logistics-customer/core';
 * [moneyToString(unwrap(money('-0.5', 'CNY'))), moneyToString(unwrap(money('1000', 'JPY')))];
 * // => ['-0.50', '1000']
 * ```
 * @category Money
 */
export function moneyToString(m: Money): string {
  assertMoney(m);
  const negative = m.amount < 0;
  const digits = String(negative ? 0 - m.amount : m.amount);
  if (m.scale === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(m.scale + 1, '0');
  const cut = padded.length - m.scale;
  return `${negative ? '-' : ''}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}
