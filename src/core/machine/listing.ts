import type { LocalizedText } from '../locale.js';
import type { MachineDefinition, MachineEvent, StateSpec } from './definition.js';
import { handlerSpecs, updateNames } from './handler-specs.js';

/**
 * One transition of a machine, flattened out of its definition for listing and drawing.
 *
 * @typeParam S - The machine's states.
 * @typeParam T - The machine's event types.
 * @category Machine
 */
export interface MachineTransition<S extends string, T extends string> {
  /** The state the transition leaves. */
  readonly source: S;
  /** The event type that triggers it. */
  readonly eventType: T;
  /** The state it leads to (the source itself when the spec has no target). */
  readonly target: S;
  /** Whether the spec names a target; `false` for a transition that only updates the context. */
  readonly external: boolean;
  /** The position of the spec in the handler's list (0 for a single spec). */
  readonly branch: number;
  /** The guard's name, if any. */
  readonly guard: string | undefined;
  /** The context updates' names, in order. */
  readonly updates: readonly string[];
  /** The description, if any. */
  readonly description: LocalizedText | undefined;
}

/**
 * The states of a machine, in the order they are defined.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition.
 * @returns The state names.
 *
 * @example
 * ```ts
 * import { defineMachine, machineStates, text } from 'logistics-customer/core';
 * const m = defineMachine<'open' | 'closed', { type: 'OPEN' }, null>({
 *   id: 'door', initial: 'closed',
 *   states: { closed: { label: text('关', 'Closed'), on: { OPEN: { target: 'open' } } }, open: { label: text('开', 'Open') } },
 *   events: { OPEN: text('开门', 'open') },
 * });
 * machineStates(m);
 * // => ['closed', 'open']
 * ```
 * @category Machine
 */
export function machineStates<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
): readonly S[] {
  return Object.keys(machine.states) as S[];
}

/**
 * The event types of a machine, in the order its `events` labels them.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition.
 * @returns The event types.
 *
 * @example
 * ```ts
 * import { defineMachine, machineEvents, text } from 'logistics-customer/core';
 * const m = defineMachine<'open' | 'closed', { type: 'OPEN' } | { type: 'CLOSE' }, null>({
 *   id: 'door', initial: 'closed',
 *   states: { closed: { label: text('关', 'Closed'), on: { OPEN: { target: 'open' } } }, open: { label: text('开', 'Open') } },
 *   events: { OPEN: text('开门', 'open'), CLOSE: text('关门', 'close') },
 * });
 * machineEvents(m);
 * // => ['OPEN', 'CLOSE']
 * ```
 * @category Machine
 */
export function machineEvents<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
): readonly E['type'][] {
  return Object.keys(machine.events) as E['type'][];
}

/**
 * Every transition of a machine, state by state in definition order, then in the order each
 * state lists its events and branches. Targets are not checked here (see {@link checkMachine}).
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition.
 * @returns The flattened transitions.
 *
 * @example
 * ```ts
 * import { defineMachine, machineTransitions, text } from 'logistics-customer/core';
 * const m = defineMachine<'open' | 'closed', { type: 'OPEN' }, null>({
 *   id: 'door', initial: 'closed',
 *   states: { closed: { label: text('关', 'Closed'), on: { OPEN: { target: 'open' } } }, open: { label: text('开', 'Open') } },
 *   events: { OPEN: text('开门', 'open') },
 * });
 * machineTransitions(m).map((t) => `${t.source} -${t.eventType}-> ${t.target}`);
 * // => ['closed -OPEN-> open']
 * ```
 * @category Machine
 */
export function machineTransitions<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
): readonly MachineTransition<S, E['type']>[] {
  const out: MachineTransition<S, E['type']>[] = [];
  for (const source of machineStates(machine)) {
    const on: StateSpec<S, E['type']>['on'] = machine.states[source].on ?? {};
    for (const eventType of Object.keys(on) as E['type'][]) {
      handlerSpecs(on[eventType]).forEach((spec, branch) => {
        out.push({
          source,
          eventType,
          target: spec.target ?? source,
          external: spec.target !== undefined,
          branch,
          guard: spec.guard,
          updates: updateNames(spec),
          description: spec.description,
        });
      });
    }
  }
  return out;
}
