import * as z from 'zod/mini';
import { type DomainError, domainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { text } from '../core/locale.js';
import { err, ok, type Result } from '../core/result.js';
import { safeParseWith } from '../core/zod-issues.js';
import {
  createDurationDigest,
  type DurationDigest,
  durationDigestFromJSON,
  mergeDurationDigests,
  PercentileModeSchema,
} from './duration-digest.js';
import { QUALITY_MESSAGES } from './messages.js';
import type { LineTallyJSON, QualityAccumulatorJSON } from './quality-accumulator-json.js';
import { type ResolvedQualityOptions, sameQualityOptions } from './quality-options.js';
import type { QualityReport } from './quality-report.js';
import { measureRate } from './rate-measure.js';
import { RejectionLog } from './rejection-log.js';
import { LINE_FLAGS, PERFECT_LINE, shipmentLineFlags } from './shipment-line.js';
import type { ShipmentRecord } from './shipment-record.js';
import { shipmentRecordProblem } from './shipment-record-problem.js';

const ORDER_LATE = 1;
const ORDER_SHORT = 2;
const ORDER_DOCUMENTS = 4;
const ORDER_CONDITION = 8;
const ORDER_UNFILLED = 16;
const ORDER_BITS = 32;
const ORDER_PERFECT_MASK = ORDER_LATE | ORDER_SHORT | ORDER_DOCUMENTS | ORDER_CONDITION;

const TALLY_KEYS = [
  'lines',
  'delivered',
  'onTime',
  'inFull',
  'otif',
  'documentsAccurate',
  'intact',
  'damaged',
  'lost',
  'perfect',
  'filled',
  'unitsOrdered',
  'unitsFilled',
  'stockOutReported',
  'stockOuts',
] as const satisfies readonly (keyof LineTallyJSON)[];

/** The map key of an order: unambiguous for any pair of ids. */
function orderKey(customerId: string, orderId: string): string {
  return `${customerId.length}:${customerId}${orderId}`;
}

function splitOrderKey(key: string): readonly [string, string] {
  const colon = key.indexOf(':');
  const length = Number(key.slice(0, colon));
  return [key.slice(colon + 1, colon + 1 + length), key.slice(colon + 1 + length)];
}

/**
 * The mutable state behind a quality accumulator (not part of the public API): line counters,
 * cycle- and response-time digests, per-order flags and the rejection log.
 *
 * @category Streaming
 */
export class QualityState {
  /** The options. */
  readonly options: ResolvedQualityOptions;
  /** Records offered. */
  seen = 0;
  /** Rejected records. */
  rejections: RejectionLog;
  /** Lines measured. */
  lines = 0;
  /** Lines delivered. */
  delivered = 0;
  /** Lines on time. */
  onTime = 0;
  /** Lines in full. */
  inFull = 0;
  /** Lines on time and in full. */
  otif = 0;
  /** Lines with accurate documents. */
  documentsAccurate = 0;
  /** Lines intact. */
  intact = 0;
  /** Lines damaged. */
  damaged = 0;
  /** Lines lost. */
  lost = 0;
  /** Perfect lines. */
  perfect = 0;
  /** Lines filled. */
  filled = 0;
  /** Units ordered. */
  unitsOrdered = 0;
  /** Units filled. */
  unitsFilled = 0;
  /** Lines that recorded stock-out. */
  stockOutReported = 0;
  /** Lines that hit a stock-out. */
  stockOuts = 0;
  /** Cycle times. */
  cycle: DurationDigest;
  /** Response times. */
  response: DurationDigest;
  /** Order key → lines·32 + failure flags. */
  orders: Map<string, number> | null;

  /**
   * @param options - The resolved options.
   */
  constructor(options: ResolvedQualityOptions) {
    this.options = options;
    this.rejections = new RejectionLog(options.maxRejectionSamples);
    const digest = { mode: options.percentiles, relativeError: options.relativeError };
    this.cycle = createDurationDigest(digest);
    this.response = createDurationDigest(digest);
    this.orders = options.orders ? new Map() : null;
  }

  /**
   * Checks and measures one record, or counts it as rejected.
   *
   * @param record - The record.
   * @returns Whether it was used.
   */
  add(record: unknown): boolean {
    const index = this.seen++;
    const problem = shipmentRecordProblem(record);
    if (problem !== null) {
      this.rejections.add(index, [problem]);
      return false;
    }
    this.accept(record as ShipmentRecord);
    return true;
  }

  /**
   * Counts one record as rejected with the given problems.
   *
   * @param errors - The problems.
   */
  reject(errors: readonly DomainError[]): void {
    this.rejections.add(this.seen++, errors);
  }

  /**
   * Measures one record already checked elsewhere, counting it as seen.
   *
   * @param record - A sound record.
   */
  acceptChecked(record: ShipmentRecord): void {
    this.seen++;
    this.accept(record);
  }

  /**
   * Measures one sound record.
   *
   * @param record - The record.
   */
  accept(record: ShipmentRecord): void {
    const flags = shipmentLineFlags(record, this.options.onTime);
    this.lines++;
    const orderedAt = record.orderedAt.getTime();
    const deliveredAt = record.deliveredAt;
    if (deliveredAt !== undefined) {
      this.delivered++;
      this.cycle.add(deliveredAt.getTime() - orderedAt);
    }
    const respondedAt = record.respondedAt;
    if (respondedAt !== undefined) this.response.add(respondedAt.getTime() - orderedAt);
    const onTime = (flags & LINE_FLAGS.ON_TIME) !== 0;
    const inFull = (flags & LINE_FLAGS.IN_FULL) !== 0;
    if (onTime) this.onTime++;
    if (inFull) this.inFull++;
    if (onTime && inFull) this.otif++;
    if ((flags & LINE_FLAGS.DOCUMENTS_ACCURATE) !== 0) this.documentsAccurate++;
    if ((flags & LINE_FLAGS.INTACT) !== 0) this.intact++;
    else if ((flags & LINE_FLAGS.DAMAGED) !== 0) this.damaged++;
    else this.lost++;
    if ((flags & PERFECT_LINE) === PERFECT_LINE) this.perfect++;
    const filled = (flags & LINE_FLAGS.FILLED) !== 0;
    if (filled) this.filled++;
    const ordered = record.quantityOrdered;
    this.unitsOrdered += ordered;
    const shipped = record.quantityShipped ?? record.quantityDelivered;
    this.unitsFilled += shipped < ordered ? shipped : ordered;
    if ((flags & LINE_FLAGS.STOCK_OUT_REPORTED) !== 0) {
      this.stockOutReported++;
      if ((flags & LINE_FLAGS.STOCK_OUT) !== 0) this.stockOuts++;
    }
    const orders = this.orders;
    if (orders !== null) {
      let failed = 0;
      if (!onTime) failed |= ORDER_LATE;
      if (!inFull) failed |= ORDER_SHORT;
      if ((flags & LINE_FLAGS.DOCUMENTS_ACCURATE) === 0) failed |= ORDER_DOCUMENTS;
      if ((flags & LINE_FLAGS.INTACT) === 0) failed |= ORDER_CONDITION;
      if (!filled) failed |= ORDER_UNFILLED;
      const key = orderKey(record.customerId, record.orderId);
      const previous = orders.get(key);
      if (previous === undefined) orders.set(key, ORDER_BITS + failed);
      else {
        const before = previous % ORDER_BITS;
        orders.set(key, previous - before + ORDER_BITS + (before | failed));
      }
    }
  }

  /**
   * Adds another state's records as if they followed ours.
   *
   * @param other - A state with the same options.
   */
  absorb(other: QualityState): void {
    if (!sameQualityOptions(this.options, other.options)) {
      throw new LogisticsCustomerError('INCOMPATIBLE_ACCUMULATORS', QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS, {
        a: this.options,
        b: other.options,
      });
    }
    this.rejections.absorb(other.rejections, this.seen);
    this.seen += other.seen;
    for (const key of TALLY_KEYS) this[key] += other[key];
    this.cycle = mergeDurationDigests(this.cycle, other.cycle);
    this.response = mergeDurationDigests(this.response, other.response);
    if (this.orders !== null && other.orders !== null) {
      const orders = this.orders;
      for (const [key, value] of other.orders) {
        const previous = orders.get(key);
        if (previous === undefined) orders.set(key, value);
        else {
          const a = previous % ORDER_BITS;
          const b = value % ORDER_BITS;
          orders.set(key, previous - a + value - b + (a | b));
        }
      }
    }
  }

  /**
   * Restores a state from its JSON form, checked for shape and consistency.
   *
   * @param json - The parsed JSON.
   * @returns The state or every problem.
   */
  static fromJSON(json: unknown): Result<QualityState, readonly DomainError[]> {
    return stateFromJSON(json);
  }

  /**
   * A deep copy.
   *
   * @returns The copy.
   */
  clone(): QualityState {
    const copy = new QualityState(this.options);
    copy.absorb(this);
    return copy;
  }

  /**
   * The canonical JSON form.
   *
   * @returns The JSON.
   */
  toJSON(): QualityAccumulatorJSON {
    const lines = Object.fromEntries(TALLY_KEYS.map((k) => [k, this[k]])) as unknown as LineTallyJSON;
    let orders: (readonly [string, string, number, number])[] | null = null;
    if (this.orders !== null) {
      orders = [];
      for (const [key, value] of this.orders) {
        const [customer, order] = splitOrderKey(key);
        const flags = value % ORDER_BITS;
        orders.push([customer, order, (value - flags) / ORDER_BITS, flags]);
      }
      orders.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    }
    const rejections = this.rejections.summary();
    return {
      format: 'logistics-customer.quality-accumulator',
      version: 1,
      options: this.options,
      seen: this.seen,
      rejections: { count: rejections.count, byCode: rejections.byCode, samples: rejections.samples },
      lines,
      cycleTime: this.cycle.toJSON(),
      responseTime: this.response.toJSON(),
      orders,
    };
  }

  /**
   * The report.
   *
   * @param confidence - The confidence of the Wilson intervals.
   * @returns The report.
   */
  report(confidence: number): QualityReport {
    const lines = this.lines;
    const m = (n: number, d: number): ReturnType<typeof measureRate> => measureRate(n, d, confidence);
    let orders: QualityReport['orders'] = null;
    let orderFillRate: QualityReport['availability']['orderFillRate'] = null;
    if (this.orders !== null) {
      let onTime = 0;
      let inFull = 0;
      let otif = 0;
      let documents = 0;
      let condition = 0;
      let perfect = 0;
      let filled = 0;
      for (const value of this.orders.values()) {
        const f = value % ORDER_BITS;
        if ((f & ORDER_LATE) === 0) onTime++;
        if ((f & ORDER_SHORT) === 0) inFull++;
        if ((f & (ORDER_LATE | ORDER_SHORT)) === 0) otif++;
        if ((f & ORDER_DOCUMENTS) === 0) documents++;
        if ((f & ORDER_CONDITION) === 0) condition++;
        if ((f & ORDER_PERFECT_MASK) === 0) perfect++;
        if ((f & ORDER_UNFILLED) === 0) filled++;
      }
      const n = this.orders.size;
      orders = {
        orders: n,
        onTime: m(onTime, n),
        inFull: m(inFull, n),
        otif: m(otif, n),
        documentsAccurate: m(documents, n),
        perfectCondition: m(condition, n),
        perfectOrder: m(perfect, n),
      };
      orderFillRate = m(filled, n);
    }
    return {
      records: { seen: this.seen, used: lines, rejected: this.rejections.count },
      rejections: this.rejections.summary(),
      availability: {
        lineFillRate: m(this.filled, lines),
        unitFillRate: m(this.unitsFilled, this.unitsOrdered),
        orderFillRate,
        stockOutFrequency: m(this.stockOuts, this.stockOutReported),
      },
      operational: { cycleTime: this.cycle.summary(), responseTime: this.response.summary() },
      reliability: {
        onTime: m(this.onTime, lines),
        inFull: m(this.inFull, lines),
        otif: m(this.otif, lines),
        documentsAccurate: m(this.documentsAccurate, lines),
        perfectCondition: m(this.intact, lines),
        damage: m(this.damaged, lines),
        loss: m(this.lost, lines),
        perfectLine: m(this.perfect, lines),
      },
      orders,
    };
  }
}

const Count = z.int().check(z.nonnegative());

const ErrorJSONSchema = z.object({
  code: z.string().check(z.minLength(1)),
  message: z.string(),
  messages: z.object({ 'zh-CN': z.string(), en: z.string() }),
  path: z.array(z.union([z.string(), z.number()])),
  details: z.record(z.string(), z.unknown()),
});

const OptionsJSONSchema = z.object({
  percentiles: PercentileModeSchema,
  relativeError: z.number().check(z.minimum(0.0001), z.maximum(0.1)),
  onTime: z.object({ toleranceMs: Count, earlyIsOnTime: z.boolean() }),
  orders: z.boolean(),
  maxRejectionSamples: Count,
});

const StateJSONSchema = z.object({
  format: z.literal('logistics-customer.quality-accumulator'),
  version: z.literal(1),
  options: OptionsJSONSchema,
  seen: Count,
  rejections: z.object({
    count: Count,
    byCode: z.record(z.string(), Count),
    samples: z.array(z.object({ index: Count, errors: z.array(ErrorJSONSchema).check(z.minLength(1)) })),
  }),
  lines: z.object(
    Object.fromEntries(TALLY_KEYS.map((k) => [k, Count])) as Record<(typeof TALLY_KEYS)[number], typeof Count>,
  ),
  cycleTime: z.unknown(),
  responseTime: z.unknown(),
  orders: z.nullable(
    z.array(
      z.tuple([
        z.string().check(z.minLength(1)),
        z.string().check(z.minLength(1)),
        z.int().check(z.positive()),
        z.int().check(z.minimum(0), z.maximum(31)),
      ]),
    ),
  ),
});

function inconsistent(en: string, zh: string): DomainError {
  return domainError('INCONSISTENT_ACCUMULATOR', text(`累加器数据不一致：${zh}`, `inconsistent accumulator: ${en}`));
}

function withPrefix(errors: readonly DomainError[], prefix: string): readonly DomainError[] {
  return errors.map((e) => ({ ...e, path: [prefix, ...e.path] }));
}

function consistencyProblems(t: LineTallyJSON, seen: number, rejected: number): DomainError[] {
  const problems: DomainError[] = [];
  if (seen !== t.lines + rejected) problems.push(inconsistent('seen must equal lines + rejections.count', 'seen 应等于 lines 与被拒记录数之和'));
  const atMostLines = [
    t.delivered,
    t.onTime,
    t.inFull,
    t.documentsAccurate,
    t.perfect,
    t.filled,
    t.stockOutReported,
  ];
  if (atMostLines.some((n) => n > t.lines)) problems.push(inconsistent('a line count exceeds lines', '某项行计数超过 lines'));
  if (t.otif > Math.min(t.onTime, t.inFull) || t.perfect > t.otif) {
    problems.push(inconsistent('otif ≤ min(onTime, inFull) and perfect ≤ otif must hold', '应满足 otif ≤ min(onTime, inFull) 且 perfect ≤ otif'));
  }
  if (t.intact + t.damaged + t.lost !== t.lines) problems.push(inconsistent('intact + damaged + lost must equal lines', 'intact + damaged + lost 应等于 lines'));
  if (t.unitsFilled > t.unitsOrdered || t.stockOuts > t.stockOutReported) {
    problems.push(inconsistent('unitsFilled ≤ unitsOrdered and stockOuts ≤ stockOutReported must hold', '应满足 unitsFilled ≤ unitsOrdered 且 stockOuts ≤ stockOutReported'));
  }
  return problems;
}

/**
 * Restores a state from its JSON form, checked for shape and consistency.
 *
 * @param json - The parsed JSON.
 * @returns The state or every problem.
 */
function stateFromJSON(json: unknown): Result<QualityState, readonly DomainError[]> {
  const parsed = safeParseWith(StateJSONSchema, json);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const options: ResolvedQualityOptions = data.options;
  const cycle = durationDigestFromJSON(data.cycleTime);
  const response = durationDigestFromJSON(data.responseTime);
  const problems: DomainError[] = [];
  if (!cycle.ok) problems.push(...withPrefix(cycle.error, 'cycleTime'));
  if (!response.ok) problems.push(...withPrefix(response.error, 'responseTime'));
  if (!cycle.ok || !response.ok) return err(problems);
  const t = data.lines;
  problems.push(...consistencyProblems(t, data.seen, data.rejections.count));
  for (const digest of [cycle.value, response.value]) {
    if (digest.mode !== options.percentiles || (digest.mode === 'sketch' && digest.relativeError !== options.relativeError)) {
      problems.push(inconsistent('a digest does not match the options', '时长摘要与选项不一致'));
    }
  }
  if (cycle.value.count !== t.delivered) problems.push(inconsistent('cycleTime.count must equal delivered', 'cycleTime.count 应等于 delivered'));
  if (response.value.count > t.lines) problems.push(inconsistent('responseTime.count exceeds lines', 'responseTime.count 超过 lines'));
  const codes = Object.values(data.rejections.byCode).reduce((a, b) => a + b, 0);
  if (codes !== data.rejections.count || data.rejections.samples.length > Math.min(options.maxRejectionSamples, data.rejections.count)) {
    problems.push(inconsistent('rejection counts do not add up', '被拒记录的计数不一致'));
  }
  if ((data.orders === null) === options.orders) problems.push(inconsistent('orders must be present exactly when options.orders is true', '仅当 options.orders 为 true 时才有 orders'));
  const state = new QualityState(options);
  if (data.orders !== null && state.orders !== null) {
    let orderLines = 0;
    for (const [customer, order, lines, flags] of data.orders) {
      const key = orderKey(customer, order);
      if (state.orders.has(key)) problems.push(inconsistent(`order ${customer}/${order} appears twice`, `订单 ${customer}/${order} 重复出现`));
      state.orders.set(key, lines * ORDER_BITS + flags);
      orderLines += lines;
    }
    if (orderLines !== t.lines) problems.push(inconsistent('order lines must add up to lines', '各订单的行数之和应等于 lines'));
  }
  if (problems.length > 0) return err(problems);
  state.seen = data.seen;
  for (const key of TALLY_KEYS) state[key] = t[key];
  state.cycle = cycle.value;
  state.response = response.value;
  state.rejections.count = data.rejections.count;
  for (const [code, n] of Object.entries(data.rejections.byCode)) state.rejections.byCode.set(code, n);
  state.rejections.samples = data.rejections.samples.map((s) => ({ index: s.index, errors: s.errors }));
  return ok(state);
}
