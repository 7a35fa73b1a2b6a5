import { LogisticsCustomerError } from '../invariant.js';
import type { MachineDefinition, MachineEvent } from './definition.js';
import { MACHINE_MESSAGES } from './messages.js';

/**
 * Where a process stands: its current state and its context. Never mutated; every accepted
 * transition returns a new snapshot.
 *
 * @typeParam S - The machine's states.
 * @typeParam C - The machine's context.
 * @category Machine
 */
export interface MachineSnapshot<S extends string, C> {
  /** The current state. */
  readonly state: S;
  /** The data carried along (values gathered by context updates). */
  readonly context: C;
}

/**
 * The snapshot a new process starts from: the machine's initial state with the given context, or
 * with the machine's default `context` when none is given.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition (or compiled machine).
 * @param context - The initial context; defaults to the machine's `context`.
 * @returns The initial snapshot.
 * @throws {@link LogisticsCustomerError} `NO_INITIAL_CONTEXT` when neither is given.
 *
 * @example
 * ```ts
 * import { defineMachine, initialSnapshot, text } from 'logistics-customer/core';
 * const m = defineMachine<'idle', { type: 'PING' }, { pings: number }>({
 *   id: 'ping', initial: 'idle', context: { pings: 0 },
 *   states: { idle: { label: text('空闲', 'Idle') } },
 *   events: { PING: text('探测', 'ping') },
 * });
 * initialSnapshot(m);
 * // => { state: 'idle', context: { pings: 0 } }
 * ```
 * @category Machine
 */
export function initialSnapshot<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  context?: C,
): MachineSnapshot<S, C> {
  if (context !== undefined) return { state: machine.initial, context };
  if (Object.hasOwn(machine, 'context')) return { state: machine.initial, context: machine.context as C };
  throw new LogisticsCustomerError('NO_INITIAL_CONTEXT', MACHINE_MESSAGES.NO_INITIAL_CONTEXT, { machine: machine.id });
}
