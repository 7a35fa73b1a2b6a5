import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMPLAINT_SIDE_EVENTS, complaintMermaid } from '../../src/complaints/complaint-diagram.js';
import { complaintDefinition } from '../../src/complaints/complaint-machine.js';
import { machineTransitions } from '../../src/core/machine/listing.js';
import { funnelMermaid, lifecycleMermaid } from '../../src/funnel/diagrams.js';
import { funnelDefinition } from '../../src/funnel/funnel-machine.js';
import { lifecycleDefinition } from '../../src/funnel/lifecycle-machine.js';

/**
 * Every state diagram in the guide is the output of the library's own `toMermaid` on the
 * machine's definition, so the docs cannot drift from the machines: each page must hold exactly
 * these ```mermaid blocks, in this order, and no other page may hold one. The complaint machine is
 * drawn as its main path; the page's table of side events is checked against the machine too.
 * Regenerate with `UPDATE_GUIDE_DIAGRAMS=1 npx vitest run --config test/vitest.config.ts test/docs/guide-diagrams.test.ts`.
 */
const guide = join(resolve(import.meta.dirname, '..', '..'), 'docs', 'guide');


const DIAGRAMS: { readonly [page: string]: readonly string[] } = {
  '03-approach-negotiation-closing.md': [funnelMermaid('zh-CN'), funnelMermaid('en')],
  '06-crm-and-tiers.md': [lifecycleMermaid('zh-CN'), lifecycleMermaid('en')],
  '07-complaints.md': [complaintMermaid('zh-CN'), complaintMermaid('en')],
};

const BLOCK = /```mermaid\n([\s\S]*?)\n```/g;

function mermaidBlocks(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((m) => m[1] ?? '');
}

/** The page with its mermaid blocks replaced, in order, by the given diagrams. */
function withDiagrams(text: string, diagrams: readonly string[]): string {
  let i = 0;
  return text.replace(BLOCK, (block) => {
    const diagram = diagrams[i++];
    return diagram === undefined ? block : `\`\`\`mermaid\n${diagram}\n\`\`\``;
  });
}

describe('the guide draws the machines the code defines', () => {
  test.each(Object.entries(DIAGRAMS))('%s shows exactly what toMermaid draws now', (page, diagrams) => {
    const file = join(guide, page);
    const text = readFileSync(file, 'utf8');
    if (process.env.UPDATE_GUIDE_DIAGRAMS === '1' && mermaidBlocks(text).length === diagrams.length) {
      writeFileSync(file, withDiagrams(text, diagrams));
    }
    expect(mermaidBlocks(readFileSync(file, 'utf8'))).toEqual(diagrams);
  });

  test('no other page has a hand-drawn diagram', () => {
    const others = readdirSync(guide).filter((f) => f.endsWith('.md') && !(f in DIAGRAMS));
    expect(others.length).toBeGreaterThan(0);
    for (const page of others) expect(mermaidBlocks(readFileSync(join(guide, page), 'utf8')), page).toEqual([]);
  });

  test('the complaint page lists the side events the diagrams leave out, with the states they are allowed in', () => {
    const text = readFileSync(join(guide, '07-complaints.md'), 'utf8');
    expect(text).toContain(`omitEvents: [${COMPLAINT_SIDE_EVENTS.map((e) => `'${e}'`).join(', ')}], selfLoops: false`);
    const table = /<!-- side-events: complaints -->\n((?:\|.*\n)+)/u.exec(text)?.[1] ?? '';
    const rows = table.trimEnd().split('\n').slice(2).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    const ticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/gu)].map((m) => m[1] ?? '');
    expect(rows.map((r) => ticked(r[0] ?? '')[0])).toEqual([...COMPLAINT_SIDE_EVENTS]);
    const transitions = machineTransitions(complaintDefinition());
    for (const [event = '', , from = '', to = ''] of rows) {
      const type = ticked(event)[0];
      const of = transitions.filter((t) => t.eventType === type);
      expect(ticked(from), `${type} from`).toEqual([...new Set(of.map((t) => t.source))]);
      const targets = [...new Set(of.map((t) => t.target))];
      if (to === 'the same state') expect(of.every((t) => t.source === t.target), `${type} keeps the state`).toBe(true);
      else expect(ticked(to), `${type} to`).toEqual(targets);
    }
  });

  test('each diagram draws every state of its machine', () => {
    const machines = [
      [funnelDefinition(), DIAGRAMS['03-approach-negotiation-closing.md']],
      [lifecycleDefinition(), DIAGRAMS['06-crm-and-tiers.md']],
      [complaintDefinition(), DIAGRAMS['07-complaints.md']],
    ] as const;
    for (const [machine, diagrams] of machines) {
      for (const diagram of diagrams ?? []) {
        expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
        for (const state of Object.keys(machine.states)) expect(diagram).toMatch(new RegExp(` as ${state}\n`, 'u'));
      }
    }
  });
});
