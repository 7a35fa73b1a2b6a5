import { expect, test } from 'vitest';
import { text } from '../../../src/core/locale.js';
import { compileMachine } from '../../../src/core/machine/compile.js';
import { defineMachine } from '../../../src/core/machine/definition.js';
import { toMermaid } from '../../../src/core/machine/mermaid.js';
import { funnel } from './funnel-fixture.js';

test('the funnel in Chinese (the default locale)', () => {
  expect(toMermaid(funnel)).toBe(
    [
      'stateDiagram-v2',
      '  state "寻找客户" as prospecting',
      '  state "识别合格" as qualified',
      '  state "接近客户" as approaching',
      '  state "洽谈" as negotiating',
      '  state "成交" as won',
      '  state "流失" as lost',
      '  state "不合格" as disqualified',
      '  [*] --> prospecting',
      '  prospecting --> qualified : 资格审查 [allFactorsPass]',
      '  prospecting --> disqualified : 判定不合格',
      '  prospecting --> lost : 丢单',
      '  qualified --> approaching : 接近',
      '  qualified --> lost : 丢单',
      '  approaching --> negotiating : 洽谈',
      '  approaching --> lost : 丢单',
      '  negotiating --> won : 成交 [hasContractValue]',
      '  negotiating --> lost : 丢单',
      '  lost --> prospecting : 重新开发',
      '  disqualified --> prospecting : 重新开发',
      '  won --> [*]',
    ].join('\n'),
  );
  expect(toMermaid(compileMachine(funnel), { locale: 'zh-CN' })).toBe(toMermaid(funnel));
});

const small = defineMachine<'open' | 'paused' | 'closed', { type: 'PAUSE' } | { type: 'RESUME' } | { type: 'CLOSE' } | { type: 'NOTE' }, null>({
  id: 'ticket',
  initial: 'open',
  context: null,
  states: {
    open: {
      label: text('处理中', 'Open'),
      on: { PAUSE: { target: 'paused' }, CLOSE: [{ target: 'closed', guard: 'resolved' }, { target: 'paused' }], NOTE: {} },
    },
    paused: { label: text('等待"客户"', 'Waiting for the "customer"'), on: { RESUME: { target: 'open' } } },
    closed: { label: text('已关闭', 'Closed'), final: true },
  },
  events: { PAUSE: text('暂停', 'pause'), RESUME: text('恢复', 'resume'), CLOSE: text('结案', 'close'), NOTE: text('备注; 记录', 'note; log') },
  guards: { resolved: () => true },
});

test('a small machine in English: guarded branches, a transition without target, quotes and semicolons escaped', () => {
  expect(toMermaid(small, { locale: 'en' })).toBe(
    `stateDiagram-v2
  state "Open" as open
  state "Waiting for the #quot;customer#quot;" as paused
  state "Closed" as closed
  [*] --> open
  open --> paused : pause
  open --> closed : close [resolved]
  open --> paused : close
  open --> open : note#59; log
  paused --> open : resume
  closed --> [*]`,
  );
});

test('the same small machine in Chinese', () => {
  expect(toMermaid(small, { locale: 'zh-CN' })).toBe(
    `stateDiagram-v2
  state "处理中" as open
  state "等待#quot;客户#quot;" as paused
  state "已关闭" as closed
  [*] --> open
  open --> paused : 暂停
  open --> closed : 结案 [resolved]
  open --> paused : 结案
  open --> open : 备注#59; 记录
  paused --> open : 恢复
  closed --> [*]`,
  );
});

test('the main path only: omitted events, no self-loops, no guard names; an edge left the same is drawn once', () => {
  expect(toMermaid(small, { locale: 'en', omitEvents: ['PAUSE'], selfLoops: false, guards: false })).toBe(
    `stateDiagram-v2
  state "Open" as open
  state "Waiting for the #quot;customer#quot;" as paused
  state "Closed" as closed
  [*] --> open
  open --> closed : close
  open --> paused : close
  paused --> open : resume
  closed --> [*]`,
  );
  // With guards hidden, the two CLOSE branches to different states stay; the same edge twice would not.
  const twice = defineMachine<'a' | 'b', { type: 'GO' }, null>({
    id: 'twice',
    initial: 'a',
    context: null,
    states: { a: { label: text('甲', 'A'), on: { GO: [{ target: 'b', guard: 'x' }, { target: 'b' }] } }, b: { label: text('乙', 'B'), final: true } },
    events: { GO: text('走', 'go') },
    guards: { x: () => true },
  });
  expect(toMermaid(twice, { locale: 'en', guards: false }).split('\n')).toEqual([
    'stateDiagram-v2',
    '  state "A" as a',
    '  state "B" as b',
    '  [*] --> a',
    '  a --> b : go',
    '  b --> [*]',
  ]);
  expect(toMermaid(twice, { locale: 'en' }).split('\n')).toContain('  a --> b : go [x]');
});

test("selfLoops: 'note' draws a state's loops as one note beside it, after the edges, each label once", () => {
  const edges = toMermaid(small, { locale: 'en' }).split('\n');
  const loop = '  open --> open : note#59; log';
  expect(edges).toContain(loop);
  expect(toMermaid(small, { locale: 'en', selfLoops: 'note' }).split('\n')).toEqual([
    ...edges.filter((line) => line !== loop),
    '  note left of open : ↻ note#59; log',
  ]);
  // Two loops on one state (one guarded, one listed twice) share the note.
  const loops = defineMachine<'a' | 'b', { type: 'PING' } | { type: 'NOTE' } | { type: 'GO' }, null>({
    id: 'loops',
    initial: 'a',
    context: null,
    states: {
      a: { label: text('甲', 'A'), on: { PING: [{ guard: 'x' }, { guard: 'x' }], NOTE: {}, GO: { target: 'b' } } },
      b: { label: text('乙', 'B'), final: true },
    },
    events: { PING: text('询问', 'ping'), NOTE: text('备注', 'note'), GO: text('走', 'go') },
    guards: { x: () => true },
  });
  expect(toMermaid(loops, { locale: 'zh-CN', selfLoops: 'note' }).split('\n').slice(-1)).toEqual(['  note left of a : ↻ 询问 [x] · ↻ 备注']);
});
