/**
 * The messages of the errors the machine core throws when it is misused, exported so tests and
 * callers can match them. (A refused transition is not misuse: it is returned as a value.)
 *
 * @example
 * ```ts
 * import { MACHINE_MESSAGES } from 'logistics-customer/core';
 * MACHINE_MESSAGES.UNKNOWN_STATE;
 * // => 'The snapshot is in a state the machine does not define.'
 * ```
 * @category Machine
 */
export const MACHINE_MESSAGES = {
  NO_INITIAL_CONTEXT: 'The machine has no default context: pass the initial context.',
  UNKNOWN_STATE: 'The snapshot is in a state the machine does not define.',
  UNDEFINED_GUARD: 'A transition names a guard the machine does not define.',
  UNDEFINED_UPDATE: 'A transition names a context update the machine does not define.',
} as const;
