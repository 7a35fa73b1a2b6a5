import { LogisticsCustomerError } from '../invariant.js';
import type { MachineDefinition, MachineEvent, StateSpec } from './definition.js';
import { handlerSpecs } from './handler-specs.js';
import { machineEvents } from './listing.js';
import { MACHINE_MESSAGES } from './messages.js';
import type { MachineSnapshot } from './snapshot.js';
import { transition } from './transition.js';

/**
 * Options for {@link allowedEvents}.
 *
 * @typeParam E - The machine's events.
 * @category Machine
 */
export interface AllowedEventsOptions<E extends MachineEvent> {
  /**
   * Concrete events to try, guards included: only the types of those the machine would accept are
   * returned. Without them, guards are not evaluated.
   */
  readonly candidates?: readonly E[];
}

/**
 * The event types a process can receive in its current state: those the state has at least one
 * transition for, or, given candidate events, those whose guards also pass.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition or compiled machine.
 * @param snapshot - Where the process stands.
 * @param options - Candidate events to evaluate guards with.
 * @returns The event types, in the order the machine's `events` lists them (without candidates)
 *   or in the candidates' order, without repeats.
 * @throws {@link LogisticsCustomerError} `UNKNOWN_STATE` when the snapshot's state is not one of
 *   the machine's.
 *
 * @example
 * ```ts
 * import { allowedEvents, defineMachine, text } from 'logistics-customer/core';
 * const m = defineMachine<'open' | 'won' | 'lost', { type: 'WIN'; value: number } | { type: 'LOSE' }, null>({
 *   id: 'deal', initial: 'open',
 *   states: {
 *     open: { label: text('洽谈', 'Open'), on: { WIN: { target: 'won', guard: 'hasValue' }, LOSE: { target: 'lost' } } },
 *     won: { label: text('成交', 'Won'), final: true },
 *     lost: { label: text('流失', 'Lost'), final: true },
 *   },
 *   events: { WIN: text('成交', 'win'), LOSE: text('丢单', 'lose') },
 *   guards: { hasValue: (_c, e) => (e.type === 'WIN' && e.value > 0 ? true : [{ code: 'NO_VALUE', message: text('合同金额须为正', 'contract value must be positive') }]) },
 * });
 * allowedEvents(m, { state: 'open', context: null });
 * // => ['WIN', 'LOSE']
 * allowedEvents(m, { state: 'open', context: null }, { candidates: [{ type: 'WIN', value: 0 }, { type: 'LOSE' }] });
 * // => ['LOSE']
 * ```
 * @category Machine
 */
export function allowedEvents<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  snapshot: MachineSnapshot<NoInfer<S>, C>,
  options: AllowedEventsOptions<NoInfer<E>> = {},
): readonly E['type'][] {
  if (!Object.hasOwn(machine.states, snapshot.state)) {
    throw new LogisticsCustomerError('UNKNOWN_STATE', MACHINE_MESSAGES.UNKNOWN_STATE, {
      machine: machine.id,
      state: snapshot.state,
    });
  }
  const candidates = options.candidates;
  if (candidates !== undefined) {
    const accepted = candidates.filter((event) => transition(machine, snapshot, event).ok).map((event) => event.type);
    return [...new Set(accepted)];
  }
  const on: StateSpec<S, E['type']>['on'] = machine.states[snapshot.state].on ?? {};
  // Own handlers only: `on.toString` is Object.prototype's, not a transition for 'toString'.
  return machineEvents(machine).filter((type) => Object.hasOwn(on, type) && handlerSpecs(on[type]).length > 0);
}
