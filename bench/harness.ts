/**
 * A tiny benchmark harness: every figure is measured in the same run as its baseline and
 * printed as a ratio, never compared against a wall-clock constant.
 */
import { performance } from 'node:perf_hooks';

export interface Measurement {
  readonly name: string;
  /** Median milliseconds of one run of `fn` over the samples. */
  readonly ms: number;
  /** Operations per second, where `ops` (operations in one run) is given. */
  readonly opsPerSecond: number | undefined;
  /** Peak RSS increase seen during the samples, in MiB (rough). */
  readonly peakMiB: number;
}

export interface MeasureOptions {
  /** Operations performed by one call of `fn` (for ops/s). */
  readonly ops?: number;
  /** Timed samples (the median is reported). */
  readonly samples?: number;
  /** Untimed warm-up calls. */
  readonly warmup?: number;
}

declare const gc: (() => void) | undefined;

/** A sink that keeps results alive so the optimiser cannot drop the work. */
export let blackhole: unknown;

export function measure(name: string, fn: () => unknown, options: MeasureOptions = {}): Measurement {
  const samples = options.samples ?? 7;
  const warmup = options.warmup ?? 3;
  for (let i = 0; i < warmup; i++) blackhole = fn();
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < samples; i++) {
    if (typeof gc === 'function') gc();
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    blackhole = fn();
    const t1 = performance.now();
    peak = Math.max(peak, process.memoryUsage().rss - before);
    times.push(t1 - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return {
    name,
    ms,
    opsPerSecond: options.ops === undefined ? undefined : (options.ops / ms) * 1000,
    peakMiB: peak / (1024 * 1024),
  };
}

function fmtOps(ops: number | undefined): string {
  if (ops === undefined) return '';
  if (ops >= 1e6) return `${(ops / 1e6).toFixed(2)} M/s`;
  if (ops >= 1e3) return `${(ops / 1e3).toFixed(1)} k/s`;
  return `${ops.toFixed(1)} /s`;
}

/**
 * Prints measurements as a table with each row's time relative to the named baseline
 * (ratio > 1: slower than the baseline).
 */
export function printTable(title: string, rows: readonly Measurement[], baseline: string): void {
  const base = rows.find((r) => r.name === baseline);
  console.log(`\n## ${title}\n`);
  console.log('| implementation | median ms | throughput | × baseline time | peak ΔRSS MiB |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const ratio = base === undefined ? '' : (r.ms / base.ms).toFixed(2);
    console.log(`| ${r.name} | ${r.ms.toFixed(2)} | ${fmtOps(r.opsPerSecond)} | ${ratio} | ${r.peakMiB.toFixed(1)} |`);
  }
}

/** Prints a pass/fail line for a target stated as a ratio between two rows. */
export function printTarget(description: string, ratio: number, limit: number, direction: 'at-most' | 'at-least'): boolean {
  const pass = direction === 'at-most' ? ratio <= limit : ratio >= limit;
  console.log(`- ${pass ? 'PASS' : 'MISS'} ${description}: ${ratio.toFixed(2)} (${direction === 'at-most' ? '≤' : '≥'} ${limit})`);
  return pass;
}

export function byName(rows: readonly Measurement[], name: string): Measurement {
  const row = rows.find((r) => r.name === name);
  if (row === undefined) throw new Error(`no row ${name}`);
  return row;
}
