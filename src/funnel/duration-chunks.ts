import type { DurationStats } from './duration-stats.js';

/**
 * Durations kept as a list of arrays read in order, as if they were one: the funnel report appends
 * millions of stage durations into fixed-size chunks instead of one array grown by copying.
 *
 * @internal
 */
export type DurationChunks = readonly ArrayLike<number>[];

/** Rearranges `a[lo..hi]` so that `a[k]` holds the value of rank `k` (Hoare's selection, median-of-three). */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot, moved to a[lo].
    let x = a[lo] as number;
    let y = a[mid] as number;
    let z = a[hi] as number;
    if (x > y) [x, y] = [y, x];
    if (y > z) [y, z] = [z, y];
    if (x > y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** The value of rank `k` (from 0) among `values[lo..hi]` (reordering that range). */
function rankValue(a: Float64Array, lo: number, hi: number, k: number): number {
  select(a, lo, hi, k);
  return a[k] as number;
}

/**
 * The histogram bucket of a value: `(value − min) × scale` truncated, which is its floor, clamped
 * to the buckets — a value below `min` goes to the first, one at or above the last bucket's start
 * to the last (the maximum's product equals the bucket count). The clamps keep the buckets in the
 * values' order whatever the range, so the ranks found are exact even when the range is only a
 * bound. `| 0` truncates in one instruction, where `Math.floor` rounds and then checks the result
 * can index an array — a third of the counting pass; it is applied only to a product already
 * below the bucket count.
 */
function bucketOf(value: number, min: number, scale: number, last: number): number {
  const x = (value - min) * scale;
  return x < last ? (x > 0 ? x | 0 : 0) : last;
}

/**
 * Counts the values of each histogram bucket, and adds their sum into `sum[0]` (a small function
 * of its own: it stays optimised).
 */
function countBuckets(a: ArrayLike<number>, min: number, scale: number, counts: Int32Array, sum: Float64Array): void {
  const last = counts.length - 1;
  const n = a.length;
  let total = sum[0] as number;
  for (let i = 0; i < n; i++) {
    const v = a[i] as number;
    total += v;
    const at = bucketOf(v, min, scale, last);
    counts[at] = (counts[at] as number) + 1;
  }
  sum[0] = total;
}

/** Copies the values of the wanted buckets (`slot` ≥ 0) into their arrays. */
function gather(
  a: ArrayLike<number>,
  min: number,
  scale: number,
  slot: Int32Array,
  gathered: readonly Float64Array[],
  fill: number[],
): void {
  const last = slot.length - 1;
  const n = a.length;
  for (let i = 0; i < n; i++) {
    const v = a[i] as number;
    const j = slot[bucketOf(v, min, scale, last)] as number;
    if (j >= 0) (gathered[j] as Float64Array)[(fill[j] as number)++] = v;
  }
}

/** Widens `out` (minimum, maximum) to the values of one chunk (a small function: it stays optimised). */
function scan(values: ArrayLike<number>, out: Float64Array): void {
  let min = out[0] as number;
  let max = out[1] as number;
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  out[0] = min;
  out[1] = max;
}

/**
 * Bounds that hold every value: the least and the greatest, or any wider pair known beforehand
 * (such as 0 and the length of a period, for the time spent inside it).
 *
 * @internal
 */
export interface DurationRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The most histogram buckets: 65,536 counts (256 KiB). Bounds known beforehand are wider than the
 * values — the report's stays of days fill a few hundred buckets of an 18-month period — so the
 * buckets must be narrow to keep the ranks' buckets small. Six summaries of 800,000 stays (scratch
 * script): 25 ms with the period's bounds and 65,536 buckets, 33 ms with the least and greatest
 * found by a pass (either count), 39 ms with the period's bounds and 4,096 buckets.
 */
const BUCKETS = 1 << 16;

/**
 * The values of the given ranks (ascending, from 0) among `n` values, exactly, in linear time: a
 * histogram of the values over `range` locates the bucket holding each rank, and only those
 * buckets' values are then selected — a few sequential passes instead of a full selection. The
 * counting pass also adds the values' sum into `sum[0]`.
 */
function valuesAtRanks(chunks: DurationChunks, n: number, range: DurationRange, ranks: readonly number[], sum: Float64Array): number[] {
  const { min, max } = range;
  const buckets = max > min ? Math.max(1, Math.min(n, BUCKETS)) : 1;
  const scale = max > min ? buckets / (max - min) : 0;
  const counts = new Int32Array(buckets);
  for (const chunk of chunks) countBuckets(chunk, min, scale, counts, sum);
  // The bucket of each rank and the rank's position inside it.
  const bucketOf: number[] = [];
  const inside: number[] = [];
  for (const rank of ranks) {
    let seen = 0;
    let b = 0;
    while (seen + (counts[b] as number) <= rank) seen += counts[b++] as number;
    bucketOf.push(b);
    inside.push(rank - seen);
  }
  const wanted = [...new Set(bucketOf)];
  const gathered = wanted.map((b) => new Float64Array(counts[b] as number));
  const fill = wanted.map(() => 0);
  // The counts are read: the same array now maps each wanted bucket to its slot (256 KiB less of
  // fresh memory per summary).
  const slot = counts.fill(-1);
  wanted.forEach((b, j) => {
    slot[b] = j;
  });
  for (const chunk of chunks) gather(chunk, min, scale, slot, gathered, fill);
  return ranks.map((_, r) => {
    const values = gathered[wanted.indexOf(bucketOf[r] as number)] as Float64Array;
    return rankValue(values, 0, values.length - 1, inside[r] as number);
  });
}

/** The p-quantile by linear interpolation between the ranks ⌊h⌋ and ⌊h⌋ + 1, h = (n − 1)p. */
function interpolate(p: number, n: number, at: (rank: number) => number): number {
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const below = at(k);
  if (h === k || k + 1 >= n) return below;
  return below + (h - k) * (at(k + 1) - below);
}

/** The mean of values whose sum overflows: the sum of each value divided by the count. */
function meanOfHuge(chunks: DurationChunks, n: number): number {
  let mean = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) mean += (chunk[i] as number) / n;
  }
  return mean;
}

/**
 * Summarises durations held in chunks, read in order as one list — median, p90 (linear
 * interpolation between the closest ranks) and mean — exactly and without sorting: a histogram
 * locates the ranks, then only their buckets are selected. Given bounds that hold every value
 * (the funnel report knows them from its period), the pass that finds the least and the greatest
 * is skipped; the histogram then spans the bounds, and the ranks are as exact.
 * `summarizeDurations` is this function on one chunk. The input is only read.
 *
 * @param chunks - The durations, in arrays read one after the other.
 * @param unit - The length of one unit in the same measure as the values.
 * @param range - Bounds that hold every value, when known (default: found by a pass).
 * @returns The summary in units, or `null` for no durations.
 *
 * @example
 * ```ts no-run
 * summarizeChunks([[4, 1, 3], [2, 10, 6, 5, 9, 8, 7]], 1); // { count: 10, median: 5.5, p90: 9.1, mean: 5.5 }
 * summarizeChunks([[4, 1, 3], [2, 10, 6, 5, 9, 8, 7]], 1, { min: 0, max: 100 }); // the same
 * ```
 * @internal
 */
export function summarizeChunks(chunks: DurationChunks, unit: number, range?: DurationRange): DurationStats | null {
  let n = 0;
  for (const chunk of chunks) n += chunk.length;
  if (n === 0) return null;
  let bounds = range;
  if (bounds === undefined) {
    const scanned = Float64Array.of(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
    for (const chunk of chunks) scan(chunk, scanned);
    bounds = { min: scanned[0] as number, max: scanned[1] as number };
  }
  const ranks = [
    ...new Set(
      [0.5, 0.9].flatMap((p) => {
        const k = Math.floor((n - 1) * p);
        return k + 1 < n ? [k, k + 1] : [k];
      }),
    ),
  ].sort((x, y) => x - y);
  const summed = Float64Array.of(0);
  const found = valuesAtRanks(chunks, n, bounds, ranks, summed);
  const at = (rank: number): number => found[ranks.indexOf(rank)] as number;
  const sum = summed[0] as number;
  // A sum past the largest double (durations near 1e308) is averaged a value at a time instead.
  const mean = sum < Number.POSITIVE_INFINITY ? sum / n : meanOfHuge(chunks, n);
  return { count: n, median: interpolate(0.5, n, at) / unit, p90: interpolate(0.9, n, at) / unit, mean: mean / unit };
}
