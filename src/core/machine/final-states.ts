import type { MachineDefinition, MachineEvent } from './definition.js';
import { machineStates } from './listing.js';
import type { MachineSnapshot } from './snapshot.js';

/**
 * The final states of a machine (those marked `final: true`), in the order the machine defines them.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition or compiled machine.
 * @returns The final states.
 *
 * @example
 * ```ts
 * import { defineMachine, finalStates, text } from 'logistics-customer/core';
 * const m = defineMachine<'open' | 'won', { type: 'WIN' }, null>({
 *   id: 'deal', initial: 'open',
 *   states: { open: { label: text('洽谈', 'Open'), on: { WIN: { target: 'won' } } }, won: { label: text('成交', 'Won'), final: true } },
 *   events: { WIN: text('成交', 'win') },
 * });
 * finalStates(m);
 * // => ['won']
 * ```
 * @category Machine
 */
export function finalStates<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
): readonly S[] {
  return machineStates(machine).filter((state) => machine.states[state].final === true);
}

/**
 * Whether a process has ended, i.e. stands in a final state.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition or compiled machine.
 * @param snapshot - Where the process stands.
 * @returns `true` in a final state.
 *
 * @example
 * ```ts
 * import { defineMachine, isFinalState, text } from 'logistics-customer/core';
 * const m = defineMachine<'open' | 'won', { type: 'WIN' }, null>({
 *   id: 'deal', initial: 'open',
 *   states: { open: { label: text('洽谈', 'Open'), on: { WIN: { target: 'won' } } }, won: { label: text('成交', 'Won'), final: true } },
 *   events: { WIN: text('成交', 'win') },
 * });
 * isFinalState(m, { state: 'won', context: null });
 * // => true
 * ```
 * @category Machine
 */
export function isFinalState<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  snapshot: MachineSnapshot<NoInfer<S>, C>,
): boolean {
  return Object.hasOwn(machine.states, snapshot.state) && machine.states[snapshot.state].final === true;
}
