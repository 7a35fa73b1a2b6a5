import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES, LogisticsCustomerError, unwrap } from '../../src/core/invariant.js';
import { money } from '../../src/core/money/money.js';
import { renderError } from '../../src/core/domain-error.js';
import {
  type Complaint,
  type ComplaintEvent,
  complaintLogError,
  createComplaintMachine,
  replayComplaint,
  replayComplaintAsOf,
} from '../../src/complaints/index.js';
import { event, HOUR, logTo, machine, MINUTE, MONDAY_0900 } from './fixtures.js';

function failure(events: readonly ComplaintEvent[], m = machine) {
  const complaint: Complaint = { id: 'C-ERR', events };
  const copy = structuredClone(complaint);
  const r = replayComplaint(complaint, m);
  expect(complaint).toEqual(copy);
  if (r.ok) throw new Error(`expected a failure, got state ${r.value.state}`);
  return r.error;
}

describe('bad event logs are typed errors naming the event and the rule', () => {
  test('an event earlier than the one before it', () => {
    const e = failure([event('RECEIVE', MONDAY_0900), event('ACKNOWLEDGE', MONDAY_0900 - MINUTE)]);
    expect([e.code, e.details.eventIndex, e.details.eventType, e.details.state, e.path]).toEqual([
      'EVENT_OUT_OF_ORDER',
      1,
      'ACKNOWLEDGE',
      'received',
      ['events', 1],
    ]);
    expect(e.messages.en).toBe(
      'complaint C-ERR, event 1 (ACKNOWLEDGE, "acknowledge") in state "received" breaks the rule "Event out of order in time": the event is earlier than the previous event',
    );
    expect(e.messages['zh-CN']).toBe(
      '投诉 C-ERR 的事件 #1（ACKNOWLEDGE，“确认收到”）在“received”状态下违反规则“事件时间顺序错误”：事件时间早于上一事件',
    );
  });

  test('an unknown category', () => {
    const e = failure([event('RECEIVE', MONDAY_0900, { category: 'weather' })]);
    expect([e.code, e.details.eventIndex]).toEqual(['UNKNOWN_CATEGORY', 0]);
    expect(e.details.reasons.map((r) => r.code)).toEqual(['UNKNOWN_CATEGORY']);
    expect(renderError(e, 'zh-CN')).toContain('未知的投诉类别“weather”');
  });

  test('an unknown category in a reclassification', () => {
    const e = failure([...logTo('received'), event('RECLASSIFY', MONDAY_0900 + HOUR, { category: 'weather' })]);
    expect([e.code, e.details.eventIndex, e.details.eventType]).toEqual(['UNKNOWN_CATEGORY', 1, 'RECLASSIFY']);
  });

  test('an unknown department', () => {
    const e = failure([...logTo('assessed'), event('ASSIGN', MONDAY_0900 + HOUR, { department: 'canteen' })]);
    expect([e.code, e.details.eventIndex, e.details.state]).toEqual(['UNKNOWN_DEPARTMENT', 3, 'assessed']);
    expect(e.details.reasons[0]?.details).toEqual({ received: 'canteen', allowed: ['customer-service', 'transport', 'warehouse', 'delivery', 'finance', 'sales', 'it'] });
    expect(e.messages.en).toContain('unknown department "canteen"');
  });

  test('a department of a custom table is known', () => {
    const custom = createComplaintMachine({ departments: { canteen: { 'zh-CN': '食堂', en: 'Canteen' } } });
    const r = replayComplaint({ id: 'C', events: [...logTo('assessed'), event('ASSIGN', MONDAY_0900 + HOUR, { department: 'canteen' })] }, custom);
    expect(r.ok && r.value.state).toBe('assigned');
  });

  test('a compensation in another currency than the policy’s', () => {
    const usd = unwrap(money('30.00', 'USD'));
    const e = failure([...logTo('investigating'), event('PROPOSE', MONDAY_0900 + HOUR, { compensation: usd })]);
    expect([e.code, e.details.eventIndex, e.details.eventType]).toEqual(['CURRENCY_MISMATCH', 5, 'PROPOSE']);
    expect(e.details.reasons[0]?.details).toEqual({ expected: 'CNY', received: 'USD' });
    expect(e.messages['zh-CN']).toContain('赔偿币种 USD 与政策币种 CNY 不一致');
    const inUsd = createComplaintMachine({ currency: 'USD' });
    expect(replayComplaint({ id: 'C', events: [...logTo('investigating'), event('PROPOSE', MONDAY_0900 + HOUR, { compensation: usd })] }, inUsd).ok).toBe(true);
  });

  test('a zero or malformed compensation is an invalid event', () => {
    const e = failure([...logTo('investigating'), event('PROPOSE', MONDAY_0900 + HOUR, { compensation: { amount: 0, scale: 2, currency: 'CNY' } })]);
    expect([e.code, e.details.reasons.map((r) => r.code)]).toEqual(['INVALID_EVENT', ['INVALID_COMPENSATION']]);
  });

  test('a compensation at a scale outside 0–15 is an invalid event at its index', () => {
    const proposing = (scale: number): ComplaintEvent[] => [
      ...logTo('investigating'),
      event('PROPOSE', MONDAY_0900 + HOUR, { compensation: { amount: 5, scale, currency: 'CNY' } }),
    ];
    for (const scale of [99, -3, 16, 1.5]) {
      const e = failure(proposing(scale));
      expect([e.code, e.path, e.details.eventIndex, e.details.eventType, e.details.reasons.map((r) => r.code)]).toEqual([
        'INVALID_EVENT',
        ['events', 5],
        5,
        'PROPOSE',
        ['INVALID_COMPENSATION'],
      ]);
      expect(e.details.reasons[0]?.details).toEqual({ received: { amount: 5, scale, currency: 'CNY' } });
      expect(e.messages.en).toContain('a safe integer of minor units at a scale from 0 to 15');
    }
    for (const scale of [0, 15]) {
      const r = replayComplaint({ id: 'C', events: proposing(scale) });
      expect(r.ok && r.value.context.remedy?.compensation).toEqual({ amount: 5, scale, currency: 'CNY' });
    }
  });

  test('a close without a satisfied follow-up', () => {
    const e = failure([...logTo('implemented'), event('CLOSE', MONDAY_0900 + HOUR)]);
    expect([e.code, e.details.eventIndex, e.details.state]).toEqual(['CLOSE_WITHOUT_FOLLOW_UP', 8, 'implemented']);
    expect(e.messages.en).toContain('breaks the rule "No close without a satisfied follow-up"');
    const twice = failure([...logTo('closed'), event('CLOSE', MONDAY_0900 + HOUR)]);
    expect(twice.code).toBe('NOT_ALLOWED_IN_STATE');
  });

  test('a reopen after the window', () => {
    const late = MONDAY_0900 + 8 * 24 * HOUR;
    const e = failure([...logTo('closed'), event('REOPEN', late)]);
    expect([e.code, e.details.eventIndex]).toEqual(['REOPEN_WINDOW_EXPIRED', 10]);
    const lenient = createComplaintMachine({ reopenWindowMs: 30 * 24 * HOUR });
    expect(replayComplaint({ id: 'C', events: [...logTo('closed'), event('REOPEN', late)] }, lenient).ok).toBe(true);
  });

  test('missing payloads are invalid events with every reason', () => {
    const e = failure([event('RECEIVE', MONDAY_0900, { by: '', description: ' ', complainant: {}, channel: 'fax' })]);
    expect(e.code).toBe('INVALID_EVENT');
    expect(e.details.reasons.map((r) => r.code)).toEqual(['MISSING_ACTOR', 'UNKNOWN_CHANNEL', 'MISSING_COMPLAINANT', 'MISSING_DESCRIPTION']);
    expect(failure([...logTo('acknowledged'), event('REJECT', MONDAY_0900 + HOUR, { explanation: '' })]).details.reasons[0]?.code).toBe('NO_EXPLANATION');
    expect(failure([...logTo('implemented'), event('FOLLOW_UP', MONDAY_0900 + HOUR, { satisfied: 'yes' })]).details.reasons.map((r) => r.code)).toEqual([
      'MISSING_SATISFACTION',
    ]);
    expect(failure([event('RECEIVE', new Date('nope'))]).details.reasons[0]?.code).toBe('INVALID_EVENT_TIME');
    expect(failure([...logTo('acknowledged'), event('WAIT', MONDAY_0900 + HOUR, { reason: 'lunch' })]).details.reasons[0]?.code).toBe('UNKNOWN_PAUSE_REASON');
    expect(failure([...logTo('received'), event('ESCALATE', MONDAY_0900 + HOUR, { level: 'god', reason: '' })]).details.reasons.map((r) => r.code)).toEqual([
      'UNKNOWN_ESCALATION_LEVEL',
      'MISSING_REASON',
    ]);
    expect(failure([...logTo('received'), event('RESPOND', MONDAY_0900 + HOUR, { message: '' })]).details.reasons[0]?.code).toBe('MISSING_MESSAGE');
    expect(failure([...logTo('received'), event('RECLASSIFY', MONDAY_0900 + HOUR, { severity: undefined })]).details.reasons[0]?.code).toBe('NOTHING_TO_RECLASSIFY');
  });

  test('an unknown event type, an event before the receipt, and something that is not an event', () => {
    expect(failure([event('RECEIVE', MONDAY_0900), { type: 'TELEPORT', at: new Date(MONDAY_0900), by: 'x' } as unknown as ComplaintEvent]).code).toBe('UNKNOWN_EVENT');
    expect(failure([event('ACKNOWLEDGE', MONDAY_0900)]).code).toBe('NOT_ALLOWED_IN_STATE');
    const e = failure([event('RECEIVE', MONDAY_0900), null as unknown as ComplaintEvent]);
    expect([e.code, e.details.eventIndex]).toEqual(['INVALID_EVENT', 1]);
  });

  test('nothing is partially applied: a bad event late in the log fails the whole replay', () => {
    const events = [...logTo('approved'), event('IMPLEMENT', MONDAY_0900 + HOUR), event('CLOSE', MONDAY_0900 + 2 * HOUR)];
    const r = replayComplaintAsOf({ id: 'C-P', events }, new Date(MONDAY_0900 + 30 * MINUTE), machine);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.details.eventIndex]).toEqual(['CLOSE_WITHOUT_FOLLOW_UP', 8]);
  });

  test('replayComplaintAsOf throws INVALID_DATE for an invalid asOf instead of replaying nothing', () => {
    const complaint: Complaint = { id: 'C-D', events: logTo('acknowledged') };
    for (const asOf of [new Date('x'), '2026-03-02' as unknown as Date, undefined as unknown as Date]) {
      let error: unknown;
      try {
        replayComplaintAsOf(complaint, asOf, machine);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LogisticsCustomerError);
      const e = error as LogisticsCustomerError;
      expect([e.code, e.message, e.details]).toEqual(['INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { parameter: 'asOf', received: String(asOf) }]);
    }
  });

  test('complaintLogError de-duplicates reasons and names an unknown event type as it is', () => {
    const reason = { code: 'X', message: { 'zh-CN': '甲', en: 'a' } };
    const e = complaintLogError('INVALID_EVENT', { complaintId: undefined, eventIndex: 2, eventType: 'ODD', state: 'new', reasons: [reason, reason] });
    expect(e.details.reasons).toHaveLength(1);
    expect(e.message).toBe('complaint ?, event 2 (ODD, "ODD") in state "new" breaks the rule "Invalid event": a');
  });
});
