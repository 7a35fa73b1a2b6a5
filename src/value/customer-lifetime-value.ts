import type { Decimal } from 'decimal.js';
import type { CurrencyCode } from '../core/currency.js';
import { LcDecimal } from '../core/decimal.js';
import { type DomainError, domainError, type ErrorPath } from '../core/domain-error.js';
import { text } from '../core/locale.js';
import { type Money, money } from '../core/money/money.js';
import { moneyError } from '../core/money/money-errors.js';
import { moneyToDecimal } from '../core/money/money-to-decimal.js';
import { isMoneyScale } from '../core/money/scale.js';
import { sumMoney } from '../core/money/sum-money.js';
import { err, ok, type Result } from '../core/result.js';
import { type LifetimeValueMultiple, lifetimeValueMultiple, type LifetimeValueParameters } from './lifetime-value-multiple.js';
import { type MarginStatus, marginStatusOf } from './margin-status.js';

/**
 * A customer lifetime value (客户终身价值): the margin per period used, its sign, the multiple
 * and the value, exact and rounded to money.
 *
 * @typeParam C - The currency.
 * @category Customer value
 */
export interface CustomerLifetimeValue<C extends CurrencyCode = CurrencyCode> {
  /** m: the margin per period used (exact, or 40 significant digits for an average). */
  readonly marginPerPeriod: Decimal;
  /** The sign of m: lifetime value is computed for zero and negative margins too. */
  readonly marginStatus: MarginStatus;
  /** The multiple Σ r^t / (1 + d)^t with its parameters and periods. */
  readonly multiple: LifetimeValueMultiple;
  /** m × multiple, 40 significant digits, before rounding to money. */
  readonly exact: Decimal;
  /** The lifetime value in money, rounded half-even to the margin's scale. */
  readonly value: Money<C>;
}

/**
 * The input of {@link customerLifetimeValue}: a constant margin per period and the model's
 * parameters.
 *
 * @typeParam C - The currency.
 * @category Customer value
 */
export interface CustomerLifetimeValueInput<C extends CurrencyCode = CurrencyCode> extends LifetimeValueParameters {
  /** m: the margin per period (may be zero or negative). */
  readonly margin: Money<C>;
}

/**
 * One entry of a customer's history for {@link lifetimeValueFromHistory}: when, and the margin
 * (profit, 利润额) earned. A `Transaction` of the customer module maps to it as
 * `{ date: t.date, margin: t.profit }` when its profit is known.
 *
 * @typeParam C - The currency.
 * @category Customer value
 */
export interface MarginRecord<C extends CurrencyCode = CurrencyCode> {
  /** When the margin was earned. */
  readonly date: Date;
  /** The margin earned (may be negative). */
  readonly margin: Money<C>;
}

/**
 * The options of {@link lifetimeValueFromHistory}: the observation window, how many periods
 * it spans, and the model's parameters per period — nothing is implied.
 *
 * @typeParam C - The currency.
 * @category Customer value
 */
export interface LifetimeValueFromHistoryOptions<C extends CurrencyCode = CurrencyCode> extends LifetimeValueParameters {
  /** The currency every margin is in. */
  readonly currency: C;
  /** The start of the observation window (inclusive). */
  readonly from: Date;
  /** The end of the observation window (exclusive). */
  readonly to: Date;
  /** How many periods the window spans (12 for a year of months), a whole number above 0. */
  readonly periodsInWindow: number;
}

/**
 * A lifetime value computed from history, with what was taken from the history.
 *
 * @typeParam C - The currency.
 * @category Customer value
 */
export interface LifetimeValueFromHistory<C extends CurrencyCode = CurrencyCode> extends CustomerLifetimeValue<C> {
  /** The sum of the margins inside the window, exact. */
  readonly totalMargin: Money<C>;
  /** The periods the window spans. */
  readonly periodsInWindow: number;
  /** How many records fell inside the window. */
  readonly recordsUsed: number;
  /** How many records fell outside it (ignored). */
  readonly recordsOutsideWindow: number;
}

/**
 * The problems of a value that should be a {@link Money} but is not one (an untyped caller's
 * `NaN`, `1.5` or `1e308` minor units, a scale of -1 or 1.5), so that decimal.js never sees it.
 */
function moneyProblems(m: Money, path: ErrorPath): DomainError[] {
  const problems: DomainError[] = [];
  if (!isMoneyScale(m.scale)) {
    problems.push(moneyError('INVALID_SCALE', { received: m.scale, currency: m.currency, path: [...path, 'scale'] }));
  }
  if (!Number.isSafeInteger(m.amount)) {
    const shown = String(m.amount);
    problems.push(
      domainError(
        'INVALID_AMOUNT',
        text(
          `金额须为以最小货币单位计的安全整数（如 12345 表示 123.45），收到 ${shown}`,
          `the amount must be a whole number of minor units within the safe integer range (12345 for 123.45); received ${shown}`,
        ),
        { path: [...path, 'amount'], details: { received: m.amount, currency: m.currency, scale: m.scale } },
      ),
    );
  }
  return problems;
}

function assemble<C extends CurrencyCode>(
  margin: Decimal,
  currency: C,
  scale: number,
  multiple: LifetimeValueMultiple,
): Result<CustomerLifetimeValue<C>, readonly DomainError[]> {
  const exact = margin.times(multiple.multiple);
  const rounded = money(exact.toFixed(scale), currency, { scale });
  if (!rounded.ok) return err([rounded.error]);
  return ok({ marginPerPeriod: margin, marginStatus: marginStatusOf(margin), multiple, exact, value: rounded.value });
}

/**
 * Customer lifetime value for a constant margin, retention and discount rate (客户终身价值,
 * DOMAIN.md §4 [practice]). With margin m at the end of each period while the customer stays,
 * retention r and discount rate d per period:
 *
 * - infinite horizon (the simple closed form): CLV = m × r / (1 + d − r);
 * - finite horizon H: `CLV = m × Σ(t = 1 … H) r^t / (1 + d)^t`.
 *
 * Zero and negative margins are allowed; their sign is reported in `marginStatus`.
 *
 * @typeParam C - The currency.
 * @param input - m, r, d and the horizon, all per period.
 * @returns The lifetime value, or every problem: `INVALID_AMOUNT` (path `margin.amount`: not a
 *   safe integer of minor units, e.g. `NaN` or `1.5`), `INVALID_SCALE` (path `margin.scale`: not a
 *   whole number from 0 to 15), the parameter problems of {@link lifetimeValueMultiple}
 *   (retention outside [0, 1), discount rate ≤ −1, …), or `AMOUNT_OUT_OF_RANGE` for a value
 *   beyond the money range.
 *
 * @example
 * ```ts
 * import { money, unwrap } from 'logistics-customer';
 * import { customerLifetimeValue } from 'logistics-customer/value';
 * const clv = customerLifetimeValue({
 *   margin: unwrap(money('1000', 'CNY')), retention: '0.8', discountRate: '0.1', horizon: 'infinite',
 * });
 * clv.ok && clv.value.value;
 * // => { amount: 266667, scale: 2, currency: 'CNY' }
 * ```
 * @category Customer value
 */
export function customerLifetimeValue<C extends CurrencyCode>(
  input: CustomerLifetimeValueInput<C>,
): Result<CustomerLifetimeValue<C>, readonly DomainError[]> {
  const problems = moneyProblems(input.margin, ['margin']);
  const multiple = lifetimeValueMultiple(input);
  if (!multiple.ok) problems.push(...multiple.error);
  if (problems.length > 0 || !multiple.ok) return err(problems);
  return assemble(moneyToDecimal(input.margin), input.margin.currency, input.margin.scale, multiple.value);
}

function validDate(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

/**
 * Customer lifetime value from a customer's history (客户终身价值, DOMAIN.md §4 [practice]): the
 * average margin per period observed in a window, m = (Σ margins in [from, to)) ÷
 * periodsInWindow, then discounted over the customer's expected life,
 * `CLV = m × Σ(t = 1 … H) r^t / (1 + d)^t` (or `m × r / (1 + d − r)` for an infinite horizon), with
 * retention r and discount rate d per period. Every parameter is explicit; records outside
 * the window are ignored and counted. A zero or negative average margin is allowed and
 * reported in `marginStatus`.
 *
 * @typeParam C - The currency.
 * @param history - The customer's margin records (e.g. transactions with a known profit).
 * @param options - The window, its length in periods, and r, d and the horizon per period.
 * @returns The lifetime value, or every problem: `INVALID_WINDOW`, `INVALID_PERIODS`,
 *   `INVALID_DATE`, `CURRENCY_MISMATCH`, `INVALID_AMOUNT` or `INVALID_SCALE` (a margin that is not
 *   a valid `Money`; each with the record's index in the path), the parameter problems of
 *   {@link lifetimeValueMultiple}, or `AMOUNT_OUT_OF_RANGE` for a total beyond the money range.
 *
 * @example
 * ```ts
 * import { money, unwrap } from 'logistics-customer';
 * import { lifetimeValueFromHistory } from 'logistics-customer/value';
 * const cny = (s: string) => unwrap(money(s, 'CNY'));
 * const clv = lifetimeValueFromHistory(
 *   [
 *     { date: new Date('2025-02-10T00:00:00Z'), margin: cny('500') },
 *     { date: new Date('2025-07-01T00:00:00Z'), margin: cny('700') },
 *     { date: new Date('2024-12-01T00:00:00Z'), margin: cny('900') },
 *   ],
 *   {
 *     currency: 'CNY', from: new Date('2025-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z'),
 *     periodsInWindow: 12, retention: '0.9', discountRate: '0.01', horizon: 'infinite',
 *   },
 * );
 * clv.ok && [clv.value.marginPerPeriod.toString(), clv.value.recordsOutsideWindow, clv.value.value.amount];
 * // => ['100', 1, 81818]
 * ```
 * @category Customer value
 */
export function lifetimeValueFromHistory<C extends CurrencyCode>(
  history: readonly MarginRecord<NoInfer<C>>[],
  options: LifetimeValueFromHistoryOptions<C>,
): Result<LifetimeValueFromHistory<C>, readonly DomainError[]> {
  const errors: DomainError[] = [];
  const { currency, from, to, periodsInWindow } = options;
  if (!validDate(from) || !validDate(to) || from.getTime() >= to.getTime()) {
    errors.push(
      domainError(
        'INVALID_WINDOW',
        text('观察窗口须为有效日期，且开始早于结束（from < to）', 'the observation window needs valid dates with from before to'),
        { path: ['from'], details: { from: String(from), to: String(to) } },
      ),
    );
  }
  if (!Number.isSafeInteger(periodsInWindow) || periodsInWindow < 1) {
    errors.push(
      domainError(
        'INVALID_PERIODS',
        text(`窗口期数须为大于 0 的整数，收到 ${String(periodsInWindow)}`, `periodsInWindow must be a whole number above 0; received ${String(periodsInWindow)}`),
        { path: ['periodsInWindow'], details: { received: periodsInWindow } },
      ),
    );
  }
  const multiple = lifetimeValueMultiple(options);
  if (!multiple.ok) errors.push(...multiple.error);

  const inside: Money<C>[] = [];
  let outside = 0;
  for (const [index, record] of history.entries()) {
    if (!validDate(record.date)) {
      errors.push(
        domainError('INVALID_DATE', text(`第 ${index} 条记录的日期无效`, `record ${index} has an invalid date`), {
          path: ['history', index, 'date'],
          details: { received: String(record.date) },
        }),
      );
      continue;
    }
    if (record.margin.currency !== currency) {
      errors.push(
        domainError(
          'CURRENCY_MISMATCH',
          text(
            `第 ${index} 条记录的币种为 ${record.margin.currency}，应为 ${currency}`,
            `record ${index} is in ${record.margin.currency}, not in ${currency}`,
          ),
          { path: ['history', index, 'margin', 'currency'], details: { expected: currency, received: record.margin.currency } },
        ),
      );
      continue;
    }
    const problems = moneyProblems(record.margin, ['history', index, 'margin']);
    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    const time = record.date.getTime();
    if (validDate(from) && validDate(to) && time >= from.getTime() && time < to.getTime()) inside.push(record.margin);
    else outside++;
  }
  if (errors.length > 0 || !multiple.ok) return err(errors);

  const total = sumMoney(inside, currency);
  if (!total.ok) return err([total.error]);
  const average = moneyToDecimal(total.value).div(new LcDecimal(periodsInWindow));
  const clv = assemble(average, currency, total.value.scale, multiple.value);
  if (!clv.ok) return clv;
  return ok({
    ...clv.value,
    totalMargin: total.value,
    periodsInWindow,
    recordsUsed: inside.length,
    recordsOutsideWindow: outside,
  });
}
