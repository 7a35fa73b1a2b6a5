import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as library from '../../src/index.js';

/**
 * The guide has one page per textbook unit, in the textbook's order, each built the same way
 * (the model in Chinese and English, the rules, a worked example that the doc-example test runs),
 * and the docs site, the README and the guide's index all list the same pages.
 */
const root = resolve(import.meta.dirname, '..', '..');
const guide = join(root, 'docs', 'guide');

const UNITS = [
  '01-customer.md',
  '02-finding-and-qualifying.md',
  '03-approach-negotiation-closing.md',
  '04-customer-value.md',
  '05-service-quality.md',
  '06-crm-and-tiers.md',
  '07-complaints.md',
] as const;

const read = (file: string): string => readFileSync(join(guide, file), 'utf8');

describe('the guide', () => {
  test('holds the index and the seven units, nothing else', () => {
    expect(readdirSync(guide).filter((f) => f.endsWith('.md')).sort()).toEqual(['index.md', ...UNITS].sort());
  });

  test.each(UNITS.map((page, i) => [page, i] as const))('%s: title, model, rules, a checked example, links', (page, i) => {
    const text = read(page);
    expect(text).toMatch(new RegExp(`^---\\ntitle: ${i + 1} · .+ · .+\\n---\\n\\n# ${i + 1} · `, 'u'));
    expect(text).toContain('\n## 模型 · The model\n');
    expect(text).toContain('\n## 规则 · The rules and where they are implemented\n');
    expect(text).toMatch(/\n## 例 · Worked example/u);
    expect(text).toMatch(/DOMAIN\.md`\]\([^)]+\) §\d/u);
    const runnable = [...text.matchAll(/```ts\n([\s\S]*?)```/gu)].map((m) => m[1] ?? '');
    expect(runnable.some((code) => code.includes('// =>'))).toBe(true);
    expect(text).toContain('](index.md)');
    const next = UNITS[i + 1];
    if (next !== undefined) expect(text).toContain(`](${next})`);
    const previous = UNITS[i - 1];
    if (previous !== undefined) expect(text).toContain(`](${previous})`);
  });

  test('the index lists the units in order, in Chinese and English', () => {
    const text = read('index.md');
    const linked = [...text.matchAll(/\]\((0\d-[a-z-]+\.md)\)/gu)].map((m) => m[1]);
    expect([...new Set(linked)]).toEqual([...UNITS]);
    UNITS.forEach((page, i) => expect(text).toMatch(new RegExp(`\\n${i + 1}\\. \\[[^\\]]*[\\u4e00-\\u9fff][^\\]]* · [A-Z][^\\]]*\\]\\(${page}\\)`, 'u')));
  });

  test('the functions and schemas the guide names exist in the library', () => {
    // Guards are named in the rule tables too; they are part of the machines, not exports.
    const guards = new Set([library.funnelDefinition(), library.lifecycleDefinition(), library.complaintDefinition()].flatMap((d) => Object.keys(d.guards ?? {})));
    const missing: string[] = [];
    for (const page of readdirSync(guide).filter((f) => f.endsWith('.md'))) {
      for (const [, name] of read(page).matchAll(/`([A-Za-z_$][\w$]*)(?:\([^`]*\))?`/gu)) {
        const named = name ?? '';
        const looksExported = /(?:Schema|Labels)$/u.test(named) || /^DEFAULT_[A-Z_]+$/u.test(named) || /^(?:classify|create|safeParse|replay|apply|assess|check|score|group|funnel|lifecycle|complaint|customer|compare|project|service|risk|format|money|mark|start|new)[A-Z]\w*$/u.test(named);
        if (looksExported && !guards.has(named) && !(named in library)) missing.push(`${page}: ${named}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the guide is listed wherever the docs are', () => {
  test('typedoc projectDocuments: the index, the units in order, then the report page', () => {
    const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { typedocOptions: { projectDocuments: string[] } };
    const docs = tsconfig.typedocOptions.projectDocuments;
    const guidePages = docs.filter((d) => d.startsWith('docs/guide/'));
    expect(guidePages).toEqual(['docs/guide/index.md', ...UNITS.map((u) => `docs/guide/${u}`)]);
    expect(docs).toContain('docs/report.md');
    for (const d of docs) expect(existsSync(join(root, d)), d).toBe(true);
  });

  test('the README links the guide, each unit and the report page', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/guide/index.md)');
    for (const page of UNITS) expect(readme).toContain(`](docs/guide/${page})`);
    expect(readme).toContain('](docs/report.md)');
  });
});
