import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES } from '../../src/core/invariant.js';
import { transition } from '../../src/core/machine/transition.js';
import type { FunnelEvent } from '../../src/funnel/funnel-event.js';
import { funnelEventToJSON } from '../../src/funnel/funnel-event-json.js';
import { parseFunnelEvent } from '../../src/funnel/funnel-event-schema.js';
import { createFunnelMachine, funnelDefinition } from '../../src/funnel/funnel-machine.js';
import { newDeal, replayFunnel, replayFunnelLog } from '../../src/funnel/funnel-replay.js';
import { validLog } from './arbitraries.js';
import { cny, deepFreeze, march, PATH_TO, pathEvents, QUALIFIES } from './fixtures.js';

const funnel = createFunnelMachine();

describe('replayFunnel: the log is the source of truth', () => {
  test('replay of a random valid log equals step-by-step transitions (compiled and plain machine)', () => {
    const plain = funnelDefinition();
    fc.assert(
      fc.property(validLog, (events) => {
        let snapshot = newDeal();
        for (const event of events) {
          const next = transition(funnel, snapshot, event);
          if (!next.ok) return false;
          snapshot = next.value;
        }
        const replayed = replayFunnel(events, funnel);
        const onPlain = replayFunnel(events, plain);
        expect(replayed).toEqual({ ok: true, value: snapshot });
        expect(onPlain).toEqual(replayed);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  test('replaying the same log twice gives equal snapshots and leaves the log untouched', () => {
    fc.assert(
      fc.property(validLog, (events) => {
        const frozen = deepFreeze(events);
        const copy = structuredClone(frozen);
        expect(replayFunnel(frozen)).toEqual(replayFunnel(frozen));
        expect(frozen).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  test('JSON round trip of every event is the identity', () => {
    fc.assert(
      fc.property(validLog, (events) => {
        for (const event of events) expect(parseFunnelEvent(JSON.parse(JSON.stringify(funnelEventToJSON(event))))).toEqual({ ok: true, value: event });
        expect(replayFunnelLog(JSON.parse(JSON.stringify(events.map(funnelEventToJSON))))).toEqual(replayFunnel(events));
      }),
      { numRuns: 100 },
    );
  });
});

describe('funnelEventToJSON', () => {
  test('an invalid Date is INVALID_DATE naming the field, not a RangeError', () => {
    const cases: [FunnelEvent, string][] = [
      [{ type: 'FIND', at: new Date('x'), channel: 'advertising' }, 'at'],
      [{ type: 'APPROACH', at: march(3), visitPlan: { method: 'benefit', visitAt: new Date(Number.NaN) } }, 'visitPlan.visitAt'],
    ];
    for (const [event, field] of cases) {
      expect(() => funnelEventToJSON(deepFreeze(event))).toThrow(
        expect.objectContaining({ name: 'LogisticsCustomerError', code: 'INVALID_DATE', message: CORE_MESSAGES.INVALID_DATE, details: expect.objectContaining({ field }) }),
      );
    }
    // A valid visit time is written as ISO 8601.
    expect(funnelEventToJSON({ type: 'APPROACH', at: march(3), visitPlan: { method: 'benefit', visitAt: march(4) } })).toEqual({
      type: 'APPROACH',
      at: '2026-03-03T01:00:00.000Z',
      visitPlan: { method: 'benefit', visitAt: '2026-03-04T01:00:00.000Z' },
    });
  });
});

describe('a corrupted log yields an error naming the event index and the rule', () => {
  const good = pathEvents(PATH_TO.won);

  test('event out of order in time', () => {
    const events = [...good.slice(0, 3), { ...(good[3] as FunnelEvent), at: march(1) }];
    const r = replayFunnel(events);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('EVENT_OUT_OF_ORDER');
    expect(r.error.details).toMatchObject({ eventIndex: 3, rule: 'EVENT_OUT_OF_ORDER', state: 'approaching', eventType: 'PROPOSE' });
    expect(r.error.path).toEqual([3]);
    expect(r.error.messages.en).toBe(
      'event 3 (PROPOSE) in state approaching: the event is earlier than the event before it: the event is earlier than the previous event',
    );
    expect(r.error.messages['zh-CN']).toContain('第 3 个事件（PROPOSE，状态 approaching）：事件时间早于上一事件');
  });

  test('event not allowed in the state', () => {
    const r = replayFunnel([good[0] as FunnelEvent, { type: 'WIN', at: march(2), contractValue: cny(1), closingMethod: 'trial' }]);
    expect(r.ok ? null : [r.error.code, r.error.details.eventIndex, r.error.details.state]).toEqual(['NOT_ALLOWED_IN_STATE', 1, 'prospecting']);
  });

  test('unknown event type', () => {
    const r = replayFunnel([good[0] as FunnelEvent, { type: 'CALL', at: march(2) } as unknown as FunnelEvent]);
    expect(r.ok ? null : [r.error.code, r.error.details.eventIndex]).toEqual(['UNKNOWN_EVENT', 1]);
    const j = replayFunnelLog([funnelEventToJSON(good[0] as FunnelEvent), { type: 'CALL', at: '2026-03-02T00:00:00Z' }]);
    expect(j.ok ? null : [j.error.code, j.error.details.eventIndex]).toEqual(['UNKNOWN_EVENT', 1]);
  });

  test('an entry that is not an event, or a log that is not an array (untyped input), is named, not a TypeError', () => {
    const entries: [unknown, string][] = [
      [null, 'null'],
      [undefined, 'undefined'],
      [7, 'number'],
      [{ at: '2026-03-05T00:00:00Z' }, 'undefined'],
      [{ type: 7 }, '7'],
    ];
    for (const [entry, eventType] of entries) {
      const r = replayFunnel([good[0] as FunnelEvent, good[1] as FunnelEvent, entry as FunnelEvent]);
      expect(r.ok ? null : [r.error.code, r.error.path, r.error.details.state, r.error.details.eventType, r.error.details.reasons.map((reason) => reason.code)]).toEqual([
        'INVALID_PAYLOAD',
        [2],
        'qualified',
        eventType,
        ['NOT_AN_EVENT'],
      ]);
      // The JSON reader names it the same way.
      expect(replayFunnelLog([...good.slice(0, 2).map(funnelEventToJSON), entry])).toEqual(r);
    }
    for (const log of [null, undefined, { length: 1, 0: good[0] }]) {
      const r = replayFunnel(log as unknown as FunnelEvent[]);
      expect(r.ok ? null : [r.error.code, r.error.path, r.error.details.reasons.map((reason) => reason.code)]).toEqual(['INVALID_PAYLOAD', [0], ['INVALID_DEAL_LOG']]);
      expect(replayFunnelLog(log)).toEqual(r);
    }
  });

  test('payload failing its schema (JSON logs) names the field', () => {
    const json = good.map(funnelEventToJSON);
    const broken = [...json.slice(0, 4), { ...json[4], contractValue: { amount: 'lots', currency: 'CNY' } }];
    const r = replayFunnelLog(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_PAYLOAD');
    expect(r.error.details.eventIndex).toBe(4);
    expect(r.error.details.state).toBe('negotiating');
    expect(r.error.details.problems.map((p) => [p.code, p.path])).toEqual([['INVALID_AMOUNT', ['contractValue', 'amount']]]);
    const noType = replayFunnelLog([{ at: '2026-03-01T00:00:00Z' }]);
    expect(noType.ok ? null : [noType.error.code, noType.error.details.reasons.map((reason) => reason.code)]).toEqual(['INVALID_PAYLOAD', ['NOT_AN_EVENT']]);
    expect(replayFunnelLog('not a log').ok).toBe(false);
    const local = replayFunnelLog([{ type: 'FIND', at: '2026-03-01T09:00:00', channel: 'meetings' }]);
    expect(local.ok ? null : local.error.code).toBe('INVALID_PAYLOAD');
  });

  test('a guard refusal inside a log is GUARD_REJECTED with the reasons; an invalid time is INVALID_PAYLOAD', () => {
    const r = replayFunnel([...good.slice(0, 4), { type: 'WIN', at: march(9) }]);
    expect(r.ok ? null : [r.error.code, r.error.details.eventIndex, r.error.details.reasons.map((x) => x.code)]).toEqual([
      'GUARD_REJECTED',
      4,
      ['NO_CONTRACT_VALUE', 'NO_CLOSING_METHOD'],
    ]);
    const t = replayFunnel([{ type: 'FIND', at: new Date(Number.NaN), channel: 'meetings' }]);
    expect(t.ok ? null : t.error.code).toBe('INVALID_PAYLOAD');
  });

  test('JSON times need a zone offset; a time with an offset is read as that instant', () => {
    const r = parseFunnelEvent({ type: 'QUALIFY', at: '2026-03-02T09:00:00+08:00', assessment: QUALIFIES });
    expect(r.ok && r.value.at.toISOString()).toBe('2026-03-02T01:00:00.000Z');
  });
});
