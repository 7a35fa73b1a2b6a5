#!/usr/bin/env node
/**
 * `logistics-customer`: the report command on the bundled sample firm or on your own exports.
 * The only place of the package that touches the file system, the clock and the console.
 */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { parseCommandLine } from './args.js';
import { run } from './run.js';

const RESPAWNED = 'LOGISTICS_CUSTOMER_HEAP';
/** Heap a sample firm needs per customer, measured: about 6 KB kept, twice that while the report is built. */
const BYTES_PER_CUSTOMER = 12_000;

/**
 * A sample of hundreds of thousands of customers needs more heap than Node's default: run the
 * command again in a child process with a larger heap (at most 80% of the memory), once.
 */
function respawnWithLargerHeap(argv: readonly string[]): number | null {
  if (process.env[RESPAWNED] !== undefined) return null;
  // Only a report on the sample firm whose arguments are valid: bad arguments (`--size 1e12`) are
  // refused by this process, without starting another.
  const command = parseCommandLine(argv);
  if ('usage' in command || command.command !== 'report' || command.data !== null) return null;
  const size = command.size ?? 0;
  const wantMiB = Math.min(Math.floor((totalmem() * 0.8) / 1_048_576), Math.ceil((size * BYTES_PER_CUSTOMER) / 1_048_576) + 1024);
  if (getHeapStatistics().heap_size_limit / 1_048_576 >= wantMiB) return null;
  if (!command.quiet) process.stderr.write(`logistics-customer: --max-old-space-size=${wantMiB}\n`);
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${wantMiB}`, process.argv[1] ?? '', ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [RESPAWNED]: String(wantMiB) },
  });
  return child.status ?? 1;
}

const argv = process.argv.slice(2);
const respawned = respawnWithLargerHeap(argv);
if (respawned !== null) {
  process.exitCode = respawned;
} else {
  run(argv, { stdout: process.stdout, stderr: process.stderr, clock: () => new Date() }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`logistics-customer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
