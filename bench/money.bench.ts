/**
 * Issue 2, "Core primitives": summing 1,000,000 amounts exactly. Ours (`sumMoney`, integer minor
 * units) against a plain decimal.js `plus` loop and against integer cents in a Float64Array (the
 * limit). Target: at least 20× faster than the decimal.js loop, and exact.
 *
 * Each implementation gets its own inputs, built once outside the timing and dropped after its
 * measurement, so that no run pays for another's heap when the harness collects garbage.
 */
import { Decimal } from 'decimal.js';
import { unwrap } from '../src/core/invariant.js';
import type { Money } from '../src/core/money/money.js';
import { moneyToString } from '../src/core/money/money-to-string.js';
import { sumMoney } from '../src/core/money/sum-money.js';
import { byName, type Measurement, measure, printTable, printTarget } from './harness.js';

const N = 1_000_000;
const D = Decimal.clone({ precision: 40 });

/** Seeded cents in −1,000.00 … 9,998.99 CNY (about one refund in ten), from a 32-bit LCG. */
function seededCents(count: number, seed: number): Int32Array {
  const out = new Int32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = (state % 1_100_000) - 100_000;
  }
  return out;
}

interface Run {
  readonly row: Measurement;
  /** The total as a decimal string with two decimals. */
  readonly total: string;
}

function runOurs(cents: Int32Array): Run {
  const list: readonly Money<'CNY'>[] = Array.from(cents, (c): Money<'CNY'> => ({ amount: c, scale: 2, currency: 'CNY' }));
  const sum = (): Money<'CNY'> => unwrap(sumMoney(list, 'CNY'));
  return { total: moneyToString(sum()), row: measure('sumMoney (ours)', sum, { ops: N, samples: 9, warmup: 3 }) };
}

function runDecimal(cents: Int32Array): Run {
  const decimals: readonly Decimal[] = Array.from(cents, (c) => new D(c).dividedBy(100));
  const sum = (): Decimal => {
    let acc = new D(0);
    for (const d of decimals) acc = acc.plus(d);
    return acc;
  };
  return { total: sum().toFixed(2), row: measure('decimal.js plus loop (precision 40)', sum, { ops: N, samples: 5, warmup: 2 }) };
}

function runFloat(cents: Int32Array): Run {
  const floats = Float64Array.from(cents);
  const sum = (): number => {
    let acc = 0;
    for (let i = 0; i < floats.length; i++) acc += floats[i] ?? 0;
    return acc;
  };
  return { total: new D(sum()).dividedBy(100).toFixed(2), row: measure('Float64Array of cents (limit)', sum, { ops: N, samples: 9, warmup: 3 }) };
}

export async function run(): Promise<void> {
  const cents = seededCents(N, 20140901);
  const ours = runOurs(cents);
  const decimal = runDecimal(cents);
  const float = runFloat(cents);

  const agree = ours.total === decimal.total && ours.total === float.total;
  console.log(
    `\ntotals of ${N.toLocaleString('en')} amounts: sumMoney ${ours.total} · decimal.js ${decimal.total} · Float64Array ${float.total} → ${agree ? 'agree (exact)' : 'DISAGREE'}`,
  );
  const rows = [decimal.row, ours.row, float.row];
  printTable('money: exact sum of 1,000,000 CNY amounts', rows, 'sumMoney (ours)');
  const speedUp = byName(rows, 'decimal.js plus loop (precision 40)').ms / byName(rows, 'sumMoney (ours)').ms;
  printTarget('ours vs decimal.js speed-up', speedUp, 20, 'at-least');
  printTarget('totals agree exactly (1 = yes)', agree ? 1 : 0, 1, 'at-least');
}
