/**
 * Splits the service-quality measures of 400,000 synthetic shipment records over worker threads,
 * merges the shards' JSON results, and checks the merge against one pass in this thread.
 *
 * Run from the repository root: `npx tsx examples/quality-workers/main.ts [workers] [records]`.
 */
import { Worker } from 'node:worker_threads';
import type { QualityAccumulatorOptions } from '../../src/quality/index.js';
import { accumulateShard, mergeShardResults, type ShardMessage, shardRanges } from './shards.js';

const workers = Number(process.argv[2] ?? 4);
const total = Number(process.argv[3] ?? 400_000);
const seed = 7;
const options: QualityAccumulatorOptions = { percentiles: 'sketch', onTime: { toleranceMs: 3_600_000 } };

// A worker cannot load TypeScript by itself: register tsx's loader in the worker, then import it.
const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); })`;

function runShard(shard: number, start: number, count: number): Promise<ShardMessage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { shard, seed, start, count, options } });
    worker.once('message', (message: ShardMessage) => resolve(message));
    worker.once('error', reject);
  });
}

const started = performance.now();
const messages = await Promise.all(shardRanges(total, workers).map(([start, count], shard) => runShard(shard, start, count)));
messages.sort((a, b) => a.shard - b.shard);
const merged = mergeShardResults(messages.map((m) => JSON.parse(JSON.stringify(m.json)) as unknown));
const threadedMs = performance.now() - started;
if (!merged.ok) throw new Error(merged.error.map((e) => e.message).join('; '));

const onePass = accumulateShard(seed, 0, total, options);
const same = JSON.stringify(merged.value.toJSON()) === JSON.stringify(onePass.toJSON());

const report = merged.value.report();
const pct = (v: number | null): string => (v === null ? 'no data' : `${(v * 100).toFixed(2)}%`);
const cycle = report.operational.cycleTime;
console.log(`${workers} workers, ${total.toLocaleString('en')} records, ${threadedMs.toFixed(0)} ms`);
console.log(`records: ${JSON.stringify(report.records)}; rejected by code: ${JSON.stringify(report.rejections.byCode)}`);
console.log(`first rejected record: #${report.rejections.samples[0]?.index} ${report.rejections.samples[0]?.errors[0]?.messages['zh-CN']}`);
console.log(`on time ${pct(report.reliability.onTime.value)}, OTIF ${pct(report.reliability.otif.value)}, perfect order ${pct(report.orders?.perfectOrder.value ?? null)}`);
console.log(`fill rate: line ${pct(report.availability.lineFillRate.value)}, unit ${pct(report.availability.unitFillRate.value)}, order ${pct(report.availability.orderFillRate?.value ?? null)}`);
if (cycle.kind === 'summary') {
  console.log(`cycle time: mean ${(cycle.meanMs / 3_600_000).toFixed(2)} h, CV ${cycle.cv?.toFixed(3)}, p95 ${(cycle.p95Ms / 3_600_000).toFixed(2)} h (sketch, ±1%)`);
}
console.log(`merged shards equal one pass: ${same}`);
if (!same) process.exitCode = 1;
