/* global document */
// `npm test` step: open the built HTML docs (docs/api, from `typedoc`) in headless Chromium.
// Visits the index and every project-document page (the guide, contributing, glossary — found
// in the built site, so renamed pages need no change here), fails on any console error, page
// error or failed request, checks that every ```mermaid block became a rendered <svg>, and saves
// a full-page screenshot of each page to .tmp/screenshots/<page>.png.
// Chromium: $CHROMIUM_PATH, else Debian's `chromium` package (`apt-get install -y chromium`).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = fileURLToPath(new URL('..', import.meta.url));
const site = join(repo, 'docs/api');
const screenshots = join(repo, '.tmp/screenshots');
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
  }
  const found = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'Chromium not found (looked at /usr/lib/chromium/chromium and /usr/bin/chromium).\n' +
      'Install it with `apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu, as root; .ci/run does this),\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary (no `playwright install` needed).',
  );
}

/** The pages to visit: the index, then every project document, as paths relative to the site. */
function pagesOf(dir) {
  const documents = join(dir, 'documents');
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.html') ? [relative(dir, path).split(sep).join('/')] : [];
    });
  return ['index.html', ...(existsSync(documents) ? walk(documents).sort() : [])];
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

/** A static file server for the site on 127.0.0.1 (a random free port). */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      // Chromium asks every origin for one; the docs have none (a file:// visit asks for nothing).
      response.writeHead(204).end();
      return;
    }
    const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function checkPage(context, origin, path) {
  const since = performance.now();
  const name = path.replace(/^documents\//, '').replace(/\.html$/, '').replaceAll('/', '_');
  const expected = (readFileSync(join(site, path), 'utf8').match(/<pre><code class="mermaid"/g) ?? []).length;
  const errors = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  let rendered = 0;
  try {
    await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    // TypeDoc shows the body once its script starts; the Mermaid plugin marks <html data-mermaid>.
    await page.waitForFunction(() => document.body.style.display !== 'none', null, { timeout: 10_000 });
    if (expected > 0) {
      const state = await page.evaluate(() => document.documentElement.dataset.mermaid);
      if (state === undefined) throw new Error('the Mermaid script (.typedoc/mermaid-init.js) did not run on this page');
      await page.waitForFunction(() => ['done', 'error'].includes(document.documentElement.dataset.mermaid ?? ''), null, { timeout: 20_000 });
    }
    await page.evaluate(() => document.fonts.ready);
    const found = await page.evaluate(() => ({
      svgs: Array.from(document.querySelectorAll('.mermaid-diagram > svg')).filter((svg) => {
        const box = svg.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      }).length,
      unrendered: document.querySelectorAll('pre > code.mermaid').length,
    }));
    rendered = found.svgs;
    if (found.svgs !== expected) errors.push(`${expected} mermaid block(s) in the HTML, ${found.svgs} rendered as a visible <svg>`);
    if (found.unrendered > 0) errors.push(`${found.unrendered} mermaid block(s) still shown as code`);
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  } catch (error) {
    errors.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  } finally {
    await page.close();
  }
  const status = errors.length === 0 ? 'ok  ' : 'FAIL';
  const lines = [`${status} ${name.padEnd(28)} diagrams ${rendered}/${expected}  errors ${errors.length}  (${seconds(since)})`];
  for (const error of errors) lines.push(`     ${error.replaceAll('\n', '\n     ')}`);
  return { ok: errors.length === 0, report: lines.join('\n') };
}

/** Runs `task` over `items` with at most `limit` at a time; results in the items' order. */
function pool(items, limit, task) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = task(items[index]);
      await results[index];
    }
  };
  const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
  return { results, done: Promise.all(workers) };
}

async function main() {
  if (!existsSync(join(site, 'index.html'))) throw new Error(`${relative(repo, site)}/index.html not found: build the docs first (npx typedoc).`);
  const executablePath = findChromium();
  const pages = pagesOf(site);
  rmSync(screenshots, { recursive: true, force: true });
  mkdirSync(screenshots, { recursive: true });
  const server = await serve(site);
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let passed = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    // Two pages at a time: most of a page's time is waiting (Mermaid, screenshots).
    const { results, done } = pool(pages, 2, (path) => checkPage(context, origin, path));
    await done;
    for (const result of results) {
      const { ok, report } = await result;
      console.log(report);
      if (ok) passed += 1;
    }
  } finally {
    await browser.close();
    server.close();
  }
  const failed = pages.length - passed;
  console.log(`docs in Chromium: ${passed} page(s) ok, ${failed} failed, screenshots in ${relative(repo, screenshots)}/ (${seconds(started)})`);
  if (failed > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`docs-check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
