import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { funnelEventToJSON } from '../../src/funnel/funnel-event-json.js';
import { FunnelEventSchema, parseFunnelEvent } from '../../src/funnel/funnel-event-schema.js';
import { funnelLogError } from '../../src/funnel/funnel-log-error.js';
import { cny, march, QUALIFIES } from './fixtures.js';

describe('funnel log errors', () => {
  test('name the deal, the event and the rule in both locales', () => {
    const e = funnelLogError('GUARD_REJECTED', {
      dealIndex: 4,
      dealId: 'D-77',
      eventIndex: 2,
      state: 'negotiating',
      eventType: 'WIN',
      reasons: [{ code: 'NO_CLOSING_METHOD', message: { 'zh-CN': '成交须注明成交方法', en: 'a won deal needs its closing method' } }],
    });
    expect(e.path).toEqual([4, 'events', 2]);
    expect(e.message).toBe('deal 4 (D-77), event 2 (WIN) in state negotiating: a business rule refuses the event: a won deal needs its closing method');
    expect(renderError(e, 'zh-CN')).toBe('[4].events[2]: 第 4 个商机 (D-77)第 2 个事件（WIN，状态 negotiating）：事件未通过业务规则：成交须注明成交方法');
  });
});

describe('funnel events as JSON', () => {
  test('writes dates as ISO strings and amounts as decimal strings, reading back the same event', () => {
    const event = { type: 'QUALIFY', at: march(2), assessment: QUALIFIES, expectedValue: cny(123_45) } as const;
    const json = funnelEventToJSON(event);
    expect(json).toEqual({ type: 'QUALIFY', at: '2026-03-02T01:00:00.000Z', assessment: QUALIFIES, expectedValue: { amount: '123.45', currency: 'CNY' } });
    expect(parseFunnelEvent(json)).toEqual({ ok: true, value: event });
    const plan = { type: 'APPROACH', at: march(3), visitPlan: { method: 'gift', visitAt: march(5), salesTools: ['报价单'] } } as const;
    expect(parseFunnelEvent(funnelEventToJSON(plan))).toEqual({ ok: true, value: plan });
  });

  test('the schema rejects unknown fields and missing payloads', () => {
    expect(FunnelEventSchema.safeParse({ type: 'FIND', at: '2026-03-02T09:00:00+08:00', channel: 'meetings', vip: true }).success).toBe(false);
    const r = parseFunnelEvent({ type: 'PROPOSE', at: '2026-03-02T09:00:00+08:00' });
    expect(r.ok ? null : r.error.map((e) => [e.code, e.path])).toEqual([['INVALID_INPUT', ['quote']]]);
  });
});
