import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkMachine } from '../../src/core/machine/check-machine.js';
import { finalStates } from '../../src/core/machine/final-states.js';
import { reachableStates } from '../../src/core/machine/reachable-states.js';
import { transition } from '../../src/core/machine/transition.js';
import {
  applyComplaintEvent,
  complaintDefinition,
  ComplaintEventTypeSchema,
  type ComplaintEventType,
  type ComplaintState,
  ComplaintStateSchema,
  ESCALATABLE_STATES,
  PAUSABLE_STATES,
  replayComplaint,
} from '../../src/complaints/index.js';
import { event, logTo, machine, MINUTE, MONDAY_0900, PATHS, randomComplaint, snapshotOf } from './fixtures.js';

/** The transitions the issue asks for, written out by hand: state → event → next state. */
const EXPECTED: { readonly [S in ComplaintState]: Partial<Record<ComplaintEventType, ComplaintState>> } = {
  new: { RECEIVE: 'received' },
  received: { ACKNOWLEDGE: 'acknowledged', RESPOND: 'received', RECLASSIFY: 'received', ESCALATE: 'escalated', WITHDRAW: 'withdrawn' },
  acknowledged: {
    ACCEPT: 'assessed',
    REJECT: 'rejected',
    RESPOND: 'acknowledged',
    RECLASSIFY: 'acknowledged',
    WAIT: 'waiting',
    ESCALATE: 'escalated',
    WITHDRAW: 'withdrawn',
  },
  assessed: { ASSIGN: 'assigned', RESPOND: 'assessed', RECLASSIFY: 'assessed', WAIT: 'waiting', ESCALATE: 'escalated', WITHDRAW: 'withdrawn' },
  rejected: { ESCALATE: 'escalated', ARCHIVE: 'archived' },
  assigned: {
    INVESTIGATE: 'investigating',
    ASSIGN: 'assigned',
    RESPOND: 'assigned',
    RECLASSIFY: 'assigned',
    WAIT: 'waiting',
    ESCALATE: 'escalated',
    WITHDRAW: 'withdrawn',
  },
  investigating: {
    PROPOSE: 'proposed',
    ASSIGN: 'assigned',
    RESPOND: 'investigating',
    RECLASSIFY: 'investigating',
    WAIT: 'waiting',
    ESCALATE: 'escalated',
    WITHDRAW: 'withdrawn',
  },
  proposed: {
    APPROVE: 'approved',
    PROPOSE: 'proposed',
    RESPOND: 'proposed',
    RECLASSIFY: 'proposed',
    WAIT: 'waiting',
    ESCALATE: 'escalated',
    WITHDRAW: 'withdrawn',
  },
  approved: {
    IMPLEMENT: 'implemented',
    PROPOSE: 'proposed',
    RESPOND: 'approved',
    RECLASSIFY: 'approved',
    WAIT: 'waiting',
    ESCALATE: 'escalated',
    WITHDRAW: 'withdrawn',
  },
  implemented: { FOLLOW_UP: 'satisfied', RESPOND: 'implemented', WAIT: 'waiting' },
  satisfied: { CLOSE: 'closed', RESPOND: 'satisfied' },
  closed: { ARCHIVE: 'archived', REOPEN: 'reopened' },
  reopened: { ASSIGN: 'assigned', RESPOND: 'reopened', RECLASSIFY: 'reopened', WAIT: 'waiting', ESCALATE: 'escalated', WITHDRAW: 'withdrawn' },
  waiting: { RESUME: 'investigating', RESPOND: 'waiting', WITHDRAW: 'withdrawn' },
  escalated: { DEESCALATE: 'investigating', RESPOND: 'escalated', RECLASSIFY: 'escalated', WITHDRAW: 'withdrawn' },
  withdrawn: { ARCHIVE: 'archived' },
  archived: {},
};

const pairs = ComplaintStateSchema.options.flatMap((state) =>
  ComplaintEventTypeSchema.options.map((type) => [state, type, EXPECTED[state][type] ?? null] as const),
);

describe('the complaint machine: every (state, event) pair', () => {
  test('covers 17 states × 20 event types', () => {
    expect(pairs).toHaveLength(340);
  });

  test.each(pairs)('%s + %s → %s', (state, type, expected) => {
    const log = logTo(state);
    const snapshot = snapshotOf(log);
    expect(snapshot.state).toBe(state);
    const before = JSON.stringify(snapshot);
    const next = transition(machine, snapshot, event(type, MONDAY_0900 + (log.length + 1) * MINUTE));
    if (expected === null) {
      expect(next.ok).toBe(false);
      if (!next.ok) {
        expect(next.error.code).toBe('NOT_ALLOWED_IN_STATE');
        expect(next.error.details.state).toBe(state);
      }
    } else {
      expect(next.ok ? next.value.state : next.error.message).toBe(expected);
    }
    expect(JSON.stringify(snapshot)).toBe(before);
  });
});

describe('the complaint machine as data', () => {
  test('is a sound machine: no problems, every state reachable, archived the only final state', () => {
    const definition = complaintDefinition();
    expect(checkMachine(definition)).toEqual([]);
    expect(reachableStates(definition)).toEqual(ComplaintStateSchema.options);
    expect(finalStates(definition)).toEqual(['archived']);
  });

  test('a dissatisfied follow-up reopens the complaint in a new resolution cycle', () => {
    const snapshot = snapshotOf(logTo('reopened'));
    expect(snapshot.state).toBe('reopened');
    expect(snapshot.context.cycles.map((c) => [c.number, c.startedBy, c.resolution])).toEqual([
      [1, 'receipt', 'implemented'],
      [2, 'follow-up', undefined],
    ]);
  });

  test.each(PAUSABLE_STATES.map((s) => [s] as const))('a wait from %s resumes there, the pause closed', (state) => {
    const log = state === 'reopened' ? logTo('reopened') : PATHS[state].map((type, i) => event(type, MONDAY_0900 + i * MINUTE));
    const t = MONDAY_0900 + 60 * MINUTE;
    const waiting = snapshotOf([...log, event('WAIT', t, { reason: 'awaiting-confirmation' })]);
    expect(waiting.state).toBe('waiting');
    const resumed = transition(machine, waiting, event('RESUME', t + HOUR_MS));
    expect(resumed.ok && resumed.value.state).toBe(state);
    if (resumed.ok) {
      expect(resumed.value.context.pauses).toEqual([
        { from: new Date(t), to: new Date(t + HOUR_MS), reason: 'awaiting-confirmation', note: undefined, by: 'agent-1', state },
      ]);
      expect(resumed.value.context.returnTo).toBeUndefined();
    }
  });

  test.each(ESCALATABLE_STATES.map((s) => [s] as const))('an escalation from %s returns where it should', (state) => {
    const log = state === 'reopened' ? logTo('reopened') : PATHS[state].map((type, i) => event(type, MONDAY_0900 + i * MINUTE));
    const t = MONDAY_0900 + 60 * MINUTE;
    const escalated = snapshotOf([...log, event('ESCALATE', t, { level: 'external', reason: '消费者协会' })]);
    expect(escalated.state).toBe('escalated');
    const back = transition(machine, escalated, event('DEESCALATE', t + HOUR_MS));
    expect(back.ok && back.value.state).toBe(state === 'rejected' ? 'acknowledged' : state);
    if (back.ok) expect(back.value.context.escalations[0]?.endedAt).toEqual(new Date(t + HOUR_MS));
  });

  test('a disputed rejection opens a new cycle and can then be assessed valid', () => {
    const log = [...logTo('rejected'), event('ESCALATE', MONDAY_0900 + HOUR_MS), event('DEESCALATE', MONDAY_0900 + 2 * HOUR_MS), event('ACCEPT', MONDAY_0900 + 3 * HOUR_MS)];
    const snapshot = snapshotOf(log);
    expect(snapshot.state).toBe('assessed');
    expect(snapshot.context.cycles.map((c) => c.startedBy)).toEqual(['receipt', 'dispute']);
    expect(snapshot.context.assessment?.verdict).toBe('valid');
  });

  test('a reclassification keeps the old and the new classification', () => {
    const snapshot = snapshotOf([...logTo('acknowledged'), event('RECLASSIFY', MONDAY_0900 + HOUR_MS, { category: 'damage', priority: 'urgent' })]);
    expect(snapshot.context.classification).toEqual({ category: 'damage', severity: 'serious', priority: 'urgent', brokenComponent: 'on-time' });
    expect(snapshot.context.receipt?.classification.priority).toBe('normal');
    expect(snapshot.context.reclassifications).toHaveLength(1);
  });

  test('the receipt fills in the priority from the severity and the component from the category', () => {
    const snapshot = snapshotOf([event('RECEIVE', MONDAY_0900, { category: 'billing', severity: 'critical' })]);
    expect(snapshot.context.classification).toEqual({ category: 'billing', severity: 'critical', priority: 'urgent', brokenComponent: 'documents' });
  });

  test('implementing pays the approved compensation and the first reply stops at the earliest response', () => {
    const snapshot = snapshotOf(logTo('implemented'));
    expect(snapshot.context.cycles[0]?.compensationPaid).toEqual({ amount: 20000, scale: 2, currency: 'CNY' });
    expect(snapshot.context.firstResponseAt).toEqual(new Date(MONDAY_0900 + 7 * MINUTE));
  });

  test('applyComplaintEvent is the core transition and leaves the snapshot as it was', () => {
    const snapshot = snapshotOf(logTo('received'));
    const copy = structuredClone(snapshot);
    const r = applyComplaintEvent(machine, snapshot, event('ACKNOWLEDGE', MONDAY_0900 + MINUTE));
    expect(r.ok && r.value.state).toBe('acknowledged');
    expect(snapshot).toEqual(copy);
  });
});

const HOUR_MS = 60 * MINUTE;

describe('replay (properties)', () => {
  test('random walks replay, the same log always gives the same snapshot, and the log is not mutated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 25 }), (seed, steps) => {
        const complaint = randomComplaint('C-R', seed, MONDAY_0900, steps);
        const copy = structuredClone(complaint);
        const a = replayComplaint(complaint, machine);
        const b = replayComplaint(complaint, machine);
        expect(a.ok).toBe(true);
        expect(a).toEqual(b);
        expect(complaint).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });
});
