import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { CORE_MESSAGES, LogisticsCustomerError, unwrap } from '../../src/core/invariant.js';
import { money } from '../../src/core/money/money.js';
import {
  type ComplaintEvent,
  complaintEventToJSON,
  ComplaintEventTypeSchema,
  parseComplaintEvent,
  replayComplaint,
} from '../../src/complaints/index.js';
import { event, machine, MONDAY_0900, randomComplaint } from './fixtures.js';

/** Through text, as a database column or an NDJSON line would carry it. */
const viaText = (e: ComplaintEvent): unknown => JSON.parse(JSON.stringify(complaintEventToJSON(e)));

describe('complaintEventToJSON', () => {
  test('writes times as ISO strings in UTC and compensation as a decimal string', () => {
    const propose = event('PROPOSE', MONDAY_0900);
    expect(complaintEventToJSON(propose)).toEqual({
      type: 'PROPOSE',
      at: '2026-03-02T01:00:00.000Z',
      by: 'agent-1',
      cause: '中转误班',
      remedy: '退还运费',
      compensation: { amount: '200.00', currency: 'CNY' },
    });
  });

  test('refuses an event time that is not a valid date with INVALID_DATE naming the field', () => {
    for (const at of [new Date('x'), '2026-03-02T01:00:00Z', undefined]) {
      const e = { ...event('ACKNOWLEDGE', MONDAY_0900), at } as unknown as ComplaintEvent;
      let caught: unknown;
      try {
        complaintEventToJSON(e);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(LogisticsCustomerError);
      const error = caught as LogisticsCustomerError;
      expect([error.code, error.message, error.details]).toEqual(['INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { field: 'at', received: String(at) }]);
    }
  });

  test('returns a new object and leaves the event as it was', () => {
    const receive = event('RECEIVE', MONDAY_0900);
    const copy = structuredClone(receive);
    const json = complaintEventToJSON(receive);
    expect(receive).toEqual(copy);
    expect(json['complainant']).not.toBe((receive as { complainant: unknown }).complainant);
    expect(json['motives']).not.toBe((receive as { motives: unknown }).motives);
  });
});

describe('parseComplaintEvent', () => {
  test.each(ComplaintEventTypeSchema.options)('%s: the JSON round trip is the identity', (type) => {
    const e = event(type, MONDAY_0900 + 123);
    expect(parseComplaintEvent(viaText(e))).toEqual({ ok: true, value: e });
  });

  test('keeps money exactly, also with a scale other than the currency exponent', () => {
    const e = event('PROPOSE', MONDAY_0900, { compensation: unwrap(money('1234567.891', 'CNY', { scale: 3 })) });
    expect(complaintEventToJSON(e)['compensation']).toEqual({ amount: '1234567.891', currency: 'CNY', scale: 3 });
    expect(parseComplaintEvent(viaText(e))).toEqual({ ok: true, value: e });
  });

  test('refuses a compensation scale outside 0–15, as the machine does', () => {
    const json = complaintEventToJSON(event('PROPOSE', MONDAY_0900));
    for (const scale of [99, -3, 16]) {
      const r = parseComplaintEvent({ ...json, compensation: { amount: '5', currency: 'CNY', scale } });
      expect(r.ok ? [] : r.error.map((e) => [e.code, e.path])).toEqual([['INVALID_SCALE', ['compensation', 'scale']]]);
    }
  });

  test('accepts a Date or an ISO time with an offset, never a time without one', () => {
    const at = { type: 'ACKNOWLEDGE', by: 'agent-1' };
    expect(parseComplaintEvent({ ...at, at: new Date(MONDAY_0900) })).toEqual({ ok: true, value: { ...at, at: new Date(MONDAY_0900) } });
    expect(parseComplaintEvent({ ...at, at: '2026-03-02T09:00:00+08:00' })).toEqual({ ok: true, value: { ...at, at: new Date(MONDAY_0900) } });
    const local = parseComplaintEvent({ ...at, at: '2026-03-02T09:00:00' });
    expect(local.ok ? [] : local.error.map((e) => e.path)).toEqual([['at']]);
  });

  test('bad input: every problem with its path, in zh-CN and en', () => {
    const r = parseComplaintEvent({
      type: 'RECEIVE',
      at: '2026-03-02T09:00:00+08:00',
      by: '',
      complainant: { name: '张三', fax: '021-1234' },
      channel: 'pigeon',
      category: 'delay',
      severity: 'moderate',
      description: '货物晚到',
      motives: ['venting', 'revenge'],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_INPUT', ['by']],
      ['INVALID_INPUT', ['complainant']],
      ['INVALID_INPUT', ['channel']],
      ['INVALID_INPUT', ['motives', 1]],
    ]);
    for (const e of r.error) {
      expect(renderError(e, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/u);
      expect(renderError(e, 'en')).toMatch(/[A-Za-z]/u);
      expect(renderError(e, 'zh-CN')).not.toBe(renderError(e, 'en'));
    }
    expect(r.error[1]?.messages.en).toContain('fax');
  });

  test('money problems keep their own code and path', () => {
    const r = parseComplaintEvent({ ...complaintEventToJSON(event('PROPOSE', MONDAY_0900)), compensation: { amount: '2.005', currency: 'XXY' } });
    expect(r.ok ? [] : r.error.map((e) => [e.code, e.path])).toEqual([['UNKNOWN_CURRENCY', ['compensation', 'currency']]]);
    const decimals = parseComplaintEvent({ ...complaintEventToJSON(event('PROPOSE', MONDAY_0900)), compensation: { amount: '2.005', currency: 'CNY' } });
    expect(decimals.ok ? [] : decimals.error.map((e) => [e.code, e.path, e.messages['zh-CN'] !== e.messages.en])).toEqual([
      ['TOO_MANY_DECIMALS', ['compensation', 'amount'], true],
    ]);
  });

  test('an unknown event type names the discriminator', () => {
    const r = parseComplaintEvent({ type: 'CALL', at: '2026-03-02T09:00:00+08:00', by: 'agent-1' });
    expect(r.ok ? [] : r.error.map((e) => e.path)).toEqual([['type']]);
  });

  test('the input is not mutated', () => {
    const json = complaintEventToJSON(event('RECEIVE', MONDAY_0900));
    const copy = structuredClone(json);
    parseComplaintEvent(json);
    expect(json).toEqual(copy);
  });
});

describe('JSON round trip (properties)', () => {
  test('every event of a random valid log reads back equal, and the log replays to the same snapshot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 25 }), (seed, steps) => {
        const complaint = randomComplaint('C-J', seed, MONDAY_0900, steps);
        const read = complaint.events.map((e) => unwrap(parseComplaintEvent(viaText(e))));
        expect(read).toEqual(complaint.events);
        expect(replayComplaint({ id: complaint.id, events: read }, machine)).toEqual(replayComplaint(complaint, machine));
      }),
      { numRuns: 150 },
    );
  });
});
