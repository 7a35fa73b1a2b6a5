import type { DurationSummary, NoDurations } from './duration-digest.js';
import type { RateMeasure } from './rate-measure.js';
import type { ShipmentRejections } from './rejected-record.js';

/**
 * How many records a report used.
 *
 * @category Measures
 */
export interface QualityRecordCounts {
  /** Records offered to the accumulator. */
  readonly seen: number;
  /** Records measured. */
  readonly used: number;
  /** Records rejected (seen − used). */
  readonly rejected: number;
}

/**
 * Availability (可得性, the textbook's 供应力; DOMAIN.md §8): could the firm supply what was
 * ordered?
 *
 * @category Measures
 */
export interface AvailabilityMeasures {
  /** Lines shipped complete ÷ lines ordered (fill rate by line). */
  readonly lineFillRate: RateMeasure;
  /** Units shipped, at most the ordered units per line, ÷ units ordered (fill rate by unit). */
  readonly unitFillRate: RateMeasure;
  /** Orders with every line shipped complete ÷ orders (fill rate by order); `null` when order measures are off. */
  readonly orderFillRate: RateMeasure | null;
  /** Lines that hit a stock-out ÷ lines that recorded it (缺货频率). */
  readonly stockOutFrequency: RateMeasure;
}

/**
 * Operational performance (作业完成绩效; DOMAIN.md §8): speed (mean cycle time), consistency
 * (its standard deviation and CV — 订发货周期的稳定性) and responsiveness.
 *
 * @category Measures
 */
export interface OperationalMeasures {
  /** Order cycle time, ordered → delivered, over delivered lines (订发货周期). */
  readonly cycleTime: DurationSummary | NoDurations;
  /** Response time, ordered → responded, over lines that recorded it. */
  readonly responseTime: DurationSummary | NoDurations;
}

/**
 * Reliability (可靠性; DOMAIN.md §8) by line: on time, in full, damage and loss.
 *
 * @category Measures
 */
export interface ReliabilityMeasures {
  /** Lines delivered on time ÷ lines (准时率). */
  readonly onTime: RateMeasure;
  /** Lines delivered in full ÷ lines. */
  readonly inFull: RateMeasure;
  /** Lines on time and in full ÷ lines (OTIF). */
  readonly otif: RateMeasure;
  /** Lines with accurate documents ÷ lines. */
  readonly documentsAccurate: RateMeasure;
  /** Lines that arrived intact ÷ lines. */
  readonly perfectCondition: RateMeasure;
  /** Damaged lines ÷ lines (破损率). */
  readonly damage: RateMeasure;
  /** Lost lines ÷ lines (丢失率). */
  readonly loss: RateMeasure;
  /** Lines meeting all four SCOR components ÷ lines. */
  readonly perfectLine: RateMeasure;
}

/**
 * Order-level measures: the SCOR perfect order rate and its four components, where an order
 * counts only if every one of its lines does.
 *
 * @category Measures
 */
export interface OrderMeasures {
  /** How many orders (distinct customer and order id). */
  readonly orders: number;
  /** Orders with every line on time to the commit date ÷ orders. */
  readonly onTime: RateMeasure;
  /** Orders with every line in full ÷ orders. */
  readonly inFull: RateMeasure;
  /** Orders with every line on time and in full ÷ orders (OTIF by order). */
  readonly otif: RateMeasure;
  /** Orders with every document accurate ÷ orders. */
  readonly documentsAccurate: RateMeasure;
  /** Orders with every line intact ÷ orders. */
  readonly perfectCondition: RateMeasure;
  /** Orders perfect on all four components ÷ orders (SCOR perfect order rate). */
  readonly perfectOrder: RateMeasure;
}

/**
 * The service-quality report of one accumulator (or one group): the textbook's three
 * dimensions — availability, operational performance, reliability (DOMAIN.md §8) — the
 * order-level perfect order, and the records used and rejected.
 *
 * @category Measures
 */
export interface QualityReport {
  /** Records seen, used and rejected. */
  readonly records: QualityRecordCounts;
  /** Why records were rejected. */
  readonly rejections: ShipmentRejections;
  /** 可得性. */
  readonly availability: AvailabilityMeasures;
  /** 作业完成绩效. */
  readonly operational: OperationalMeasures;
  /** 可靠性, by line. */
  readonly reliability: ReliabilityMeasures;
  /** Order-level measures; `null` when the accumulator does not keep orders. */
  readonly orders: OrderMeasures | null;
}

/**
 * Options of a report.
 *
 * @category Measures
 */
export interface QualityReportOptions {
  /** The confidence level of every Wilson interval (default 0.95). */
  readonly confidence?: number;
}
