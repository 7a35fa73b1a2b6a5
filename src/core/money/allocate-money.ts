import type { CurrencyCode } from '../currency.js';
import type { DecimalInput } from '../decimal.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import { type ScaledInteger, toScaledInteger } from './exact-decimal.js';
import type { Money } from './money.js';

const MAX_SPREAD = 300;

function invalid(ratios: readonly DecimalInput[], reason: string): never {
  throw new LogisticsCustomerError('INVALID_ALLOCATION', CORE_MESSAGES.INVALID_ALLOCATION, {
    ratios: ratios.map(String),
    reason,
  });
}

/**
 * Splits an amount into parts proportional to ratios without losing or creating a minor unit:
 * each part gets the floor of its exact share and the leftover units go, one each, to the parts
 * with the largest remainders (earlier parts first on a tie). Used to share a freight bill or a
 * key account's cost between customers or departments.
 *
 * @typeParam C - The currency code.
 * @param m - The amount to split.
 * @param ratios - Non-negative weights (decimals), at least one above zero; zero weights get zero.
 * @returns One part per ratio, at `m.scale`, summing exactly to `m`.
 * @throws {@link LogisticsCustomerError} `INVALID_ALLOCATION` for no ratios, a negative or
 *   non-decimal ratio, all ratios zero, or ratios spanning more than 300 orders of magnitude;
 *   `INVALID_AMOUNT` for an amount that is not a safe integer.
 *
 * @example
 * ```ts
 * import { allocateMoney, money, moneyToString, unwrap } from 'logistics-customer/core';
 * allocateMoney(unwrap(money('100', 'CNY')), [1, 1, 1]).map(moneyToString);
 * // => ['33.34', '33.33', '33.33']
 * ```
 * @category Money
 */
export function allocateMoney<C extends CurrencyCode>(m: Money<C>, ratios: readonly DecimalInput[]): readonly Money<C>[] {
  if (!Number.isSafeInteger(m.amount)) {
    throw new LogisticsCustomerError('INVALID_AMOUNT', CORE_MESSAGES.INVALID_AMOUNT, { amount: m.amount });
  }
  if (ratios.length === 0) invalid(ratios, 'no ratios');
  const scaled: ScaledInteger[] = [];
  for (const r of ratios) {
    let s: ScaledInteger;
    try {
      s = toScaledInteger(r);
    } catch {
      return invalid(ratios, 'not a finite decimal');
    }
    if (s.coefficient < 0n) invalid(ratios, 'negative ratio');
    scaled.push(s);
  }
  const positive = scaled.filter((s) => s.coefficient > 0n);
  if (positive.length === 0) invalid(ratios, 'all ratios are zero');
  const low = Math.min(...positive.map((s) => s.exponent));
  const high = Math.max(...positive.map((s) => s.exponent));
  if (high - low > MAX_SPREAD) invalid(ratios, 'ratios span too many orders of magnitude');

  const weights = scaled.map((s) => (s.coefficient === 0n ? 0n : s.coefficient * 10n ** BigInt(s.exponent - low)));
  const total = weights.reduce((sum, w) => sum + w, 0n);
  const negative = m.amount < 0;
  const whole = BigInt(negative ? 0 - m.amount : m.amount);
  const floors = weights.map((w) => (whole * w) / total);
  const remainders = weights.map((w) => (whole * w) % total);
  let leftover = Number(whole - floors.reduce((sum, f) => sum + f, 0n));
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((x, y) => (x.remainder === y.remainder ? x.index - y.index : x.remainder > y.remainder ? -1 : 1));
  const extra = new Array<bigint>(weights.length).fill(0n);
  for (const { index } of order) {
    if (leftover === 0) break;
    extra[index] = 1n;
    leftover--;
  }
  return floors.map((f, i) => {
    const units = Number(f + (extra[i] ?? 0n));
    return { amount: negative && units !== 0 ? -units : units, scale: m.scale, currency: m.currency };
  });
}
