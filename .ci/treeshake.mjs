// Tree-shaking test: bundle one import from the built package with esbuild and assert that
// unrelated modules are absent from the bundle.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
// Resolve the package the way a consumer does: through node_modules and its `exports` map.
const consumer = mkdtempSync(join(tmpdir(), 'lc-treeshake-'));
mkdirSync(join(consumer, 'node_modules'));
symlinkSync(repo, join(consumer, 'node_modules', 'logistics-customer'), 'dir');
const cases = [
  {
    name: 'add from the root entry',
    code: `import { add } from 'logistics-customer'; console.log(add);`,
    // The funnel machine, zod, decimal.js and the complaint lifecycle must not come along.
    absent: ['createFunnel', 'funnelMachine', 'complaintMachine', 'ZodError', 'decimal.js', 'toExpNeg', 'businessTimeBetween', 'toMermaid'],
  },
  {
    name: 'ok from core',
    code: `import { ok } from 'logistics-customer/core'; console.log(ok);`,
    absent: ['ZodError', 'toExpNeg', 'CURRENCIES', 'stateDiagram'],
  },
  {
    name: 'money from core',
    code: `import { money } from 'logistics-customer/core'; console.log(money);`,
    // Checking a currency code must not pull in the names of every currency.
    absent: ['United Arab Emirates dirham', 'ZodError', 'stateDiagram'],
  },
];
let failed = false;
for (const c of cases) {
  const result = await build({
    stdin: { contents: c.code, resolveDir: consumer, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: false,
    treeShaking: true,
    nodePaths: [resolve(repo, 'node_modules')],
    logLevel: 'silent',
  });
  const out = result.outputFiles[0].text;
  const found = c.absent.filter((needle) => out.includes(needle));
  console.log(`${found.length === 0 ? 'ok  ' : 'FAIL'} ${c.name}: ${(out.length / 1024).toFixed(1)} kB unminified${found.length ? `; unexpectedly contains ${found.join(', ')}` : ''}`);
  if (found.length) failed = true;
}
rmSync(consumer, { recursive: true, force: true });
if (failed) process.exit(1);
