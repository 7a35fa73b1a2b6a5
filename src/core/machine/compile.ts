import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import { checkMachine } from './check-machine.js';
import type { ContextUpdate, Guard, MachineDefinition, MachineEvent, StateSpec, TransitionSpec } from './definition.js';
import { handlerSpecs, updateNames } from './handler-specs.js';
import { machineEvents, machineStates } from './listing.js';
import { type Err, err } from '../result.js';
import { MACHINE_MESSAGES } from './messages.js';
import { type NameIndex, nameIndex } from './name-index.js';
import { type NotAllowedInStateRefusal, notAllowedRefusal } from './refusal.js';

/**
 * One transition of a compiled machine, with its guard and updates already looked up.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @category Machine
 */
export interface CompiledBranch<S extends string, E extends MachineEvent, C> {
  /** The next state, or `undefined` to stay. */
  readonly target: S | undefined;
  /** The guard's name, or `undefined` for an unguarded transition. */
  readonly guardName: string | undefined;
  /** The guard, or `undefined` for an unguarded transition. */
  readonly guard: Guard<C, E> | undefined;
  /** The context updates composed in order into one, or `undefined` when there are none. */
  readonly update: ContextUpdate<C, E> | undefined;
}

/**
 * What a compiled machine does with one event type in one state: the first transition to try
 * spelled out (the common case needs nothing else) and every transition in order.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @category Machine
 */
export interface CompiledEntry<S extends string, E extends MachineEvent, C> {
  /** The first transition's next state (the state itself when it has no target). */
  readonly target: S;
  /** The first transition's guard's name, if any. */
  readonly guardName: string | undefined;
  /** The first transition's guard, if any. */
  readonly guard: Guard<C, E> | undefined;
  /** The first transition's context updates, composed, if any. */
  readonly update: ContextUpdate<C, E> | undefined;
  /** Every transition in the order they are tried (at least one). */
  readonly branches: readonly CompiledBranch<S, E, C>[];
}

/**
 * One state of a compiled machine: the event types it handles, their entries at the same
 * positions, and the ready-made refusals of the labelled event types it does not handle.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @category Machine
 */
export interface CompiledRow<S extends string, E extends MachineEvent, C> {
  /** The event types the state handles. */
  readonly eventTypes: readonly string[];
  /** The entry of each handled event type, at the same position. */
  readonly entries: readonly CompiledEntry<S, E, C>[];
  /** The refusal of each labelled event type the state does not handle (frozen, shared). */
  readonly refusals: ReadonlyMap<string, NotAllowedInStateRefusal<S>>;
  /** The labelled event types the state does not handle, in definition order. */
  readonly refusedTypes: readonly string[];
  /** The failed result of each of them, at the same position (frozen, shared by every call). */
  readonly refusedOutcomes: readonly Err<NotAllowedInStateRefusal<S>>[];
  /** The entry of each handled event type by name (a prototype-free object: one keyed load). */
  readonly byType: { readonly [eventType: string]: CompiledEntry<S, E, C> | undefined };
}

/**
 * The lookup table of a compiled machine. Machines have few states and event types, which
 * usually differ at one character: a lookup reads that character, takes the one candidate from a
 * small table and confirms it with one comparison (see {@link NameIndex}) — no hashing, and no
 * scan whose exit the processor mispredicts.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @category Machine
 */
export interface MachineTable<S extends string, E extends MachineEvent, C> {
  /** The states, in definition order. */
  readonly states: readonly S[];
  /** The row of each state, at the same position. */
  readonly rows: readonly CompiledRow<S, E, C>[];
  /** The row of each state by name (a prototype-free object: one keyed load). */
  readonly byState: { readonly [state: string]: CompiledRow<S, E, C> | undefined };
  /** Finds a state's position in `states` from one character. */
  readonly stateIndex: NameIndex;
  /** The machine's event types, in definition order. */
  readonly eventTypes: readonly string[];
  /** Finds an event type's position in `eventTypes` from one character. */
  readonly eventTypeIndex: NameIndex;
  /** The entry of state `k` and event type `j` at `k × eventTypes.length + j` (`undefined` where not handled). */
  readonly cells: readonly (CompiledEntry<S, E, C> | undefined)[];
}

/**
 * A checked machine definition with a lookup table built once: every function that takes a
 * definition takes it too, and {@link transition} runs faster on it. A plain value the caller
 * holds; nothing is cached globally.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @category Machine
 */
export interface CompiledMachine<S extends string, E extends MachineEvent, C> extends MachineDefinition<S, E, C> {
  /** The lookup table: state, then event type. */
  readonly compiled: MachineTable<S, E, C>;
}

function lookup<F>(
  machineId: string,
  table: { readonly [name: string]: F } | undefined,
  name: string,
  code: 'UNDEFINED_GUARD' | 'UNDEFINED_UPDATE',
): F {
  const found = table !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
  if (found === undefined) throw new LogisticsCustomerError(code, MACHINE_MESSAGES[code], { machine: machineId, name });
  return found;
}

function compose<C, E extends MachineEvent>(updates: readonly ContextUpdate<C, E>[]): ContextUpdate<C, E> | undefined {
  const [first, second] = updates;
  if (first === undefined) return undefined;
  if (second === undefined) return first;
  return (context, event) => updates.reduce((c, update) => update(c, event), context);
}

/**
 * Looks up the guard and context updates a transition spec names, once, so running it needs no
 * name lookups.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition that holds the named guards and updates.
 * @param spec - The transition spec.
 * @returns The spec with its functions resolved.
 * @throws {@link LogisticsCustomerError} `UNDEFINED_GUARD` or `UNDEFINED_UPDATE` when the spec names
 *   a function the machine does not define.
 *
 * @example
 * ```ts
 * import { compileBranch, defineMachine, text } from 'logistics-customer/core';
 * const m = defineMachine<'a' | 'b', { type: 'GO'; n: number }, null>({
 *   id: 'm', initial: 'a',
 *   states: { a: { label: text('甲', 'A'), on: { GO: { target: 'b', guard: 'positive' } } }, b: { label: text('乙', 'B') } },
 *   events: { GO: text('前进', 'go') },
 *   guards: { positive: (_c, e) => (e.n > 0 ? true : [{ code: 'NOT_POSITIVE', message: text('须为正数', 'must be positive') }]) },
 * });
 * const b = compileBranch(m, { target: 'b', guard: 'positive' });
 * [b.target, b.guardName, b.guard?.(null, { type: 'GO', n: 1 })];
 * // => ['b', 'positive', true]
 * ```
 * @category Machine
 */
export function compileBranch<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  spec: TransitionSpec<NoInfer<S>>,
): CompiledBranch<S, E, C> {
  const names = updateNames(spec);
  return {
    target: spec.target,
    guardName: spec.guard,
    guard: spec.guard === undefined ? undefined : lookup(machine.id, machine.guards, spec.guard, 'UNDEFINED_GUARD'),
    update: compose(names.map((name) => lookup(machine.id, machine.updates, name, 'UNDEFINED_UPDATE'))),
  };
}

/**
 * Checks a machine definition with {@link checkMachine} and builds its lookup table once, for
 * callers that run many transitions (replaying logs, batch imports). The refusals of events a
 * state does not handle are built here too, with their failed results, frozen, and shared by
 * every call.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition.
 * @returns The definition with its lookup table.
 * @throws {@link LogisticsCustomerError} `INVALID_MACHINE` when {@link checkMachine} finds any
 *   problem (the problems are in `details.problems`).
 *
 * @example
 * ```ts
 * import { compileMachine, defineMachine, initialSnapshot, text, transition } from 'logistics-customer/core';
 * const door = compileMachine(defineMachine<'open' | 'closed', { type: 'OPEN' } | { type: 'CLOSE' }, null>({
 *   id: 'door', initial: 'closed', context: null,
 *   states: {
 *     closed: { label: text('关', 'Closed'), on: { OPEN: { target: 'open' } } },
 *     open: { label: text('开', 'Open'), on: { CLOSE: { target: 'closed' } } },
 *   },
 *   events: { OPEN: text('开门', 'open'), CLOSE: text('关门', 'close') },
 * }));
 * transition(door, initialSnapshot(door), { type: 'OPEN' });
 * // => { ok: true, value: { state: 'open', context: null } }
 * ```
 * @category Machine
 */
export function compileMachine<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
): CompiledMachine<S, E, C> {
  const problems = checkMachine(machine);
  if (problems.length > 0) {
    const listed = problems.map((p) => p.message).join('; ');
    throw new LogisticsCustomerError('INVALID_MACHINE', `${CORE_MESSAGES.INVALID_MACHINE} ${listed}`, {
      machine: machine.id,
      problems,
    });
  }
  const states = machineStates(machine);
  const rows = states.map((state): CompiledRow<S, E, C> => {
    const on: StateSpec<S, E['type']>['on'] = machine.states[state].on ?? {};
    const eventTypes: string[] = [];
    const entries: CompiledEntry<S, E, C>[] = [];
    const refusals = new Map<string, NotAllowedInStateRefusal<S>>();
    const refusedTypes: string[] = [];
    const refusedOutcomes: Err<NotAllowedInStateRefusal<S>>[] = [];
    for (const eventType of machineEvents(machine)) {
      // Own handlers only: `on.toString` is Object.prototype's, not a transition for 'toString'.
      const handler = Object.hasOwn(on, eventType) ? on[eventType] : undefined;
      const branches = handlerSpecs(handler).map((spec) => compileBranch(machine, spec));
      const [first] = branches;
      if (first === undefined) {
        const refusal = freezeRefusal(notAllowedRefusal(machine, state, eventType));
        refusals.set(eventType, refusal);
        refusedTypes.push(eventType);
        refusedOutcomes.push(Object.freeze(err(refusal)));
      } else {
        eventTypes.push(eventType);
        entries.push({
          target: first.target ?? state,
          guardName: first.guardName,
          guard: first.guard,
          update: first.update,
          branches,
        });
      }
    }
    const byType: { [eventType: string]: CompiledEntry<S, E, C> } = Object.create(null);
    eventTypes.forEach((eventType, k) => {
      byType[eventType] = entries[k] as CompiledEntry<S, E, C>;
    });
    return { eventTypes, entries, refusals, refusedTypes, refusedOutcomes, byType };
  });
  const byState: { [state: string]: CompiledRow<S, E, C> } = Object.create(null);
  states.forEach((state, k) => {
    byState[state] = rows[k] as CompiledRow<S, E, C>;
  });
  const eventTypes = machineEvents(machine);
  // One flat array, state-major: a lookup is one multiply-add and one load, not two loads.
  const cells = rows.flatMap((row) => eventTypes.map((eventType) => row.byType[eventType]));
  const compiled: MachineTable<S, E, C> = {
    states,
    rows,
    byState,
    stateIndex: nameIndex(states),
    eventTypes,
    eventTypeIndex: nameIndex(eventTypes),
    cells,
  };
  return { ...machine, compiled };
}

function freezeRefusal<S extends string>(refusal: NotAllowedInStateRefusal<S>): NotAllowedInStateRefusal<S> {
  Object.freeze(refusal.details.allowed);
  Object.freeze(refusal.details);
  Object.freeze(refusal.messages);
  Object.freeze(refusal.path);
  return Object.freeze(refusal);
}
