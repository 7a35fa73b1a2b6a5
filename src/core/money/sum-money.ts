import type { CurrencyCode } from '../currency.js';
import { type DomainError, domainError } from '../domain-error.js';
import { INVALID_AMOUNT_MESSAGE, INVALID_SCALE_MESSAGE, LogisticsCustomerError } from '../invariant.js';
import { text } from '../locale.js';
import { err, ok, type Result } from '../result.js';
import { currencyExponent } from './currency-exponent.js';
import type { Money } from './money.js';
import { amountOutOfRangeError } from './money-errors.js';
import { isMoneyScale } from './scale.js';

/**
 * The codes of the expected failures of {@link sumMoney}.
 *
 * @category Money
 */
export type SumMoneyErrorCode = 'CURRENCY_MISMATCH' | 'AMOUNT_OUT_OF_RANGE';

const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = BigInt(MAX);
const POWERS_OF_TEN: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

function broken(code: 'INVALID_AMOUNT' | 'INVALID_SCALE', index: number, value: unknown): never {
  throw new LogisticsCustomerError(code, code === 'INVALID_AMOUNT' ? INVALID_AMOUNT_MESSAGE : INVALID_SCALE_MESSAGE, { index, value });
}

/** Exact sum in BigInt, from `start` on, of the amounts rescaled to `scale`. */
function sumExactly(amounts: readonly Money[], start: number, initial: number, scale: number): bigint {
  let total = BigInt(initial);
  for (let i = start; i < amounts.length; i++) {
    const m = amounts[i] as Money;
    total += BigInt(m.amount) * 10n ** BigInt(scale - m.scale);
  }
  return total;
}

/**
 * The hot loop of {@link sumMoney}, kept in its own small function so that V8 optimises it as
 * a whole (an on-stack-replaced loop would deoptimise on the code after it at every call).
 * Returns `NaN` — internally only — when the general path must decide.
 */
function fastTotal(amounts: readonly Money[], currency: string, scale: number): number {
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    const m = amounts[i] as Money;
    const amount = m.amount;
    if (m.currency !== currency || m.scale !== scale || !Number.isSafeInteger(amount)) return Number.NaN;
    total += amount;
    if (total > MAX || total < -MAX) return Number.NaN;
  }
  return total;
}

/** The checked path of {@link sumMoney}: mixed scales, mismatches, overflow, empty lists. */
function sumGeneral<C extends CurrencyCode>(
  amounts: readonly Money<C>[],
  currency: C,
): Result<Money<C>, DomainError<SumMoneyErrorCode>> {
  // No scale seen yet: NaN, which no scale (not even a NaN one) is equal to, so the first item's
  // scale is always checked. (-1 would let items at scale -1 through unchecked.)
  let scale = Number.NaN;
  let index = 0;
  for (const m of amounts) {
    if (m.currency !== currency) {
      return err(
        domainError(
          'CURRENCY_MISMATCH',
          text(
            `第 ${index} 项的币种为 ${m.currency}，与合计币种 ${currency} 不一致`,
            `item ${index} is in ${m.currency}, not in ${currency}, the currency of the sum`,
          ),
          { path: [index, 'currency'], details: { index, expected: currency, received: m.currency } },
        ),
      );
    }
    if (m.scale !== scale) {
      if (!isMoneyScale(m.scale)) broken('INVALID_SCALE', index, m.scale);
      if (!(m.scale <= scale)) scale = m.scale;
    }
    if (!Number.isSafeInteger(m.amount)) broken('INVALID_AMOUNT', index, m.amount);
    index++;
  }
  if (Number.isNaN(scale)) return ok({ amount: 0, scale: currencyExponent(currency), currency });

  // Integer additions are exact as long as every partial sum is a safe integer.
  let total = 0;
  let i = 0;
  const n = amounts.length;
  for (; i < n; i++) {
    const m = amounts[i] as Money;
    const scaled = m.amount * (POWERS_OF_TEN[scale - m.scale] as number);
    const next = total + scaled;
    if (!Number.isSafeInteger(scaled) || next > MAX || next < -MAX) break;
    total = next;
  }
  if (i < n) {
    const exact = sumExactly(amounts, i, total, scale);
    if (exact > BIG_MAX || exact < -BIG_MAX) {
      return err(amountOutOfRangeError({ received: exact.toString(), currency, scale }));
    }
    total = Number(exact);
  }
  return ok({ amount: total === 0 ? 0 : total, scale, currency });
}

/**
 * Sums many amounts of one currency exactly and fast: integer additions of minor units (the
 * result scale is the largest scale in the list), falling back to BigInt only if a partial sum
 * leaves the safe integer range. About 200 times faster than a decimal.js loop.
 *
 * @typeParam C - The currency code.
 * @param amounts - The amounts to add (not modified).
 * @param currency - The currency every amount must be in (also the currency of an empty sum).
 * @returns The exact total (zero at the currency's exponent for an empty list), or a
 *   {@link DomainError} `CURRENCY_MISMATCH` (with `details.index` and the path of the first
 *   amount in another currency) or `AMOUNT_OUT_OF_RANGE`.
 * @throws {@link LogisticsCustomerError} `INVALID_AMOUNT` or `INVALID_SCALE` for an element that
 *   is not a valid {@link Money} (an amount that is not a safe integer, a scale outside 0–15).
 *
 * @example
 * ```ts
 * import { moneyFromMinor, sumMoney, unwrap } from 'logistics-customer/core';
 * const freight = [1999, 2501, 500].map((fen) => unwrap(moneyFromMinor(fen, 'CNY')));
 * sumMoney(freight, 'CNY');
 * // => { ok: true, value: { amount: 5000, scale: 2, currency: 'CNY' } }
 * ```
 * @category Money
 */
export function sumMoney<C extends CurrencyCode>(
  amounts: readonly Money<C>[],
  currency: C,
): Result<Money<C>, DomainError<SumMoneyErrorCode>> {
  // One pass for the common case: one currency, one scale, safe partial sums. Anything else
  // (an empty list, mixed scales, a mismatch, an overflow, a broken element) takes the general
  // path, which checks everything and falls back to BigInt.
  const scale = amounts.length === 0 ? -1 : (amounts[0] as Money).scale;
  const total = isMoneyScale(scale) ? fastTotal(amounts, currency, scale) : Number.NaN;
  if (Number.isNaN(total)) return sumGeneral(amounts, currency);
  return ok({ amount: total === 0 ? 0 : total, scale, currency });
}
