import { describe, expect, test } from 'vitest';
import { defineMachine } from '../../../src/core/machine/definition.js';
import { toMermaid } from '../../../src/core/machine/mermaid.js';
import { text } from '../../../src/core/locale.js';

type S = 'at-risk' | 'at_risk' | 'lost';
type E = { readonly type: 'LOSE' } | { readonly type: 'WARN' };

describe('toMermaid state ids and labels', () => {
  const machine = defineMachine<S, E, null>({
    id: 'risk',
    initial: 'at-risk',
    context: null,
    states: {
      'at-risk': { label: text('风险', 'At risk: watch'), on: { LOSE: { target: 'lost' }, WARN: { target: 'at_risk' } } },
      at_risk: { label: text('风险二', 'At risk 2'), on: { LOSE: { target: 'lost' } } },
      lost: { label: text('流失', 'Lost'), final: true },
    },
    events: { LOSE: text('流失', 'lose'), WARN: text('预警', 'warn: late') },
    guards: {},
    updates: {},
  });

  test('ids keep only letters, digits and underscores, unique; colons in labels are escaped', () => {
    expect(toMermaid(machine, { locale: 'en' })).toBe(
      [
        'stateDiagram-v2',
        '  state "At risk#58; watch" as at_risk',
        '  state "At risk 2" as at_risk_2',
        '  state "Lost" as lost',
        '  [*] --> at_risk',
        '  at_risk --> lost : lose',
        '  at_risk --> at_risk_2 : warn#58; late',
        '  at_risk_2 --> lost : lose',
        '  lost --> [*]',
      ].join('\n'),
    );
  });
});
