import { describe, expect, test } from 'vitest';
import { toMermaid } from '../../src/core/machine/mermaid.js';
import { COMPLAINT_SIDE_EVENTS, complaintDefinition, complaintMermaid } from '../../src/complaints/index.js';
import { machineTransitions } from '../../src/core/machine/listing.js';

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

describe('complaintMermaid: the main path', () => {
  test('every state, every transition but those of the side events and the self-loops, in both locales', () => {
    const all = toMermaid(complaintDefinition(), { locale: 'en' }).split('\n');
    const main = complaintMermaid('en').split('\n');
    // Every state is still declared…
    expect(main.filter((l) => l.startsWith('  state '))).toEqual(all.filter((l) => l.startsWith('  state ')));
    // …and exactly the transitions that are neither side events nor loops are drawn.
    const side = new Set<string>(COMPLAINT_SIDE_EVENTS);
    const expected = machineTransitions(complaintDefinition()).filter((t) => !side.has(t.eventType) && t.source !== t.target);
    const edges = main.filter((l) => l.includes(' --> ') && !l.includes('[*]'));
    expect(new Set(edges).size).toBe(new Set(expected.map((t) => `${t.source} ${t.target} ${t.eventType} ${t.guard ?? ''}`)).size);
    expect(edges.length).toBeLessThan(all.filter((l) => l.includes(' --> ') && !l.includes('[*]')).length / 2);
    for (const e of ['respond to the customer', 'escalate', 'withdraw']) expect(main.join('\n')).not.toContain(` : ${e}`);
    expect(complaintMermaid('zh-CN')).toContain('state "已受理登记" as received');
  });
});
