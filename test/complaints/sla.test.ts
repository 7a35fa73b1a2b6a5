import { describe, expect, test } from 'vitest';
import { standardCalendar } from '../../src/core/time/standard-calendar.js';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import {
  COMPLAINT_MESSAGES,
  type Complaint,
  type ComplaintEvent,
  DEFAULT_SLA_POLICY,
  prepareCalendar,
  type SlaPolicy,
  type SlaReport,
  slaStatus,
  slaStatusOfSnapshot,
} from '../../src/complaints/index.js';
import { event, HOUR, logTo, machine, MINUTE, snapshotOf } from './fixtures.js';

const SHANGHAI = standardCalendar('Asia/Shanghai', { holidays: ['2026-05-01'] });
const BERLIN = standardCalendar('Europe/Berlin', { start: '09:00', end: '17:00' });

/** An instant from a Shanghai wall-clock time (UTC+8, no daylight saving). */
function sh(local: string): Date {
  return new Date(`${local}+08:00`);
}

function report(events: readonly ComplaintEvent[], now: Date, policy: SlaPolicy = DEFAULT_SLA_POLICY, calendar = SHANGHAI): SlaReport {
  const complaint: Complaint = { id: 'C-SLA', events };
  const copy = structuredClone(complaint);
  const policyCopy = structuredClone(policy);
  const r = slaStatus(complaint, policy, calendar, now, machine);
  expect(complaint).toEqual(copy);
  expect(policy).toEqual(policyCopy);
  if (!r.ok) throw new Error(r.error.message);
  // The prepared calendar gives the same answers as the plain one.
  const prepared = prepareCalendar(calendar, new Date(now.getTime() - 40 * 24 * HOUR), now);
  const fast = slaStatus(complaint, policy, prepared, now, machine);
  expect(fast).toEqual(r);
  return r.value;
}

const hours = (ms: number): number => ms / HOUR;

describe('SLA clocks across a weekend', () => {
  // Friday 2026-03-06 17:00 in Shanghai; asked on Monday 10:30.
  const events = [event('RECEIVE', sh('2026-03-06T17:00'))];
  const r = report(events, sh('2026-03-09T10:30'));

  test('the weekend does not count: 1 h on Friday + 1.5 h on Monday', () => {
    const ack = r.clocks.acknowledge;
    expect([ack.status, hours(ack.usedMs), hours(ack.overdueMs), ack.leftMs]).toEqual(['breached', 2.5, 0.5, 0]);
    expect(ack.deadline).toEqual(sh('2026-03-09T10:00'));
    expect(ack.startedAt).toEqual(sh('2026-03-06T17:00'));
    expect(ack.stoppedAt).toBeUndefined();
  });

  test('running clocks: used + left = target, deadline on the calendar', () => {
    const first = r.clocks['first-response'];
    expect([first.status, hours(first.usedMs), hours(first.leftMs)]).toEqual(['running', 2.5, 5.5]);
    expect(first.deadline).toEqual(sh('2026-03-09T16:00'));
    const resolve = r.clocks.resolve;
    expect([resolve.status, hours(resolve.usedMs), hours(resolve.leftMs)]).toEqual(['running', 2.5, 21.5]);
    expect(resolve.deadline).toEqual(sh('2026-03-11T14:00'));
    expect(r.clocks['follow-up'].status).toBe('pending');
    expect([r.state, r.cycles, r.paused, r.pauses, r.classification.priority]).toEqual(['received', 1, false, [], 'normal']);
  });

  test('in calendar time the weekend counts', () => {
    const calendarPolicy: SlaPolicy = { ...DEFAULT_SLA_POLICY, basis: { acknowledge: 'calendar' } };
    const c = report(events, sh('2026-03-09T10:30'), calendarPolicy).clocks.acknowledge;
    expect([c.basis, hours(c.usedMs)]).toEqual(['calendar', 65.5]);
    expect(c.deadline).toEqual(sh('2026-03-06T19:00'));
  });
});

describe('SLA clocks across a holiday', () => {
  // Thursday 2026-04-30 17:00; Friday 1 May is a holiday; acknowledged Monday 09:30.
  const events = [event('RECEIVE', sh('2026-04-30T17:00')), event('ACKNOWLEDGE', sh('2026-05-04T09:30'))];

  test('the holiday and the weekend do not count: the acknowledgement is in time', () => {
    const ack = report(events, sh('2026-05-04T10:00')).clocks.acknowledge;
    expect([ack.status, hours(ack.usedMs), hours(ack.leftMs)]).toEqual(['met', 1.5, 0.5]);
    expect(ack.stoppedAt).toEqual(sh('2026-05-04T09:30'));
    expect(ack.deadline).toEqual(sh('2026-05-04T10:00'));
  });

  test('without the holiday the same log breaches', () => {
    const ack = report(events, sh('2026-05-04T10:00'), DEFAULT_SLA_POLICY, standardCalendar('Asia/Shanghai')).clocks.acknowledge;
    expect([ack.status, hours(ack.usedMs)]).toEqual(['breached', 10.5]);
    expect(ack.deadline).toEqual(sh('2026-05-01T10:00'));
  });
});

describe('SLA clocks across a daylight-saving change (Europe/Berlin, 29 March 2026)', () => {
  // Friday 2026-03-27 16:00 CET (15:00Z); asked Monday 2026-03-30 10:30 CEST (08:30Z).
  const events = [event('RECEIVE', new Date('2026-03-27T15:00:00Z'))];
  const now = new Date('2026-03-30T08:30:00Z');

  test('business time: 1 h on Friday + 1.5 h on Monday, deadlines in summer time', () => {
    const r = report(events, now, DEFAULT_SLA_POLICY, BERLIN);
    expect(hours(r.clocks.acknowledge.usedMs)).toBe(2.5);
    expect(r.clocks.acknowledge.deadline).toEqual(new Date('2026-03-30T08:00:00Z'));
    expect(r.clocks['first-response'].deadline).toEqual(new Date('2026-03-30T14:00:00Z'));
  });

  test('calendar time measures elapsed time: 65.5 h, not the 66.5 h the wall clocks suggest', () => {
    const policy: SlaPolicy = { ...DEFAULT_SLA_POLICY, targets: { ...DEFAULT_SLA_POLICY.targets, resolve: 72 * HOUR }, basis: { resolve: 'calendar' } };
    const resolve = report(events, now, policy, BERLIN).clocks.resolve;
    expect([resolve.basis, hours(resolve.usedMs), hours(resolve.leftMs)]).toEqual(['calendar', 65.5, 6.5]);
    expect(resolve.deadline).toEqual(new Date('2026-03-30T15:00:00Z'));
  });
});

/** Received Monday 10:00, waiting from 17:00 to Tuesday 10:00. */
function pausedOvernight(): ComplaintEvent[] {
  return [
    event('RECEIVE', sh('2026-03-02T10:00')),
    event('ACKNOWLEDGE', sh('2026-03-02T10:30')),
    event('RESPOND', sh('2026-03-02T11:00')),
    event('ACCEPT', sh('2026-03-02T11:10')),
    event('ASSIGN', sh('2026-03-02T11:20')),
    event('INVESTIGATE', sh('2026-03-02T11:30')),
    event('WAIT', sh('2026-03-02T17:00'), { reason: 'awaiting-information', note: '请客户提供签收单照片' }),
    event('RESUME', sh('2026-03-03T10:00')),
  ];
}

describe('a pause spanning a night', () => {
  test('the waiting time never counts and the pause is listed with its reason', () => {
    const events = pausedOvernight();
    const r = report(events, sh('2026-03-03T12:00'));
    const resolve = r.clocks.resolve;
    expect([resolve.status, hours(resolve.usedMs), hours(resolve.pausedMs), hours(resolve.leftMs)]).toEqual(['running', 9, 2, 15]);
    expect(resolve.deadline).toEqual(sh('2026-03-04T18:00'));
    expect(r.pauses).toEqual([
      {
        from: sh('2026-03-02T17:00'),
        to: sh('2026-03-03T10:00'),
        reason: 'awaiting-information',
        note: '请客户提供签收单照片',
        state: 'investigating',
        businessMs: 2 * HOUR,
        calendarMs: 17 * HOUR,
      },
    ]);
    expect(r.pauses[0]?.from).not.toBe(events[6]?.at);
    expect([r.clocks.acknowledge.status, hours(r.clocks.acknowledge.usedMs), r.clocks.acknowledge.pausedMs]).toEqual(['met', 0.5, 0]);
    expect([r.clocks['first-response'].status, hours(r.clocks['first-response'].usedMs)]).toEqual(['met', 1]);
  });

  test('while still waiting the clocks are paused and there is no deadline', () => {
    const r = report(pausedOvernight().slice(0, 7), sh('2026-03-03T09:30'));
    expect([r.state, r.paused]).toEqual(['waiting', true]);
    const resolve = r.clocks.resolve;
    expect([resolve.status, hours(resolve.usedMs), hours(resolve.pausedMs), resolve.deadline]).toEqual(['running', 7, 1.5, undefined]);
    expect(r.pauses[0]?.to).toBeUndefined();
    expect(hours(r.pauses[0]?.businessMs ?? 0)).toBe(1.5);
  });

  test('a policy change mid-case keeps the time used and the paused time', () => {
    const base = report(pausedOvernight(), sh('2026-03-03T12:00'));
    const urgent = report([...pausedOvernight(), event('RECLASSIFY', sh('2026-03-03T11:00'), { priority: 'urgent' })], sh('2026-03-03T12:00'));
    expect(urgent.classification.priority).toBe('urgent');
    const resolve = urgent.clocks.resolve;
    expect([resolve.status, hours(resolve.targetMs), hours(resolve.usedMs), hours(resolve.pausedMs), hours(resolve.overdueMs)]).toEqual([
      'breached',
      8,
      9,
      2,
      1,
    ]);
    expect(resolve.deadline).toEqual(sh('2026-03-03T11:00'));
    expect(urgent.pauses).toEqual(base.pauses);
    const strict: SlaPolicy = { ...DEFAULT_SLA_POLICY, id: 'strict', targets: { ...DEFAULT_SLA_POLICY.targets, resolve: 10 * HOUR } };
    const other = report(pausedOvernight(), sh('2026-03-03T12:00'), strict);
    expect([other.policyId, other.clocks.resolve.usedMs, other.clocks.resolve.pausedMs, other.pauses]).toEqual([
      'strict',
      base.clocks.resolve.usedMs,
      base.clocks.resolve.pausedMs,
      base.pauses,
    ]);
    expect([other.clocks.resolve.status, hours(other.clocks.resolve.leftMs)]).toEqual(['warning', 1]);
  });
});

/** Resolved Monday 13:00 (4 business hours), followed up dissatisfied Tuesday 09:00, reassigned 09:30. */
function reopenedOnce(): ComplaintEvent[] {
  return [
    event('RECEIVE', sh('2026-03-02T09:00')),
    event('ACKNOWLEDGE', sh('2026-03-02T09:10')),
    event('ACCEPT', sh('2026-03-02T09:20')),
    event('ASSIGN', sh('2026-03-02T09:30')),
    event('INVESTIGATE', sh('2026-03-02T09:40')),
    event('PROPOSE', sh('2026-03-02T10:00')),
    event('APPROVE', sh('2026-03-02T11:00')),
    event('IMPLEMENT', sh('2026-03-02T13:00')),
    event('FOLLOW_UP', sh('2026-03-03T09:00'), { satisfied: false }),
    event('ASSIGN', sh('2026-03-03T09:30'), { department: 'finance' }),
  ];
}

describe('reopen: first- and total-resolution clocks, resolve continues or restarts by policy', () => {
  const now = sh('2026-03-03T12:00');

  test('continue: the resolve clock adds both cycles up', () => {
    const r = report(reopenedOnce(), now);
    expect([r.state, r.cycles, r.resolveOnReopen]).toEqual(['assigned', 2, 'continue']);
    expect([r.firstResolution.status, hours(r.firstResolution.usedMs)]).toEqual(['met', 4]);
    expect(r.firstResolution.stoppedAt).toEqual(sh('2026-03-02T13:00'));
    expect([r.totalResolution.status, hours(r.totalResolution.usedMs), hours(r.totalResolution.leftMs)]).toEqual(['running', 7, 17]);
    expect(r.clocks.resolve).toEqual(r.totalResolution);
    expect(r.clocks['follow-up'].status).toBe('pending');
  });

  test('restart: the reopened cycle gets the whole target again', () => {
    const r = report(reopenedOnce(), now, { ...DEFAULT_SLA_POLICY, resolveOnReopen: 'restart' });
    const resolve = r.clocks.resolve;
    expect([r.resolveOnReopen, resolve.status, hours(resolve.usedMs), hours(resolve.leftMs)]).toEqual(['restart', 'running', 3, 21]);
    expect(resolve.startedAt).toEqual(sh('2026-03-03T09:00'));
    expect(hours(r.totalResolution.usedMs)).toBe(7);
    expect(hours(r.firstResolution.usedMs)).toBe(4);
  });

  test('the follow-up clock runs from the implementation and stops at the follow-up', () => {
    const implemented = reopenedOnce().slice(0, 8);
    const running = report(implemented, sh('2026-03-03T08:00')).clocks['follow-up'];
    expect([running.status, hours(running.usedMs), hours(running.leftMs)]).toEqual(['running', 5, 11]);
    const done = report([...implemented, event('FOLLOW_UP', sh('2026-03-03T10:00'))], sh('2026-03-03T12:00')).clocks['follow-up'];
    expect([done.status, hours(done.usedMs)]).toEqual(['met', 6]);
  });
});

describe('clock statuses', () => {
  test('warning from 80 % of the target', () => {
    const ack = report([event('RECEIVE', sh('2026-03-02T09:00'))], sh('2026-03-02T10:40')).clocks.acknowledge;
    expect([ack.status, ack.leftMs / MINUTE]).toEqual(['warning', 20]);
    const custom = report([event('RECEIVE', sh('2026-03-02T09:00'))], sh('2026-03-02T10:40'), { ...DEFAULT_SLA_POLICY, warningFraction: 0.9 });
    expect(custom.clocks.acknowledge.status).toBe('running');
  });

  test('a withdrawal cancels the running clocks; no follow-up is due', () => {
    const r = report([event('RECEIVE', sh('2026-03-02T09:00')), event('WITHDRAW', sh('2026-03-02T10:00'))], sh('2026-03-03T12:00'));
    const ack = r.clocks.acknowledge;
    expect([ack.status, hours(ack.usedMs), ack.deadline]).toEqual(['cancelled', 1, undefined]);
    expect(ack.stoppedAt).toEqual(sh('2026-03-02T10:00'));
    expect(r.clocks['follow-up'].status).toBe('not-applicable');
  });

  test('a rejection is a response and a resolution; no follow-up is due', () => {
    const r = report(
      [event('RECEIVE', sh('2026-03-02T09:00')), event('ACKNOWLEDGE', sh('2026-03-02T09:30')), event('REJECT', sh('2026-03-02T11:00'))],
      sh('2026-03-03T12:00'),
    );
    expect([r.clocks['first-response'].status, hours(r.clocks['first-response'].usedMs)]).toEqual(['met', 2]);
    expect([r.clocks.resolve.status, hours(r.clocks.resolve.usedMs)]).toEqual(['met', 2]);
    expect(r.clocks['follow-up'].status).toBe('not-applicable');
  });

  test('urgent complaints get the urgent targets', () => {
    const r = report([event('RECEIVE', sh('2026-03-02T09:00'), { severity: 'critical' })], sh('2026-03-02T09:20'));
    expect([hours(r.clocks.acknowledge.targetMs), hours(r.clocks.resolve.targetMs), r.clocks.acknowledge.status]).toEqual([0.5, 8, 'running']);
  });
});

describe('the event log, now and bad input', () => {
  test('events after now have not happened yet, but are checked', () => {
    const events = [event('RECEIVE', sh('2026-03-02T09:00')), event('ACKNOWLEDGE', sh('2026-03-02T12:00'))];
    expect(report(events, sh('2026-03-02T10:00')).clocks.acknowledge.status).toBe('running');
    const bad = slaStatus({ id: 'C', events: [...events, event('CLOSE', sh('2026-03-02T13:00'))] }, DEFAULT_SLA_POLICY, SHANGHAI, sh('2026-03-02T10:00'), machine);
    expect(bad.ok ? null : bad.error.code).toBe('CLOSE_WITHOUT_FOLLOW_UP');
  });

  test('no receipt as of now', () => {
    const early = slaStatus({ id: 'C', events: [event('RECEIVE', sh('2026-03-02T09:00'))] }, DEFAULT_SLA_POLICY, SHANGHAI, sh('2026-03-01T09:00'));
    expect(early.ok ? null : [early.error.code, early.error.messages['zh-CN']]).toEqual([
      'NOT_RECEIVED',
      '投诉 C 的事件 #0（RECEIVE，“受理登记”）在“new”状态下违反规则“投诉尚未受理”',
    ]);
    const empty = slaStatus({ id: 'E', events: [] }, DEFAULT_SLA_POLICY, SHANGHAI, sh('2026-03-01T09:00'));
    expect(empty.ok ? null : empty.error.code).toBe('NOT_RECEIVED');
  });

  test('misuse throws: an invalid now, a bad policy', () => {
    const complaint = { id: 'C', events: [event('RECEIVE', sh('2026-03-02T09:00'))] };
    expect(() => slaStatus(complaint, DEFAULT_SLA_POLICY, SHANGHAI, new Date('x'))).toThrow(LogisticsCustomerError);
    const bad = { ...DEFAULT_SLA_POLICY, targets: { ...DEFAULT_SLA_POLICY.targets, resolve: -1 } };
    expect(() => slaStatus(complaint, bad, SHANGHAI, sh('2026-03-02T10:00'))).toThrow(COMPLAINT_MESSAGES.INVALID_SLA_POLICY);
    try {
      slaStatus(complaint, { ...DEFAULT_SLA_POLICY, warningFraction: 1.5 }, SHANGHAI, sh('2026-03-02T10:00'));
    } catch (e) {
      expect([(e as LogisticsCustomerError).code, (e as LogisticsCustomerError).details.field]).toEqual(['INVALID_SLA_POLICY', 'warningFraction']);
    }
    const badRules: SlaPolicy[] = [
      { ...DEFAULT_SLA_POLICY, rules: [{ priority: 'asap' as 'urgent', targets: {} }] },
      { ...DEFAULT_SLA_POLICY, rules: [{ category: 'weather' as 'delay', targets: {} }] },
      { ...DEFAULT_SLA_POLICY, rules: [{ targets: { resolve: 0 } }] },
      { ...DEFAULT_SLA_POLICY, basis: { resolve: 'lunar' as 'calendar' } },
      { ...DEFAULT_SLA_POLICY, resolveOnReopen: 'sometimes' as 'restart' },
    ];
    for (const policy of badRules) expect(() => slaStatus(complaint, policy, SHANGHAI, sh('2026-03-02T10:00'))).toThrow(COMPLAINT_MESSAGES.INVALID_SLA_POLICY);
  });

  test('a snapshot with events after now is refused (INVALID_DATE), not measured backwards', () => {
    // Before: the snapshot's later events counted as if they had happened by `now` (state
    // 'waiting' 30 s before the WAIT event; with a pause begun after `now`, negative times).
    const events = logTo('waiting');
    const snapshot = snapshotOf(events);
    const last = events[events.length - 1]!.at.getTime();
    expect(() => slaStatusOfSnapshot('C', snapshot, DEFAULT_SLA_POLICY, SHANGHAI, new Date(last - MINUTE / 2))).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATE', details: expect.objectContaining({ parameter: 'now', lastEventAt: new Date(last).toISOString() }) }),
    );
    // At the last event's instant and after it, the snapshot is measured; slaStatus replays as of now.
    expect(slaStatusOfSnapshot('C', snapshot, DEFAULT_SLA_POLICY, SHANGHAI, new Date(last)).ok).toBe(true);
    expect(slaStatus({ id: 'C', events }, DEFAULT_SLA_POLICY, SHANGHAI, new Date(last - MINUTE / 2), machine).ok).toBe(true);
  });
});
