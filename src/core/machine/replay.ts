import { err, ok, type Result } from '../result.js';
import type { MachineDefinition, MachineEvent } from './definition.js';
import type { TransitionRefusal } from './refusal.js';
import { initialSnapshot, type MachineSnapshot } from './snapshot.js';
import { transition } from './transition.js';

/**
 * Which event of a log could not be applied, why, and where the process stood just before it.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @category Machine
 */
export interface ReplayFailure<S extends string, E extends MachineEvent, C> {
  /** The position of the refused event in the log (from 0). */
  readonly index: number;
  /** The refused event. */
  readonly event: E;
  /** Why it was refused. */
  readonly error: TransitionRefusal<S>;
  /** The snapshot after the events before it. */
  readonly snapshot: MachineSnapshot<S, C>;
}

/**
 * Replays an event log from a snapshot: the event log is the source of truth, and the same log
 * always gives the same snapshot. Stops at the first refused event.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition or compiled machine.
 * @param events - The log, oldest first.
 * @param initial - Where to start; defaults to the machine's initial state and default context.
 * @returns The final snapshot, or the first refused event with its index and reason.
 * @throws {@link LogisticsCustomerError} `NO_INITIAL_CONTEXT` when `initial` is left out and the
 *   machine has no default context; as {@link transition} for a misused machine.
 *
 * @example
 * ```ts
 * import { defineMachine, replay, text } from 'logistics-customer/core';
 * const door = defineMachine<'open' | 'closed', { type: 'OPEN' } | { type: 'CLOSE' }, null>({
 *   id: 'door', initial: 'closed', context: null,
 *   states: {
 *     closed: { label: text('关', 'Closed'), on: { OPEN: { target: 'open' } } },
 *     open: { label: text('开', 'Open'), on: { CLOSE: { target: 'closed' } } },
 *   },
 *   events: { OPEN: text('开门', 'open'), CLOSE: text('关门', 'close') },
 * });
 * replay(door, [{ type: 'OPEN' }, { type: 'CLOSE' }, { type: 'OPEN' }]);
 * // => { ok: true, value: { state: 'open', context: null } }
 * const r = replay(door, [{ type: 'OPEN' }, { type: 'OPEN' }]);
 * r.ok ? null : [r.error.index, r.error.error.code];
 * // => [1, 'NOT_ALLOWED_IN_STATE']
 * ```
 * @category Machine
 */
export function replay<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  events: readonly NoInfer<E>[],
  initial: MachineSnapshot<NoInfer<S>, C> = initialSnapshot(machine),
): Result<MachineSnapshot<S, C>, ReplayFailure<S, E, C>> {
  let snapshot = initial;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as E;
    const next = transition(machine, snapshot, event);
    if (!next.ok) return err({ index, event, error: next.error, snapshot });
    snapshot = next.value;
  }
  return ok(snapshot);
}
