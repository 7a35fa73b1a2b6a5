import { describe, expect, test } from 'vitest';
import { accumulateShard, mergeShardResults, shardRanges, syntheticRecord } from '../../examples/quality-workers/shards.js';
import { shipmentRecordProblem } from '../../src/quality/shipment-record-problem.js';

// The merge logic of examples/quality-workers, in-process (no threads): shards → JSON → merge.
describe('examples/quality-workers', () => {
  const total = 3_001;
  const options = { percentiles: 'sketch' as const, onTime: { toleranceMs: 3_600_000 } };

  test('the synthetic stream is deterministic and has some bad records', () => {
    expect(syntheticRecord(7, 123)).toEqual(syntheticRecord(7, 123));
    let bad = 0;
    for (let i = 0; i < total; i++) if (shipmentRecordProblem(syntheticRecord(7, i)) !== null) bad++;
    expect(bad).toBeGreaterThan(0);
    expect(bad).toBeLessThan(total / 50);
  });

  test('shard ranges cover the records exactly once', () => {
    expect(shardRanges(10, 3)).toEqual([
      [0, 4],
      [4, 4],
      [8, 2],
    ]);
  });

  test.each([1, 2, 3, 7])('%i shards through JSON merge into exactly one pass', (shards) => {
    const results = shardRanges(total, shards).map(([start, count]) =>
      JSON.parse(JSON.stringify(accumulateShard(7, start, count, options))) as unknown,
    );
    const merged = mergeShardResults(results);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const one = accumulateShard(7, 0, total, options);
    expect(merged.value.toJSON()).toEqual(one.toJSON());
    const report = merged.value.report();
    expect(report.records.seen).toBe(total);
    expect(report.rejections.samples.map((s) => s.index)).toEqual(one.report().rejections.samples.map((s) => s.index));
    expect(report.orders?.orders).toBe(Math.ceil(total / 3));
  });

  test('a corrupted shard is reported, not merged', () => {
    const good = accumulateShard(7, 0, 10, options).toJSON();
    const r = mergeShardResults([good, { ...good, seen: 3 }]);
    expect(!r.ok && r.error[0]?.code).toBe('INCONSISTENT_ACCUMULATOR');
    expect(mergeShardResults([]).ok).toBe(false);
  });
});
