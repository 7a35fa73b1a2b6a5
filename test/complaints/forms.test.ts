import { describe, expect, test } from 'vitest';
import { CORE_MESSAGES, LogisticsCustomerError } from '../../src/core/invariant.js';
import { localDateOf } from '../../src/core/time/zoned-time.js';
import {
  ACCEPTANCE_FORM_FIELDS,
  acceptanceForm,
  type AcceptanceForm,
  acceptanceFormOf,
  complaintFormRows,
  HANDLING_FORM_FIELDS,
  handlingForm,
  type HandlingForm,
  handlingFormOf,
  newComplaint,
} from '../../src/complaints/index.js';
import { event, HOUR, logTo, machine, MINUTE, MONDAY_0900 } from './fixtures.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the acceptance form (投诉受理表)', () => {
  const complaint = { id: 'TS-2026-0001', events: [...logTo('acknowledged'), event('REJECT', MONDAY_0900 + HOUR)] };
  const form: AcceptanceForm = value(acceptanceForm(complaint, machine));

  test('is a typed record derived from the log', () => {
    expect(form).toEqual({
      kind: 'acceptance',
      complaintId: 'TS-2026-0001',
      receivedAt: new Date(MONDAY_0900),
      receivedBy: 'agent-1',
      channel: 'phone',
      complainantName: '张三',
      company: '华东商贸',
      phone: '138-0000-0000',
      email: undefined,
      customerId: undefined,
      shipmentId: 'WB-1001',
      orderId: undefined,
      category: 'delay',
      severity: 'moderate',
      priority: 'normal',
      brokenComponent: 'on-time',
      description: '货物晚到两天',
      demand: '赔偿运费',
      motives: ['venting', 'compensation'],
      principles: ['feelings-first', 'respond-promptly', 'no-blame-shifting', 'record-everything', 'first-time-resolution'],
      acknowledgedAt: new Date(MONDAY_0900 + MINUTE),
      assessment: 'invalid',
      explanation: '经核实货物按约定时间送达，感谢您的反馈',
    });
  });

  test('shares no mutable value with the log', () => {
    const receivedAt = complaint.events[0]?.at;
    expect(form.receivedAt).toEqual(receivedAt);
    expect(form.receivedAt).not.toBe(receivedAt);
    expect(form.motives).not.toBe((complaint.events[0] as { motives?: unknown }).motives);
  });

  test('renders as labelled rows in zh-CN and en', () => {
    const zh = complaintFormRows(form, 'zh-CN');
    expect(zh).toHaveLength(ACCEPTANCE_FORM_FIELDS.length);
    expect(zh.slice(0, 5)).toEqual([
      { key: 'complaintId', label: '投诉编号', value: 'TS-2026-0001' },
      { key: 'receivedAt', label: '受理时间', value: '2026-03-02 09:00' },
      { key: 'receivedBy', label: '受理人', value: 'agent-1' },
      { key: 'channel', label: '投诉方式', value: '电话' },
      { key: 'complainantName', label: '投诉人', value: '张三' },
    ]);
    const byKey = (rows: readonly { key: string; value: string }[], key: string) => rows.find((r) => r.key === key)?.value;
    expect(byKey(zh, 'motives')).toBe('求发泄、求补偿');
    expect(byKey(zh, 'assessment')).toBe('不成立');
    expect(byKey(zh, 'email')).toBe('');
    const en = complaintFormRows(form, 'en', { timeZone: 'UTC' });
    expect(en.find((r) => r.key === 'receivedAt')).toEqual({ key: 'receivedAt', label: 'Received at', value: '2026-03-02 01:00' });
    expect(byKey(en, 'category')).toBe('Delay');
    expect(byKey(en, 'brokenComponent')).toBe('On time');
    expect(byKey(en, 'principles')).toBe('Feelings first, then the matter, Respond promptly, Never shift blame, Record everything, Resolve it the first time');
  });

  test('an unknown time zone throws INVALID_CALENDAR, as localDateOf does, not a native RangeError', () => {
    for (const timeZone of ['Nowhere/X', '', 7 as unknown as string]) {
      let error: unknown;
      try {
        complaintFormRows(form, 'en', { timeZone });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LogisticsCustomerError);
      const e = error as LogisticsCustomerError;
      expect([e.code, e.message, e.details]).toEqual(['INVALID_CALENDAR', CORE_MESSAGES.INVALID_CALENDAR, { reason: 'unknown time zone', timeZone }]);
    }
    expect(() => localDateOf(new Date(MONDAY_0900), 'Nowhere/X')).toThrow(CORE_MESSAGES.INVALID_CALENDAR);
    expect(complaintFormRows(form, 'en', { timeZone: 'Europe/Berlin' }).find((r) => r.key === 'receivedAt')?.value).toBe('2026-03-02 02:00');
  });

  test('a log without a receipt has no form', () => {
    const r = acceptanceForm({ id: 'X', events: [] });
    expect(r.ok ? null : [r.error.code, r.error.details.eventIndex]).toEqual(['NOT_RECEIVED', 0]);
    expect(value(handlingForm({ id: 'X', events: [event('RECEIVE', MONDAY_0900)] })).state).toBe('received');
    const bad = handlingForm({ id: 'X', events: [event('ACKNOWLEDGE', MONDAY_0900)] });
    expect(bad.ok ? null : bad.error.code).toBe('NOT_ALLOWED_IN_STATE');
    expect(handlingForm({ id: 'X', events: [] }).ok).toBe(false);
  });
});

describe('the handling form (投诉处理表)', () => {
  const events = [
    ...logTo('reopened'),
    event('ASSIGN', MONDAY_0900 + HOUR, { department: 'finance' }),
    event('INVESTIGATE', MONDAY_0900 + 2 * HOUR),
    event('PROPOSE', MONDAY_0900 + 3 * HOUR, {
      cause: '赔款流程延误',
      remedy: '加急支付并补偿',
      compensation: { amount: 5000, scale: 2, currency: 'CNY' },
    }),
    event('APPROVE', MONDAY_0900 + 4 * HOUR, { by: '李经理', instruction: '尽快办理' }),
    event('IMPLEMENT', MONDAY_0900 + 5 * HOUR),
    event('FOLLOW_UP', MONDAY_0900 + 6 * HOUR, { by: '回访员', feedback: '满意' }),
    event('CLOSE', MONDAY_0900 + 7 * HOUR, { by: '主管' }),
  ];
  const form: HandlingForm = value(handlingForm({ id: 'TS-2', events }, machine));

  test('gathers department, cause, remedy, approval, implementation, follow-up and closing', () => {
    expect(form).toEqual({
      kind: 'handling',
      complaintId: 'TS-2',
      state: 'closed',
      category: 'delay',
      severity: 'moderate',
      priority: 'normal',
      department: 'finance',
      assignedAt: new Date(MONDAY_0900 + HOUR),
      cause: '赔款流程延误',
      remedy: '加急支付并补偿',
      compensation: { amount: 5000, scale: 2, currency: 'CNY' },
      compensationPaid: { amount: 25000, scale: 2, currency: 'CNY' },
      approvedBy: '李经理',
      approvedAt: new Date(MONDAY_0900 + 4 * HOUR),
      instruction: '尽快办理',
      implementedAt: new Date(MONDAY_0900 + 5 * HOUR),
      followUpAt: new Date(MONDAY_0900 + 6 * HOUR),
      followUpBy: '回访员',
      satisfied: true,
      feedback: '满意',
      reopenCount: 1,
      closedAt: new Date(MONDAY_0900 + 7 * HOUR),
      closedBy: '主管',
      summary: '已处理',
      archivedAt: undefined,
    });
  });

  test('renders money, departments, yes/no and counts in both locales', () => {
    const zh = complaintFormRows(form, 'zh-CN');
    const en = complaintFormRows(form, 'en', { departments: { finance: { 'zh-CN': '财务', en: 'Accounts' } } });
    expect(zh).toHaveLength(HANDLING_FORM_FIELDS.length);
    const pick = (rows: readonly { key: string; label: string; value: string }[], keys: readonly string[]) =>
      rows.filter((r) => keys.includes(r.key)).map((r) => [r.label, r.value]);
    const keys = ['state', 'department', 'compensationPaid', 'satisfied', 'reopenCount', 'instruction'];
    expect(pick(zh, keys)).toEqual([
      ['处理状态', '已结案'],
      ['责任部门', '财务部'],
      ['已付赔偿', '¥250.00'],
      ['领导批示', '尽快办理'],
      ['客户是否满意', '是'],
      ['重新处理次数', '1'],
    ]);
    expect(pick(en, keys)).toEqual([
      ['State', 'Closed'],
      ['Responsible department', 'Accounts'],
      ['Compensation paid', 'CN¥250.00'],
      ['Management’s instruction', '尽快办理'],
      ['Customer satisfied', 'Yes'],
      ['Times reopened', '1'],
    ]);
    const unknownDept = complaintFormRows({ ...form, department: 'night-shift', satisfied: false }, 'en');
    expect(pick(unknownDept, ['department', 'satisfied'])).toEqual([
      ['Responsible department', 'night-shift'],
      ['Customer satisfied', 'No'],
    ]);
    expect(pick(complaintFormRows({ ...form, satisfied: false }, 'zh-CN'), ['satisfied'])).toEqual([['客户是否满意', '否']]);
  });

  test('the forms of a snapshot before the receipt are undefined; inputs are not mutated', () => {
    const copy = structuredClone(events);
    handlingForm({ id: 'TS-2', events }, machine);
    expect(events).toEqual(copy);
    expect(acceptanceFormOf('X', newComplaint())).toBeUndefined();
    expect(handlingFormOf('X', newComplaint())).toBeUndefined();
  });
});
