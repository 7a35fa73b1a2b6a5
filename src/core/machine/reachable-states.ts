import type { MachineDefinition, MachineEvent } from './definition.js';
import { machineStates, machineTransitions } from './listing.js';

/**
 * The states a process can get to from a state by some sequence of events, the state itself
 * included. Guards are assumed to pass, so this is what the definition allows, not what any given
 * context will.
 *
 * @typeParam S - The machine's states.
 * @typeParam E - The machine's events.
 * @typeParam C - The machine's context.
 * @param machine - The machine definition or compiled machine.
 * @param from - The state to start from; defaults to the initial state.
 * @returns The reachable states, in the order the machine defines them.
 *
 * @example
 * ```ts
 * import { defineMachine, reachableStates, text } from 'logistics-customer/core';
 * const m = defineMachine<'a' | 'b' | 'c', { type: 'NEXT' }, null>({
 *   id: 'line', initial: 'a',
 *   states: {
 *     a: { label: text('甲', 'A'), on: { NEXT: { target: 'b' } } },
 *     b: { label: text('乙', 'B'), on: { NEXT: { target: 'c' } } },
 *     c: { label: text('丙', 'C'), final: true },
 *   },
 *   events: { NEXT: text('下一步', 'next') },
 * });
 * reachableStates(m, 'b');
 * // => ['b', 'c']
 * ```
 * @category Machine
 */
export function reachableStates<S extends string, E extends MachineEvent, C>(
  machine: MachineDefinition<S, E, C>,
  from: NoInfer<S> = machine.initial,
): readonly S[] {
  const next = new Map<string, string[]>();
  for (const t of machineTransitions(machine)) {
    const targets = next.get(t.source);
    if (targets === undefined) next.set(t.source, [t.target]);
    else targets.push(t.target);
  }
  const seen = new Set<string>([from]);
  const queue: string[] = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const target of next.get(queue[i] as string) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return machineStates(machine).filter((state) => seen.has(state));
}
