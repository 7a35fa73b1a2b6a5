/**
 * Service-quality measures over 10,000,000 synthetic shipment records in one streaming pass
 * (issue 7): on-time, OTIF, fill rate (line and unit) and cycle-time mean/p50/p95.
 *
 * Records are generated on the fly by a seeded LCG into ONE reused record object (its three
 * `Date`s are moved with `setTime`), so 10M records never sit in memory at once; the library
 * run and the hand-written loop read exactly the same stream and pay the same generation cost.
 * About 1% of the records are deliberately bad (delivered before ordered): the library rejects
 * and counts them, the hand-written loop skips them with the same test.
 *
 * Rows: a hand-written loop with exact percentiles (a growable Float64Array sorted at the end),
 * the library in exact mode, a hand-written loop with the same fixed log-bin histogram as the
 * library's sketch, and the library in sketch mode; then sketch mode at 1M and 10M records to
 * show that its memory does not grow with the record count.
 * Targets: library time ≤ 3× the matching hand-written loop; sketch peak ΔRSS at 10M within
 * 16 MiB of the peak at 1M.
 */
import { createQualityAccumulator, type QualityAccumulator, type ShipmentRecord } from '../src/quality/index.js';
import { byName, measure, printTable, printTarget } from './harness.js';

const N = 10_000_000;
const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 0, 1);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Stream {
  readonly record: Mutable<ShipmentRecord>;
  next(): void;
}

/** A seeded stream of shipment records written into one reused object. */
function stream(seed: number): Stream {
  let state = seed >>> 0;
  const rand = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const orderedAt = new Date(BASE);
  const promisedAt = new Date(BASE);
  const deliveredAt = new Date(BASE);
  const record: Mutable<ShipmentRecord> = {
    customerId: 'C-1' as ShipmentRecord['customerId'],
    orderId: 'SO-1',
    lineId: '1',
    orderedAt,
    promisedAt,
    deliveredAt,
    quantityOrdered: 1,
    quantityDelivered: 1,
    condition: 'intact',
    documentsAccurate: true,
  };
  let i = 0;
  return {
    record,
    next(): void {
      const ordered = BASE + i * 60_000;
      i++;
      orderedAt.setTime(ordered);
      promisedAt.setTime(ordered + 48 * HOUR);
      const r = rand();
      const cycleMinutes = 720 + (r % 2400); // 12 h to 52 h: about 90% on time
      const quantity = 1 + ((r >>> 12) % 20);
      const event = (r >>> 20) % 1000;
      record.quantityOrdered = quantity;
      record.documentsAccurate = event % 50 !== 7;
      if (event < 1) {
        record.condition = 'lost';
        record.deliveredAt = undefined;
        record.quantityDelivered = 0;
        return;
      }
      record.deliveredAt = deliveredAt;
      deliveredAt.setTime(event < 11 ? ordered - HOUR : ordered + cycleMinutes * 60_000); // 1% bad
      record.condition = event < 21 ? 'damaged' : 'intact';
      record.quantityDelivered = event < 71 ? quantity - 1 : quantity;
    },
  };
}

interface Figures {
  readonly used: number;
  readonly onTime: number;
  readonly otif: number;
  readonly lineFill: number;
  readonly unitsFilled: number;
  readonly unitsOrdered: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

function feed(n: number, percentiles: 'exact' | 'sketch'): QualityAccumulator {
  const s = stream(42);
  const acc = createQualityAccumulator({ percentiles, orders: false });
  const record = s.record;
  for (let i = 0; i < n; i++) {
    s.next();
    acc.add(record);
  }
  return acc;
}

function library(n: number, percentiles: 'exact' | 'sketch'): Figures {
  const report = feed(n, percentiles).report();
  const cycle = report.operational.cycleTime;
  if (cycle.kind !== 'summary') throw new Error('no cycle times');
  return {
    used: report.records.used,
    onTime: report.reliability.onTime.rate.numerator,
    otif: report.reliability.otif.rate.numerator,
    lineFill: report.availability.lineFillRate.rate.numerator,
    unitsFilled: report.availability.unitFillRate.rate.numerator,
    unitsOrdered: report.availability.unitFillRate.rate.denominator,
    meanMs: cycle.meanMs,
    p50Ms: cycle.medianMs,
    p95Ms: cycle.p95Ms,
  };
}

/** The hand-written loop: the same figures, the same bad-record test, exact percentiles. */
function handExact(n: number): Figures {
  const s = stream(42);
  const record = s.record;
  let used = 0;
  let onTime = 0;
  let otif = 0;
  let lineFill = 0;
  let unitsFilled = 0;
  let unitsOrdered = 0;
  let sum = 0;
  let values = new Float64Array(1024);
  let count = 0;
  for (let i = 0; i < n; i++) {
    s.next();
    const ordered = record.orderedAt.getTime();
    const delivered = record.deliveredAt;
    if (delivered !== undefined && delivered.getTime() < ordered) continue;
    used++;
    const q = record.quantityOrdered;
    const d = record.quantityDelivered;
    unitsOrdered += q;
    unitsFilled += d < q ? d : q;
    if (d >= q) lineFill++;
    if (delivered !== undefined) {
      const t = delivered.getTime();
      const late = t > (record.promisedAt as Date).getTime();
      if (!late) {
        onTime++;
        if (d === q) otif++;
      }
      const cycle = t - ordered;
      sum += cycle;
      if (count === values.length) {
        const next = new Float64Array(count * 2);
        next.set(values);
        values = next;
      }
      values[count++] = cycle;
    }
  }
  const sorted = values.subarray(0, count).sort();
  const at = (q: number): number => {
    const h = (count - 1) * q;
    const lo = Math.floor(h);
    const a = sorted[lo] ?? 0;
    const b = sorted[Math.min(lo + 1, count - 1)] ?? 0;
    return a + (h - lo) * (b - a);
  };
  return { used, onTime, otif, lineFill, unitsFilled, unitsOrdered, meanMs: sum / count, p50Ms: at(0.5), p95Ms: at(0.95) };
}

/** The hand-written loop with the library's sketch layout (γ = 1.01/0.99). */
function handSketch(n: number): Figures {
  const s = stream(42);
  const record = s.record;
  const logGamma = Math.log(1.01 / 0.99);
  const gamma = 1.01 / 0.99;
  const bins = new Float64Array(Math.ceil(Math.log(2 ** 42) / logGamma) + 2);
  let zeros = 0;
  let used = 0;
  let onTime = 0;
  let otif = 0;
  let lineFill = 0;
  let unitsFilled = 0;
  let unitsOrdered = 0;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    s.next();
    const ordered = record.orderedAt.getTime();
    const delivered = record.deliveredAt;
    if (delivered !== undefined && delivered.getTime() < ordered) continue;
    used++;
    const q = record.quantityOrdered;
    const d = record.quantityDelivered;
    unitsOrdered += q;
    unitsFilled += d < q ? d : q;
    if (d >= q) lineFill++;
    if (delivered !== undefined) {
      const t = delivered.getTime();
      if (t <= (record.promisedAt as Date).getTime()) {
        onTime++;
        if (d === q) otif++;
      }
      const cycle = t - ordered;
      sum += cycle;
      count++;
      if (cycle === 0) zeros++;
      else {
        const b = Math.ceil(Math.log(cycle) / logGamma);
        bins[b] = (bins[b] ?? 0) + 1;
      }
    }
  }
  const rank = (r: number): number => {
    let seen = zeros;
    if (r < seen) return 0;
    for (let i = 0; i < bins.length; i++) {
      seen += bins[i] ?? 0;
      if (r < seen) return (2 * gamma ** i) / (gamma + 1);
    }
    return 0;
  };
  const at = (q: number): number => {
    const h = (count - 1) * q;
    const lo = Math.floor(h);
    const a = rank(lo);
    return a + (h - lo) * (rank(Math.min(lo + 1, count - 1)) - a);
  };
  return { used, onTime, otif, lineFill, unitsFilled, unitsOrdered, meanMs: sum / count, p50Ms: at(0.5), p95Ms: at(0.95) };
}

function show(label: string, f: Figures): void {
  const h = (ms: number): string => (ms / HOUR).toFixed(3);
  console.log(
    `- ${label}: used ${f.used}, on-time ${f.onTime}, OTIF ${f.otif}, line fill ${f.lineFill}, units ${f.unitsFilled}/${f.unitsOrdered}, ` +
      `cycle mean ${h(f.meanMs)} h, p50 ${h(f.p50Ms)} h, p95 ${h(f.p95Ms)} h`,
  );
}

declare const gc: (() => void) | undefined;

/** Memory (JS heap + array buffers) still held by an accumulator after a pass and a full GC, in MiB. */
function retainedMiB(n: number, percentiles: 'exact' | 'sketch'): number {
  if (typeof gc !== 'function') return Number.NaN;
  const held = (): number => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = held();
  const acc = feed(n, percentiles);
  const after = held();
  if (acc.seen !== n) throw new Error('lost records');
  return (after - before) / (1024 * 1024);
}

export async function run(): Promise<void> {
  const results = new Map<string, Figures>();
  const timed = (name: string, fn: () => Figures): ReturnType<typeof measure> =>
    measure(name, () => {
      const figures = fn();
      results.set(name, figures);
      return figures;
    }, { ops: N, samples: 2, warmup: 0 });
  const rows = [
    timed('hand-written loop, exact percentiles', () => handExact(N)),
    timed('library, exact percentiles', () => library(N, 'exact')),
    timed('hand-written loop, sketch', () => handSketch(N)),
    timed('library, sketch', () => library(N, 'sketch')),
  ];
  const get = (name: string): Figures => {
    const f = results.get(name);
    if (f === undefined) throw new Error(`no figures for ${name}`);
    return f;
  };
  const check = {
    handExact: get('hand-written loop, exact percentiles'),
    libExact: get('library, exact percentiles'),
    handSketch: get('hand-written loop, sketch'),
    libSketch: get('library, sketch'),
  };
  const counts = (f: Figures): string => [f.used, f.onTime, f.otif, f.lineFill, f.unitsFilled, f.unitsOrdered].join('/');
  console.log(`\n## quality: figures over ${N.toLocaleString('en')} records (same stream, seed 42, records generated on the fly)\n`);
  show('hand-written, exact', check.handExact);
  show('library, exact', check.libExact);
  show('hand-written, sketch', check.handSketch);
  show('library, sketch (α = 1%)', check.libSketch);
  const sameCounts = new Set(Object.values(check).map(counts)).size === 1;
  const exactAgree =
    check.libExact.p50Ms === check.handExact.p50Ms &&
    check.libExact.p95Ms === check.handExact.p95Ms &&
    Math.abs(check.libExact.meanMs - check.handExact.meanMs) <= 1e-6 * check.handExact.meanMs;
  const sketchError = Math.max(
    Math.abs(check.libSketch.p50Ms - check.handExact.p50Ms) / check.handExact.p50Ms,
    Math.abs(check.libSketch.p95Ms - check.handExact.p95Ms) / check.handExact.p95Ms,
  );
  console.log(`- counts identical in all four: ${sameCounts}; library exact percentiles and mean equal the hand-written ones: ${exactAgree}`);
  console.log(`- sketch p50/p95 largest relative error vs exact: ${(sketchError * 100).toFixed(3)}% (bound 1%)`);
  printTable(`quality: one pass over ${N.toLocaleString('en')} shipment records (median of 2)`, rows, 'hand-written loop, exact percentiles');

  const memory = [
    { name: 'sketch, 1M records', mib: retainedMiB(N / 10, 'sketch') },
    { name: 'sketch, 10M records', mib: retainedMiB(N, 'sketch') },
    { name: 'exact, 1M records', mib: retainedMiB(N / 10, 'exact') },
  ];
  console.log('\n## quality: memory retained by the accumulator after the pass (JS heap + array buffers, after a full GC)\n');
  console.log('| accumulator | retained MiB |');
  console.log('|---|---:|');
  for (const m of memory) console.log(`| ${m.name} | ${m.mib.toFixed(2)} |`);
  printTarget(
    'library exact vs hand-written exact, time',
    byName(rows, 'library, exact percentiles').ms / byName(rows, 'hand-written loop, exact percentiles').ms,
    3,
    'at-most',
  );
  printTarget('library sketch vs hand-written sketch, time', byName(rows, 'library, sketch').ms / byName(rows, 'hand-written loop, sketch').ms, 3, 'at-most');
  printTarget('sketch retained memory, 10M minus 1M records, MiB', (memory[1]?.mib ?? Number.NaN) - (memory[0]?.mib ?? Number.NaN), 1, 'at-most');
  printTarget('sketch p50/p95 relative error vs exact, %', sketchError * 100, 1, 'at-most');
  if (!sameCounts || !exactAgree) console.log('- MISS the library and the hand-written loops disagree');
}
