import * as z from 'zod/mini';
import { LogisticsCustomerError } from '../core/invariant.js';
import type { LabelTable } from '../core/locale.js';
import { QUALITY_MESSAGES } from './messages.js';
import type { QualityReport } from './quality-report.js';

/**
 * The textbook's three dimensions of basic logistics service capability (物流服务质量:
 * 可得性、作业完成绩效、可靠性; DOMAIN.md §8 [seed 004]).
 *
 * @example
 * ```ts
 * import { QualityDimensionSchema } from 'logistics-customer/quality';
 * QualityDimensionSchema.options;
 * // => ['availability', 'operational-performance', 'reliability']
 * ```
 * @category Scorecard
 */
export const QualityDimensionSchema = z.enum(['availability', 'operational-performance', 'reliability']);

/**
 * One of the three quality dimensions.
 *
 * @category Scorecard
 */
export type QualityDimension = z.infer<typeof QualityDimensionSchema>;

/**
 * The zh-CN and en labels of {@link QualityDimension}.
 *
 * @example
 * ```ts
 * import { qualityDimensionLabels } from 'logistics-customer/quality';
 * qualityDimensionLabels['operational-performance']['zh-CN'];
 * // => '作业完成绩效'
 * ```
 * @category Scorecard
 */
export const qualityDimensionLabels = {
  availability: { 'zh-CN': '可得性', en: 'Availability' },
  'operational-performance': { 'zh-CN': '作业完成绩效', en: 'Operational performance' },
  reliability: { 'zh-CN': '可靠性', en: 'Reliability' },
} as const satisfies LabelTable<QualityDimension>;

/**
 * The measures a scorecard can score.
 *
 * @example
 * ```ts
 * import { ScorecardMeasureSchema } from 'logistics-customer/quality';
 * ScorecardMeasureSchema.options.length;
 * // => 13
 * ```
 * @category Scorecard
 */
export const ScorecardMeasureSchema = z.enum([
  'line-fill-rate',
  'unit-fill-rate',
  'order-fill-rate',
  'stock-out-frequency',
  'cycle-time-mean',
  'cycle-time-cv',
  'response-time-mean',
  'on-time',
  'in-full',
  'otif',
  'perfect-order',
  'damage-rate',
  'loss-rate',
]);

/**
 * One scorecard measure.
 *
 * @category Scorecard
 */
export type ScorecardMeasure = z.infer<typeof ScorecardMeasureSchema>;

/**
 * The zh-CN and en labels of {@link ScorecardMeasure}.
 *
 * @example
 * ```ts
 * import { scorecardMeasureLabels } from 'logistics-customer/quality';
 * scorecardMeasureLabels['cycle-time-cv']['zh-CN'];
 * // => '订发货周期的稳定性（变异系数）'
 * ```
 * @category Scorecard
 */
export const scorecardMeasureLabels = {
  'line-fill-rate': { 'zh-CN': '订单行满足率', en: 'Fill rate by line' },
  'unit-fill-rate': { 'zh-CN': '数量满足率', en: 'Fill rate by unit' },
  'order-fill-rate': { 'zh-CN': '订单满足率', en: 'Fill rate by order' },
  'stock-out-frequency': { 'zh-CN': '缺货频率', en: 'Stock-out frequency' },
  'cycle-time-mean': { 'zh-CN': '平均订发货周期（速度）', en: 'Mean order cycle time (speed)' },
  'cycle-time-cv': { 'zh-CN': '订发货周期的稳定性（变异系数）', en: 'Order cycle consistency (CV)' },
  'response-time-mean': { 'zh-CN': '平均响应时间', en: 'Mean response time' },
  'on-time': { 'zh-CN': '准时交付率', en: 'On-time delivery rate' },
  'in-full': { 'zh-CN': '足量交付率', en: 'In-full rate' },
  otif: { 'zh-CN': '准时足量交付率（OTIF）', en: 'On time in full (OTIF)' },
  'perfect-order': { 'zh-CN': '完美订单率', en: 'Perfect order rate' },
  'damage-rate': { 'zh-CN': '破损率', en: 'Damage rate' },
  'loss-rate': { 'zh-CN': '丢失率', en: 'Loss rate' },
} as const satisfies LabelTable<ScorecardMeasure>;

/**
 * The dimension and direction of each scorecard measure: `higher` is better, or `lower`.
 *
 * @example
 * ```ts
 * import { SCORECARD_MEASURES } from 'logistics-customer/quality';
 * SCORECARD_MEASURES['damage-rate'];
 * // => { dimension: 'reliability', better: 'lower' }
 * ```
 * @category Scorecard
 */
export const SCORECARD_MEASURES = {
  'line-fill-rate': { dimension: 'availability', better: 'higher' },
  'unit-fill-rate': { dimension: 'availability', better: 'higher' },
  'order-fill-rate': { dimension: 'availability', better: 'higher' },
  'stock-out-frequency': { dimension: 'availability', better: 'lower' },
  'cycle-time-mean': { dimension: 'operational-performance', better: 'lower' },
  'cycle-time-cv': { dimension: 'operational-performance', better: 'lower' },
  'response-time-mean': { dimension: 'operational-performance', better: 'lower' },
  'on-time': { dimension: 'reliability', better: 'higher' },
  'in-full': { dimension: 'reliability', better: 'higher' },
  otif: { dimension: 'reliability', better: 'higher' },
  'perfect-order': { dimension: 'reliability', better: 'higher' },
  'damage-rate': { dimension: 'reliability', better: 'lower' },
  'loss-rate': { dimension: 'reliability', better: 'lower' },
} as const satisfies Readonly<Record<ScorecardMeasure, { readonly dimension: QualityDimension; readonly better: 'higher' | 'lower' }>>;

/**
 * Default scorecard targets: illustrative industry figures [practice], not from the textbook —
 * set your own. Rates are fractions; times are milliseconds (72 h mean cycle, 4 h response).
 *
 * @example
 * ```ts
 * import { DEFAULT_SCORECARD_TARGETS } from 'logistics-customer/quality';
 * DEFAULT_SCORECARD_TARGETS.otif;
 * // => 0.9
 * ```
 * @category Scorecard
 */
export const DEFAULT_SCORECARD_TARGETS: { readonly [M in ScorecardMeasure]: number } = Object.freeze({
  'line-fill-rate': 0.95,
  'unit-fill-rate': 0.97,
  'order-fill-rate': 0.9,
  'stock-out-frequency': 0.05,
  'cycle-time-mean': 72 * 3_600_000,
  'cycle-time-cv': 0.3,
  'response-time-mean': 4 * 3_600_000,
  'on-time': 0.95,
  'in-full': 0.95,
  otif: 0.9,
  'perfect-order': 0.9,
  'damage-rate': 0.005,
  'loss-rate': 0.001,
});

/**
 * Options of {@link scoreQualityReport}: weights of the dimensions and of the measures inside
 * them, and targets. Everything has a default; a measure weighted 0 is left out.
 *
 * @category Scorecard
 */
export interface ScorecardOptions {
  /** Weight of each dimension (default 1 each, i.e. a third). */
  readonly dimensionWeights?: Readonly<Partial<Record<QualityDimension, number>>>;
  /** Weight of each measure within its dimension (default 1 each). */
  readonly measureWeights?: Readonly<Partial<Record<ScorecardMeasure, number>>>;
  /** Target of each measure (default {@link DEFAULT_SCORECARD_TARGETS}). */
  readonly targets?: Readonly<Partial<Record<ScorecardMeasure, number>>>;
}

/**
 * One scored measure.
 *
 * @category Scorecard
 */
export interface ScorecardLine {
  /** The measure. */
  readonly measure: ScorecardMeasure;
  /** The measured value, `null` when the report has no data for it. */
  readonly actual: number | null;
  /** The target. */
  readonly target: number;
  /** Whether the target is met; `null` without data. */
  readonly met: boolean | null;
  /** Attainment in [0, 1]: actual ÷ target (higher is better) or target ÷ actual (lower is better), capped at 1; `null` without data. */
  readonly attainment: number | null;
  /** The weight within the dimension. */
  readonly weight: number;
}

/**
 * One scored dimension.
 *
 * @category Scorecard
 */
export interface ScorecardDimension {
  /** The weighted mean attainment of its measures with data; `null` when none has data. */
  readonly score: number | null;
  /** The dimension's weight. */
  readonly weight: number;
  /** Its measures. */
  readonly lines: readonly ScorecardLine[];
}

/**
 * A scorecard over the three dimensions.
 *
 * @category Scorecard
 */
export interface Scorecard {
  /** The weighted mean of the dimension scores with data; `null` when none has data. */
  readonly overall: number | null;
  /** Each dimension. */
  readonly dimensions: { readonly [D in QualityDimension]: ScorecardDimension };
}

function actualOf(report: QualityReport, measure: ScorecardMeasure): number | null {
  switch (measure) {
    case 'line-fill-rate':
      return report.availability.lineFillRate.value;
    case 'unit-fill-rate':
      return report.availability.unitFillRate.value;
    case 'order-fill-rate':
      return report.availability.orderFillRate?.value ?? null;
    case 'stock-out-frequency':
      return report.availability.stockOutFrequency.value;
    case 'cycle-time-mean':
      return report.operational.cycleTime.kind === 'summary' ? report.operational.cycleTime.meanMs : null;
    case 'cycle-time-cv':
      return report.operational.cycleTime.kind === 'summary' ? report.operational.cycleTime.cv : null;
    case 'response-time-mean':
      return report.operational.responseTime.kind === 'summary' ? report.operational.responseTime.meanMs : null;
    case 'on-time':
      return report.reliability.onTime.value;
    case 'in-full':
      return report.reliability.inFull.value;
    case 'otif':
      return report.reliability.otif.value;
    case 'perfect-order':
      return report.orders?.perfectOrder.value ?? null;
    case 'damage-rate':
      return report.reliability.damage.value;
    case 'loss-rate':
      return report.reliability.loss.value;
    default: {
      const unreachable: never = measure;
      return unreachable;
    }
  }
}

function attainmentOf(actual: number, target: number, better: 'higher' | 'lower'): number {
  if (better === 'higher') return target === 0 ? 1 : Math.min(1, actual / target);
  if (actual <= target) return 1;
  return target / actual;
}

/**
 * The weighted mean of the scores with data. The weights are first divided by the largest of
 * them, rounded down to a power of two: each is then below 2, so the sums cannot overflow even
 * for weights near `Number.MAX_VALUE`; and dividing by a power of two is exact (short of
 * subnormal results), so ordinary weights give the mean bit for bit as before.
 */
function weighted(parts: readonly { readonly score: number | null; readonly weight: number }[]): number | null {
  let largest = 0;
  for (const p of parts) {
    if (p.score !== null && p.weight > largest) largest = p.weight;
  }
  if (largest === 0) return null;
  // log2 of Number.MAX_VALUE rounds to 1024, and 2 ** 1024 is Infinity.
  const scale = 2 ** Math.min(1023, Math.floor(Math.log2(largest)));
  let total = 0;
  let weights = 0;
  for (const p of parts) {
    if (p.score === null || p.weight === 0) continue;
    const w = p.weight / scale;
    total += p.score * w;
    weights += w;
  }
  return total / weights;
}

function checkNumbers(
  values: Readonly<Record<string, number | undefined>> | undefined,
  keys: readonly string[],
  code: 'INVALID_WEIGHT' | 'INVALID_TARGET',
): void {
  for (const [key, value] of Object.entries(values ?? {})) {
    if (!keys.includes(key)) {
      throw new LogisticsCustomerError(code, QUALITY_MESSAGES[code], { key, value, reason: 'unknown key', allowed: keys });
    }
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new LogisticsCustomerError(code, QUALITY_MESSAGES[code], { key, value });
    }
  }
}

/**
 * Scores a quality report on the textbook's three dimensions — availability (可得性),
 * operational performance (作业完成绩效) and reliability (可靠性) (DOMAIN.md §8 [seed 004]) — with
 * weights and targets as parameters. Each measure's attainment is actual ÷ target (or target ÷
 * actual when lower is better) capped at 1; a dimension scores the weighted mean of its measures
 * with data, the whole card the weighted mean of its dimensions with data.
 *
 * @param report - A report from a quality accumulator (or one group of a grouped one).
 * @param options - Dimension weights, measure weights and targets.
 * @returns The scorecard.
 * @throws LogisticsCustomerError `INVALID_WEIGHT` / `INVALID_TARGET` for negative or
 *   non-finite numbers, and for a key that is not a dimension or measure (a misspelt
 *   `'on-tim'`), named in `details.key`. Weights count relative to the largest of their group,
 *   so finite weights as large as `1e308` score like any others.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { createQualityAccumulator, scoreQualityReport } from 'logistics-customer/quality';
 * const acc = createQualityAccumulator();
 * const line = {
 *   customerId: customerId('C-001'), orderId: 'SO-1', lineId: '1',
 *   orderedAt: new Date('2026-03-01T00:00:00Z'), promisedAt: new Date('2026-03-03T00:00:00Z'),
 *   deliveredAt: new Date('2026-03-02T00:00:00Z'),
 *   quantityOrdered: 10, quantityDelivered: 10, condition: 'intact', documentsAccurate: true,
 * } as const;
 * acc.add(line);
 * acc.add({ ...line, orderId: 'SO-2', deliveredAt: new Date('2026-03-05T00:00:00Z') });
 * const card = scoreQualityReport(acc.report(), { measureWeights: { 'cycle-time-cv': 0 } });
 * [card.dimensions.availability.score, card.dimensions['operational-performance'].score];
 * // => [1, 1]
 * ```
 * @category Scorecard
 */
export function scoreQualityReport(report: QualityReport, options: ScorecardOptions = {}): Scorecard {
  checkNumbers(options.dimensionWeights, QualityDimensionSchema.options, 'INVALID_WEIGHT');
  checkNumbers(options.measureWeights, ScorecardMeasureSchema.options, 'INVALID_WEIGHT');
  checkNumbers(options.targets, ScorecardMeasureSchema.options, 'INVALID_TARGET');
  const line = (measure: ScorecardMeasure): ScorecardLine => {
    const target = options.targets?.[measure] ?? DEFAULT_SCORECARD_TARGETS[measure];
    const actual = actualOf(report, measure);
    const better = SCORECARD_MEASURES[measure].better;
    const attainment = actual === null ? null : attainmentOf(actual, target, better);
    const met = actual === null ? null : better === 'higher' ? actual >= target : actual <= target;
    return { measure, actual, target, met, attainment, weight: options.measureWeights?.[measure] ?? 1 };
  };
  const dimension = (d: QualityDimension): ScorecardDimension => {
    const lines = ScorecardMeasureSchema.options.filter((m) => SCORECARD_MEASURES[m].dimension === d).map(line);
    return {
      score: weighted(lines.map((l) => ({ score: l.attainment, weight: l.weight }))),
      weight: options.dimensionWeights?.[d] ?? 1,
      lines,
    };
  };
  const dimensions = {
    availability: dimension('availability'),
    'operational-performance': dimension('operational-performance'),
    reliability: dimension('reliability'),
  };
  return { overall: weighted(Object.values(dimensions)), dimensions };
}
