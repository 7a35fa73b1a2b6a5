import { LcDecimal } from '../core/decimal.js';
import { type DomainError, domainError, type ErrorPath } from '../core/domain-error.js';
import { type LabelTable, text } from '../core/locale.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Ratio } from '../core/rate/ratio.js';
import { err, ok, type Result } from '../core/result.js';
import * as z from 'zod/mini';
import { type CustomerCostComponent, CustomerCostComponentSchema } from './cost-components.js';
import { type CostBreakdown, type DeliveredValue, deliveredValue, type ValueBreakdown } from './delivered-value.js';
import { type Measure, type MeasureTotal, sameMeasureUnit } from './measure.js';
import { compareTotals, subtractTotals, totalToDecimal, zeroTotal } from './measure-arithmetic.js';
import { type CustomerValueComponent, CustomerValueComponentSchema } from './value-components.js';

/**
 * An offer as a customer perceives it: ours or a competitor's, with its value and cost
 * components.
 *
 * @typeParam M - How the components are measured.
 * @category Customer value
 */
export interface Offer<M extends Measure = Measure> {
  /** A name for the offer, unique among the offers compared (e.g. `'ours'`, `'competitor-a'`). */
  readonly id: string;
  /** The value components. */
  readonly value: ValueBreakdown<M>;
  /** The cost components. */
  readonly cost: CostBreakdown<M>;
}

/**
 * How offers are ranked: by delivered value (value − cost, the textbook's 客户让渡价值) or by
 * the value ÷ cost ratio.
 *
 * @example
 * ```ts
 * import { OfferRankingSchema } from 'logistics-customer/value';
 * OfferRankingSchema.options;
 * // => ['delivered-value', 'value-cost-ratio']
 * ```
 * @category Customer value
 */
export const OfferRankingSchema = z.enum(['delivered-value', 'value-cost-ratio']);

/**
 * `delivered-value` or `value-cost-ratio`.
 *
 * @category Customer value
 */
export type OfferRanking = z.infer<typeof OfferRankingSchema>;

/**
 * The zh-CN and en labels of {@link OfferRanking}.
 *
 * @example
 * ```ts
 * import { offerRankingLabels } from 'logistics-customer/value';
 * offerRankingLabels['delivered-value']['zh-CN'];
 * // => '按客户让渡价值（总价值 − 总成本）'
 * ```
 * @category Customer value
 */
export const offerRankingLabels = {
  'delivered-value': { 'zh-CN': '按客户让渡价值（总价值 − 总成本）', en: 'By delivered value (total value − total cost)' },
  'value-cost-ratio': { 'zh-CN': '按总价值与总成本之比', en: 'By the ratio of total value to total cost' },
} as const satisfies LabelTable<OfferRanking>;

/**
 * The side of the model a component belongs to: 客户总价值 (value) or 客户总成本 (cost).
 *
 * @example
 * ```ts
 * import { ValueSideSchema } from 'logistics-customer/value';
 * ValueSideSchema.options;
 * // => ['value', 'cost']
 * ```
 * @category Customer value
 */
export const ValueSideSchema = z.enum(['value', 'cost']);

/**
 * `value` or `cost`.
 *
 * @category Customer value
 */
export type ValueSide = z.infer<typeof ValueSideSchema>;

/**
 * The zh-CN and en labels of {@link ValueSide}.
 *
 * @example
 * ```ts
 * import { valueSideLabels } from 'logistics-customer/value';
 * valueSideLabels.cost.en;
 * // => 'Total customer cost'
 * ```
 * @category Customer value
 */
export const valueSideLabels = {
  value: { 'zh-CN': '客户总价值', en: 'Total customer value' },
  cost: { 'zh-CN': '客户总成本', en: 'Total customer cost' },
} as const satisfies LabelTable<ValueSide>;

/**
 * Options of {@link compareOffers}.
 *
 * @category Customer value
 */
export interface CompareOffersOptions {
  /** How to rank; `delivered-value` by default (the textbook's definition). */
  readonly rankBy?: OfferRanking;
}

/**
 * One offer in the ranking.
 *
 * @typeParam M - The measure type.
 * @category Customer value
 */
export interface RankedOffer<M extends Measure = Measure> {
  /** 1 for the best; offers that tie share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** The offer's id. */
  readonly id: string;
  /** Whether this is our offer. */
  readonly ours: boolean;
  /** The offer's delivered value and breakdown. */
  readonly delivered: DeliveredValue<M>;
}

/**
 * How one component separates our offer from a competitor's.
 *
 * @typeParam M - The measure type.
 * @category Customer value
 */
export interface ComponentGap<M extends Measure = Measure> {
  /** Value or cost side. */
  readonly side: ValueSide;
  /** The component. */
  readonly component: CustomerValueComponent | CustomerCostComponent;
  /** Our amount (zero when our offer does not state it). */
  readonly ours: MeasureTotal<M>;
  /** The competitor's amount (zero when not stated). */
  readonly theirs: MeasureTotal<M>;
  /**
   * What the component adds to our lead in delivered value: ours − theirs on the value side,
   * theirs − ours on the cost side (a lower customer cost is an advantage). Negative: it
   * counts against us.
   */
  readonly advantage: MeasureTotal<M>;
}

/**
 * Our offer against one competitor's.
 *
 * @typeParam M - The measure type.
 * @category Customer value
 */
export interface OfferGap<M extends Measure = Measure> {
  /** The competitor's id. */
  readonly competitorId: string;
  /** Our delivered value − theirs; equals `fromValue + fromCost` exactly. */
  readonly lead: MeasureTotal<M>;
  /** The part of the lead from the value side: our total value − theirs. */
  readonly fromValue: MeasureTotal<M>;
  /** The part of the lead from the cost side: their total cost − ours (lowering cost is the lever). */
  readonly fromCost: MeasureTotal<M>;
  /** The components that differ, the most deciding (largest absolute advantage) first. */
  readonly deciding: readonly ComponentGap<M>[];
}

/**
 * The comparison of our offer with competitors' offers.
 *
 * @typeParam M - The measure type.
 * @category Customer value
 */
export interface OfferComparison<M extends Measure = Measure> {
  /** How the offers were ranked. */
  readonly rankBy: OfferRanking;
  /** Every offer, best first; ties keep the input order (ours first). */
  readonly ranking: readonly RankedOffer<M>[];
  /** Our rank. */
  readonly ourRank: number;
  /** Our offer against each competitor, in the input order. */
  readonly gaps: readonly OfferGap<M>[];
}

function compareRatios(a: Ratio | NoData, b: Ratio | NoData): number {
  if (a.kind === 'no-data' || b.kind === 'no-data') {
    if (a.kind === b.kind) return 0;
    return a.kind === 'no-data' ? -1 : 1;
  }
  // a.n / a.d vs b.n / b.d with positive denominators (costs are never negative): cross-multiply exactly.
  return new LcDecimal(a.numerator).times(b.denominator).comparedTo(new LcDecimal(b.numerator).times(a.denominator));
}

function gapsAgainst<M extends Measure>(ours: DeliveredValue<M>, theirs: DeliveredValue<M>, competitorId: string): OfferGap<M> {
  const zero = zeroTotal(ours.unit);
  const amountOf = (dv: DeliveredValue<M>, side: ValueSide, component: string): MeasureTotal => {
    const all = side === 'value' ? dv.valueLines : dv.costLines;
    const line = all.find((l) => l.component === component);
    return line === undefined ? zero : (line.amount as MeasureTotal);
  };
  const deciding: ComponentGap<M>[] = [];
  const sides: readonly (readonly [ValueSide, readonly (CustomerValueComponent | CustomerCostComponent)[]])[] = [
    ['value', CustomerValueComponentSchema.options],
    ['cost', CustomerCostComponentSchema.options],
  ];
  for (const [side, components] of sides) {
    for (const component of components) {
      const o = amountOf(ours, side, component);
      const t = amountOf(theirs, side, component);
      const advantage = side === 'value' ? subtractTotals(o, t) : subtractTotals(t, o);
      if (totalToDecimal(advantage).isZero()) continue;
      deciding.push({
        side,
        component,
        ours: o as MeasureTotal<M>,
        theirs: t as MeasureTotal<M>,
        advantage: advantage as MeasureTotal<M>,
      });
    }
  }
  const magnitude = (g: ComponentGap<M>): ReturnType<typeof totalToDecimal> => totalToDecimal(g.advantage as MeasureTotal).abs();
  deciding.sort((a, b) => magnitude(b).comparedTo(magnitude(a)));
  return {
    competitorId,
    lead: subtractTotals(ours.deliveredValue as MeasureTotal, theirs.deliveredValue as MeasureTotal) as MeasureTotal<M>,
    fromValue: subtractTotals(ours.totalValue as MeasureTotal, theirs.totalValue as MeasureTotal) as MeasureTotal<M>,
    fromCost: subtractTotals(theirs.totalCost as MeasureTotal, ours.totalCost as MeasureTotal) as MeasureTotal<M>,
    deciding,
  };
}

function prefixed(errors: readonly DomainError[], path: ErrorPath): readonly DomainError[] {
  return errors.map((e) => ({ ...e, path: [...path, ...e.path] }));
}

/**
 * Compares our offer with competitors' offers as a customer perceives them (DOMAIN.md §4
 * [seed 003, 004]): ranks them by customer delivered value (客户让渡价值, or by value ÷ cost),
 * and for each competitor splits our lead into the part from higher value and the part from
 * lower customer cost, listing the components that decide, largest first. The textbook's point
 * is that besides raising product, service, personnel and image value, lowering the customer's
 * monetary, time, energy and psychological costs is the new lever (`fromCost`).
 *
 * Every offer must be measured in the same unit (one currency, or one score scale).
 *
 * @typeParam M - How the components are measured.
 * @param ours - Our offer.
 * @param competitors - The competitors' offers (may be empty).
 * @param options - How to rank.
 * @returns The ranking and the gaps, or every problem found (paths start with `'ours'` or
 *   `'competitors', i`).
 *
 * @example
 * ```ts
 * import { compareOffers } from 'logistics-customer/value';
 * const s = (value: number) => ({ kind: 'score' as const, value, scale: { min: 0, max: 10 } });
 * const r = compareOffers(
 *   { id: 'ours', value: { product: s(8), service: s(9) }, cost: { monetary: s(6), time: s(2) } },
 *   [{ id: 'rival', value: { product: s(8), service: s(7) }, cost: { monetary: s(5), time: s(6) } }],
 * );
 * r.ok && r.value.ranking.map((o) => [o.rank, o.id]);
 * // => [[1, 'ours'], [2, 'rival']]
 * r.ok && r.value.gaps[0]?.deciding.map((g) => [g.component, g.advantage.value.toNumber()]);
 * // => [['time', 4], ['service', 2], ['monetary', -1]]
 * ```
 * @category Customer value
 */
export function compareOffers<M extends Measure>(
  ours: Offer<M>,
  competitors: readonly Offer<NoInfer<M>>[],
  options: CompareOffersOptions = {},
): Result<OfferComparison<M>, readonly DomainError[]> {
  const rankBy = options.rankBy ?? 'delivered-value';
  const errors: DomainError[] = [];
  const offers: readonly { offer: Offer<M>; path: ErrorPath }[] = [
    { offer: ours, path: ['ours'] },
    ...competitors.map((offer, i) => ({ offer, path: ['competitors', i] })),
  ];
  const seen = new Set<string>();
  const evaluated: { id: string; ours: boolean; delivered: DeliveredValue<M> }[] = [];
  for (const [index, { offer, path }] of offers.entries()) {
    if (typeof offer.id !== 'string' || offer.id.trim() === '') {
      errors.push(
        domainError('INVALID_OFFER_ID', text('报价的编号须为非空字符串', 'an offer id must be a non-empty string'), {
          path: [...path, 'id'],
          details: { received: offer.id },
        }),
      );
    } else if (seen.has(offer.id)) {
      errors.push(
        domainError('DUPLICATE_OFFER_ID', text(`报价编号“${offer.id}”重复`, `the offer id "${offer.id}" is used twice`), {
          path: [...path, 'id'],
          details: { received: offer.id },
        }),
      );
    }
    seen.add(offer.id);
    const dv = deliveredValue<M>(offer.value, offer.cost);
    if (!dv.ok) {
      errors.push(...prefixed(dv.error, path));
      continue;
    }
    const reference = evaluated[0];
    if (reference !== undefined && !sameMeasureUnit(reference.delivered.unit, dv.value.unit)) {
      errors.push(
        domainError(
          'MEASURE_MISMATCH',
          text(
            '所有报价须用同一单位计量（同一币种，或同一评分量表）',
            'every offer must be measured in the same unit (one currency, or one score scale)',
          ),
          { path, details: { expected: reference.delivered.unit, received: dv.value.unit } },
        ),
      );
      continue;
    }
    evaluated.push({ id: offer.id, ours: index === 0, delivered: dv.value });
  }
  if (errors.length > 0) return err(errors);

  const better = (a: DeliveredValue<M>, b: DeliveredValue<M>): number =>
    rankBy === 'delivered-value'
      ? compareTotals(b.deliveredValue as MeasureTotal, a.deliveredValue as MeasureTotal)
      : compareRatios(b.valueCostRatio, a.valueCostRatio);
  const sorted = [...evaluated].sort((a, b) => better(a.delivered, b.delivered));
  const ranking: RankedOffer<M>[] = [];
  for (const [i, entry] of sorted.entries()) {
    const previous = ranking[i - 1];
    const tie = previous !== undefined && better(previous.delivered, entry.delivered) === 0;
    ranking.push({ rank: tie ? previous.rank : i + 1, ...entry });
  }
  const ourEntry = evaluated[0] as (typeof evaluated)[number];
  return ok({
    rankBy,
    ranking,
    ourRank: (ranking.find((r) => r.ours) as RankedOffer<M>).rank,
    gaps: evaluated.slice(1).map((c) => gapsAgainst(ourEntry.delivered, c.delivered, c.id)),
  });
}
