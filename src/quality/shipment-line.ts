import type { OnTimeRule } from './on-time-rule.js';
import { DEFAULT_ON_TIME_RULE } from './on-time-rule.js';
import type { ShipmentRecord } from './shipment-record.js';

/**
 * The bits of {@link shipmentLineFlags}: what one shipment line achieved, as one integer, so a
 * loop over millions of lines allocates nothing.
 *
 * @example
 * ```ts
 * import { LINE_FLAGS } from 'logistics-customer/quality';
 * LINE_FLAGS.ON_TIME | LINE_FLAGS.IN_FULL;
 * // => 6
 * ```
 * @category Measures
 */
export const LINE_FLAGS = {
  DELIVERED: 1,
  ON_TIME: 2,
  IN_FULL: 4,
  DOCUMENTS_ACCURATE: 8,
  INTACT: 16,
  DAMAGED: 32,
  LOST: 64,
  FILLED: 128,
  STOCK_OUT_REPORTED: 256,
  STOCK_OUT: 512,
} as const;

/**
 * The four SCOR perfect-order components as flag bits: on time to commit, in full, documents
 * accurate, perfect condition. A line is perfect when it has all four.
 *
 * @example
 * ```ts
 * import { PERFECT_LINE } from 'logistics-customer/quality';
 * PERFECT_LINE;
 * // => 30
 * ```
 * @category Measures
 */
export const PERFECT_LINE: number = LINE_FLAGS.ON_TIME | LINE_FLAGS.IN_FULL | LINE_FLAGS.DOCUMENTS_ACCURATE | LINE_FLAGS.INTACT;

/**
 * What one shipment line achieved, by the textbook's quality dimensions (DOMAIN.md §8).
 *
 * @category Measures
 */
export interface ShipmentLineOutcome {
  /** The line reached the customer. */
  readonly delivered: boolean;
  /** Delivered to the promise under the on-time rule (准时). */
  readonly onTime: boolean;
  /** Delivered quantity equals the ordered quantity (SCOR "delivered in full"). */
  readonly inFull: boolean;
  /** Both on time and in full (OTIF). */
  readonly otif: boolean;
  /** The documents were accurate. */
  readonly documentsAccurate: boolean;
  /** Arrived intact (SCOR "perfect condition"). */
  readonly intact: boolean;
  /** Arrived damaged (破损). */
  readonly damaged: boolean;
  /** Lost (丢失). */
  readonly lost: boolean;
  /** All four SCOR components: on time, in full, documents accurate, perfect condition. */
  readonly perfect: boolean;
  /** Shipped (or, without a shipped quantity, delivered) at least the ordered units: the line was filled (可得性). */
  readonly filled: boolean;
  /** Units filled, at most the ordered units. */
  readonly unitsFilled: number;
  /** Whether the line hit a stock-out; `null` when not recorded. */
  readonly stockOut: boolean | null;
  /** Order cycle time (订发货周期), ordered → delivered in ms; `null` if not delivered. */
  readonly cycleTimeMs: number | null;
  /** Response time, ordered → responded in ms; `null` if not recorded. */
  readonly responseTimeMs: number | null;
}

/**
 * Whether a delivery instant meets the promise of a record under an on-time rule.
 *
 * @param record - A sound record (see `shipmentRecordProblem`).
 * @param deliveredMs - The delivery instant in ms.
 * @param rule - The on-time rule.
 * @returns `true` when on time.
 *
 * @example
 * ```ts
 * import { meetsPromise, DEFAULT_ON_TIME_RULE } from 'logistics-customer/quality';
 * const window = { start: new Date('2026-03-02T01:00:00Z'), end: new Date('2026-03-02T04:00:00Z') };
 * meetsPromise({ promisedWindow: window }, Date.parse('2026-03-02T00:30:00Z'), DEFAULT_ON_TIME_RULE);
 * // => false
 * ```
 * @category Measures
 */
export function meetsPromise(
  record: Pick<ShipmentRecord, 'promisedAt' | 'promisedWindow'>,
  deliveredMs: number,
  rule: OnTimeRule,
): boolean {
  const tolerance = rule.toleranceMs;
  const promisedAt = record.promisedAt;
  if (promisedAt !== undefined) {
    const due = promisedAt.getTime();
    return deliveredMs <= due + tolerance && (rule.earlyIsOnTime || deliveredMs >= due - tolerance);
  }
  const window = record.promisedWindow;
  if (window === undefined) return false;
  return deliveredMs >= window.start.getTime() - tolerance && deliveredMs <= window.end.getTime() + tolerance;
}

/**
 * What one sound shipment line achieved, as {@link LINE_FLAGS} bits (no allocation). The
 * accumulators use it; {@link evaluateShipmentLine} is the readable form.
 *
 * @param record - A sound record (see `shipmentRecordProblem`).
 * @param rule - The on-time rule.
 * @returns The flag bits.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { LINE_FLAGS, shipmentLineFlags, DEFAULT_ON_TIME_RULE } from 'logistics-customer/quality';
 * const flags = shipmentLineFlags({
 *   customerId: customerId('C-001'), orderId: 'SO-1', lineId: '1',
 *   orderedAt: new Date('2026-03-01T00:00:00Z'), promisedAt: new Date('2026-03-03T00:00:00Z'),
 *   deliveredAt: new Date('2026-03-04T00:00:00Z'),
 *   quantityOrdered: 10, quantityDelivered: 10, condition: 'intact', documentsAccurate: true,
 * }, DEFAULT_ON_TIME_RULE);
 * [(flags & LINE_FLAGS.ON_TIME) !== 0, (flags & LINE_FLAGS.IN_FULL) !== 0];
 * // => [false, true]
 * ```
 * @category Measures
 */
export function shipmentLineFlags(record: ShipmentRecord, rule: OnTimeRule): number {
  let flags = 0;
  const deliveredAt = record.deliveredAt;
  if (deliveredAt !== undefined) {
    flags |= LINE_FLAGS.DELIVERED;
    if (meetsPromise(record, deliveredAt.getTime(), rule)) flags |= LINE_FLAGS.ON_TIME;
  }
  const ordered = record.quantityOrdered;
  if (record.quantityDelivered === ordered) flags |= LINE_FLAGS.IN_FULL;
  if ((record.quantityShipped ?? record.quantityDelivered) >= ordered) flags |= LINE_FLAGS.FILLED;
  if (record.documentsAccurate) flags |= LINE_FLAGS.DOCUMENTS_ACCURATE;
  const condition = record.condition;
  if (condition === 'intact') flags |= LINE_FLAGS.INTACT;
  else if (condition === 'damaged') flags |= LINE_FLAGS.DAMAGED;
  else flags |= LINE_FLAGS.LOST;
  const stockOut = record.stockOut;
  if (stockOut !== undefined) flags |= stockOut ? LINE_FLAGS.STOCK_OUT_REPORTED | LINE_FLAGS.STOCK_OUT : LINE_FLAGS.STOCK_OUT_REPORTED;
  return flags;
}

/**
 * Evaluates one sound shipment line against the textbook's measures: on time, in full, OTIF,
 * the four SCOR perfect-order components, damage, loss, fill, stock-out, cycle and response
 * time (物流客户服务质量, DOMAIN.md §8).
 *
 * @param record - A sound record (see `shipmentRecordProblem`).
 * @param rule - The on-time rule (default: no tolerance, early counts as on time).
 * @returns The outcome.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { evaluateShipmentLine } from 'logistics-customer/quality';
 * const outcome = evaluateShipmentLine({
 *   customerId: customerId('C-001'), orderId: 'SO-1', lineId: '1',
 *   orderedAt: new Date('2026-03-01T00:00:00Z'), promisedAt: new Date('2026-03-03T00:00:00Z'),
 *   deliveredAt: new Date('2026-03-02T12:00:00Z'),
 *   quantityOrdered: 10, quantityDelivered: 8, condition: 'intact', documentsAccurate: true,
 * });
 * [outcome.onTime, outcome.inFull, outcome.perfect, outcome.unitsFilled, outcome.cycleTimeMs];
 * // => [true, false, false, 8, 129600000]
 * ```
 * @category Measures
 */
export function evaluateShipmentLine(record: ShipmentRecord, rule: OnTimeRule = DEFAULT_ON_TIME_RULE): ShipmentLineOutcome {
  const flags = shipmentLineFlags(record, rule);
  const has = (bit: number): boolean => (flags & bit) !== 0;
  const ordered = record.orderedAt.getTime();
  const filledUnits = Math.min(record.quantityShipped ?? record.quantityDelivered, record.quantityOrdered);
  return {
    delivered: has(LINE_FLAGS.DELIVERED),
    onTime: has(LINE_FLAGS.ON_TIME),
    inFull: has(LINE_FLAGS.IN_FULL),
    otif: has(LINE_FLAGS.ON_TIME) && has(LINE_FLAGS.IN_FULL),
    documentsAccurate: has(LINE_FLAGS.DOCUMENTS_ACCURATE),
    intact: has(LINE_FLAGS.INTACT),
    damaged: has(LINE_FLAGS.DAMAGED),
    lost: has(LINE_FLAGS.LOST),
    perfect: (flags & PERFECT_LINE) === PERFECT_LINE,
    filled: has(LINE_FLAGS.FILLED),
    unitsFilled: filledUnits,
    stockOut: has(LINE_FLAGS.STOCK_OUT_REPORTED) ? has(LINE_FLAGS.STOCK_OUT) : null,
    cycleTimeMs: record.deliveredAt === undefined ? null : record.deliveredAt.getTime() - ordered,
    responseTimeMs: record.respondedAt === undefined ? null : record.respondedAt.getTime() - ordered,
  };
}
