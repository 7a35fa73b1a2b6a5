import type { DomainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { err, ok, type Result } from '../core/result.js';
import { safeParseWith } from '../core/zod-issues.js';
import { QUALITY_MESSAGES } from './messages.js';
import type { QualityAccumulatorJSON } from './quality-accumulator-json.js';
import { type QualityAccumulatorOptions, type ResolvedQualityOptions, resolveQualityOptions } from './quality-options.js';
import type { QualityReport, QualityReportOptions } from './quality-report.js';
import { QualityState } from './quality-state.js';
import { type ShipmentRecord, ShipmentRecordSchema } from './shipment-record.js';

/**
 * A streaming accumulator of logistics service measures (物流客户服务质量, DOMAIN.md §8): it takes
 * shipment records one at a time, checks each (bad ones are counted as rejected with their index
 * and problems, never skipped silently), and keeps only counters, two duration digests and one
 * small entry per order. Accumulators built with the same options merge into exactly the
 * accumulator of one pass ({@link mergeQualityAccumulators}) and round-trip through JSON
 * ({@link qualityAccumulatorFromJSON}), so shards can be computed in worker threads or on other
 * machines and combined later.
 *
 * The accumulator is the one deliberately mutable value of the module: `add` changes it (and
 * nothing else); merging and restoring build new accumulators.
 *
 * @category Streaming
 */
export interface QualityAccumulator {
  /** The options, with every default. */
  readonly options: ResolvedQualityOptions;
  /** Records offered so far (used + rejected). */
  readonly seen: number;
  /** Checks and measures one record; returns `false` (and counts it as rejected) when it is unsound. */
  add(record: ShipmentRecord): boolean;
  /** Parses one untrusted JSON record with {@link ShipmentRecordSchema}, then adds it; `false` when rejected. */
  addInput(input: unknown): boolean;
  /** The report: the three quality dimensions, order-level measures, records used and rejected. */
  report(options?: QualityReportOptions): QualityReport;
  /** The canonical JSON form (also used by `JSON.stringify`). */
  toJSON(): QualityAccumulatorJSON;
}

class Accumulator implements QualityAccumulator {
  readonly state: QualityState;

  constructor(state: QualityState) {
    this.state = state;
  }

  get options(): ResolvedQualityOptions {
    return this.state.options;
  }

  get seen(): number {
    return this.state.seen;
  }

  add(record: ShipmentRecord): boolean {
    return this.state.add(record);
  }

  addInput(input: unknown): boolean {
    const parsed = safeParseWith(ShipmentRecordSchema, input);
    if (!parsed.ok) {
      this.state.reject(parsed.error);
      return false;
    }
    return this.state.add(parsed.value);
  }

  report(options: QualityReportOptions = {}): QualityReport {
    return this.state.report(options.confidence ?? 0.95);
  }

  toJSON(): QualityAccumulatorJSON {
    return this.state.toJSON();
  }
}

/**
 * Creates an empty quality accumulator.
 *
 * @param options - Percentile mode (`exact` or constant-memory `sketch`), the on-time rule,
 *   whether to keep order-level measures, how many rejected records to keep.
 * @returns The accumulator.
 * @throws LogisticsCustomerError `INVALID_ACCUMULATOR_OPTIONS`, `INVALID_RELATIVE_ERROR`
 *   or `INVALID_TOLERANCE` for options outside their range.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { createQualityAccumulator } from 'logistics-customer/quality';
 * const acc = createQualityAccumulator();
 * const line = {
 *   customerId: customerId('C-001'), orderId: 'SO-1', lineId: '1',
 *   orderedAt: new Date('2026-03-01T00:00:00Z'), promisedAt: new Date('2026-03-03T00:00:00Z'),
 *   deliveredAt: new Date('2026-03-02T00:00:00Z'),
 *   quantityOrdered: 10, quantityDelivered: 10, condition: 'intact', documentsAccurate: true,
 * } as const;
 * acc.add(line);
 * acc.add({ ...line, lineId: '2', quantityDelivered: 7 });
 * const report = acc.report();
 * [report.reliability.otif.value, report.orders?.perfectOrder.value, report.availability.unitFillRate.value];
 * // => [0.5, 0, 0.85]
 * ```
 * @category Streaming
 */
export function createQualityAccumulator(options: QualityAccumulatorOptions = {}): QualityAccumulator {
  return new Accumulator(new QualityState(resolveQualityOptions(options)));
}

function stateOf(acc: QualityAccumulator): QualityState {
  if (!(acc instanceof Accumulator)) {
    throw new LogisticsCustomerError('INCOMPATIBLE_ACCUMULATORS', QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS, {
      reason: 'not an accumulator made by createQualityAccumulator',
    });
  }
  return acc.state;
}

/**
 * Merges two quality accumulators into a new one equal to one pass over `a`'s records followed
 * by `b`'s; neither input changes. Every count and sum adds exactly, so the measures do not depend
 * on how the records were split or in which order shards are merged; rejected records keep their
 * index in the concatenated input.
 *
 * @param a - The first accumulator.
 * @param b - The second accumulator, built with the same options.
 * @returns The merged accumulator.
 * @throws LogisticsCustomerError `INCOMPATIBLE_ACCUMULATORS` when the options differ.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { createQualityAccumulator, mergeQualityAccumulators } from 'logistics-customer/quality';
 * const line = {
 *   customerId: customerId('C-001'), orderId: 'SO-1', lineId: '1',
 *   orderedAt: new Date('2026-03-01T00:00:00Z'), promisedAt: new Date('2026-03-03T00:00:00Z'),
 *   deliveredAt: new Date('2026-03-04T00:00:00Z'),
 *   quantityOrdered: 4, quantityDelivered: 4, condition: 'intact', documentsAccurate: true,
 * } as const;
 * const a = createQualityAccumulator();
 * const b = createQualityAccumulator();
 * a.add(line);
 * b.add({ ...line, lineId: '2', deliveredAt: new Date('2026-03-02T00:00:00Z') });
 * const merged = mergeQualityAccumulators(a, b).report();
 * [merged.reliability.onTime.rate, merged.orders?.onTime.value];
 * // => [{ kind: 'rate', numerator: 1, denominator: 2 }, 0]
 * ```
 * @category Streaming
 */
export function mergeQualityAccumulators(a: QualityAccumulator, b: QualityAccumulator): QualityAccumulator {
  const merged = stateOf(a).clone();
  merged.absorb(stateOf(b));
  return new Accumulator(merged);
}

/**
 * Restores a quality accumulator from its JSON form (a partial result stored by a worker or
 * another machine), checked for shape and consistency.
 *
 * @param json - The parsed JSON value.
 * @returns The accumulator, or every problem (`INVALID_INPUT`, `INCONSISTENT_ACCUMULATOR`,
 *   `INCONSISTENT_DIGEST`) with messages in zh-CN and en.
 *
 * @example
 * ```ts
 * import { createQualityAccumulator, qualityAccumulatorFromJSON } from 'logistics-customer/quality';
 * const acc = createQualityAccumulator({ percentiles: 'sketch' });
 * acc.addInput({ orderId: 'SO-1' });
 * const back = qualityAccumulatorFromJSON(JSON.parse(JSON.stringify(acc)));
 * back.ok && back.value.report().records;
 * // => { seen: 1, used: 0, rejected: 1 }
 * ```
 * @category Streaming
 */
export function qualityAccumulatorFromJSON(json: unknown): Result<QualityAccumulator, readonly DomainError[]> {
  const state = QualityState.fromJSON(json);
  return state.ok ? ok(new Accumulator(state.value)) : err(state.error);
}
