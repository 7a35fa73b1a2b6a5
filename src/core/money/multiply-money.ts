import type { CurrencyCode } from '../currency.js';
import type { DecimalInput } from '../decimal.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import type { Ratio } from '../rate/ratio.js';
import { divideAndRound, type ScaledInteger, toScaledInteger } from './exact-decimal.js';
import { AMOUNT_OUT_OF_RANGE_MESSAGE, INVALID_FACTOR_MESSAGE } from './messages.js';
import type { Money } from './money.js';
import type { RoundingMode } from './rounding-mode.js';

const BIG_MAX = BigInt(Number.MAX_SAFE_INTEGER);

function isRatio(factor: DecimalInput | Ratio): factor is Ratio {
  return typeof factor === 'object' && factor !== null && 'kind' in factor && factor.kind === 'ratio';
}

/** The factor as an exact fraction with a positive denominator. */
function toFraction(factor: DecimalInput | Ratio): { readonly num: bigint; readonly den: bigint } {
  if (isRatio(factor)) {
    const n = toScaledInteger(factor.numerator);
    const d = toScaledInteger(factor.denominator);
    if (d.coefficient === 0n) {
      throw new LogisticsCustomerError('INVALID_FACTOR', INVALID_FACTOR_MESSAGE, { factor });
    }
    const shift = n.exponent - d.exponent;
    const num = shift >= 0 ? n.coefficient * 10n ** BigInt(shift) : n.coefficient;
    const den = shift < 0 ? d.coefficient * 10n ** BigInt(-shift) : d.coefficient;
    return den < 0n ? { num: -num, den: -den } : { num, den };
  }
  const f: ScaledInteger = toScaledInteger(factor);
  if (f.coefficient === 0n) return { num: 0n, den: 1n };
  const magnitude = f.exponent + (f.coefficient < 0n ? -f.coefficient : f.coefficient).toString().length - 1;
  // |factor| ≥ 10^16 overflows any non-zero amount; |factor| < 10^-20 makes |amount × factor| <
  // 0.001, which every rounding mode treats like any other tiny value of the same sign.
  if (magnitude > 16) return { num: f.coefficient < 0n ? -BIG_MAX - 1n : BIG_MAX + 1n, den: 1n };
  if (magnitude < -20) return { num: f.coefficient < 0n ? -1n : 1n, den: 10n ** 20n };
  return f.exponent >= 0
    ? { num: f.coefficient * 10n ** BigInt(f.exponent), den: 1n }
    : { num: f.coefficient, den: 10n ** BigInt(-f.exponent) };
}

/**
 * Multiplies an amount by a decimal factor or a ratio (a discount rate, a fuel surcharge, a
 * share), exactly, and rounds once to a whole minor unit at the amount's scale.
 *
 * @typeParam C - The currency code.
 * @param m - The amount.
 * @param factor - A decimal (`'1.06'`, `0.85`, an `LcDecimal`) or a {@link Ratio}.
 * @param rounding - How to round to a minor unit (default `'half-even'`).
 * @returns The product at `m.scale`.
 * @throws {@link LogisticsCustomerError} `INVALID_AMOUNT` for an amount that is not a safe
 *   integer; `INVALID_FACTOR` for a factor that is not a finite
 *   decimal or ratio; `INVALID_ROUNDING` for an unknown mode; `AMOUNT_OUT_OF_RANGE` when the
 *   product leaves the safe integer range of minor units.
 *
 * @example
 * ```ts
 * import { money, moneyToString, multiplyMoney, ratio, unwrap } from 'logistics-customer/core';
 * const freight = unwrap(money('100.05', 'CNY'));
 * [moneyToString(multiplyMoney(freight, '0.5')), moneyToString(multiplyMoney(freight, '0.5', 'half-up')), moneyToString(multiplyMoney(freight, ratio(1, 3)))];
 * // => ['50.02', '50.03', '33.35']
 * ```
 * @category Money
 */
export function multiplyMoney<C extends CurrencyCode>(
  m: Money<C>,
  factor: DecimalInput | Ratio,
  rounding: RoundingMode = 'half-even',
): Money<C> {
  if (!Number.isSafeInteger(m.amount)) {
    throw new LogisticsCustomerError('INVALID_AMOUNT', CORE_MESSAGES.INVALID_AMOUNT, { amount: m.amount });
  }
  const { num, den } = toFraction(factor);
  const product = divideAndRound(BigInt(m.amount) * num, den, rounding);
  if (product > BIG_MAX || product < -BIG_MAX) {
    throw new LogisticsCustomerError('AMOUNT_OUT_OF_RANGE', AMOUNT_OUT_OF_RANGE_MESSAGE, { m, factor });
  }
  return { amount: product === 0n ? 0 : Number(product), scale: m.scale, currency: m.currency };
}
