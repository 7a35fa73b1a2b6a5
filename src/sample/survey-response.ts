import * as z from 'zod/mini';
import { CustomerIdSchema } from '../customer/customer-id.js';
import { RecordDateSchema } from '../customer/record-date.js';

/**
 * The schema of one customer's answers to the firm's satisfaction survey (定期满意度调查,
 * DOMAIN.md §6 [seed 000]; measures §8): the NPS question (0–10), CSAT (1–5) and, when asked,
 * customer effort (CES, 1–7). Dates take an ISO-8601 string with offset or a `Date`.
 *
 * @example
 * ```ts
 * import { SurveyResponseSchema } from 'logistics-customer/sample';
 * SurveyResponseSchema.parse({ customerId: 'C-000001', at: '2026-01-15T10:00:00+08:00', nps: 9, csat: 5 }).at;
 * // => new Date('2026-01-15T02:00:00Z')
 * ```
 * @category Sample data
 */
export const SurveyResponseSchema = z.readonly(
  z.strictObject({
    /** The customer who answered. */
    customerId: CustomerIdSchema,
    /** When the answers were given. */
    at: RecordDateSchema,
    /** "How likely are you to recommend us?" from 0 to 10 (NPS). */
    nps: z.int().check(z.minimum(0), z.maximum(10)),
    /** Satisfaction from 1 to 5 (CSAT). */
    csat: z.int().check(z.minimum(1), z.maximum(5)),
    /** Effort from 1 to 7 (CES; 7: very easy), when asked. */
    ces: z.exactOptional(z.int().check(z.minimum(1), z.maximum(7))),
  }),
);

/**
 * One customer's survey answers, as parsed by {@link SurveyResponseSchema}.
 *
 * @category Sample data
 */
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
