import type { Decimal } from 'decimal.js';
import { LcDecimal } from '../core/decimal.js';
import { type DomainError, domainError } from '../core/domain-error.js';
import { text } from '../core/locale.js';
import { err, ok, type Result } from '../core/result.js';
import { type RateInput, rateInputToDecimal } from './rate-input.js';

/**
 * The longest finite horizon, in periods, that {@link lifetimeValueMultiple} lists period by
 * period (for longer ones use the infinite horizon, the closed form).
 *
 * @example
 * ```ts
 * import { MAX_LIFETIME_PERIODS } from 'logistics-customer/value';
 * MAX_LIFETIME_PERIODS;
 * // => 10000
 * ```
 * @category Customer value
 */
export const MAX_LIFETIME_PERIODS = 10000;

/**
 * The parameters of the discounted-margin lifetime-value model, all per period (a month, a
 * quarter or a year — the same period for all three, and for the margin).
 *
 * @category Customer value
 */
export interface LifetimeValueParameters {
  /** r: the probability that a customer active in one period is still a customer in the next, `0 ≤ r < 1`. */
  readonly retention: RateInput;
  /** d: the discount rate per period, above −1 (0.1 for 10 %). */
  readonly discountRate: RateInput;
  /** H: how many future periods to count, a whole number from 1 to {@link MAX_LIFETIME_PERIODS}, or `'infinite'`. */
  readonly horizon: number | 'infinite';
}

/**
 * One future period of the model.
 *
 * @category Customer value
 */
export interface LifetimeValuePeriod {
  /** t, 1 for the first future period. */
  readonly period: number;
  /** r^t: the probability the customer is still there in period t. */
  readonly survival: Decimal;
  /** 1 / (1 + d)^t: what one unit of margin in period t is worth today. */
  readonly discountFactor: Decimal;
  /** r^t / (1 + d)^t: the weight of period t's margin in the lifetime value. */
  readonly weight: Decimal;
}

/**
 * The margin multiple: lifetime value ÷ margin per period, with the periods it adds up.
 *
 * @category Customer value
 */
export interface LifetimeValueMultiple {
  /** r, as used. */
  readonly retention: Decimal;
  /** d, as used. */
  readonly discountRate: Decimal;
  /** H, as used. */
  readonly horizon: number | 'infinite';
  /** Σ r^t / (1 + d)^t for t = 1 … H; r / (1 + d − r) for an infinite horizon. 40 significant digits. */
  readonly multiple: Decimal;
  /** One row per period for a finite horizon; empty for an infinite one. */
  readonly periods: readonly LifetimeValuePeriod[];
}

/**
 * Computes the margin multiple of customer lifetime value (客户终身价值, DOMAIN.md §4 — the
 * firm's view of customer value [practice]): with margin m received at the end of each period
 * while the customer stays, retention r and discount rate d per period,
 *
 * - finite horizon H: `CLV = m × Σ(t = 1 … H) r^t / (1 + d)^t`;
 * - infinite horizon (the closed form): `CLV = m × r / (1 + d − r)`, which needs `r < 1 + d`.
 *
 * This function returns the multiple Σ r^t / (1 + d)^t, so CLV = m × multiple.
 *
 * @param params - Retention, discount rate and horizon, per period.
 * @returns The multiple and its periods, or every problem: `RETENTION_OUT_OF_RANGE` (outside
 *   `0 ≤ r < 1`), `DISCOUNT_RATE_OUT_OF_RANGE` (d ≤ −1), `INVALID_HORIZON`, `DIVERGENT_SERIES`
 *   (infinite horizon with r ≥ 1 + d) or `INVALID_NUMBER`.
 *
 * @example
 * ```ts
 * import { lifetimeValueMultiple } from 'logistics-customer/value';
 * const m = lifetimeValueMultiple({ retention: '0.8', discountRate: '0.1', horizon: 'infinite' });
 * m.ok && m.value.multiple.toFixed(6);
 * // => '2.666667'
 * const three = lifetimeValueMultiple({ retention: '0.8', discountRate: '0.1', horizon: 3 });
 * three.ok && three.value.periods.map((p) => p.weight.toFixed(4));
 * // => ['0.7273', '0.5289', '0.3847']
 * ```
 * @category Customer value
 */
export function lifetimeValueMultiple(params: LifetimeValueParameters): Result<LifetimeValueMultiple, readonly DomainError[]> {
  const errors: DomainError[] = [];
  const r = rateInputToDecimal(params.retention, ['retention']);
  const d = rateInputToDecimal(params.discountRate, ['discountRate']);
  if (!r.ok) errors.push(r.error);
  else if (r.value.isNegative() || r.value.gte(1)) {
    errors.push(
      domainError(
        'RETENTION_OUT_OF_RANGE',
        text(`保留率须满足 0 ≤ r < 1，收到 ${r.value.toString()}`, `the retention must satisfy 0 ≤ r < 1; received ${r.value.toString()}`),
        { path: ['retention'], details: { received: r.value.toString() } },
      ),
    );
  }
  if (!d.ok) errors.push(d.error);
  else if (d.value.lte(-1)) {
    errors.push(
      domainError(
        'DISCOUNT_RATE_OUT_OF_RANGE',
        text(`折现率须大于 −1，收到 ${d.value.toString()}`, `the discount rate must be above −1; received ${d.value.toString()}`),
        { path: ['discountRate'], details: { received: d.value.toString() } },
      ),
    );
  }
  const horizon = params.horizon;
  if (horizon !== 'infinite' && !(Number.isSafeInteger(horizon) && horizon >= 1 && horizon <= MAX_LIFETIME_PERIODS)) {
    errors.push(
      domainError(
        'INVALID_HORIZON',
        text(
          `期数须为 1 到 ${MAX_LIFETIME_PERIODS} 的整数或 'infinite'，收到 ${String(horizon)}`,
          `the horizon must be a whole number of periods from 1 to ${MAX_LIFETIME_PERIODS} or 'infinite'; received ${String(horizon)}`,
        ),
        { path: ['horizon'], details: { received: horizon } },
      ),
    );
  }
  if (errors.length > 0 || !r.ok || !d.ok) return err(errors);
  const retention = r.value;
  const growth = d.value.plus(1);

  if (horizon === 'infinite') {
    const gap = growth.minus(retention);
    if (!gap.isPositive()) {
      return err([
        domainError(
          'DIVERGENT_SERIES',
          text(
            `无限期数时须满足 r < 1 + d，否则终身价值发散（r = ${retention.toString()}，d = ${d.value.toString()}）`,
            `with an infinite horizon r must be below 1 + d, or the lifetime value diverges (r = ${retention.toString()}, d = ${d.value.toString()})`,
          ),
          { path: ['horizon'], details: { retention: retention.toString(), discountRate: d.value.toString() } },
        ),
      ]);
    }
    return ok({ retention, discountRate: d.value, horizon, multiple: retention.div(gap), periods: [] });
  }

  const periods: LifetimeValuePeriod[] = [];
  let multiple = new LcDecimal(0);
  for (let t = 1; t <= horizon; t++) {
    const survival = retention.pow(t);
    const compounded = growth.pow(t);
    const weight = survival.div(compounded);
    multiple = multiple.plus(weight);
    periods.push({ period: t, survival, discountFactor: new LcDecimal(1).div(compounded), weight });
  }
  return ok({ retention, discountRate: d.value, horizon, multiple, periods });
}
