import { text } from '../core/locale.js';
import type { GuardReason } from '../core/machine/definition.js';
import { type FunnelLogError, funnelLogError } from './funnel-log-error.js';

const NOT_A_LOG: GuardReason = {
  code: 'INVALID_DEAL_LOG',
  message: text('商机的事件记录不是数组', "the deal's events are not an array"),
};

const NOT_AN_EVENT: GuardReason = {
  code: 'NOT_AN_EVENT',
  message: text('该项不是事件：应为带字符串类型（type）的对象', 'the entry is not an event: an object with a string type'),
};

/** Where in which deal, when the log is one of many. */
type DealAt = { readonly dealIndex: number; readonly dealId: string | undefined };

/** `INVALID_PAYLOAD` with one reason: the error both refusals below build. */
function invalidEntry(reason: GuardReason, eventType: string, eventIndex: number, state: string, deal: DealAt | undefined): FunnelLogError {
  return funnelLogError('INVALID_PAYLOAD', { dealIndex: deal?.dealIndex, dealId: deal?.dealId, eventIndex, state, eventType, reasons: [reason] });
}

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
export function notALogError(eventType: string, state: string, deal?: DealAt): FunnelLogError {
  return invalidEntry(NOT_A_LOG, eventType, 0, state, deal);
}

/**
 * The type of an entry of a log when it is an event's: the `type` of an object, when that is a
 * string; `undefined` for anything else (untyped input: `null`, a number, an object without a
 * string type).
 *
 * @param entry - An entry of a log.
 * @returns Its type, or `undefined` when it is not an event.
 *
 * @example
 * ```ts no-run
 * [typeOfEntry({ type: 'FIND' }), typeOfEntry(null), typeOfEntry({ type: 7 })]; // ['FIND', undefined, undefined]
 * ```
 * @internal
 */
export function typeOfEntry(entry: unknown): string | undefined {
  const type: unknown = typeof entry === 'object' && entry !== null ? (entry as { readonly type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : undefined;
}

/**
 * The error for an entry of a log that is not an event (see {@link typeOfEntry}), as every reader
 * of logs gives it: `INVALID_PAYLOAD` at its index, reason `NOT_AN_EVENT`, and as the event type
 * the kind of a value that is not an object ({@link kindOf}) or the text of an object's `type`.
 *
 * @param entry - The entry.
 * @param eventIndex - Its index in the log.
 * @param state - The state the log had reached.
 * @param deal - The deal's index in a list of deals and its id, when it is one of many.
 * @returns The log error.
 *
 * @example
 * ```ts no-run
 * notAnEventError(null, 2, 'qualified').details.eventType; // 'null'
 * ```
 * @internal
 */
export function notAnEventError(entry: unknown, eventIndex: number, state: string, deal?: DealAt): FunnelLogError {
  const eventType = typeof entry === 'object' && entry !== null ? String((entry as { readonly type?: unknown }).type) : kindOf(entry);
  return invalidEntry(NOT_AN_EVENT, eventType, eventIndex, state, deal);
}
