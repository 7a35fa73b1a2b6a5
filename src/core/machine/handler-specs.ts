import type { TransitionHandler, TransitionSpec } from './definition.js';

/**
 * The transition specs of a state's handler for one event, as a list: a single spec becomes a
 * list of one, a missing handler an empty list.
 *
 * @typeParam S - The machine's states.
 * @param handler - The value of `states[state].on[eventType]`.
 * @returns The specs, in the order they are tried.
 *
 * @example
 * ```ts
 * import { handlerSpecs } from 'logistics-customer/core';
 * handlerSpecs({ target: 'won' });
 * // => [{ target: 'won' }]
 * ```
 * @category Machine
 */
export function handlerSpecs<S extends string>(
  handler: TransitionHandler<S> | undefined,
): readonly TransitionSpec<S>[] {
  if (handler === undefined) return [];
  return isSpecList(handler) ? handler : [handler];
}

function isSpecList<S extends string>(handler: TransitionHandler<S>): handler is readonly TransitionSpec<S>[] {
  return Array.isArray(handler);
}

/**
 * The names of the context updates a transition spec applies, in order, as a list.
 *
 * @param spec - The transition spec.
 * @returns The update names; empty when the spec updates nothing.
 *
 * @example
 * ```ts
 * import { updateNames } from 'logistics-customer/core';
 * [updateNames({ update: 'recordWin' }), updateNames({ update: ['a', 'b'] }), updateNames({})];
 * // => [['recordWin'], ['a', 'b'], []]
 * ```
 * @category Machine
 */
export function updateNames(spec: TransitionSpec<string>): readonly string[] {
  const update = spec.update;
  if (update === undefined) return [];
  return typeof update === 'string' ? [update] : update;
}
