import type { Decimal } from 'decimal.js';
import { LcDecimal } from '../core/decimal.js';
import type { DomainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { add } from '../core/money/add.js';
import { assertSameCurrency } from '../core/money/assert-same-currency.js';
import { compareMoney } from '../core/money/compare-money.js';
import type { Money } from '../core/money/money.js';
import { moneyToDecimal } from '../core/money/money-to-decimal.js';
import { rescaleMinorUnits } from '../core/money/scale.js';
import { subtract } from '../core/money/subtract.js';
import { sumMoney } from '../core/money/sum-money.js';
import { zeroMoney } from '../core/money/zero-money.js';
import { NO_DATA, type NoData } from '../core/rate/no-data.js';
import { type Ratio, ratio } from '../core/rate/ratio.js';
import { ok, type Result } from '../core/result.js';
import type { MeasureTotal, MeasureUnit, ScoreTotal } from './measure.js';
import { VALUE_MESSAGES } from './messages.js';

function isScoreTotal(t: MeasureTotal): t is ScoreTotal {
  return (t as { kind?: unknown }).kind === 'score-total';
}

function scoresOf(a: MeasureTotal, b: MeasureTotal): readonly [ScoreTotal, ScoreTotal] | null {
  const sa = isScoreTotal(a);
  const sb = isScoreTotal(b);
  if (sa !== sb) {
    throw new LogisticsCustomerError('MEASURE_MISMATCH', VALUE_MESSAGES.MEASURE_MISMATCH, { a, b });
  }
  if (!sa || !sb) return null;
  const x = a as ScoreTotal;
  const y = b as ScoreTotal;
  if (x.scale.min !== y.scale.min || x.scale.max !== y.scale.max) {
    throw new LogisticsCustomerError('SCALE_MISMATCH', VALUE_MESSAGES.SCALE_MISMATCH, { a: x.scale, b: y.scale });
  }
  return [x, y];
}

function scoreTotal(value: Decimal, like: ScoreTotal): ScoreTotal {
  return { kind: 'score-total', value, scale: { min: like.scale.min, max: like.scale.max } };
}

/**
 * The zero of a unit: no money in the currency (at its ISO 4217 scale), or a score total of 0.
 *
 * @param unit - The unit.
 * @returns The zero total.
 *
 * @example
 * ```ts
 * import { zeroTotal } from 'logistics-customer/value';
 * zeroTotal({ kind: 'money', currency: 'CNY' });
 * // => { amount: 0, scale: 2, currency: 'CNY' }
 * ```
 * @category Customer value
 */
export function zeroTotal(unit: MeasureUnit): MeasureTotal {
  if (unit.kind === 'money') return zeroMoney(unit.currency);
  return { kind: 'score-total', value: new LcDecimal(0), scale: { min: unit.scale.min, max: unit.scale.max } };
}

/**
 * Adds two totals of the same unit exactly (money through the core money API, scores as
 * decimals).
 *
 * @typeParam T - The total type.
 * @param a - The first total.
 * @param b - The second total.
 * @returns `a + b`.
 * @throws {@link LogisticsCustomerError} `MEASURE_MISMATCH` (money with a score),
 *   `SCALE_MISMATCH`, or the money errors of `add` (`CURRENCY_MISMATCH`, `AMOUNT_OUT_OF_RANGE`).
 *
 * @example
 * ```ts
 * import { addTotals } from 'logistics-customer/value';
 * addTotals({ amount: 10, scale: 2, currency: 'CNY' }, { amount: 20, scale: 2, currency: 'CNY' });
 * // => { amount: 30, scale: 2, currency: 'CNY' }
 * ```
 * @category Customer value
 */
export function addTotals<T extends MeasureTotal>(a: T, b: T): T {
  const scores = scoresOf(a, b);
  if (scores === null) return add(a as Money, b as Money) as T;
  return scoreTotal(scores[0].value.plus(scores[1].value), scores[0]) as T;
}

/**
 * Subtracts one total from another of the same unit exactly.
 *
 * @typeParam T - The total type.
 * @param a - The total to subtract from.
 * @param b - The total to subtract.
 * @returns `a − b`.
 * @throws {@link LogisticsCustomerError} as {@link addTotals}.
 *
 * @example
 * ```ts
 * import { subtractTotals } from 'logistics-customer/value';
 * subtractTotals({ amount: 10, scale: 2, currency: 'CNY' }, { amount: 30, scale: 2, currency: 'CNY' });
 * // => { amount: -20, scale: 2, currency: 'CNY' }
 * ```
 * @category Customer value
 */
export function subtractTotals<T extends MeasureTotal>(a: T, b: T): T {
  const scores = scoresOf(a, b);
  if (scores === null) return subtract(a as Money, b as Money) as T;
  return scoreTotal(scores[0].value.minus(scores[1].value), scores[0]) as T;
}

/**
 * Compares two totals of the same unit.
 *
 * @param a - The first total.
 * @param b - The second total.
 * @returns -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
 * @throws {@link LogisticsCustomerError} as {@link addTotals}.
 *
 * @example
 * ```ts
 * import { compareTotals } from 'logistics-customer/value';
 * compareTotals({ amount: 1000, scale: 2, currency: 'CNY' }, { amount: 1, scale: 0, currency: 'CNY' });
 * // => 1
 * ```
 * @category Customer value
 */
export function compareTotals(a: MeasureTotal, b: MeasureTotal): -1 | 0 | 1 {
  const scores = scoresOf(a, b);
  if (scores === null) return compareMoney(a as Money, b as Money);
  return scores[0].value.comparedTo(scores[1].value) as -1 | 0 | 1;
}

/**
 * A total as a decimal number (money in major units: 123.45 for ¥123.45).
 *
 * @param t - The total.
 * @returns The exact decimal value.
 * @throws {@link LogisticsCustomerError} `INVALID_SCALE` or `INVALID_AMOUNT` for an amount of
 *   money that is not a valid `Money` (a scale outside 0–15, an amount that is not a safe
 *   integer) — never a raw `DecimalError`.
 *
 * @example
 * ```ts
 * import { totalToDecimal } from 'logistics-customer/value';
 * totalToDecimal({ amount: 12345, scale: 2, currency: 'CNY' }).toString();
 * // => '123.45'
 * ```
 * @category Customer value
 */
export function totalToDecimal(t: MeasureTotal): Decimal {
  return isScoreTotal(t) ? t.value : moneyToDecimal(t);
}

/**
 * The exact ratio of two totals of the same unit, `a / b`: for money the numerator and
 * denominator are the minor units at the larger scale; for scores the decimals scaled to
 * whole numbers. A zero `b` gives `NO_DATA` (the ratio is undefined), never `Infinity`.
 *
 * @param a - The numerator total.
 * @param b - The denominator total.
 * @returns The ratio, or `NO_DATA` when `b` is zero.
 * @throws {@link LogisticsCustomerError} as {@link addTotals}.
 *
 * @example
 * ```ts
 * import { totalsRatio } from 'logistics-customer/value';
 * totalsRatio({ amount: 130000, scale: 2, currency: 'CNY' }, { amount: 100000, scale: 2, currency: 'CNY' });
 * // => { kind: 'ratio', numerator: 130000, denominator: 100000 }
 * ```
 * @category Customer value
 */
export function totalsRatio(a: MeasureTotal, b: MeasureTotal): Ratio | NoData {
  const scores = scoresOf(a, b);
  if (scores === null) {
    const x = a as Money;
    const y = b as Money;
    assertSameCurrency(x, y);
    if (y.amount === 0) return NO_DATA;
    const scale = Math.max(x.scale, y.scale);
    return ratio(rescaleMinorUnits(x.amount, x.scale, scale), rescaleMinorUnits(y.amount, y.scale, scale));
  }
  const [x, y] = scores;
  if (y.value.isZero()) return NO_DATA;
  const shift = Math.max(x.value.decimalPlaces(), y.value.decimalPlaces());
  return ratio(x.value.times(new LcDecimal(10).pow(shift)).toNumber(), y.value.times(new LcDecimal(10).pow(shift)).toNumber());
}

/**
 * Adds up totals of one unit exactly (money through the core `sumMoney`, at the largest scale
 * among the amounts, so a total beyond the safe range comes back as an `AMOUNT_OUT_OF_RANGE`
 * error instead of a rounded number).
 *
 * @param totals - The totals, all in `unit`.
 * @param unit - The unit (its zero is the sum of nothing).
 * @returns The sum, or the money error.
 * @throws {@link LogisticsCustomerError} when a total is not in `unit` (API misuse).
 *
 * @example
 * ```ts
 * import { sumTotals } from 'logistics-customer/value';
 * sumTotals([{ amount: 10, scale: 2, currency: 'CNY' }, { amount: 5, scale: 1, currency: 'CNY' }], { kind: 'money', currency: 'CNY' });
 * // => { ok: true, value: { amount: 60, scale: 2, currency: 'CNY' } }
 * ```
 * @category Customer value
 */
export function sumTotals(totals: readonly MeasureTotal[], unit: MeasureUnit): Result<MeasureTotal, DomainError> {
  const zero = zeroTotal(unit);
  if (unit.kind === 'money') {
    for (const t of totals) {
      scoresOf(zero, t);
      assertSameCurrency(zero as Money, t as Money);
    }
    return sumMoney(totals as readonly Money[], unit.currency);
  }
  let sum = zero as ScoreTotal;
  for (const t of totals) sum = addTotals(sum, t as ScoreTotal);
  return ok(sum);
}
