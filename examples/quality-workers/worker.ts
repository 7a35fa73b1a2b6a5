/** One worker of the example: measures its range of the stream and posts the accumulator's JSON. */
import { parentPort, workerData } from 'node:worker_threads';
import type { QualityAccumulatorOptions } from '../../src/quality/index.js';
import { accumulateShard, type ShardMessage } from './shards.js';

interface Job {
  readonly shard: number;
  readonly seed: number;
  readonly start: number;
  readonly count: number;
  readonly options: QualityAccumulatorOptions;
}

const job = workerData as Job;
const acc = accumulateShard(job.seed, job.start, job.count, job.options);
const message: ShardMessage = { shard: job.shard, json: acc.toJSON() };
parentPort?.postMessage(message);
