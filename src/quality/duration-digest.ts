import * as z from 'zod/mini';
import type { DomainError } from '../core/domain-error.js';
import { domainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { text } from '../core/locale.js';
import { err, ok, type Result } from '../core/result.js';
import { safeParseWith } from '../core/zod-issues.js';
import { QUALITY_MESSAGES } from './messages.js';

const TWO21 = 2 ** 21;
const TWO32 = 2 ** 32;
const TWO52 = 2 ** 52;
const MAX_MS = 2 ** 42;
const B32 = 32n;
const MASK32 = 2n ** 32n - 1n;

/**
 * How percentiles are kept: `exact` stores every value (memory grows with the count); `sketch`
 * keeps a fixed log-scale histogram (constant memory, relative error bound α).
 *
 * @example
 * ```ts
 * import { PercentileModeSchema } from 'logistics-customer/quality';
 * PercentileModeSchema.options;
 * // => ['exact', 'sketch']
 * ```
 * @category Streaming
 */
export const PercentileModeSchema = z.enum(['exact', 'sketch']);

/**
 * How percentiles are kept: exactly, or in a constant-memory sketch.
 *
 * @category Streaming
 */
export type PercentileMode = z.infer<typeof PercentileModeSchema>;

/**
 * The zh-CN and en labels of {@link PercentileMode}.
 *
 * @example
 * ```ts
 * import { percentileModeLabels } from 'logistics-customer/quality';
 * percentileModeLabels.sketch.en;
 * // => 'Constant-memory sketch'
 * ```
 * @category Streaming
 */
export const percentileModeLabels = {
  exact: { 'zh-CN': '精确（保存全部数值）', en: 'Exact (every value kept)' },
  sketch: { 'zh-CN': '常量内存概要（有误差上界）', en: 'Constant-memory sketch' },
} as const satisfies Record<PercentileMode, { readonly 'zh-CN': string; readonly en: string }>;

/**
 * Options of {@link createDurationDigest}.
 *
 * @category Streaming
 */
export interface DurationDigestOptions {
  /** `exact` (default) or `sketch`. */
  readonly mode?: PercentileMode;
  /** The sketch's relative error bound α, from 0.0001 to 0.1 (default 0.01 = 1%). */
  readonly relativeError?: number;
}

/**
 * The summary of a set of durations: speed (mean), consistency (standard deviation and
 * coefficient of variation — 订发货周期的稳定性) and percentiles (DOMAIN.md §8). Mean and standard
 * deviation are exact (integer sums) in both modes; percentiles are exact in `exact` mode and
 * within the relative error bound in `sketch` mode.
 *
 * @category Measures
 */
export interface DurationSummary {
  /** Tells a summary from no data. */
  readonly kind: 'summary';
  /** How many durations. */
  readonly count: number;
  /** The mean in ms (speed). */
  readonly meanMs: number;
  /** The population standard deviation in ms (consistency). */
  readonly sdMs: number;
  /** Standard deviation ÷ mean; `null` when the mean is 0. */
  readonly cv: number | null;
  /** The shortest, in ms. */
  readonly minMs: number;
  /** The longest, in ms. */
  readonly maxMs: number;
  /** The median (p50) in ms. */
  readonly medianMs: number;
  /** The 90th percentile in ms. */
  readonly p90Ms: number;
  /** The 95th percentile in ms. */
  readonly p95Ms: number;
  /** `exact`, or `sketch` with percentiles within `relativeError`. */
  readonly mode: PercentileMode;
  /** The percentiles' relative error bound (0 when exact). */
  readonly relativeError: number;
}

/**
 * A duration summary over no values: explicit, never `NaN`.
 *
 * @category Measures
 */
export interface NoDurations {
  /** Tells no data from a summary. */
  readonly kind: 'no-data';
  /** Always 0. */
  readonly count: 0;
}

/**
 * The JSON form of a {@link DurationDigest}: sums as decimal strings (exact), exact values sorted
 * or sketch bins as `[index, count]` pairs sorted by index — so equal data give equal JSON,
 * whatever the order it was added or merged in.
 *
 * @category Streaming
 */
export type DurationDigestJSON =
  | {
      /** Every value is kept. */
      readonly mode: 'exact';
      /** How many values. */
      readonly count: number;
      /** Σx as a decimal string. */
      readonly sum: string;
      /** Σx² as a decimal string. */
      readonly sumSquares: string;
      /** The values, ascending. */
      readonly values: readonly number[];
    }
  | {
      /** Values are kept as a log-scale histogram. */
      readonly mode: 'sketch';
      /** The relative error bound α. */
      readonly relativeError: number;
      /** How many values. */
      readonly count: number;
      /** Σx as a decimal string. */
      readonly sum: string;
      /** Σx² as a decimal string. */
      readonly sumSquares: string;
      /** The smallest value, `null` when empty. */
      readonly min: number | null;
      /** The largest value, `null` when empty. */
      readonly max: number | null;
      /** How many zeros. */
      readonly zeroCount: number;
      /** Non-empty bins as `[index, count]`, by index; bin i holds values in (γ^(i−1), γ^i]. */
      readonly bins: readonly (readonly [number, number])[];
    };

/**
 * A mergeable, JSON-serialisable digest of durations in whole milliseconds (0 to 2^42), taking
 * one value at a time. Two digests built with the same options merge into exactly the digest
 * of one pass over both inputs ({@link mergeDurationDigests}).
 *
 * In `sketch` mode the percentiles come from a fixed log-scale histogram with γ = (1+α)/(1−α)
 * (about 1,460 bins for α = 1%, a DDSketch-style layout): every estimate is within a relative
 * error α of the exact value (up to floating-point rounding), in constant memory.
 *
 * @category Streaming
 */
export interface DurationDigest {
  /** `exact` or `sketch`. */
  readonly mode: PercentileMode;
  /** The sketch's relative error bound α (0 in exact mode). */
  readonly relativeError: number;
  /** How many values were added. */
  readonly count: number;
  /** Adds one duration; throws `INVALID_DURATION_MS` unless it is a whole number of ms from 0 to 2^42. */
  add(ms: number): void;
  /** The q-quantile (0 ≤ q ≤ 1, linear interpolation between closest ranks), `null` when empty. */
  quantile(q: number): number | null;
  /** The summary: mean, standard deviation, CV, min, max, median, p90, p95. */
  summary(): DurationSummary | NoDurations;
  /** The JSON form. */
  toJSON(): DurationDigestJSON;
}

/** An exact non-negative integer sum held as hi·2^32 + lo in two doubles. */
class ExactSum {
  lo = 0;
  hi = 0;
  add(v: number): void {
    let lo = this.lo + v;
    if (lo >= TWO52) {
      const carry = Math.floor(lo / TWO32);
      this.hi += carry;
      lo -= carry * TWO32;
    }
    this.lo = lo;
  }
  addSum(other: ExactSum): void {
    this.hi += other.hi;
    this.add(other.lo);
  }
  big(): bigint {
    return BigInt(this.hi) * 2n ** B32 + BigInt(this.lo);
  }
  setBig(value: bigint): void {
    this.hi = Number(value >> B32);
    this.lo = Number(value & MASK32);
  }
}

function checkRelativeError(alpha: number): void {
  if (!(typeof alpha === 'number' && alpha >= 0.0001 && alpha <= 0.1)) {
    throw new LogisticsCustomerError('INVALID_RELATIVE_ERROR', QUALITY_MESSAGES.INVALID_RELATIVE_ERROR, { relativeError: alpha });
  }
}

class Digest implements DurationDigest {
  readonly mode: PercentileMode;
  readonly relativeError: number;
  count = 0;
  readonly sum = new ExactSum();
  /** Σx² = (Σa²)·2^42 + (Σ2ab)·2^21 + Σb², with x = a·2^21 + b: every term exact. */
  readonly sqHigh = new ExactSum();
  readonly sqMid = new ExactSum();
  readonly sqLow = new ExactSum();
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  values: Float64Array;
  sorted = true;
  zeroCount = 0;
  readonly bins: Float64Array;
  readonly logGamma: number;
  readonly gamma: number;

  constructor(mode: PercentileMode, relativeError: number) {
    this.mode = mode;
    this.relativeError = mode === 'exact' ? 0 : relativeError;
    this.gamma = (1 + relativeError) / (1 - relativeError);
    this.logGamma = Math.log(this.gamma);
    this.values = new Float64Array(mode === 'exact' ? 1024 : 0);
    this.bins = new Float64Array(mode === 'sketch' ? Math.ceil(Math.log(MAX_MS) / this.logGamma) + 2 : 0);
  }

  add(ms: number): void {
    if (!(ms >= 0 && ms < MAX_MS && Math.floor(ms) === ms)) {
      throw new LogisticsCustomerError('INVALID_DURATION_MS', QUALITY_MESSAGES.INVALID_DURATION_MS, { received: ms });
    }
    this.count++;
    this.sum.add(ms);
    const a = Math.floor(ms / TWO21);
    const b = ms - a * TWO21;
    this.sqHigh.add(a * a);
    this.sqMid.add(2 * a * b);
    this.sqLow.add(b * b);
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
    if (this.mode === 'exact') {
      const n = this.count - 1;
      if (n === this.values.length) this.grow(n * 2);
      this.values[n] = ms;
      this.sorted = false;
    } else if (ms === 0) {
      this.zeroCount++;
    } else {
      const i = Math.ceil(Math.log(ms) / this.logGamma);
      this.bins[i] = (this.bins[i] ?? 0) + 1;
    }
  }

  grow(capacity: number): void {
    const next = new Float64Array(Math.max(capacity, 1024));
    next.set(this.values);
    this.values = next;
  }

  sortedValues(): Float64Array {
    const view = this.values.subarray(0, this.count);
    if (!this.sorted) {
      view.sort();
      this.sorted = true;
    }
    return view;
  }

  /** The value of 0-based rank r in the sketch: the bin's representative, clamped to [min, max]. */
  sketchRank(r: number): number {
    let seen = this.zeroCount;
    if (r < seen) return 0;
    const bins = this.bins;
    for (let i = 0; i < bins.length; i++) {
      seen += bins[i] ?? 0;
      if (r < seen) {
        const estimate = (2 * this.gamma ** i) / (this.gamma + 1);
        return Math.min(this.max, Math.max(this.min, estimate));
      }
    }
    return this.max;
  }

  quantile(q: number): number | null {
    if (!(typeof q === 'number' && q >= 0 && q <= 1)) {
      throw new LogisticsCustomerError('INVALID_QUANTILE', QUALITY_MESSAGES.INVALID_QUANTILE, { q });
    }
    if (this.count === 0) return null;
    const h = (this.count - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, this.count - 1);
    const fraction = h - lo;
    let low: number;
    let high: number;
    if (this.mode === 'exact') {
      const values = this.sortedValues();
      low = values[lo] ?? 0;
      high = values[hi] ?? 0;
    } else {
      low = this.sketchRank(lo);
      high = hi === lo ? low : this.sketchRank(hi);
    }
    return fraction === 0 ? low : low + fraction * (high - low);
  }

  sumSquares(): bigint {
    return (this.sqHigh.big() << 42n) + (this.sqMid.big() << 21n) + this.sqLow.big();
  }

  summary(): DurationSummary | NoDurations {
    const n = this.count;
    if (n === 0) return { kind: 'no-data', count: 0 };
    const sum = this.sum.big();
    const big = BigInt(n);
    const spread = big * this.sumSquares() - sum * sum;
    const meanMs = Number(sum) / n;
    const sdMs = Math.sqrt(Number(spread) / (n * n));
    return {
      kind: 'summary',
      count: n,
      meanMs,
      sdMs,
      cv: meanMs === 0 ? null : sdMs / meanMs,
      minMs: this.min,
      maxMs: this.max,
      medianMs: this.quantile(0.5) ?? 0,
      p90Ms: this.quantile(0.9) ?? 0,
      p95Ms: this.quantile(0.95) ?? 0,
      mode: this.mode,
      relativeError: this.relativeError,
    };
  }

  toJSON(): DurationDigestJSON {
    const common = { count: this.count, sum: this.sum.big().toString(), sumSquares: this.sumSquares().toString() };
    if (this.mode === 'exact') return { mode: 'exact', ...common, values: Array.from(this.sortedValues()) };
    const bins: (readonly [number, number])[] = [];
    this.bins.forEach((c, i) => {
      if (c > 0) bins.push([i, c]);
    });
    return {
      mode: 'sketch',
      relativeError: this.relativeError,
      ...common,
      min: this.count === 0 ? null : this.min,
      max: this.count === 0 ? null : this.max,
      zeroCount: this.zeroCount,
      bins,
    };
  }

  /** Adds every value of `other` (same options) into this digest, as if added one by one after ours. */
  absorb(other: Digest): void {
    this.sum.addSum(other.sum);
    this.sqHigh.addSum(other.sqHigh);
    this.sqMid.addSum(other.sqMid);
    this.sqLow.addSum(other.sqLow);
    if (other.count > 0) {
      this.min = Math.min(this.min, other.min);
      this.max = Math.max(this.max, other.max);
    }
    if (this.mode === 'exact') {
      const total = this.count + other.count;
      if (total > this.values.length) {
        const next = new Float64Array(Math.max(1024, total));
        next.set(this.values.subarray(0, this.count));
        this.values = next;
      }
      this.values.set(other.values.subarray(0, other.count), this.count);
      this.sorted = this.count === 0 ? other.sorted : other.count === 0 && this.sorted;
    } else {
      this.zeroCount += other.zeroCount;
      const bins = this.bins;
      other.bins.forEach((c, i) => {
        if (c > 0) bins[i] = (bins[i] ?? 0) + c;
      });
    }
    this.count += other.count;
  }
}

/**
 * Creates an empty {@link DurationDigest}.
 *
 * @param options - `mode` (`exact` by default or `sketch`) and the sketch's `relativeError`.
 * @returns The digest.
 * @throws LogisticsCustomerError `INVALID_RELATIVE_ERROR` when the relative error is not
 *   from 0.0001 to 0.1.
 *
 * @example
 * ```ts
 * import { createDurationDigest } from 'logistics-customer/quality';
 * const hours = createDurationDigest();
 * for (const h of [20, 24, 30, 26]) hours.add(h * 3_600_000);
 * hours.quantile(0.5)! / 3_600_000;
 * // => 25
 * ```
 * @category Streaming
 */
export function createDurationDigest(options: DurationDigestOptions = {}): DurationDigest {
  const mode = options.mode ?? 'exact';
  const relativeError = options.relativeError ?? 0.01;
  checkRelativeError(relativeError);
  if (mode !== 'exact' && mode !== 'sketch') {
    throw new LogisticsCustomerError('INVALID_ACCUMULATOR_OPTIONS', QUALITY_MESSAGES.INVALID_ACCUMULATOR_OPTIONS, { mode });
  }
  return new Digest(mode, relativeError);
}

function asDigest(d: DurationDigest): Digest {
  if (!(d instanceof Digest)) {
    throw new LogisticsCustomerError('INCOMPATIBLE_ACCUMULATORS', QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS, {
      reason: 'not a digest made by createDurationDigest',
    });
  }
  return d;
}

/**
 * Merges two digests into a new one equal to one pass over `a`'s values then `b`'s; neither
 * input changes. Counts, sums and sketch bins add exactly, so the merge is associative and
 * commutative in everything it reports.
 *
 * @param a - The first digest.
 * @param b - The second digest (same mode and relative error).
 * @returns The merged digest.
 * @throws LogisticsCustomerError `INCOMPATIBLE_ACCUMULATORS` when the options differ.
 *
 * @example
 * ```ts
 * import { createDurationDigest, mergeDurationDigests } from 'logistics-customer/quality';
 * const a = createDurationDigest();
 * const b = createDurationDigest();
 * a.add(1000); b.add(3000);
 * mergeDurationDigests(a, b).quantile(0.5);
 * // => 2000
 * ```
 * @category Streaming
 */
export function mergeDurationDigests(a: DurationDigest, b: DurationDigest): DurationDigest {
  const left = asDigest(a);
  const right = asDigest(b);
  if (left.mode !== right.mode || left.relativeError !== right.relativeError) {
    throw new LogisticsCustomerError('INCOMPATIBLE_ACCUMULATORS', QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS, {
      a: { mode: left.mode, relativeError: left.relativeError },
      b: { mode: right.mode, relativeError: right.relativeError },
    });
  }
  const out = new Digest(left.mode, left.mode === 'exact' ? 0.01 : left.relativeError);
  out.absorb(left);
  out.absorb(right);
  return out;
}

const DIGITS = /^\d+$/;
const Ms = z.number().check(z.int(), z.minimum(0), z.maximum(MAX_MS - 1));
const BigText = z.string().check(z.regex(DIGITS));

const DigestJSONSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('exact'),
    count: z.int().check(z.nonnegative()),
    sum: BigText,
    sumSquares: BigText,
    values: z.array(Ms),
  }),
  z.object({
    mode: z.literal('sketch'),
    relativeError: z.number().check(z.minimum(0.0001), z.maximum(0.1)),
    count: z.int().check(z.nonnegative()),
    sum: BigText,
    sumSquares: BigText,
    min: z.nullable(Ms),
    max: z.nullable(Ms),
    zeroCount: z.int().check(z.nonnegative()),
    bins: z.array(z.tuple([z.int().check(z.nonnegative()), z.int().check(z.positive())])),
  }),
]);

function inconsistent(reason: string, zh: string): DomainError {
  return domainError('INCONSISTENT_DIGEST', text(`摘要数据不一致：${zh}`, `inconsistent digest: ${reason}`));
}

/**
 * Restores a digest from its JSON form (e.g. a partial result stored by a worker), checked.
 *
 * @param json - The JSON value (parsed).
 * @returns The digest, or every problem (`INVALID_INPUT` for the shape, `INCONSISTENT_DIGEST`
 *   when counts, bins or sums disagree) with messages in zh-CN and en.
 *
 * @example
 * ```ts
 * import { createDurationDigest, durationDigestFromJSON } from 'logistics-customer/quality';
 * const d = createDurationDigest({ mode: 'sketch' });
 * d.add(90_000);
 * const back = durationDigestFromJSON(JSON.parse(JSON.stringify(d)));
 * back.ok && back.value.count;
 * // => 1
 * ```
 * @category Streaming
 */
export function durationDigestFromJSON(json: unknown): Result<DurationDigest, readonly DomainError[]> {
  const parsed = safeParseWith(DigestJSONSchema, json);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const digest = new Digest(data.mode, data.mode === 'exact' ? 0.01 : data.relativeError);
  if (data.mode === 'exact') {
    if (data.values.length !== data.count) return err([inconsistent('values.length differs from count', '数值个数与 count 不符')]);
    digest.values = new Float64Array(Math.max(1024, data.count));
    digest.values.set(data.values);
    digest.count = data.count;
    digest.sorted = false;
    for (const v of data.values) {
      if (v < digest.min) digest.min = v;
      if (v > digest.max) digest.max = v;
    }
  } else {
    let total = data.zeroCount;
    for (const [index, c] of data.bins) {
      if (index >= digest.bins.length) return err([inconsistent(`bin ${index} is out of range`, `分箱 ${index} 超出范围`)]);
      digest.bins[index] = (digest.bins[index] ?? 0) + c;
      total += c;
    }
    if (total !== data.count) return err([inconsistent('bins do not add up to count', '分箱计数之和与 count 不符')]);
    if ((data.count === 0) !== (data.min === null) || (data.count === 0) !== (data.max === null)) {
      return err([inconsistent('min/max must be null exactly when count is 0', 'min/max 仅在 count 为 0 时为 null')]);
    }
    digest.count = data.count;
    digest.zeroCount = data.zeroCount;
    if (data.min !== null && data.max !== null) {
      digest.min = data.min;
      digest.max = data.max;
    }
  }
  digest.sum.setBig(BigInt(data.sum));
  const squares = BigInt(data.sumSquares);
  digest.sqHigh.setBig(squares >> 42n);
  digest.sqLow.setBig(squares & (2n ** 42n - 1n));
  if (data.count === 0 && (data.sum !== '0' || data.sumSquares !== '0')) {
    return err([inconsistent('sums must be 0 when count is 0', 'count 为 0 时总和必须为 0')]);
  }
  return ok(digest);
}
