import { isCurrencyCode } from '../core/currency.js';
import { type DomainError, domainError, type ErrorPath } from '../core/domain-error.js';
import { text } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import { isMoneyScale } from '../core/money/scale.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Ratio } from '../core/rate/ratio.js';
import { err, ok, type Result } from '../core/result.js';
import { type CustomerCostComponent, CustomerCostComponentSchema } from './cost-components.js';
import {
  type Measure,
  type MeasureTotal,
  type MeasureUnit,
  measureUnitOf,
  sameMeasureUnit,
  score,
  toMeasureTotal,
} from './measure.js';
import { subtractTotals, sumTotals, totalsRatio } from './measure-arithmetic.js';
import { type CustomerValueComponent, CustomerValueComponentSchema } from './value-components.js';

/**
 * The components of total customer value (客户总价值) as a customer perceives them; a missing
 * component counts as nothing.
 *
 * @typeParam M - How the components are measured (money in one currency, or scores).
 * @category Customer value
 */
export type ValueBreakdown<M extends Measure = Measure> = { readonly [K in CustomerValueComponent]?: M };

/**
 * The components of total customer cost (客户总成本) as a customer perceives them; a missing
 * component counts as nothing.
 *
 * @typeParam M - How the components are measured (money in one currency, or scores).
 * @category Customer value
 */
export type CostBreakdown<M extends Measure = Measure> = { readonly [K in CustomerCostComponent]?: M };

/**
 * One line of a breakdown: a component, its amount and its share of its side's total.
 *
 * @typeParam K - The component union.
 * @typeParam M - The measure type.
 * @category Customer value
 */
export interface ComponentLine<K extends string, M extends Measure = Measure> {
  /** The component. */
  readonly component: K;
  /** Its amount, as a total (money, or an exact score total). */
  readonly amount: MeasureTotal<M>;
  /** Its share of the total of its side (value or cost); `NO_DATA` when that total is zero. */
  readonly share: Ratio | NoData;
}

/**
 * Customer delivered value (客户让渡价值) with its breakdown: total value, total cost, their
 * difference and their ratio, all exact.
 *
 * @typeParam M - The measure type.
 * @category Customer value
 */
export interface DeliveredValue<M extends Measure = Measure> {
  /** The unit everything is counted in: one currency or one score scale. */
  readonly unit: MeasureUnit;
  /** Total customer value (客户总价值): the sum of the value components. */
  readonly totalValue: MeasureTotal<M>;
  /** Total customer cost (客户总成本): the sum of the cost components. */
  readonly totalCost: MeasureTotal<M>;
  /** Customer delivered value (客户让渡价值) = total value − total cost. */
  readonly deliveredValue: MeasureTotal<M>;
  /** Total value ÷ total cost, exact; `NO_DATA` when the total cost is zero. */
  readonly valueCostRatio: Ratio | NoData;
  /** The value components given, in the model's order, with their shares of the total value. */
  readonly valueLines: readonly ComponentLine<CustomerValueComponent, M>[];
  /** The cost components given, in the model's order, with their shares of the total cost. */
  readonly costLines: readonly ComponentLine<CustomerCostComponent, M>[];
}

interface Found {
  readonly side: 'value' | 'cost';
  readonly component: string;
  readonly measure: Measure;
}

function at(error: DomainError, path: ErrorPath): DomainError {
  return { ...error, path: [...path, ...error.path] };
}

function checkMeasure(m: unknown, path: ErrorPath): DomainError | null {
  if (typeof m === 'object' && m !== null && (m as { kind?: unknown }).kind === 'score') {
    const s = m as { value: number; scale: { min: number; max: number } };
    const checked = score(s.value, s.scale);
    if (!checked.ok) return at(checked.error, path);
    if (s.value < 0) return negative(path, s.value);
    return null;
  }
  const money = m as Partial<Money> | null;
  if (
    typeof money === 'object' &&
    money !== null &&
    typeof money.currency === 'string' &&
    isCurrencyCode(money.currency) &&
    Number.isSafeInteger(money.amount) &&
    isMoneyScale(money.scale)
  ) {
    if ((money.amount as number) < 0) return negative(path, money.amount);
    return null;
  }
  return domainError(
    'INVALID_MEASURE',
    text(
      '价值或成本的组成须为货币金额（Money）或按给定量表的评分（Score）',
      'a value or cost component must be an amount of money (Money) or a score on a stated scale (Score)',
    ),
    { path, details: { received: m } },
  );
}

function negative(path: ErrorPath, received: unknown): DomainError {
  return domainError('NEGATIVE_COMPONENT', text('价值或成本的组成不能为负数', 'a value or cost component cannot be negative'), {
    path,
    details: { received },
  });
}

function mismatch(reference: MeasureUnit, unit: MeasureUnit, path: ErrorPath): DomainError {
  if (reference.kind !== unit.kind) {
    return domainError(
      'MEASURE_MISMATCH',
      text(
        '货币金额与评分不能相加：同一计算中的所有组成须同为货币（同一币种）或同为评分（同一量表）',
        'money and scores are never added: every component in one calculation must be money in one currency or scores on one scale',
      ),
      { path, details: { expected: reference.kind, received: unit.kind } },
    );
  }
  if (reference.kind === 'money' && unit.kind === 'money') {
    return domainError(
      'CURRENCY_MISMATCH',
      text(
        `币种 ${unit.currency} 与 ${reference.currency} 不一致，不同币种的金额不能相加`,
        `the currency ${unit.currency} differs from ${reference.currency}; amounts in different currencies are never added`,
      ),
      { path, details: { expected: reference.currency, received: unit.currency } },
    );
  }
  const expected = reference.kind === 'score' ? reference.scale : null;
  const received = unit.kind === 'score' ? unit.scale : null;
  return domainError(
    'SCALE_MISMATCH',
    text(
      `评分量表 ${received?.min}–${received?.max} 与 ${expected?.min}–${expected?.max} 不一致，不同量表的评分不能相加`,
      `the score scale ${received?.min}–${received?.max} differs from ${expected?.min}–${expected?.max}; scores on different scales are never added`,
    ),
    { path, details: { expected, received } },
  );
}

function collect(
  side: 'value' | 'cost',
  breakdown: unknown,
  known: readonly string[],
  path: ErrorPath,
  found: Found[],
  errors: DomainError[],
): void {
  if (typeof breakdown !== 'object' || breakdown === null) {
    errors.push(
      domainError('INVALID_MEASURE', text('价值或成本的分解须为对象', 'a value or cost breakdown must be an object'), {
        path,
        details: { received: breakdown },
      }),
    );
    return;
  }
  const record = breakdown as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      errors.push(
        domainError(
          'UNKNOWN_COMPONENT',
          text(`“${key}”不是${side === 'value' ? '客户总价值' : '客户总成本'}的组成`, `"${key}" is not a component of total customer ${side}`),
          { path: [...path, key], details: { received: key, expected: known } },
        ),
      );
    }
  }
  for (const component of known) {
    const m = record[component];
    if (m === undefined) continue;
    const problem = checkMeasure(m, [...path, component]);
    if (problem === null) found.push({ side, component, measure: m as Measure });
    else errors.push(problem);
  }
}

/**
 * Checks two breakdowns and returns the components found, in the model's order, with the unit
 * they share.
 */
function gather(value: unknown, cost: unknown, path: ErrorPath): Result<{ unit: MeasureUnit; found: readonly Found[] }, readonly DomainError[]> {
  const found: Found[] = [];
  const errors: DomainError[] = [];
  collect('value', value, CustomerValueComponentSchema.options, [...path, 'value'], found, errors);
  collect('cost', cost, CustomerCostComponentSchema.options, [...path, 'cost'], found, errors);
  const first = found[0];
  if (first === undefined) {
    if (errors.length === 0) {
      errors.push(
        domainError(
          'EMPTY_BREAKDOWN',
          text('至少需要一项价值或成本的组成', 'at least one value or cost component is needed'),
          { path },
        ),
      );
    }
    return err(errors);
  }
  const unit = measureUnitOf(first.measure);
  for (const f of found) {
    const u = measureUnitOf(f.measure);
    if (!sameMeasureUnit(unit, u)) errors.push(mismatch(unit, u, [...path, f.side, f.component]));
  }
  return errors.length > 0 ? err(errors) : ok({ unit, found });
}

function lines<K extends string, M extends Measure>(
  found: readonly Found[],
  side: 'value' | 'cost',
  total: MeasureTotal,
): readonly ComponentLine<K, M>[] {
  return found
    .filter((f) => f.side === side)
    .map((f) => {
      const amount = toMeasureTotal(f.measure);
      return { component: f.component as K, amount: amount as MeasureTotal<M>, share: totalsRatio(amount, total) };
    });
}

/**
 * Computes customer delivered value (客户让渡价值, DOMAIN.md §4 [seed 003, 004]): total
 * customer value (product, service, personnel and image value) minus total customer cost
 * (monetary, time, energy, information search, convenience and psychological cost), and the
 * ratio value ÷ cost the textbook compares, exactly, with every component's share.
 *
 * Components are measured either in money (all in one currency; amounts are added exactly in
 * minor units) or as scores on one stated scale (added as exact decimals). Money is never added
 * to scores: a mix is a `MEASURE_MISMATCH` error, as are different currencies
 * (`CURRENCY_MISMATCH`) and different scales (`SCALE_MISMATCH`). When the measure type is known
 * at compile time, the cost side must match the value side's type. No component is negative
 * (`NEGATIVE_COMPONENT`), scores included.
 *
 * @typeParam M - How the components are measured.
 * @param value - The value components (at least one component on either side).
 * @param cost - The cost components.
 * @returns The delivered value with its breakdown, or every problem found (each with its path,
 *   e.g. `['cost', 'time']`).
 *
 * @example
 * ```ts
 * import { money, unwrap } from 'logistics-customer';
 * import { deliveredValue } from 'logistics-customer/value';
 * const cny = (s: string) => unwrap(money(s, 'CNY'));
 * const r = deliveredValue(
 *   { product: cny('1000'), service: cny('300'), personnel: cny('100'), image: cny('100') },
 *   { monetary: cny('900'), time: cny('150'), energy: cny('50') },
 * );
 * r.ok && [r.value.totalValue.amount, r.value.totalCost.amount, r.value.deliveredValue.amount];
 * // => [150000, 110000, 40000]
 * r.ok && r.value.valueCostRatio;
 * // => { kind: 'ratio', numerator: 150000, denominator: 110000 }
 * ```
 * @category Customer value
 */
export function deliveredValue<M extends Measure>(
  value: ValueBreakdown<M>,
  cost: CostBreakdown<NoInfer<M>>,
): Result<DeliveredValue<M>, readonly DomainError[]> {
  const gathered = gather(value, cost, []);
  if (!gathered.ok) return gathered;
  const { unit, found } = gathered.value;
  const totalOf = (side: 'value' | 'cost'): Result<MeasureTotal, DomainError> =>
    sumTotals(
      found.filter((f) => f.side === side).map((f) => toMeasureTotal(f.measure)),
      unit,
    );
  const totalValue = totalOf('value');
  const totalCost = totalOf('cost');
  if (!totalValue.ok || !totalCost.ok) {
    const errors: DomainError[] = [];
    if (!totalValue.ok) errors.push(at(totalValue.error, ['value']));
    if (!totalCost.ok) errors.push(at(totalCost.error, ['cost']));
    return err(errors);
  }
  return ok({
    unit,
    totalValue: totalValue.value as MeasureTotal<M>,
    totalCost: totalCost.value as MeasureTotal<M>,
    deliveredValue: subtractTotals(totalValue.value, totalCost.value) as MeasureTotal<M>,
    valueCostRatio: totalsRatio(totalValue.value, totalCost.value),
    valueLines: lines<CustomerValueComponent, M>(found, 'value', totalValue.value),
    costLines: lines<CustomerCostComponent, M>(found, 'cost', totalCost.value),
  });
}
