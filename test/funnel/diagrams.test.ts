import { describe, expect, test } from 'vitest';
import { machineTransitions } from '../../src/core/machine/listing.js';
import { funnelMermaid, lifecycleMermaid } from '../../src/funnel/diagrams.js';
import { funnelDefinition } from '../../src/funnel/funnel-machine.js';
import { lifecycleDefinition } from '../../src/funnel/lifecycle-machine.js';

describe('Mermaid diagrams generated from the definitions', () => {
  test('the funnel in Chinese draws every state and transition', () => {
    const lines = funnelMermaid('zh-CN').split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines).toContain('  state "寻找" as prospecting');
    expect(lines).toContain('  state "洽谈" as negotiating');
    expect(lines).toContain('  negotiating --> won : 成交 [wonTerms]');
    expect(lines).toContain('  lost --> prospecting : 重新开发 [knownChannel]');
    expect(lines).toContain('  won --> [*]');
    // Every transition is drawn: the moves as edges, the repeated quote while negotiating as a note
    // beside 洽谈 (a loop's label would lie over the label of the edge to 成交).
    const transitions = machineTransitions(funnelDefinition());
    const loops = transitions.filter((t) => t.source === t.target);
    expect(loops.map((t) => `${t.source} ${t.eventType}`)).toEqual(['negotiating PROPOSE']);
    expect(lines.filter((l) => l.includes(' --> ') && !l.includes('[*]'))).toHaveLength(transitions.length - loops.length);
    expect(lines).toContain('  note left of negotiating : ↻ 提交方案报价 [positiveQuote]');
    expect(lines.some((l) => /^\s+(\w+) --> \1 /u.test(l))).toBe(false);
  });

  test('the funnel in English', () => {
    expect(funnelMermaid('en').split('\n')).toContain('  prospecting --> qualified : qualified [qualifies]');
  });

  test('the lifecycle in both locales; state ids are plain identifiers Mermaid accepts', () => {
    const zh = lifecycleMermaid('zh-CN');
    expect(zh).toContain('  state "未来型客户（潜在）" as potential');
    expect(zh).toContain('  past --> winBack : 开始挽回');
    expect(lifecycleMermaid('en')).toContain('  atRisk --> past : churned [hasChurnReason]');
    for (const t of machineTransitions(lifecycleDefinition())) {
      expect(t.source).toMatch(/^[A-Za-z]+$/);
      expect(t.target).toMatch(/^[A-Za-z]+$/);
    }
  });
});
