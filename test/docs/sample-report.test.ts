import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXIT, run } from '../../src/cli/run.js';
import { memoryIO } from '../cli/fixtures.js';

/**
 * The sample report pages (docs/sample-report.en.md, docs/sample-report.zh-CN.md) are the output
 * of `logistics-customer report --format md` on the bundled sample firm, with a title for the
 * docs site in front. They are part of the HTML docs, so the Chromium check (.ci/docs-check.mjs)
 * renders every chart of the Markdown report — the Pareto curve, the funnel bars and the state
 * diagrams — and fails on a chart Mermaid cannot draw. This test keeps the pages equal to the
 * command's output. Regenerate with
 * `UPDATE_SAMPLE_REPORT=1 npx vitest run --config test/vitest.config.ts test/docs/sample-report.test.ts`.
 */
const root = resolve(import.meta.dirname, '..', '..');

const TITLES = {
  en: 'Sample report (English) · 样本报告（英文）',
  'zh-CN': '样本报告（中文）· Sample report (Chinese)',
} as const;

async function page(locale: 'en' | 'zh-CN'): Promise<string> {
  const io = memoryIO();
  const code = await run(['report', '--format', 'md', '--locale', locale, '--now', '2026-04-01', '--quiet'], io);
  expect(code, io.err()).toBe(EXIT.OK);
  const intro =
    locale === 'en'
      ? 'What `npm run demo -- --format md --locale en` prints: the report on the bundled sample firm. Generated; do not edit.'
      : '`npm run demo -- --format md --locale zh-CN` 的输出：内置样本企业的报告。本页自动生成，请勿手改。';
  return `---\ntitle: ${TITLES[locale]}\n---\n\n> ${intro}\n\n${io.out()}`;
}

describe('the sample report pages of the docs', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    test(`docs/sample-report.${locale}.md is the report command's Markdown output, with its charts`, async () => {
      const file = join(root, 'docs', `sample-report.${locale}.md`);
      const generated = await page(locale);
      if (process.env['UPDATE_SAMPLE_REPORT'] === '1') writeFileSync(file, generated);
      expect(generated.match(/```mermaid\n%%\{init: .*\}%%\nxychart-beta/g)?.length).toBe(2);
      expect(generated.match(/```mermaid\nstateDiagram-v2/g)?.length).toBe(3);
      expect(readFileSync(file, 'utf8')).toBe(generated);
    }, 60_000);
  }
});
