import type { LocalizedText } from '../locale.js';

/**
 * An event a machine reacts to: a `type`, an optional time and any payload fields.
 *
 * @category Machine
 */
export interface MachineEvent {
  /** The event type, e.g. `QUALIFY`; it selects the transition. */
  readonly type: string;
  /** When the event happened (a `Date` or an ISO 8601 string); read by context updates, never by the core. */
  readonly at?: Date | string;
}

/**
 * One reason a guard gives for saying no, with a stable code and a message in both locales.
 *
 * @category Machine
 */
export interface GuardReason {
  /** A stable, upper-snake-case identifier such as `NO_DECISION_AUTHORITY`. */
  readonly code: string;
  /** The reason for a person, in every locale. */
  readonly message: LocalizedText;
  /** Structured facts (expected and received values). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * What a guard answers: `true` to let the transition through, or at least one reason to refuse it.
 *
 * @category Machine
 */
export type GuardVerdict = true | readonly [GuardReason, ...GuardReason[]];

/**
 * A named, pure condition on a transition: reads the context and the event, changes nothing.
 *
 * @typeParam C - The machine's context.
 * @typeParam E - The machine's events.
 * @category Machine
 */
export type Guard<C, E extends MachineEvent> = (context: C, event: E) => GuardVerdict;

/**
 * A named, pure context update ("assign"): returns a new context and never mutates the old one.
 *
 * @typeParam C - The machine's context.
 * @typeParam E - The machine's events.
 * @category Machine
 */
export type ContextUpdate<C, E extends MachineEvent> = (context: C, event: E) => C;

/**
 * One way an event can be handled in a state: where it goes, under which guard, with which updates.
 *
 * @typeParam S - The machine's states.
 * @category Machine
 */
export interface TransitionSpec<S extends string> {
  /** The next state; without it the machine stays where it is (the context may still change). */
  readonly target?: S;
  /** The name of a guard in the machine's `guards`; without it the transition always applies. */
  readonly guard?: string;
  /** The name (or names, applied in order) of context updates in the machine's `updates`. */
  readonly update?: string | readonly string[];
  /** What the transition means, for documentation. */
  readonly description?: LocalizedText;
}

/**
 * The handlers of a state: one spec, or a list meaning "the first whose guard passes".
 *
 * @typeParam S - The machine's states.
 * @category Machine
 */
export type TransitionHandler<S extends string> = TransitionSpec<S> | readonly TransitionSpec<S>[];

/**
 * One state of a machine: its label, whether it is final and the events it handles.
 *
 * @typeParam S - The machine's states.
 * @typeParam T - The machine's event types.
 * @category Machine
 */
export interface StateSpec<S extends string, T extends string> {
  /** The state's name for people, in every locale. */
  readonly label: LocalizedText;
  /** A final state ends the process: it handles no event. */
  readonly final?: boolean;
  /** The events this state handles; any other event is refused. */
  readonly on?: { readonly [K in T]?: TransitionHandler<S> };
  /** What the state means, for documentation. */
  readonly description?: LocalizedText;
}

/**
 * A state machine as plain data: states with labels, the events each handles and where they lead,
 * plus named guards and context updates. Written `as const satisfies MachineDefinition<S, E, C>`
 * or through {@link defineMachine}.
 *
 * @typeParam S - The literal union of state names.
 * @typeParam E - The union of event objects.
 * @typeParam C - The context carried from state to state.
 * @category Machine
 */
export interface MachineDefinition<S extends string, E extends MachineEvent, C> {
  /** A stable identifier of the machine, e.g. `funnel`. */
  readonly id: string;
  /** The state a new process starts in. */
  readonly initial: NoInfer<S>;
  /** The context a new process starts with, when there is a sensible default. */
  readonly context?: C;
  /** Every state, in the order they are listed and drawn. */
  readonly states: { readonly [K in S]: StateSpec<S, E['type']> };
  /** The label of every event type, in every locale. */
  readonly events: { readonly [K in E['type']]: LocalizedText };
  /** The guards that transitions name. */
  readonly guards?: { readonly [name: string]: Guard<C, E> };
  /** The context updates that transitions name. */
  readonly updates?: { readonly [name: string]: ContextUpdate<C, E> };
}

/**
 * Declares a machine with its types spelled out once; returns the definition unchanged.
 * Equivalent to writing the object `as const satisfies MachineDefinition<S, E, C>`.
 *
 * @typeParam S - The literal union of state names.
 * @typeParam E - The union of event objects.
 * @typeParam C - The context.
 * @param definition - The machine as plain data.
 * @returns The same definition, typed as a {@link MachineDefinition}.
 *
 * @example
 * ```ts
 * import { defineMachine, text } from 'logistics-customer/core';
 * const door = defineMachine<'open' | 'closed', { type: 'OPEN' } | { type: 'CLOSE' }, null>({
 *   id: 'door',
 *   initial: 'closed',
 *   states: {
 *     closed: { label: text('关', 'Closed'), on: { OPEN: { target: 'open' } } },
 *     open: { label: text('开', 'Open'), on: { CLOSE: { target: 'closed' } } },
 *   },
 *   events: { OPEN: text('开门', 'open'), CLOSE: text('关门', 'close') },
 * });
 * door.initial;
 * // => 'closed'
 * ```
 * @category Machine
 */
export function defineMachine<S extends string, E extends MachineEvent, C>(
  definition: MachineDefinition<S, E, C>,
): MachineDefinition<S, E, C> {
  return definition;
}
