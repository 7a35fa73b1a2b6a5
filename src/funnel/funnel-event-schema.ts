import * as z from 'zod/mini';
import type { DomainError } from '../core/domain-error.js';
import { MoneySchema } from '../core/money-schema.js';
import type { Result } from '../core/result.js';
import { safeParseWith } from '../core/zod-issues.js';
import type { FunnelEvent } from './funnel-event.js';
import { QualificationAssessmentSchema } from './qualification.js';

/** A time: a `Date`, or an ISO 8601 date-time with a zone offset (never the machine's zone). */
const AtSchema = z.union([z.date(), z.pipe(z.iso.datetime({ offset: true }), z.transform((value) => new Date(value)))]);

const CodeSchema = z.string().check(z.minLength(1));

const VisitPlanSchema = z.strictObject({
  method: CodeSchema,
  visitAt: z.exactOptional(AtSchema),
  salesTools: z.exactOptional(z.array(z.string())),
  customerType: z.exactOptional(z.string()),
  note: z.exactOptional(z.string()),
});

/**
 * The zod schema of a funnel event in its JSON form (times as ISO 8601 strings with an offset or
 * `Date`s, amounts as `{ amount: '123.45', currency: 'CNY' }`), as written by
 * {@link funnelEventToJSON}. Codes (channel, methods, reasons) are only checked to be non-empty
 * strings here; the machine checks them against its reference tables.
 *
 * @example
 * ```ts
 * import { FunnelEventSchema } from 'logistics-customer/funnel';
 * FunnelEventSchema.safeParse({ type: 'FIND', at: '2026-03-02T09:00:00+08:00', channel: 'meetings' }).success;
 * // => true
 * ```
 * @category Funnel
 */
export const FunnelEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('FIND'), at: AtSchema, channel: CodeSchema, note: z.exactOptional(z.string()) }),
  z.strictObject({
    type: z.literal('QUALIFY'),
    at: AtSchema,
    assessment: QualificationAssessmentSchema,
    expectedValue: z.exactOptional(MoneySchema),
  }),
  z.strictObject({
    type: z.literal('DISQUALIFY'),
    at: AtSchema,
    assessment: QualificationAssessmentSchema,
    note: z.exactOptional(z.string()),
  }),
  z.strictObject({ type: z.literal('APPROACH'), at: AtSchema, visitPlan: VisitPlanSchema }),
  z.strictObject({ type: z.literal('PROPOSE'), at: AtSchema, quote: MoneySchema, note: z.exactOptional(z.string()) }),
  z.strictObject({
    type: z.literal('WIN'),
    at: AtSchema,
    contractValue: z.exactOptional(MoneySchema),
    closingMethod: z.exactOptional(CodeSchema),
  }),
  z.strictObject({
    type: z.literal('LOSE'),
    at: AtSchema,
    reason: z.exactOptional(CodeSchema),
    note: z.exactOptional(z.string()),
  }),
  z.strictObject({
    type: z.literal('REOPEN'),
    at: AtSchema,
    channel: z.exactOptional(CodeSchema),
    note: z.exactOptional(z.string()),
  }),
]) satisfies z.ZodMiniType<FunnelEvent, unknown>;

/**
 * Parses one untrusted funnel event (e.g. a JSON line from a CRM export) into a typed event,
 * returning every problem with its path and a message in zh-CN and en.
 *
 * @param input - The untrusted event.
 * @returns The typed event, or the problems.
 *
 * @example
 * ```ts
 * import { parseFunnelEvent } from 'logistics-customer/funnel';
 * const r = parseFunnelEvent({ type: 'PROPOSE', at: '2026-03-20T10:00:00+08:00', quote: { amount: '12.345', currency: 'CNY' } });
 * r.ok ? null : r.error.map((e) => [e.code, e.path]);
 * // => [['TOO_MANY_DECIMALS', ['quote', 'amount']]]
 * ```
 * @category Funnel
 */
export function parseFunnelEvent(input: unknown): Result<FunnelEvent, readonly DomainError[]> {
  return safeParseWith(FunnelEventSchema, input);
}
