/**
 * `npm run bench`: runs every benchmark in `bench/` and prints one table each.
 * Pass names to run a subset: `npm run bench -- money machine`.
 *
 * Each bench file runs in a process of its own (same Node flags): V8 optimises shared library
 * functions such as `transition` for every caller a process has seen, so a bench run after
 * another would measure the state the earlier one left behind (docs/performance.md shows how
 * much: the machine bench after the complaint bench runs 1.6× slower).
 *
 * Each bench file is first bundled with the library's sources by esbuild (into `.tmp/bench/`,
 * third-party packages left as imports), so that the library's code runs in one scope as it ships
 * — tsup bundles it, and so does an app's bundler — rather than as one module per source file
 * transpiled on load. The two measure differently: in alternating runs of the funnel report, its
 * ratio to the baseline was 5–10 % higher through `tsx` than bundled, or than the built `dist`
 * (docs/performance.md, "Eleventh session"). `BENCH_UNBUNDLED=1` runs the sources through `tsx`
 * as before.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const child = process.env['BENCH_CHILD'];
/** The Node flags of the bench processes (`--expose-gc --single-threaded-gc`), without the loader. */
const flags = process.execArgv.filter((arg, i, all) => arg !== '--import' && !(all[i - 1] === '--import' && arg === 'tsx'));

/** Bundles one bench file with the library's sources; returns the bundle's path. */
async function bundle(file: string): Promise<string> {
  const outdir = join(here, '..', '.tmp', 'bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, file.replace(/\.ts$/, '.mjs'));
  await build({
    stdin: { contents: `import { run } from './${file}';\nawait run();\n`, resolveDir: here, sourcefile: `run-${file}`, loader: 'ts' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

if (child !== undefined) {
  const mod = (await import(pathToFileURL(join(here, child)).href)) as { run: () => Promise<void> | void };
  await mod.run();
} else {
  const wanted = process.argv.slice(2);
  const unbundled = process.env['BENCH_UNBUNDLED'] === '1';
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
    .sort();
  console.log(
    `# logistics-customer benchmarks (node ${process.version}, ${process.platform}/${process.arch}; ${unbundled ? 'sources through tsx' : 'each bench bundled with the sources by esbuild'})`,
  );
  let failed = 0;
  for (const file of files) {
    const run = unbundled
      ? spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
          stdio: 'inherit',
          env: { ...process.env, BENCH_CHILD: file },
        })
      : spawnSync(process.execPath, [...flags, await bundle(file)], { stdio: 'inherit' });
    if (run.status !== 0) {
      failed++;
      console.error(`${file}: exited with ${run.status ?? run.signal}`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}
