import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as library from '../../src/index.js';

/**
 * The glossary (docs/glossary.md) is generated from the library's own label tables, so the
 * Chinese term ↔ English identifier ↔ English label mapping cannot drift from the code.
 * Regenerate with `UPDATE_GLOSSARY=1 npx vitest run --config test/vitest.config.ts test/docs/glossary.test.ts`.
 */
const root = resolve(import.meta.dirname, '..', '..');
const file = join(root, 'docs', 'glossary.md');

type Table = Readonly<Record<string, { readonly 'zh-CN': string; readonly en: string }>>;

function isLabelTable(value: unknown): value is Table {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return (
    entries.length > 0 &&
    entries.every(
      (v) => typeof v === 'object' && v !== null && typeof (v as Table[string])['zh-CN'] === 'string' && typeof (v as Table[string]).en === 'string',
    )
  );
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function glossary(): string {
  const tables = Object.entries(library)
    .filter(([name, value]) => name.endsWith('Labels') && isLabelTable(value))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) as [string, Table][];
  const lines = [
    '# Glossary · 术语表',
    '',
    'Every enum value of the library with its identifier and its labels, generated from the label',
    'tables exported by `logistics-customer` (one section per table). 本表由代码中的标签表自动生成。',
    '',
  ];
  for (const [name, table] of tables) {
    lines.push(`## \`${name}\``, '', '| identifier | 中文 | English |', '|---|---|---|');
    for (const [key, labels] of Object.entries(table)) {
      lines.push(`| \`${cell(key)}\` | ${cell(labels['zh-CN'])} | ${cell(labels.en)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

describe('the glossary', () => {
  test('docs/glossary.md lists every label table of the library, up to date', () => {
    const generated = glossary();
    if (process.env.UPDATE_GLOSSARY === '1') writeFileSync(file, generated);
    expect(generated).toContain('## `complaintCategoryLabels`');
    expect(generated).toContain('| `delay` | 延误 |');
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });
});
