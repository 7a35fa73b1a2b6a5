/**
 * The work of the quality-workers example, without the threads: a deterministic stream of
 * synthetic shipment records, one accumulator per shard, and the merge of the shards' JSON.
 * `main.ts` runs it over `worker_threads`; `test/quality/workers.test.ts` runs the same
 * functions in-process and checks that the merge equals one pass.
 */
import type { DomainError } from '../../src/core/domain-error.js';
import { err, ok, type Result } from '../../src/core/result.js';
import { customerId } from '../../src/customer/customer-id.js';
import {
  createQualityAccumulator,
  mergeQualityAccumulators,
  type QualityAccumulator,
  type QualityAccumulatorJSON,
  type QualityAccumulatorOptions,
  qualityAccumulatorFromJSON,
  type ShipmentRecord,
} from '../../src/quality/index.js';

const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 2, 1);
const CUSTOMERS = ['C-001', 'C-002', 'C-003', 'C-004'].map(customerId);

/** A small seeded hash (splitmix-like), so record i is the same whichever shard makes it. */
function hash(seed: number, i: number): number {
  let x = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(i, 0xc2b2ae35)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Record number `i` of the synthetic stream: three lines per order, about 90% on time, some
 * short, damaged, lost lines, and 0.5% bad records (delivered before ordered) that the
 * accumulators must reject and count.
 *
 * @param seed - The stream's seed.
 * @param i - The record's number.
 * @returns The record (possibly unsound).
 */
export function syntheticRecord(seed: number, i: number): ShipmentRecord {
  const r = hash(seed, i);
  const order = Math.floor(i / 3);
  const orderedAt = BASE + order * 600_000;
  const cycle = (12 + (r % 40)) * HOUR;
  const event = (r >>> 8) % 1000;
  const quantityOrdered = 1 + ((r >>> 18) % 12);
  const common = {
    customerId: CUSTOMERS[order % CUSTOMERS.length] ?? customerId('C-001'),
    orderId: `SO-${order}`,
    lineId: String(i % 3),
    orderedAt: new Date(orderedAt),
    promisedAt: new Date(orderedAt + 48 * HOUR),
    quantityOrdered,
    documentsAccurate: event % 40 !== 3,
  };
  if (event < 2) return { ...common, quantityDelivered: 0, condition: 'lost' };
  return {
    ...common,
    deliveredAt: new Date(event < 7 ? orderedAt - HOUR : orderedAt + cycle),
    quantityDelivered: event < 60 ? quantityOrdered - 1 : quantityOrdered,
    condition: event < 20 ? 'damaged' : 'intact',
  };
}

/**
 * Measures records `start` … `start + count − 1` of the stream in one accumulator.
 *
 * @param seed - The stream's seed.
 * @param start - The first record number.
 * @param count - How many records.
 * @param options - The accumulator options (the same for every shard).
 * @returns The shard's accumulator.
 */
export function accumulateShard(seed: number, start: number, count: number, options: QualityAccumulatorOptions): QualityAccumulator {
  const acc = createQualityAccumulator(options);
  for (let i = start; i < start + count; i++) acc.add(syntheticRecord(seed, i));
  return acc;
}

/**
 * Restores the shards' JSON results and merges them in shard order.
 *
 * @param results - The shards' JSON, in shard order.
 * @returns The merged accumulator, or the problems of the first bad shard.
 */
export function mergeShardResults(results: readonly unknown[]): Result<QualityAccumulator, readonly DomainError[]> {
  let merged: QualityAccumulator | undefined;
  for (const json of results) {
    const shard = qualityAccumulatorFromJSON(json);
    if (!shard.ok) return err(shard.error);
    merged = merged === undefined ? shard.value : mergeQualityAccumulators(merged, shard.value);
  }
  return merged === undefined ? err([]) : ok(merged);
}

/**
 * Splits `total` records into `shards` contiguous ranges.
 *
 * @param total - How many records.
 * @param shards - How many shards.
 * @returns `[start, count]` per shard.
 */
export function shardRanges(total: number, shards: number): readonly (readonly [number, number])[] {
  const size = Math.ceil(total / shards);
  const out: (readonly [number, number])[] = [];
  for (let start = 0; start < total; start += size) out.push([start, Math.min(size, total - start)]);
  return out;
}

/** The message a worker posts back: its shard number and accumulator JSON. */
export interface ShardMessage {
  /** The shard's number. */
  readonly shard: number;
  /** The shard's accumulator as JSON. */
  readonly json: QualityAccumulatorJSON;
}
