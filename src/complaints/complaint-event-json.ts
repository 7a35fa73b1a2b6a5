import * as z from 'zod/mini';
import type { DomainError } from '../core/domain-error.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import type { Money } from '../core/money/money.js';
import { moneyToJSON } from '../core/money/money-json.js';
import { MoneySchema } from '../core/money-schema.js';
import type { Result } from '../core/result.js';
import { safeParseWith } from '../core/zod-issues.js';
import { ComplainantMotiveSchema } from './complainant-motive.js';
import { ComplaintCategorySchema } from './complaint-category.js';
import { ComplaintChannelSchema } from './complaint-channel.js';
import type { ComplaintEvent, ComplaintEventType } from './complaint-event.js';
import { ComplaintPrioritySchema } from './complaint-priority.js';
import { ComplaintSeveritySchema } from './complaint-severity.js';
import { EscalationLevelSchema } from './escalation-level.js';
import { PauseReasonSchema } from './pause-reason.js';
import { PerfectOrderComponentSchema } from './perfect-order-component.js';

/**
 * A complaint event as JSON: times as ISO 8601 strings in UTC, compensation as
 * `{ amount: '200.00', currency }`.
 *
 * @category Complaints
 */
export interface ComplaintEventJSON {
  /** The event type. */
  readonly type: ComplaintEventType;
  /** When it happened, ISO 8601 in UTC. */
  readonly at: string;
  /** Who did it. */
  readonly by: string;
  /** The payload fields, in JSON form. */
  readonly [field: string]: unknown;
}

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'amount' in value && 'scale' in value && 'currency' in value;
}

function fieldToJSON(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as readonly unknown[])];
  if (isMoney(value)) return moneyToJSON(value);
  if (typeof value === 'object' && value !== null) return { ...value };
  return value;
}

/**
 * Writes a complaint event in its JSON form, the input of `parseComplaintEvent`: the round trip
 * gives back an equal event.
 *
 * @param event - The event.
 * @returns A new plain object; the event is not modified.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` when the event's time is not a `Date` or is
 *   an Invalid Date (`details`: the `field`, `'at'`, and the value `received`).
 *
 * @example
 * ```ts
 * import { complaintEventToJSON } from 'logistics-customer/complaints';
 * complaintEventToJSON({
 *   type: 'PROPOSE', at: new Date('2026-03-03T02:00:00Z'), by: 'agent-1',
 *   cause: '中转误班', remedy: '退还运费', compensation: { amount: 20000, scale: 2, currency: 'CNY' },
 * });
 * // => { type: 'PROPOSE', at: '2026-03-03T02:00:00.000Z', by: 'agent-1', cause: '中转误班', remedy: '退还运费', compensation: { amount: '200.00', currency: 'CNY' } }
 * ```
 * @category Complaints
 */
export function complaintEventToJSON(event: ComplaintEvent): ComplaintEventJSON {
  const { type, at, by, ...fields } = event;
  const when: unknown = at;
  if (!(when instanceof Date) || Number.isNaN(when.getTime())) {
    throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { field: 'at', received: String(when) });
  }
  const json: Record<string, unknown> = { type, at: when.toISOString(), by };
  for (const [key, value] of Object.entries(fields)) json[key] = fieldToJSON(value);
  return json as ComplaintEventJSON;
}

/** A time: a `Date`, or an ISO 8601 date-time with a zone offset (never the machine's zone). */
const AtSchema = z.union([
  z.date(),
  z.pipe(
    z.iso.datetime({ offset: true }),
    z.transform((value: string) => new Date(value)),
  ),
]);

const TextSchema = z.string().check(z.minLength(1));

const base = { at: AtSchema, by: TextSchema, note: z.exactOptional(z.string()) };

const ComplainantSchema = z.strictObject({
  name: TextSchema,
  company: z.exactOptional(z.string()),
  phone: z.exactOptional(z.string()),
  email: z.exactOptional(z.string()),
  customerId: z.exactOptional(z.string()),
});

/**
 * The zod schema of a complaint event in its JSON form (times as ISO 8601 strings with an offset
 * or `Date`s, compensation as `{ amount: '200.00', currency: 'CNY' }`), as written by
 * {@link complaintEventToJSON}. It checks the shape only; the complaint machine checks the event
 * against the case (departments, guards, order).
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { ComplaintEventJSONSchema } from 'logistics-customer/complaints';
 * z.safeParse(ComplaintEventJSONSchema, { type: 'ACKNOWLEDGE', at: '2026-03-02T09:05:00+08:00', by: 'agent-1' }).success;
 * // => true
 * ```
 * @category Complaints
 */
export const ComplaintEventJSONSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('RECEIVE'),
    ...base,
    complainant: ComplainantSchema,
    channel: ComplaintChannelSchema,
    category: ComplaintCategorySchema,
    severity: ComplaintSeveritySchema,
    priority: z.exactOptional(ComplaintPrioritySchema),
    description: TextSchema,
    demand: z.exactOptional(z.string()),
    shipmentId: z.exactOptional(z.string()),
    orderId: z.exactOptional(z.string()),
    brokenComponent: z.exactOptional(PerfectOrderComponentSchema),
    motives: z.exactOptional(z.array(ComplainantMotiveSchema)),
  }),
  z.strictObject({ type: z.literal('ACKNOWLEDGE'), ...base }),
  z.strictObject({ type: z.literal('ACCEPT'), ...base }),
  z.strictObject({ type: z.literal('REJECT'), ...base, explanation: TextSchema }),
  z.strictObject({ type: z.literal('ASSIGN'), ...base, department: TextSchema }),
  z.strictObject({ type: z.literal('INVESTIGATE'), ...base }),
  z.strictObject({
    type: z.literal('PROPOSE'),
    ...base,
    cause: TextSchema,
    remedy: TextSchema,
    compensation: z.exactOptional(MoneySchema),
  }),
  z.strictObject({ type: z.literal('APPROVE'), ...base, instruction: z.exactOptional(z.string()) }),
  z.strictObject({ type: z.literal('IMPLEMENT'), ...base }),
  z.strictObject({
    type: z.literal('FOLLOW_UP'),
    ...base,
    satisfied: z.boolean(),
    feedback: z.exactOptional(z.string()),
  }),
  z.strictObject({ type: z.literal('CLOSE'), ...base, summary: z.exactOptional(z.string()) }),
  z.strictObject({ type: z.literal('ARCHIVE'), ...base }),
  z.strictObject({ type: z.literal('REOPEN'), ...base, reason: TextSchema }),
  z.strictObject({ type: z.literal('WAIT'), ...base, reason: PauseReasonSchema }),
  z.strictObject({ type: z.literal('RESUME'), ...base }),
  z.strictObject({ type: z.literal('ESCALATE'), ...base, level: EscalationLevelSchema, reason: TextSchema }),
  z.strictObject({ type: z.literal('DEESCALATE'), ...base, decision: z.exactOptional(z.string()) }),
  z.strictObject({ type: z.literal('WITHDRAW'), ...base, reason: z.exactOptional(z.string()) }),
  z.strictObject({ type: z.literal('RESPOND'), ...base, message: TextSchema }),
  z.strictObject({
    type: z.literal('RECLASSIFY'),
    ...base,
    category: z.exactOptional(ComplaintCategorySchema),
    severity: z.exactOptional(ComplaintSeveritySchema),
    priority: z.exactOptional(ComplaintPrioritySchema),
    brokenComponent: z.exactOptional(PerfectOrderComponentSchema),
  }),
]) satisfies z.ZodMiniType<ComplaintEvent, unknown>;

/**
 * Parses one untrusted complaint event (e.g. a JSON line from a CRM export or a database row)
 * into a typed event, returning every problem with its path and a message in zh-CN and en.
 *
 * @param input - The untrusted event.
 * @returns The typed event, or the problems.
 *
 * @example
 * ```ts
 * import { parseComplaintEvent } from 'logistics-customer/complaints';
 * const r = parseComplaintEvent({ type: 'PROPOSE', at: '2026-03-03T10:00:00+08:00', by: 'agent-1', cause: '中转误班', remedy: '', compensation: { amount: '2.005', currency: 'CNY' } });
 * r.ok ? null : r.error.map((e) => [e.code, e.path]);
 * // => [['INVALID_INPUT', ['remedy']], ['TOO_MANY_DECIMALS', ['compensation', 'amount']]]
 * ```
 * @category Complaints
 */
export function parseComplaintEvent(input: unknown): Result<ComplaintEvent, readonly DomainError[]> {
  return safeParseWith(ComplaintEventJSONSchema, input);
}
