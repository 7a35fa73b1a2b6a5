/**
 * `npm run bench`: runs every benchmark in `bench/` and prints one table each.
 * Pass names to run a subset: `npm run bench -- money machine`.
 *
 * Each bench file runs in a process of its own (same Node flags): V8 optimises shared library
 * functions such as `transition` for every caller a process has seen, so a bench run after
 * another would measure the state the earlier one left behind (docs/performance.md shows how
 * much: the machine bench after the complaint bench runs 1.6× slower).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const child = process.env['BENCH_CHILD'];

if (child !== undefined) {
  const mod = (await import(pathToFileURL(join(here, child)).href)) as { run: () => Promise<void> | void };
  await mod.run();
} else {
  const wanted = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
    .sort();
  console.log(`# logistics-customer benchmarks (node ${process.version}, ${process.platform}/${process.arch})`);
  let failed = 0;
  for (const file of files) {
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_CHILD: file },
    });
    if (run.status !== 0) {
      failed++;
      console.error(`${file}: exited with ${run.status ?? run.signal}`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}
