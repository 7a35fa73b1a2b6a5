import { text } from '../core/locale.js';
import type { GuardReason } from '../core/machine/definition.js';
import { type FunnelLogError, funnelLogError } from './funnel-log-error.js';

const NOT_A_LOG: GuardReason = {
  code: 'INVALID_DEAL_LOG',
  message: text('商机的事件记录不是数组', "the deal's events are not an array"),
};

/**
 * The kind of a value as errors name it: `typeof`, with `'null'` for `null`.
 *
 * @param value - Any value.
 * @returns `'null'`, `'undefined'`, `'object'`, `'number'`, …
 *
 * @example
 * ```ts no-run
 * [kindOf(null), kindOf([]), kindOf(7)]; // ['null', 'object', 'number']
 * ```
 * @internal
 */
export function kindOf(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

/**
 * The error for a log that is not an array (untyped input), as every reader of logs gives it:
 * `INVALID_PAYLOAD` at event index 0, reason `INVALID_DEAL_LOG`, and what was found in place of
 * the events as the event type (its {@link kindOf}).
 *
 * @param eventType - What was found instead of the events (e.g. `kindOf(found)`).
 * @param state - The state the log would start from.
 * @param deal - The deal's index in a list of deals and its id, when it is one of many.
 * @returns The log error.
 *
 * @example
 * ```ts no-run
 * notALogError(kindOf(null), 'new').details.reasons[0]?.code; // 'INVALID_DEAL_LOG'
 * ```
 * @internal
 */
export function notALogError(
  eventType: string,
  state: string,
  deal?: { readonly dealIndex: number; readonly dealId: string | undefined },
): FunnelLogError {
  return funnelLogError('INVALID_PAYLOAD', {
    dealIndex: deal?.dealIndex,
    dealId: deal?.dealId,
    eventIndex: 0,
    state,
    eventType,
    reasons: [NOT_A_LOG],
  });
}
