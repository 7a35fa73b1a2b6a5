import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import type { Money } from '../core/money/money.js';
import { moneyToJSON } from '../core/money/money-json.js';
import type { FunnelEvent, FunnelEventType } from './funnel-event.js';

/**
 * A funnel event as JSON: times as ISO 8601 strings in UTC, amounts as `{ amount: '123.45', currency }`.
 *
 * @category Funnel
 */
export interface FunnelEventJSON {
  /** The event type. */
  readonly type: FunnelEventType;
  /** When it happened, ISO 8601 in UTC. */
  readonly at: string;
  /** The payload fields, in JSON form. */
  readonly [field: string]: unknown;
}

/** `value` in JSON form; `path` names the field in the error for an invalid `Date`. */
function toJSONValue(value: unknown, path: readonly (string | number)[]): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { field: path.join('.'), path, received: value });
    }
    return value.toISOString();
  }
  if (Array.isArray(value)) return value.map((item, i) => toJSONValue(item, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    if ('amount' in value && 'currency' in value && 'scale' in value) return moneyToJSON(value as Money);
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, toJSONValue(field, [...path, key])]));
  }
  return value;
}

/**
 * Writes a funnel event in its JSON form, the input of `parseFunnelEvent`: the round trip gives
 * back an equal event.
 *
 * @param event - The event.
 * @returns A new plain object; the event is not modified.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when a time (`at`, `visitPlan.visitAt`) is
 *   an invalid `Date`, with the field in `details.field` (a JSON log never holds a time that does
 *   not parse back).
 *
 * @example
 * ```ts
 * import { funnelEventToJSON } from 'logistics-customer/funnel';
 * funnelEventToJSON({ type: 'PROPOSE', at: new Date('2026-03-20T02:00:00Z'), quote: { amount: 1250000, scale: 2, currency: 'CNY' } });
 * // => { type: 'PROPOSE', at: '2026-03-20T02:00:00.000Z', quote: { amount: '12500.00', currency: 'CNY' } }
 * ```
 * @category Funnel
 */
export function funnelEventToJSON(event: FunnelEvent): FunnelEventJSON {
  return toJSONValue(event, []) as FunnelEventJSON;
}
