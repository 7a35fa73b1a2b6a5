import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toMermaid } from '../../src/core/machine/mermaid.js';
import { complaintDefinition } from '../../src/complaints/index.js';

describe('the guide draws the machine the code defines', () => {
  test('docs/guide/complaints.md shows exactly toMermaid(complaintDefinition(), zh-CN)', () => {
    const guide = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'guide', 'complaints.md'), 'utf8');
    const diagram = toMermaid(complaintDefinition(), { locale: 'zh-CN' });
    expect(guide).toContain(`\`\`\`mermaid\n${diagram}\n\`\`\``);
  });

  test('state ids and transition labels stay within what Mermaid parses (no "-" in ids, no ":" in labels)', () => {
    const lines = toMermaid(complaintDefinition(), { locale: 'en' }).split('\n');
    for (const line of lines.filter((l) => l.includes('-->'))) {
      const [from, rest = ''] = line.trim().split(' --> ');
      const [to, label = ''] = rest.split(' : ');
      expect(from).toMatch(/^(\[\*\]|[a-z]+)$/);
      expect(to).toMatch(/^(\[\*\]|[a-z]+)$/);
      expect(label).not.toContain(':');
    }
  });
});
