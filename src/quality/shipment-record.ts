import * as z from 'zod/mini';
import { MoneySchema } from '../core/money-schema.js';
import { CustomerIdSchema } from '../customer/customer-id.js';
import { RecordDateSchema } from '../customer/record-date.js';
import { ServiceKindSchema } from '../customer/service-kind.js';
import { customIssue } from '../core/zod-issues.js';
import { ShipmentConditionSchema } from './shipment-condition.js';
import { shipmentRecordProblem } from './shipment-record-problem.js';

/**
 * The schema of a promised delivery window (约定送达时段): deliveries from `start` to `end`,
 * both included, are on time.
 *
 * @example
 * ```ts
 * import { PromisedWindowSchema } from 'logistics-customer/quality';
 * PromisedWindowSchema.safeParse({ start: '2026-03-02T09:00:00+08:00', end: '2026-03-02T12:00:00+08:00' }).success;
 * // => true
 * ```
 * @category Records
 */
export const PromisedWindowSchema = z.readonly(
  z.strictObject({
    /** The first on-time instant. */
    start: RecordDateSchema,
    /** The last on-time instant. */
    end: RecordDateSchema,
  }),
);

/**
 * A promised delivery window.
 *
 * @category Records
 */
export type PromisedWindow = z.infer<typeof PromisedWindowSchema>;

const wholeCount = z.int().check(z.nonnegative());

/**
 * The schema of one shipment record: one order line as it was ordered, promised, shipped and
 * delivered — the raw material of every logistics service measure (物流服务质量, DOMAIN.md §8).
 *
 * Unknown fields are an error (`unrecognized_keys`), never dropped silently. Dates are `Date`s or
 * ISO-8601 strings with a UTC offset. Exactly one of `promisedAt` (a commit
 * date) and `promisedWindow` is required. A line that was not delivered has no `deliveredAt` and
 * `quantityDelivered` 0; a lost line (`condition: 'lost'`) has nothing delivered. Besides the
 * field types, the schema checks the order of the dates and the quantities (codes such as
 * `DELIVERED_BEFORE_ORDERED`, `MISSING_PROMISE`, `LOST_LINE_DELIVERED`, with messages in both
 * locales); see {@link shipmentRecordProblem}.
 *
 * @example
 * ```ts
 * import { ShipmentRecordSchema } from 'logistics-customer/quality';
 * const r = ShipmentRecordSchema.safeParse({
 *   customerId: 'C-001', orderId: 'SO-1', lineId: '1',
 *   orderedAt: '2026-03-01T08:00:00+08:00', promisedAt: '2026-03-03T18:00:00+08:00',
 *   deliveredAt: '2026-03-03T10:00:00+08:00',
 *   quantityOrdered: 10, quantityDelivered: 10, condition: 'intact', documentsAccurate: true,
 * });
 * r.success;
 * // => true
 * ```
 * @category Records
 */
export const ShipmentRecordSchema = z.readonly(
  z.strictObject({
    /** The customer (客户编号). */
    customerId: CustomerIdSchema,
    /** The order (订单号); several lines can share it. */
    orderId: z.string().check(z.minLength(1)),
    /** The line within the order (订单行). */
    lineId: z.string().check(z.minLength(1)),
    /** The kind of logistics service delivered (运输、仓储、流通加工 …). */
    serviceKind: z.optional(ServiceKindSchema),
    /** When the customer placed the order (订货时间 starts here). */
    orderedAt: RecordDateSchema,
    /** When the firm answered the order or request, if recorded (response time). */
    respondedAt: z.optional(RecordDateSchema),
    /** The committed delivery instant (commit date). */
    promisedAt: z.optional(RecordDateSchema),
    /** The committed delivery window, instead of a commit date. */
    promisedWindow: z.optional(PromisedWindowSchema),
    /** When the line left the warehouse, if recorded. */
    shippedAt: z.optional(RecordDateSchema),
    /** When the line reached the customer; absent if it never did. */
    deliveredAt: z.optional(RecordDateSchema),
    /** Units ordered, at least 1. */
    quantityOrdered: z.int().check(z.positive()),
    /** Units shipped, if recorded (fill rate uses it; otherwise the delivered units). */
    quantityShipped: z.optional(wholeCount),
    /** Units the customer received. */
    quantityDelivered: wholeCount,
    /** The condition on arrival. */
    condition: ShipmentConditionSchema,
    /** Whether the documents (waybill, invoice, packing list) were correct. */
    documentsAccurate: z.boolean(),
    /** Whether the line hit a stock-out (缺货), if recorded. */
    stockOut: z.optional(z.boolean()),
    /** The cost of serving the line, if recorded. */
    cost: z.optional(MoneySchema),
  }),
).check(
  z.superRefine((record, ctx) => {
    const problem = shipmentRecordProblem(record);
    if (problem === null) return;
    ctx.addIssue({
      code: 'custom',
      message: problem.message,
      path: [...problem.path],
      params: customIssue(problem.code, problem.messages, problem.details),
    });
  }),
);

/**
 * One shipment record (one order line), as parsed by {@link ShipmentRecordSchema}.
 *
 * @category Records
 */
export type ShipmentRecord = z.infer<typeof ShipmentRecordSchema>;

/**
 * The JSON form a {@link ShipmentRecord} is parsed from (dates as ISO strings).
 *
 * @category Records
 */
export type ShipmentRecordInput = z.input<typeof ShipmentRecordSchema>;
