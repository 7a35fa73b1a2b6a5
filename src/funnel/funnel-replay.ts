import { err, ok, type Result } from '../core/result.js';
import type { TransitionRefusal } from '../core/machine/refusal.js';
import { transition } from '../core/machine/transition.js';
import { INITIAL_FUNNEL_CONTEXT } from './funnel-context.js';
import { type FunnelEvent, type FunnelEventType, FunnelEventTypeSchema } from './funnel-event.js';
import { parseFunnelEvent } from './funnel-event-schema.js';
import { type FunnelLogError, funnelLogError } from './funnel-log-error.js';
import { createFunnelMachine, type FunnelMachine, type FunnelMachineDefinition, type FunnelSnapshot } from './funnel-machine.js';
import { kindOf, notALogError, notAnEventError, typeOfEntry } from './not-a-log.js';

/**
 * The snapshot of a deal before anything happened: state `new`, no episode yet.
 *
 * @returns A snapshot to apply the first `FIND` event to.
 *
 * @example
 * ```ts
 * import { newDeal } from 'logistics-customer/funnel';
 * newDeal().state;
 * // => 'new'
 * ```
 * @category Funnel
 */
export function newDeal(): FunnelSnapshot {
  return { state: 'new', context: INITIAL_FUNNEL_CONTEXT };
}

/**
 * Applies one event to a deal: the core `transition` on the funnel machine. A refused event returns
 * the refusal (with the guard's reasons) and leaves the snapshot as it was.
 *
 * @param machine - The funnel machine (from `createFunnelMachine`).
 * @param snapshot - Where the deal stands.
 * @param event - What happened.
 * @returns The next snapshot, or the refusal: `UNKNOWN_EVENT`, `NOT_ALLOWED_IN_STATE` or `GUARD_REJECTED`.
 *
 * @example
 * ```ts
 * import { applyFunnelEvent, createFunnelMachine, newDeal } from 'logistics-customer/funnel';
 * const funnel = createFunnelMachine();
 * const r = applyFunnelEvent(funnel, newDeal(), { type: 'FIND', at: new Date('2026-03-02T01:00:00Z'), channel: 'telepathy' });
 * r.ok ? null : [r.error.code, r.error.details.reasons?.[0]?.code];
 * // => ['GUARD_REJECTED', 'UNKNOWN_FINDING_CHANNEL']
 * ```
 * @category Funnel
 */
export function applyFunnelEvent(
  machine: FunnelMachine | FunnelMachineDefinition,
  snapshot: FunnelSnapshot,
  event: FunnelEvent,
): Result<FunnelSnapshot, TransitionRefusal<FunnelSnapshot['state']>> {
  return transition(machine, snapshot, event);
}

/**
 * Turns a refusal into a log error naming the event index and the rule: an out-of-order time and
 * an invalid time are their own rules, every other guard refusal is `GUARD_REJECTED`.
 */
function logErrorOf(refusal: TransitionRefusal<FunnelSnapshot['state']>, eventIndex: number): FunnelLogError {
  const facts = { eventIndex, state: refusal.details.state, eventType: refusal.details.eventType };
  switch (refusal.code) {
    case 'UNKNOWN_EVENT':
    case 'NOT_ALLOWED_IN_STATE':
      return funnelLogError(refusal.code, facts);
    case 'GUARD_REJECTED': {
      const reasons = refusal.details.reasons;
      const rule = reasons.some((r) => r.code === 'EVENT_OUT_OF_ORDER')
        ? 'EVENT_OUT_OF_ORDER'
        : reasons.some((r) => r.code === 'INVALID_EVENT_TIME')
          ? 'INVALID_PAYLOAD'
          : 'GUARD_REJECTED';
      return funnelLogError(rule, { ...facts, reasons });
    }
    default: {
      const unreachable: never = refusal;
      return unreachable;
    }
  }
}

/**
 * Replays a deal's typed event log on the funnel machine (the log is the source of truth: the same
 * log always gives the same snapshot). The first event the machine refuses ends the replay with an
 * error naming its index and the rule — unknown type, not allowed in the state, out of order in
 * time, or refused by a guard — and nothing is applied. An entry that is not an event (untyped
 * input: `null`, a number, an object without a string `type`) is `INVALID_PAYLOAD` at its index
 * with the reason `NOT_AN_EVENT`, and a log that is not an array is `INVALID_PAYLOAD` at index 0
 * with the reason `INVALID_DEAL_LOG`, as {@link replayFunnelLog} and `funnelReport` name them.
 *
 * @param events - The deal's events, oldest first.
 * @param machine - The funnel machine (default: the textbook machine).
 * @returns The deal's snapshot, or the log error.
 *
 * @example
 * ```ts
 * import { replayFunnel } from 'logistics-customer/funnel';
 * const r = replayFunnel([
 *   { type: 'FIND', at: new Date('2026-03-02T01:00:00Z'), channel: 'meetings' },
 *   { type: 'LOSE', at: new Date('2026-03-01T01:00:00Z'), reason: 'no-need' },
 * ]);
 * r.ok ? null : [r.error.code, r.error.details.eventIndex];
 * // => ['EVENT_OUT_OF_ORDER', 1]
 * ```
 * @category Funnel
 */
export function replayFunnel(
  events: readonly FunnelEvent[],
  machine: FunnelMachine | FunnelMachineDefinition = createFunnelMachine(),
): Result<FunnelSnapshot, FunnelLogError> {
  if (!Array.isArray(events)) return err(notALogError(kindOf(events), 'new'));
  let snapshot = newDeal();
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as FunnelEvent;
    // Untyped input: the machine reads `event.type`, which an entry that is not an event may not have.
    if (typeOfEntry(event) === undefined) return err(notAnEventError(event, index, snapshot.state));
    const next = transition(machine, snapshot, event);
    if (!next.ok) return err(logErrorOf(next.error, index));
    snapshot = next.value;
  }
  return ok(snapshot);
}

/**
 * Parses and replays an untrusted event log (e.g. JSON from a CRM export): every event must pass
 * its schema (`INVALID_PAYLOAD` otherwise, with the schema's problems) and then the machine. The
 * error names the first bad event's index and the rule; nothing is applied.
 *
 * @param input - The untrusted log: an array of events in JSON form.
 * @param machine - The funnel machine (default: the textbook machine).
 * @returns The deal's snapshot, or the log error.
 *
 * @example
 * ```ts
 * import { replayFunnelLog } from 'logistics-customer/funnel';
 * const r = replayFunnelLog([
 *   { type: 'FIND', at: '2026-03-02T09:00:00+08:00', channel: 'meetings' },
 *   { type: 'PROPOSE', at: 'yesterday', quote: { amount: '100', currency: 'CNY' } },
 * ]);
 * r.ok ? null : [r.error.code, r.error.path];
 * // => ['INVALID_PAYLOAD', [1]]
 * ```
 * @category Funnel
 */
export function replayFunnelLog(
  input: unknown,
  machine: FunnelMachine | FunnelMachineDefinition = createFunnelMachine(),
): Result<FunnelSnapshot, FunnelLogError> {
  if (!Array.isArray(input)) return err(notALogError(kindOf(input), 'new'));
  let snapshot = newDeal();
  for (let index = 0; index < input.length; index++) {
    const raw: unknown = input[index];
    const type = typeOfEntry(raw);
    if (type === undefined) return err(notAnEventError(raw, index, snapshot.state));
    const facts = { eventIndex: index, state: snapshot.state, eventType: type };
    if (!FunnelEventTypeSchema.options.includes(type as FunnelEventType)) return err(funnelLogError('UNKNOWN_EVENT', facts));
    const parsed = parseFunnelEvent(raw);
    if (!parsed.ok) return err(funnelLogError('INVALID_PAYLOAD', { ...facts, problems: parsed.error }));
    const next = transition(machine, snapshot, parsed.value);
    if (!next.ok) return err(logErrorOf(next.error, index));
    snapshot = next.value;
  }
  return ok(snapshot);
}
