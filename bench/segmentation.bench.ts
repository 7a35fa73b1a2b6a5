/**
 * Segmentation benchmarks (issue 3): `classifyAbc` over 1,000,000 customers with Money amounts
 * (two decimal places) against a typed baseline measured in the same run — pack each amount in
 * minor units with its index into a Float64Array, sort it natively, scan the cumulative shares with
 * exact integer sums — and RFM over 1,000,000 customers. Target: classifyAbc at most 3× the
 * baseline's time, with exact totals and shares. Peak memory (ΔRSS) is reported per row.
 */
import { moneyToString } from '../src/core/money/money-to-string.js';
import type { Money } from '../src/core/money/money.js';
import type { CustomerId } from '../src/customer/customer-id.js';
import type { AbcEntry } from '../src/segmentation/abc-entry.js';
import { classifyAbc } from '../src/segmentation/classify-abc.js';
import { classifyRfm } from '../src/segmentation/classify-rfm.js';
import type { HistoryTransaction } from '../src/segmentation/customer-activity.js';
import { byName, measure, printTable, printTarget } from './harness.js';

const N = 1_000_000;

/** mulberry32: a small seeded PRNG, so every run measures the same data. */
function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function buildEntries(): AbcEntry<'CNY'>[] {
  const next = prng(20260331);
  const entries: AbcEntry<'CNY'>[] = [];
  for (let i = 0; i < N; i++) {
    // Pareto-like revenues: most customers small, a few large; 0.00 to 1,000,000.00 CNY in cents.
    const u = next() / 2 ** 32;
    const amount = Math.floor(100_000_000 * u ** 6) + (next() % 100);
    entries.push({ customerId: `C${String(i).padStart(7, '0')}` as CustomerId, revenue: { amount, scale: 2, currency: 'CNY' } });
  }
  return entries;
}

/** The typed baseline: packed keys (value descending, index) sorted natively, then the cumulative scan. */
function baseline(entries: readonly AbcEntry<'CNY'>[]): { readonly a: number; readonly total: number } {
  const n = entries.length;
  const keys = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const amount = (entries[i] as AbcEntry<'CNY'>).revenue.amount;
    if (amount > max) max = amount;
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const amount = (entries[i] as AbcEntry<'CNY'>).revenue.amount;
    keys[i] = (max - amount) * n + i;
    total += amount;
  }
  keys.sort();
  // A while the cumulative share before the customer is below 80%: before × 10 < total × 8.
  let cumulative = 0;
  let a = 0;
  for (let r = 0; r < n; r++) {
    const key = keys[r] as number;
    const value = max - Math.floor(key / n);
    if (cumulative * 10 < total * 8) a++;
    cumulative += value;
  }
  return { a, total };
}

function buildHistory(entries: readonly AbcEntry<'CNY'>[]): { customers: { id: CustomerId }[]; transactions: HistoryTransaction[] } {
  const next = prng(7);
  const now = Date.UTC(2026, 2, 31);
  const customers = entries.map((e) => ({ id: e.customerId }));
  const transactions: HistoryTransaction[] = [];
  for (const e of entries) {
    const orders = 1 + (next() % 3);
    for (let k = 0; k < orders; k++) {
      const revenue: Money = { amount: 100 + (next() % 1_000_000), scale: 2, currency: 'CNY' };
      transactions.push({ customerId: e.customerId, date: new Date(now - (next() % 500) * 86_400_000), revenue });
    }
  }
  return { customers, transactions };
}

declare const gc: (() => void) | undefined;

/** Heap kept alive by one result (measured with a forced GC before and after, result held). */
function retainedMiB(fn: () => unknown): number {
  if (typeof gc === 'function') gc();
  const before = process.memoryUsage().heapUsed;
  const kept = fn();
  if (typeof gc === 'function') gc();
  const after = process.memoryUsage().heapUsed;
  return kept === undefined ? 0 : (after - before) / (1024 * 1024);
}

export async function run(): Promise<void> {
  const entries = buildEntries();
  const check = classifyAbc(entries);
  if (!check.ok) throw new Error('classifyAbc failed on the bench data');
  const expected = baseline(entries);
  const abc = check.value;
  const exact = abc.total.amount === expected.total && abc.classes.A.count === expected.a;
  const classSum = abc.classes.A.value.amount + abc.classes.B.value.amount + abc.classes.C.value.amount;
  console.log(
    `\nclassifyAbc, 1,000,000 customers: total ${moneyToString(abc.total)} CNY (baseline ${moneyToString({ amount: expected.total, scale: 2, currency: 'CNY' })}), ` +
      `A ${abc.classes.A.count} / B ${abc.classes.B.count} / C ${abc.classes.C.count} (baseline A ${expected.a}), ` +
      `A share ${abc.classes.A.valueShare.numerator}/${abc.classes.A.valueShare.denominator}, class sums = total: ${classSum === abc.total.amount}, ` +
      `agrees with the baseline: ${exact}`,
  );

  const shuffled = [...entries];
  const next = prng(99);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j] as AbcEntry<'CNY'>, shuffled[i] as AbcEntry<'CNY'>];
  }
  const rows = [
    measure('baseline: Float64Array packed keys + native sort + cumulative scan', () => baseline(entries), { ops: N }),
    measure('classifyAbc (value rule, defaults)', () => classifyAbc(entries), { ops: N }),
    measure('classifyAbc, input not listed by id (ties sorted by id)', () => classifyAbc(shuffled), { ops: N, samples: 3, warmup: 1 }),
    measure('classifyAbc (count rule)', () => classifyAbc(entries, { rule: 'count' }), { ops: N, samples: 3, warmup: 1 }),
    measure('classifyAbc (checkDuplicates: true)', () => classifyAbc(entries, { checkDuplicates: true }), { ops: N, samples: 3, warmup: 1 }),
    measure(
      'classifyAbc + read every evidence',
      () => {
        const r = classifyAbc(entries);
        let ranks = 0;
        if (r.ok) for (const c of r.value.customers) ranks += c.evidence.rank;
        return ranks;
      },
      { ops: N, samples: 3, warmup: 1 },
    ),
  ];
  printTable('ABC classification of 1,000,000 customers', rows, rows[0]?.name ?? '');
  const base = byName(rows, 'baseline: Float64Array packed keys + native sort + cumulative scan');
  const ours = byName(rows, 'classifyAbc (value rule, defaults)');
  printTarget('classifyAbc time / typed baseline time (1M customers)', ours.ms / base.ms, 3, 'at-most');
  printTarget('classifyAbc exact: totals, A count and class sums agree with integer arithmetic', exact && classSum === abc.total.amount ? 1 : 0, 1, 'at-least');
  console.log(`- memory: one classifyAbc result over 1M customers retains ${retainedMiB(() => classifyAbc(entries)).toFixed(1)} MiB of heap`);

  const { customers, transactions } = buildHistory(entries);
  const now = new Date('2026-03-31T00:00:00Z');
  const rfmRows = [
    measure('baseline: classifyAbc on the same customers', () => classifyAbc(entries), { ops: N, samples: 1, warmup: 0 }),
    measure('classifyRfm (history → R, F, M → quintiles → segments)', () => classifyRfm(customers, transactions, { now }), {
      ops: N,
      samples: 1,
      warmup: 0,
    }),
  ];
  let kept: ReturnType<typeof classifyRfm> | undefined;
  const rfmMiB = retainedMiB(() => (kept = classifyRfm(customers, transactions, { now })));
  const rfm = kept as ReturnType<typeof classifyRfm>;
  if (!rfm.ok) throw new Error('classifyRfm failed on the bench data');
  const segments = new Map<string, number>();
  for (const c of rfm.value) segments.set(c.class, (segments.get(c.class) ?? 0) + 1);
  console.log(`\nRFM, 1,000,000 customers and ${transactions.length.toLocaleString('en')} transactions: ${[...segments].map(([s, k]) => `${s} ${k}`).join(', ')}`);
  printTable('RFM scoring of 1,000,000 customers (reported, no target)', rfmRows, rfmRows[0]?.name ?? '');
  console.log(`- memory: one classifyRfm result over 1M customers retains ${rfmMiB.toFixed(1)} MiB of heap`);
}
