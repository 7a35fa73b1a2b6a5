/**
 * The JSON form of a complaint event, for reading complaint logs from files: times as ISO-8601
 * strings with an offset, compensation as `{ amount: '200.00', currency: 'CNY' }`. (The complaints
 * module checks the events against its machine; this schema only checks their shape.)
 */
import * as z from 'zod';
import { MoneySchema } from '../core/money-schema.js';
import { ComplainantMotiveSchema } from '../complaints/complainant-motive.js';
import { ComplaintCategorySchema } from '../complaints/complaint-category.js';
import { ComplaintChannelSchema } from '../complaints/complaint-channel.js';
import type { ComplaintEvent } from '../complaints/complaint-event.js';
import { ComplaintPrioritySchema } from '../complaints/complaint-priority.js';
import { ComplaintSeveritySchema } from '../complaints/complaint-severity.js';
import { EscalationLevelSchema } from '../complaints/escalation-level.js';
import { PauseReasonSchema } from '../complaints/pause-reason.js';
import { PerfectOrderComponentSchema } from '../complaints/perfect-order-component.js';

const At = z.union([z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))]);
const Text = z.string().min(1);
const base = { at: At, by: Text, note: z.string().exactOptional() };

const ComplainantSchema = z.strictObject({
  name: Text,
  company: z.string().exactOptional(),
  phone: z.string().exactOptional(),
  email: z.string().exactOptional(),
  customerId: z.string().exactOptional(),
});

/** The zod schema of one complaint event in its JSON form. */
export const ComplaintEventJSONSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('RECEIVE'),
    ...base,
    complainant: ComplainantSchema,
    channel: ComplaintChannelSchema,
    category: ComplaintCategorySchema,
    severity: ComplaintSeveritySchema,
    priority: ComplaintPrioritySchema.exactOptional(),
    description: Text,
    demand: z.string().exactOptional(),
    shipmentId: z.string().exactOptional(),
    orderId: z.string().exactOptional(),
    brokenComponent: PerfectOrderComponentSchema.exactOptional(),
    motives: z.array(ComplainantMotiveSchema).exactOptional(),
  }),
  z.strictObject({ type: z.literal('ACKNOWLEDGE'), ...base }),
  z.strictObject({ type: z.literal('ACCEPT'), ...base }),
  z.strictObject({ type: z.literal('REJECT'), ...base, explanation: Text }),
  z.strictObject({ type: z.literal('ASSIGN'), ...base, department: Text }),
  z.strictObject({ type: z.literal('INVESTIGATE'), ...base }),
  z.strictObject({ type: z.literal('PROPOSE'), ...base, cause: Text, remedy: Text, compensation: MoneySchema.exactOptional() }),
  z.strictObject({ type: z.literal('APPROVE'), ...base, instruction: z.string().exactOptional() }),
  z.strictObject({ type: z.literal('IMPLEMENT'), ...base }),
  z.strictObject({ type: z.literal('FOLLOW_UP'), ...base, satisfied: z.boolean(), feedback: z.string().exactOptional() }),
  z.strictObject({ type: z.literal('CLOSE'), ...base, summary: z.string().exactOptional() }),
  z.strictObject({ type: z.literal('ARCHIVE'), ...base }),
  z.strictObject({ type: z.literal('REOPEN'), ...base, reason: Text }),
  z.strictObject({ type: z.literal('WAIT'), ...base, reason: PauseReasonSchema }),
  z.strictObject({ type: z.literal('RESUME'), ...base }),
  z.strictObject({ type: z.literal('ESCALATE'), ...base, level: EscalationLevelSchema, reason: Text }),
  z.strictObject({ type: z.literal('DEESCALATE'), ...base, decision: z.string().exactOptional() }),
  z.strictObject({ type: z.literal('WITHDRAW'), ...base, reason: z.string().exactOptional() }),
  z.strictObject({ type: z.literal('RESPOND'), ...base, message: Text }),
  z.strictObject({
    type: z.literal('RECLASSIFY'),
    ...base,
    category: ComplaintCategorySchema.exactOptional(),
    severity: ComplaintSeveritySchema.exactOptional(),
    priority: ComplaintPrioritySchema.exactOptional(),
    brokenComponent: PerfectOrderComponentSchema.exactOptional(),
  }),
]) satisfies z.ZodType<ComplaintEvent, unknown>;
