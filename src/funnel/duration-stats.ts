/**
 * A summary of durations: how many, the median, the 90th percentile and the mean, in one unit
 * (days). Percentiles interpolate linearly between the closest ranks (the method of R's default
 * and NumPy's `linear`): the median of 1, 2, 3, 4 is 2.5.
 *
 * @category Funnel analytics
 */
export interface DurationStats {
  /** How many durations. */
  readonly count: number;
  /** The median. */
  readonly median: number;
  /** The 90th percentile. */
  readonly p90: number;
  /** The arithmetic mean. */
  readonly mean: number;
}

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

/** Counts the values of each histogram bucket (a small function of its own: it stays optimised). */
function countBuckets(a: ArrayLike<number>, n: number, min: number, scale: number, counts: Int32Array): void {
  const buckets = counts.length;
  for (let i = 0; i < n; i++) {
    const b = Math.floor(((a[i] as number) - min) * scale);
    const at = b < buckets ? b : buckets - 1;
    counts[at] = (counts[at] as number) + 1;
  }
}

/** Copies the values of the wanted buckets (`slot` ≥ 0) into their arrays. */
function gather(
  a: ArrayLike<number>,
  n: number,
  min: number,
  scale: number,
  slot: Int32Array,
  gathered: readonly Float64Array[],
  fill: number[],
): void {
  const buckets = slot.length;
  for (let i = 0; i < n; i++) {
    const v = a[i] as number;
    const b = Math.floor((v - min) * scale);
    const j = slot[b < buckets ? b : buckets - 1] as number;
    if (j >= 0) (gathered[j] as Float64Array)[(fill[j] as number)++] = v;
  }
}

/** The sum, minimum and maximum of the first `n` values, into `out` (a small function: it stays optimised). */
function scan(values: ArrayLike<number>, n: number, out: Float64Array): void {
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  out[0] = sum;
  out[1] = min;
  out[2] = max;
}

/**
 * The values of the given ranks (ascending, from 0) among the first `n` entries, exactly, in
 * linear time: a histogram of the values locates the bucket holding each rank, and only those
 * buckets' values are then selected — a few sequential passes instead of a full selection.
 */
function valuesAtRanks(a: ArrayLike<number>, n: number, min: number, max: number, ranks: readonly number[]): number[] {
  if (min === max) return ranks.map(() => min);
  const buckets = Math.max(1, Math.min(n, 1 << 12));
  const scale = buckets / (max - min);
  const counts = new Int32Array(buckets);
  countBuckets(a, n, min, scale, counts);
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
  const slot = new Int32Array(buckets).fill(-1);
  wanted.forEach((b, j) => {
    slot[b] = j;
  });
  gather(a, n, min, scale, slot, gathered, fill);
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

/**
 * Summarises durations — median, p90 (linear interpolation between the closest ranks) and mean —
 * exactly and without sorting: a histogram locates the ranks, then only their buckets are
 * selected, a few sequential passes in all. The funnel report runs it on millions of stage
 * durations. The input is only read.
 *
 * @param values - The durations (a plain array or a `Float64Array`).
 * @param unit - The length of one unit in the same measure as the values (e.g. 86 400 000 ms per
 *   day; default 1).
 * @returns The summary in units, or `null` for no durations.
 *
 * @example
 * ```ts
 * import { summarizeDurations } from 'logistics-customer/funnel';
 * [summarizeDurations([4, 1, 3, 2, 10, 6, 5, 9, 8, 7]), summarizeDurations([2 * 86_400_000, 4 * 86_400_000, 9 * 86_400_000], 86_400_000)];
 * // => [{ count: 10, median: 5.5, p90: 9.1, mean: 5.5 }, { count: 3, median: 4, p90: 8, mean: 5 }]
 * ```
 * @category Funnel analytics
 */
export function summarizeDurations(values: ArrayLike<number>, unit = 1): DurationStats | null {
  const n = values.length;
  if (n === 0) return null;
  const scanned = new Float64Array(3);
  scan(values, n, scanned);
  const sum = scanned[0] as number;
  const min = scanned[1] as number;
  const max = scanned[2] as number;
  const ranks = [
    ...new Set(
      [0.5, 0.9].flatMap((p) => {
        const k = Math.floor((n - 1) * p);
        return k + 1 < n ? [k, k + 1] : [k];
      }),
    ),
  ].sort((x, y) => x - y);
  const found = valuesAtRanks(values, n, min, max, ranks);
  const at = (rank: number): number => found[ranks.indexOf(rank)] as number;
  return { count: n, median: interpolate(0.5, n, at) / unit, p90: interpolate(0.9, n, at) / unit, mean: sum / n / unit };
}
