import { LogisticsCustomerError } from '../invariant.js';
import { err, ok, type Result } from '../result.js';
import {
  type CompiledBranch,
  type CompiledEntry,
  type CompiledMachine,
  type CompiledRow,
  type MachineTable,
  compileBranch,
} from './compile.js';
import type { MachineDefinition, MachineEvent, StateSpec } from './definition.js';
import { handlerSpecs } from './handler-specs.js';
import { MACHINE_MESSAGES } from './messages.js';
import { positionOfName } from './name-index.js';
import {
  type GuardRejection,
  guardRejectedRefusal,
  guardRejection,
  notAllowedRefusal,
  type TransitionRefusal,
  unknownEventRefusal,
} from './refusal.js';
import type { MachineSnapshot } from './snapshot.js';

/**
 * What {@link transition} returns: the next snapshot, or a typed refusal.
 *
 * @typeParam S - The state names.
 * @typeParam C - The context.
 * @category Machine
 */
export type TransitionOutcome<S extends string, C> = Result<MachineSnapshot<S, C>, TransitionRefusal<S>>;

function unknownState(id: string, state: string): LogisticsCustomerError {
  return new LogisticsCustomerError('UNKNOWN_STATE', MACHINE_MESSAGES.UNKNOWN_STATE, { machine: id, state });
}

/**
 * Tries branches from `from` on and takes the first whose guard passes; the rejections so far
 * come in, every rejection goes out in the refusal. The rare path: the first guard said no, or
 * the definition is not compiled.
 */
function firstPassing<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  snapshot: MachineSnapshot<S, C>,
  event: E,
  branches: readonly CompiledBranch<S, E, C>[],
  from: number,
  rejections: GuardRejection[],
): TransitionOutcome<S, C> {
  for (let i = from; i < branches.length; i++) {
    const branch = branches[i] as CompiledBranch<S, E, C>;
    const verdict = branch.guard === undefined ? true : branch.guard(snapshot.context, event);
    if (verdict === true) {
      const context = branch.update === undefined ? snapshot.context : branch.update(snapshot.context, event);
      return ok({ state: branch.target ?? snapshot.state, context });
    }
    rejections.push(guardRejection(branch.guardName ?? '', verdict));
  }
  return err(guardRejectedRefusal(machine, snapshot.state, event.type, rejections));
}

/** The first guard of an entry said no: try the entry's other branches, else refuse with every reason. */
function guardSaidNo<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  snapshot: MachineSnapshot<S, C>,
  event: E,
  entry: CompiledEntry<S, E, C>,
  verdict: unknown,
): TransitionOutcome<S, C> {
  const rejection = guardRejection(entry.guardName ?? '', verdict);
  if (entry.branches.length === 1) return err(guardRejectedRefusal(machine, snapshot.state, event.type, [rejection]));
  return firstPassing(machine, snapshot, event, entry.branches, 1, [rejection]);
}

/** A state that does not handle the event: its ready-made refusal, or the event is unknown. */
function refused<S extends string, E extends MachineEvent, C>(
  machine: CompiledMachine<S, E, C>,
  row: CompiledRow<S, E, C>,
  state: S,
  eventType: string,
): TransitionOutcome<S, C> {
  const types = row.refusedTypes;
  for (let j = 0; j < types.length; j++) {
    if (types[j] === eventType) return row.refusedOutcomes[j] ?? err(unknownEventRefusal(machine, state, eventType));
  }
  return err(unknownEventRefusal(machine, state, eventType));
}

/** A transition on a definition that was not compiled: the same rules, names looked up as it goes. */
function transitionUncompiled<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  snapshot: MachineSnapshot<S, C>,
  event: E,
): TransitionOutcome<S, C> {
  const state = snapshot.state;
  if (!Object.hasOwn(machine.states, state)) throw unknownState(machine.id, state);
  const on: StateSpec<S, E['type']>['on'] = machine.states[state].on;
  const type: E['type'] = event.type;
  const specs = on !== undefined && Object.hasOwn(on, type) ? handlerSpecs(on[type]) : [];
  if (specs.length === 0) {
    const known = Object.hasOwn(machine.events, type);
    return err(known ? notAllowedRefusal(machine, state, type) : unknownEventRefusal(machine, state, type));
  }
  const branches = specs.map((spec) => compileBranch(machine, spec));
  return firstPassing(machine, snapshot, event, branches, 0, []);
}

/**
 * A transition on a compiled machine: the hot path, in a function of its own so that its type
 * feedback sees compiled tables only (V8 optimises `transition` for every machine a process
 * passes it, compiled or not). The state and the event type are found from their length and one
 * character (`positionOfName`), confirmed by one comparison; the entry is one load from `cells`.
 */
function transitionCompiled<S extends string, E extends MachineEvent, C>(
  machine: CompiledMachine<S, E, C>,
  table: MachineTable<S, E, C>,
  snapshot: MachineSnapshot<S, C>,
  event: E,
): TransitionOutcome<S, C> {
  const state = snapshot.state;
  const k = positionOfName(table.stateIndex, table.states, state);
  if (k < 0) throw unknownState(machine.id, state);
  const type = event.type;
  const types = table.eventTypes;
  const j = positionOfName(table.eventTypeIndex, types, type);
  const entry = j < 0 ? undefined : table.cells[k * types.length + j];
  if (entry === undefined) return refused(machine, table.rows[k] as CompiledRow<S, E, C>, state, type);
  const guard = entry.guard;
  if (guard !== undefined) {
    const verdict = guard(snapshot.context, event);
    // One call with values already at hand: the refusal is built out of the way of the hot path.
    if (verdict !== true) return guardSaidNo(machine, snapshot, event, entry, verdict);
  }
  const update = entry.update;
  return ok({ state: entry.target, context: update === undefined ? snapshot.context : update(snapshot.context, event) });
}

/**
 * Computes the next snapshot of a process for one event, or says why the event is refused. Pure:
 * the snapshot and the event are left as they were, guards and context updates only read them.
 * Works on a definition or, faster, on a {@link compileMachine | compiled} machine.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition or compiled machine.
 * @param snapshot - Where the process stands.
 * @param event - What happened.
 * @returns The next snapshot (a new object), or the refusal: `UNKNOWN_EVENT`,
 *   `NOT_ALLOWED_IN_STATE`, or `GUARD_REJECTED` with every guard's reasons.
 * @throws {@link LogisticsCustomerError} `UNKNOWN_STATE` when the snapshot's state is not one of
 *   the machine's; `UNDEFINED_GUARD` / `UNDEFINED_UPDATE` when an uncompiled definition names a
 *   function it does not define.
 *
 * @example
 * ```ts
 * import { defineMachine, text, transition } from 'logistics-customer/core';
 * const m = defineMachine<'open' | 'won', { type: 'WIN'; value: number }, { won: number }>({
 *   id: 'deal', initial: 'open',
 *   states: {
 *     open: { label: text('洽谈', 'Open'), on: { WIN: { target: 'won', guard: 'hasValue', update: 'book' } } },
 *     won: { label: text('成交', 'Won'), final: true },
 *   },
 *   events: { WIN: text('成交', 'win') },
 *   guards: { hasValue: (_c, e) => (e.value > 0 ? true : [{ code: 'NO_VALUE', message: text('合同金额须为正', 'contract value must be positive') }]) },
 *   updates: { book: (c, e) => ({ won: c.won + e.value }) },
 * });
 * transition(m, { state: 'open', context: { won: 0 } }, { type: 'WIN', value: 500 });
 * // => { ok: true, value: { state: 'won', context: { won: 500 } } }
 * transition(m, { state: 'open', context: { won: 0 } }, { type: 'WIN', value: 0 }).ok;
 * // => false
 * ```
 * @category Machine
 */
export function transition<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  snapshot: MachineSnapshot<NoInfer<S>, C>,
  event: NoInfer<E>,
): TransitionOutcome<S, C> {
  const table = (machine as Partial<CompiledMachine<S, E, C>>).compiled;
  return table === undefined
    ? transitionUncompiled(machine, snapshot, event)
    : transitionCompiled(machine as CompiledMachine<S, E, C>, table, snapshot, event);
}
