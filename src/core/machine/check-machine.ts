import { type DomainError, domainError } from '../domain-error.js';
import { text } from '../locale.js';
import type { MachineDefinition, MachineEvent, StateSpec } from './definition.js';
import { handlerSpecs, updateNames } from './handler-specs.js';
import { machineStates } from './listing.js';
import type { MachineProblemCode } from './problem-code.js';
import { reachableStates } from './reachable-states.js';

/**
 * A problem in a machine definition, with the path of the offending part
 * (e.g. `['states', 'negotiating', 'on', 'WIN', 0, 'target']`).
 *
 * @category Machine
 */
export type MachineProblem = DomainError<MachineProblemCode>;

function has(table: object | undefined, key: string): boolean {
  return table !== undefined && Object.hasOwn(table, key);
}

/**
 * Checks a machine definition for mistakes the type checker cannot see or that slip past it:
 * an initial state or a target that is not a state, states no event sequence reaches, guards or
 * context updates named but not defined, event types without a label, final states with
 * transitions, empty transition lists and branches after an unguarded one (never taken).
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition.
 * @returns Every problem found, in definition order; an empty list for a sound machine.
 *
 * @example
 * ```ts
 * import { checkMachine, defineMachine, text } from 'logistics-customer/core';
 * const m = defineMachine<'a' | 'b', { type: 'GO' }, null>({
 *   id: 'broken', initial: 'a',
 *   states: {
 *     a: { label: text('甲', 'A'), on: { GO: { target: 'a', guard: 'missing' } } },
 *     b: { label: text('乙', 'B') },
 *   },
 *   events: { GO: text('前进', 'go') },
 * });
 * checkMachine(m).map((p) => p.code);
 * // => ['UNDEFINED_GUARD', 'UNREACHABLE_STATE']
 * ```
 * @category Machine
 */
export function checkMachine<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
): readonly MachineProblem[] {
  const problems: MachineProblem[] = [];
  const id = machine.id;
  const initialOk = has(machine.states, machine.initial);
  if (!initialOk) {
    problems.push(
      domainError(
        'INITIAL_NOT_A_STATE',
        text(`流程“${id}”的初始状态“${machine.initial}”未定义`, `machine "${id}": initial state "${machine.initial}" is not a state`),
        { path: ['initial'], details: { initial: machine.initial } },
      ),
    );
  }
  for (const state of machineStates(machine)) {
    const spec: StateSpec<S, E['type']> = machine.states[state];
    const on: StateSpec<S, E['type']>['on'] = spec.on ?? {};
    const types = Object.keys(on) as E['type'][];
    if (spec.final === true && types.length > 0) {
      problems.push(
        domainError(
          'FINAL_STATE_HAS_TRANSITIONS',
          text(`终止状态“${state}”不应有转移：${types.join('、')}`, `final state "${state}" must not handle events: ${types.join(', ')}`),
          { path: ['states', state, 'on'], details: { state, eventTypes: types } },
        ),
      );
    }
    for (const type of types) {
      const at = ['states', state, 'on', type];
      if (!has(machine.events, type)) {
        problems.push(
          domainError(
            'UNLABELLED_EVENT',
            text(`事件“${type}”没有在 events 中定义名称`, `event "${type}" has no label in "events"`),
            { path: at, details: { state, eventType: type } },
          ),
        );
      }
      const specs = handlerSpecs(on[type]);
      if (specs.length === 0) {
        problems.push(
          domainError(
            'EMPTY_HANDLER',
            text(`状态“${state}”对事件“${type}”的转移列表为空`, `state "${state}" has an empty list of transitions for "${type}"`),
            { path: at, details: { state, eventType: type } },
          ),
        );
      }
      let unguardedBefore = false;
      specs.forEach((t, branch) => {
        const where = Array.isArray(on[type]) ? [...at, branch] : at;
        if (unguardedBefore) {
          problems.push(
            domainError(
              'UNREACHABLE_BRANCH',
              text(
                `状态“${state}”对事件“${type}”的第 ${branch + 1} 个分支永远不会被选中（前面有无条件分支）`,
                `branch ${branch} of "${type}" in state "${state}" is never taken: an unguarded branch comes before it`,
              ),
              { path: where, details: { state, eventType: type, branch } },
            ),
          );
        }
        if (t.guard === undefined) unguardedBefore = true;
        if (t.target !== undefined && !has(machine.states, t.target)) {
          problems.push(
            domainError(
              'UNKNOWN_TARGET',
              text(
                `状态“${state}”经事件“${type}”转到的“${t.target}”不是已定义的状态`,
                `"${type}" in state "${state}" leads to "${t.target}", which is not a state`,
              ),
              { path: [...where, 'target'], details: { state, eventType: type, target: t.target } },
            ),
          );
        }
        if (t.guard !== undefined && !has(machine.guards, t.guard)) {
          problems.push(
            domainError(
              'UNDEFINED_GUARD',
              text(`条件“${t.guard}”未在 guards 中定义`, `guard "${t.guard}" is not defined in "guards"`),
              { path: [...where, 'guard'], details: { state, eventType: type, guard: t.guard } },
            ),
          );
        }
        for (const name of updateNames(t)) {
          if (!has(machine.updates, name)) {
            problems.push(
              domainError(
                'UNDEFINED_UPDATE',
                text(`数据更新“${name}”未在 updates 中定义`, `context update "${name}" is not defined in "updates"`),
                { path: [...where, 'update'], details: { state, eventType: type, update: name } },
              ),
            );
          }
        }
      });
    }
  }
  if (initialOk) {
    const reachable = new Set<string>(reachableStates(machine));
    for (const state of machineStates(machine)) {
      if (!reachable.has(state)) {
        problems.push(
          domainError(
            'UNREACHABLE_STATE',
            text(`状态“${state}”从初始状态“${machine.initial}”不可达`, `state "${state}" cannot be reached from the initial state "${machine.initial}"`),
            { path: ['states', state], details: { state, initial: machine.initial } },
          ),
        );
      }
    }
  }
  return problems;
}
