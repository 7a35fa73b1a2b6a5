import { describe, expect, test } from 'vitest';
import { toMermaid } from '../../src/core/machine/mermaid.js';
import { complaintDefinition } from '../../src/complaints/index.js';

describe('the complaint machine as Mermaid', () => {
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
