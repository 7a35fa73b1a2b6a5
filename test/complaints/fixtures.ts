import { unwrap } from '../../src/core/invariant.js';
import { money } from '../../src/core/money/money.js';
import { allowedEvents } from '../../src/core/machine/allowed-events.js';
import { transition } from '../../src/core/machine/transition.js';
import {
  type Complaint,
  type ComplaintEvent,
  type ComplaintEventType,
  type ComplaintMachine,
  type ComplaintSnapshot,
  type ComplaintState,
  createComplaintMachine,
  newComplaint,
} from '../../src/complaints/index.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Monday 2026-03-02 09:00 in Shanghai. */
export const MONDAY_0900 = Date.parse('2026-03-02T01:00:00Z');

export const machine: ComplaintMachine = createComplaintMachine();

/** A valid event of each type, with the given time and extra fields. */
export function event(type: ComplaintEventType, at: Date | number, extra: Record<string, unknown> = {}): ComplaintEvent {
  const when = typeof at === 'number' ? new Date(at) : at;
  const base = { at: when, by: 'agent-1' };
  const payload: Record<ComplaintEventType, Record<string, unknown>> = {
    RECEIVE: {
      complainant: { name: '张三', company: '华东商贸', phone: '138-0000-0000' },
      channel: 'phone',
      category: 'delay',
      severity: 'moderate',
      description: '货物晚到两天',
      demand: '赔偿运费',
      shipmentId: 'WB-1001',
      motives: ['venting', 'compensation'],
    },
    ACKNOWLEDGE: {},
    ACCEPT: {},
    REJECT: { explanation: '经核实货物按约定时间送达，感谢您的反馈' },
    ASSIGN: { department: 'transport' },
    INVESTIGATE: {},
    PROPOSE: { cause: '中转误班', remedy: '退还运费', compensation: unwrap(money('200.00', 'CNY')) },
    APPROVE: { instruction: '同意' },
    IMPLEMENT: {},
    FOLLOW_UP: { satisfied: true, feedback: '满意' },
    CLOSE: { summary: '已处理' },
    ARCHIVE: {},
    REOPEN: { reason: '赔款未到账' },
    WAIT: { reason: 'awaiting-information' },
    RESUME: {},
    ESCALATE: { level: 'management', reason: '客户要求主管处理' },
    DEESCALATE: { decision: '维持原方案' },
    WITHDRAW: { reason: '客户自行解决' },
    RESPOND: { message: '我们正在处理' },
    RECLASSIFY: { severity: 'serious' },
  };
  return { type, ...base, ...payload[type], ...extra } as ComplaintEvent;
}

/** The event types that lead from `new` to each state. */
export const PATHS: { readonly [S in ComplaintState]: readonly ComplaintEventType[] } = {
  new: [],
  received: ['RECEIVE'],
  acknowledged: ['RECEIVE', 'ACKNOWLEDGE'],
  assessed: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT'],
  rejected: ['RECEIVE', 'ACKNOWLEDGE', 'REJECT'],
  assigned: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN'],
  investigating: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE'],
  proposed: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE', 'PROPOSE'],
  approved: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE', 'PROPOSE', 'APPROVE'],
  implemented: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE', 'PROPOSE', 'APPROVE', 'IMPLEMENT'],
  satisfied: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE', 'PROPOSE', 'APPROVE', 'IMPLEMENT', 'FOLLOW_UP'],
  closed: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE', 'PROPOSE', 'APPROVE', 'IMPLEMENT', 'FOLLOW_UP', 'CLOSE'],
  archived: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE', 'PROPOSE', 'APPROVE', 'IMPLEMENT', 'FOLLOW_UP', 'CLOSE', 'ARCHIVE'],
  reopened: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE', 'PROPOSE', 'APPROVE', 'IMPLEMENT', 'FOLLOW_UP'],
  waiting: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE', 'WAIT'],
  escalated: ['RECEIVE', 'ACKNOWLEDGE', 'ACCEPT', 'ASSIGN', 'INVESTIGATE', 'ESCALATE'],
  withdrawn: ['RECEIVE', 'WITHDRAW'],
};

/** The log that leads to `state`, one minute between events from Monday 09:00 in Shanghai. */
export function logTo(state: ComplaintState, start = MONDAY_0900): readonly ComplaintEvent[] {
  const types = PATHS[state];
  return types.map((type, i) =>
    state === 'reopened' && type === 'FOLLOW_UP'
      ? event(type, start + i * MINUTE, { satisfied: false, feedback: '不满意' })
      : event(type, start + i * MINUTE),
  );
}

/** Replays a log that must be valid. */
export function snapshotOf(events: readonly ComplaintEvent[]): ComplaintSnapshot {
  let snapshot = newComplaint();
  for (const e of events) {
    const next = transition(machine, snapshot, e);
    if (!next.ok) throw new Error(`${e.type}: ${next.error.message}`);
    snapshot = next.value;
  }
  return snapshot;
}

/** A small deterministic generator (LCG) for random walks. */
export function lcg(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

/**
 * A random valid complaint: a walk through the machine, each step one of the event types the
 * state allows (guards satisfied by construction), 1 to 600 minutes apart.
 */
export function randomComplaint(id: string, seed: number, start: number, steps: number): Complaint {
  const rand = lcg(seed);
  const events: ComplaintEvent[] = [];
  let snapshot = newComplaint();
  let t = start;
  for (let i = 0; i < steps; i++) {
    const types = allowedEvents(machine, snapshot).filter((type) => type !== 'REOPEN' || rand(2) === 0);
    if (types.length === 0) break;
    const type = types[rand(types.length)] as ComplaintEventType;
    const extra: Record<string, unknown> =
      type === 'RECEIVE'
        ? { category: ['delay', 'damage', 'loss', 'billing'][rand(4)], severity: ['minor', 'moderate', 'serious', 'critical'][rand(4)] }
        : type === 'FOLLOW_UP'
          ? { satisfied: rand(3) > 0 }
          : {};
    const candidate = event(type, t, extra);
    const next = transition(machine, snapshot, candidate);
    if (!next.ok) continue; // e.g. a reopen after the window
    events.push(candidate);
    snapshot = next.value;
    t += (1 + rand(600)) * MINUTE;
  }
  return { id, events };
}
