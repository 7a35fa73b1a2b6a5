import { text } from '../core/locale.js';
import type { GuardReason } from '../core/machine/definition.js';
import { type FunnelLogError, funnelLogError } from './funnel-log-error.js';

const NOT_A_LOG: GuardReason = {
  code: 'INVALID_DEAL_LOG',
  message: text('商机的事件记录不是数组', "the deal's events are not an array"),
};

/**
 * The error for a log that is not an array (untyped input), as every reader of logs gives it:
 * `INVALID_PAYLOAD` at event index 0, reason `INVALID_DEAL_LOG`, and the kind of value found in
 * place of the events as the event type (`'null'`, `'undefined'`, `'object'`, …).
 *
 * @param found - What was there instead of the events.
 * @param state - The state the log would start from.
 * @param deal - The deal's index in a list of deals and its id, when it is one of many.
 * @returns The log error.
 *
 * @example
 * ```ts no-run
 * notALogError(null, 'new').details.reasons[0]?.code; // 'INVALID_DEAL_LOG'
 * ```
 * @internal
 */
export function notALogError(
  found: unknown,
  state: string,
  deal?: { readonly dealIndex: number; readonly dealId: string | undefined; readonly prefix?: string },
): FunnelLogError {
  const kind = found === null ? 'null' : typeof found;
  return funnelLogError('INVALID_PAYLOAD', {
    dealIndex: deal?.dealIndex,
    dealId: deal?.dealId,
    eventIndex: 0,
    state,
    eventType: `${deal?.prefix ?? ''}${kind}`,
    reasons: [NOT_A_LOG],
  });
}
