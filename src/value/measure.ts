import type { Decimal } from 'decimal.js';
import * as z from 'zod/mini';
import type { CurrencyCode } from '../core/currency.js';
import { LcDecimal } from '../core/decimal.js';
import { type DomainError, domainError } from '../core/domain-error.js';
import { type LabelTable, text } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import { err, ok, type Result } from '../core/result.js';

/**
 * A stated score scale, such as 0 to 10 or 1 to 5: the bounds every score on it lies within.
 * Scores are only ever added to scores on the same scale.
 *
 * @category Customer value
 */
export interface ScoreScale {
  /** The lowest possible score (a finite number). */
  readonly min: number;
  /** The highest possible score (a finite number above `min`). */
  readonly max: number;
}

/**
 * A component of customer value or cost measured as a score on a stated scale rather than in
 * money, as a customer perceives it ("service value 8 of 10").
 *
 * @category Customer value
 */
export interface Score {
  /** Tells a score from an amount of money. */
  readonly kind: 'score';
  /** The score, a finite number within the scale. */
  readonly value: number;
  /** The scale the score is stated on. */
  readonly scale: ScoreScale;
}

/**
 * A sum or difference of scores on one scale, exact (it may lie outside the scale: four
 * components of at most 10 add up to at most 40, and a difference may be negative).
 *
 * @category Customer value
 */
export interface ScoreTotal {
  /** Tells a score total from an amount of money. */
  readonly kind: 'score-total';
  /** The exact total. */
  readonly value: Decimal;
  /** The scale of the scores it adds up. */
  readonly scale: ScoreScale;
}

/**
 * How a component of customer value or cost is measured: an amount of money or a score.
 *
 * @category Customer value
 */
export type Measure = Money | Score;

/**
 * What adding up measures of type `M` gives: money stays money in its currency, scores give a
 * {@link ScoreTotal}.
 *
 * @typeParam M - The measure type.
 * @category Customer value
 */
export type MeasureTotal<M extends Measure = Measure> = M extends Money<infer C extends CurrencyCode>
  ? Money<C>
  : ScoreTotal;

/**
 * The two ways of measuring a component: `money` (货币计量) or `score` (评分计量).
 *
 * @example
 * ```ts
 * import { MeasureKindSchema } from 'logistics-customer/value';
 * MeasureKindSchema.options;
 * // => ['money', 'score']
 * ```
 * @category Customer value
 */
export const MeasureKindSchema = z.enum(['money', 'score']);

/**
 * Money or score.
 *
 * @category Customer value
 */
export type MeasureKind = z.infer<typeof MeasureKindSchema>;

/**
 * The zh-CN and en labels of {@link MeasureKind}.
 *
 * @example
 * ```ts
 * import { measureKindLabels } from 'logistics-customer/value';
 * measureKindLabels.score['zh-CN'];
 * // => '评分（按给定量表）'
 * ```
 * @category Customer value
 */
export const measureKindLabels = {
  money: { 'zh-CN': '货币金额', en: 'Amount of money' },
  score: { 'zh-CN': '评分（按给定量表）', en: 'Score on a stated scale' },
} as const satisfies LabelTable<MeasureKind>;

/**
 * The unit a set of measures is counted in: one currency, or one score scale.
 *
 * @category Customer value
 */
export type MeasureUnit =
  | { readonly kind: 'money'; readonly currency: CurrencyCode }
  | { readonly kind: 'score'; readonly scale: ScoreScale };

function validScale(scale: unknown): scale is ScoreScale {
  if (typeof scale !== 'object' || scale === null) return false;
  const { min, max } = scale as { min?: unknown; max?: unknown };
  return typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max) && min < max;
}

/**
 * Makes a {@link Score}, checking the scale and that the score lies on it.
 *
 * @param value - The score.
 * @param scale - The stated scale, e.g. `{ min: 0, max: 10 }`.
 * @returns The score, or `INVALID_SCORE_SCALE` (bounds not finite or `min >= max`),
 *   `INVALID_SCORE` (not a finite number) or `SCORE_OUT_OF_SCALE`.
 *
 * @example
 * ```ts
 * import { score } from 'logistics-customer/value';
 * score(8, { min: 0, max: 10 });
 * // => { ok: true, value: { kind: 'score', value: 8, scale: { min: 0, max: 10 } } }
 * score(12, { min: 0, max: 10 }).ok;
 * // => false
 * ```
 * @category Customer value
 */
export function score(value: number, scale: ScoreScale): Result<Score, DomainError> {
  if (!validScale(scale)) {
    return err(
      domainError(
        'INVALID_SCORE_SCALE',
        text('评分量表须有有限的上下限，且下限小于上限（如 0 到 10）', 'a score scale needs finite bounds with min below max, such as 0 to 10'),
        { path: ['scale'], details: { received: scale } },
      ),
    );
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return err(
      domainError('INVALID_SCORE', text('评分须为有限的数字', 'a score must be a finite number'), {
        path: ['value'],
        details: { received: value },
      }),
    );
  }
  if (value < scale.min || value > scale.max) {
    return err(
      domainError(
        'SCORE_OUT_OF_SCALE',
        text(
          `评分 ${value} 不在量表 ${scale.min}–${scale.max} 之内`,
          `the score ${value} is outside its scale ${scale.min}–${scale.max}`,
        ),
        { path: ['value'], details: { received: value, min: scale.min, max: scale.max } },
      ),
    );
  }
  return ok({ kind: 'score', value: value === 0 ? 0 : value, scale: { min: scale.min, max: scale.max } });
}

/**
 * Tells a {@link Score} from an amount of money.
 *
 * @param m - The measure.
 * @returns `true` for a score.
 *
 * @example
 * ```ts
 * import { isScore } from 'logistics-customer/value';
 * isScore({ kind: 'score', value: 8, scale: { min: 0, max: 10 } });
 * // => true
 * ```
 * @category Customer value
 */
export function isScore(m: Measure): m is Score {
  return (m as { kind?: unknown }).kind === 'score';
}

/**
 * The unit a measure is counted in: its currency or its score scale.
 *
 * @param m - The measure (or a total).
 * @returns The unit.
 *
 * @example
 * ```ts
 * import { measureUnitOf } from 'logistics-customer/value';
 * measureUnitOf({ amount: 12345, scale: 2, currency: 'CNY' });
 * // => { kind: 'money', currency: 'CNY' }
 * ```
 * @category Customer value
 */
export function measureUnitOf(m: Measure | ScoreTotal): MeasureUnit {
  if ('kind' in m) return { kind: 'score', scale: { min: m.scale.min, max: m.scale.max } };
  return { kind: 'money', currency: m.currency };
}

/**
 * Tells whether two units are the same: the same currency, or the same score scale.
 *
 * @param a - The first unit.
 * @param b - The second unit.
 * @returns `true` when measures in the two units may be added.
 *
 * @example
 * ```ts
 * import { sameMeasureUnit } from 'logistics-customer/value';
 * sameMeasureUnit({ kind: 'score', scale: { min: 0, max: 10 } }, { kind: 'score', scale: { min: 1, max: 5 } });
 * // => false
 * ```
 * @category Customer value
 */
export function sameMeasureUnit(a: MeasureUnit, b: MeasureUnit): boolean {
  if (a.kind === 'money') return b.kind === 'money' && a.currency === b.currency;
  return b.kind === 'score' && a.scale.min === b.scale.min && a.scale.max === b.scale.max;
}

/**
 * Converts a measure into what it adds up as: money is copied, a score becomes an exact
 * {@link ScoreTotal}.
 *
 * @typeParam M - The measure type.
 * @param m - The measure.
 * @returns The measure as a total.
 *
 * @example
 * ```ts
 * import { toMeasureTotal } from 'logistics-customer/value';
 * toMeasureTotal({ kind: 'score', value: 7.5, scale: { min: 0, max: 10 } }).value.toString();
 * // => '7.5'
 * ```
 * @category Customer value
 */
export function toMeasureTotal<M extends Measure>(m: M): MeasureTotal<M> {
  if (isScore(m)) {
    const total: ScoreTotal = {
      kind: 'score-total',
      value: new LcDecimal(m.value),
      scale: { min: m.scale.min, max: m.scale.max },
    };
    return total as MeasureTotal<M>;
  }
  const money = m as Money;
  return { amount: money.amount, scale: money.scale, currency: money.currency } as MeasureTotal<M>;
}
