// Consumer smoke test: pack the library, install the tarball into throwaway projects outside
// the repo, and check that an ESM project, a CJS project and TypeScript projects with
// `moduleResolution: node16` and `bundler` all work.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
const root = mkdtempSync(join(tmpdir(), 'lc-smoke-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const write = (path, text) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

const subpaths = ['core', 'customer', 'segmentation', 'value', 'funnel', 'complaints', 'quality', 'sample'];
// What each consumer checks: a few real calls on the public API, not just "it loads".
const body = (imp) => `
${imp}
const r = core.ok(1);
if (!r.ok || r.value !== 1) throw new Error('ok() broken');
const e = core.domainError('X', core.text('错', 'wrong'), { path: ['a', 0] });
if (core.renderError(e, 'zh-CN') !== 'a[0]: 错') throw new Error('renderError broken');
const m = core.unwrap(core.money('0.10', 'CNY'));
const s = core.add(m, core.unwrap(core.money('0.20', 'CNY')));
if (core.moneyToString(s) !== '0.30') throw new Error('money broken: ' + core.moneyToString(s));
if (typeof root.add !== 'function') throw new Error('root export missing');
console.log('ok');
`;

try {
  run('npm', ['pack', '--silent', '--pack-destination', root], repo);
  const tarball = readdirSync(root).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  write(join(root, 'package.json'), JSON.stringify({ name: 'lc-smoke', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(root, tarball)], root);

  // ESM consumer
  write(join(root, 'esm', 'package.json'), JSON.stringify({ type: 'module' }));
  write(
    join(root, 'esm', 'index.js'),
    body(`import * as root from 'logistics-customer';\nimport * as core from 'logistics-customer/core';\n${subpaths
      .map((s) => `await import('logistics-customer/${s}');`)
      .join('\n')}`),
  );
  process.stdout.write(`esm: ${run('node', ['index.js'], join(root, 'esm'))}`);

  // CJS consumer
  write(join(root, 'cjs', 'package.json'), JSON.stringify({ type: 'commonjs' }));
  write(
    join(root, 'cjs', 'index.js'),
    body(`const root = require('logistics-customer');\nconst core = require('logistics-customer/core');\n${subpaths
      .map((s) => `require('logistics-customer/${s}');`)
      .join('\n')}`),
  );
  process.stdout.write(`cjs: ${run('node', ['index.js'], join(root, 'cjs'))}`);

  // The report command from the installed package's bin, on the bundled sample firm.
  const reportJson = run('npx', ['--no-install', 'logistics-customer', 'report', '--format', 'json', '--locale', 'en'], root);
  const report = JSON.parse(reportJson);
  if (typeof report !== 'object' || report === null) throw new Error('the report command printed no JSON object');
  console.log(`bin: report --format json printed ${Object.keys(report).length} top-level sections`);

  // TypeScript consumers: they must type-check against the published .d.ts / .d.cts files.
  const tsSource = `import * as root from 'logistics-customer';
import * as core from 'logistics-customer/core';
import type { Money, Result, DomainError } from 'logistics-customer/core';
${subpaths.map((s, i) => `import * as m${i} from 'logistics-customer/${s}';\nvoid m${i};`).join('\n')}
const parsed: Result<Money<'CNY'>, DomainError> = core.money('1.50', 'CNY');
const amount: Money<'CNY'> = core.unwrap(parsed);
// @ts-expect-error mixing two literal currencies must not compile
core.add(amount, core.unwrap(core.money('1', 'USD')));
export const total: Money<'CNY'> = root.add(amount, amount);
`;
  // skipLibCheck stays off where it can, so our own .d.ts/.d.cts files are checked in full; the
  // CommonJS project needs it on because date-fns's own index.d.cts fails TS1479 under node16.
  for (const [name, options, type] of [
    ['ts-node16', { module: 'node16', moduleResolution: 'node16', skipLibCheck: false }, 'module'],
    ['ts-node16-cjs', { module: 'node16', moduleResolution: 'node16', skipLibCheck: true }, 'commonjs'],
    ['ts-bundler', { module: 'esnext', moduleResolution: 'bundler', skipLibCheck: false }, 'module'],
  ]) {
    const dir = join(root, name);
    write(join(dir, 'package.json'), JSON.stringify({ type }));
    write(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'es2022', types: [], ...options }, files: ['index.ts'] }),
    );
    write(join(dir, 'index.ts'), tsSource);
    run('node', [tsc, '-p', 'tsconfig.json'], dir);
    console.log(`${name}: type-checks`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
