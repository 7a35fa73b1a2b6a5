import * as z from 'zod/mini';
import { text } from '../core/locale.js';
import { MoneySchema } from '../core/money-schema.js';
import type { Money } from '../core/money/money.js';
import { moneyToJSON } from '../core/money/money-json.js';
import { customIssue } from '../core/zod-issues.js';
import { CustomerIdSchema } from './customer-id.js';
import { RecordDateSchema } from './record-date.js';
import { ServiceKindSchema } from './service-kind.js';
import { NonBlankTextSchema } from './text-field.js';
import { rejectDuplicateValues } from './unique-values.js';

const AMOUNT_NOT_STRING = text(
  '金额应为十进制字符串（例如 "12800.00"）：数字形式的金额可能与最小货币单位（分）混淆',
  'the amount must be a decimal string such as "12800.00": a number is ambiguous with minor units (fen, cents)',
);

/**
 * A money field in a record: the JSON form `{ amount, currency, scale? }` with the amount as a
 * decimal string and no unknown keys, read exactly by MoneySchema. A number amount is refused:
 * a parsed Money (`{ amount: 12345, scale: 2 }` = 123.45) passed back in would otherwise be
 * read silently as 12345.00.
 */
const RecordMoneySchema = z.pipe(
  z.strictObject({
    amount: z.custom<string>((value) => typeof value === 'string', {
      message: AMOUNT_NOT_STRING.en,
      params: customIssue('AMOUNT_NOT_STRING', AMOUNT_NOT_STRING),
    }),
    currency: z.string(),
    scale: z.optional(z.number()),
  }),
  MoneySchema as z.ZodMiniType<Money, { amount: string; currency: string; scale?: number | undefined }>,
);

const PROFIT_CURRENCY = text('利润与收入的币种必须相同', 'the profit must be in the currency of the revenue');

/**
 * The schema of one transaction with a customer — the history every derived classification
 * reads (ABC, value tier, time type, demand nature, behaviour; DOMAIN.md §2–3): the customer, the
 * date, the revenue (exact {@link Money}), optionally the profit, and the services bought (at
 * least one, each at most once). Money fields take the JSON form `{ amount, currency, scale? }`
 * with the amount as a decimal string (`AMOUNT_NOT_STRING` otherwise: a number is ambiguous with
 * minor units, so a parsed transaction is not valid input — serialize it with
 * {@link transactionToJSON} first); a profit in another currency than the revenue
 * fails with `PROFIT_CURRENCY_MISMATCH`. A negative revenue (a credit note) is allowed. Unknown
 * fields are rejected.
 *
 * @example
 * ```ts
 * import { TransactionSchema } from 'logistics-customer/customer';
 * TransactionSchema.parse({
 *   id: 'T-0001',
 *   customerId: 'C-001',
 *   date: '2026-03-02T10:00:00+08:00',
 *   revenue: { amount: '12800.00', currency: 'CNY' },
 *   profit: { amount: '1536.50', currency: 'CNY' },
 *   services: ['transport', 'warehousing'],
 * }).revenue;
 * // => { amount: 1280000, scale: 2, currency: 'CNY' }
 * ```
 * @category Transaction
 */
export const TransactionSchema = z.readonly(
  z
    .strictObject({
      /** The transaction's id (e.g. the waybill or invoice number). */
      id: NonBlankTextSchema,
      /** The customer it was with. */
      customerId: CustomerIdSchema,
      /** When it took place. */
      date: RecordDateSchema,
      /** The revenue (销售额), exact. */
      revenue: RecordMoneySchema,
      /** The profit (利润额), exact, in the revenue's currency, when known. */
      profit: z.exactOptional(RecordMoneySchema),
      /** The logistics services bought, at least one, each at most once. */
      services: z.readonly(
        z
          .array(ServiceKindSchema)
          .check(
            z.minLength(1),
            z.superRefine(rejectDuplicateValues('DUPLICATE_SERVICE', text('服务项目', 'service'))),
          ),
      ),
    })
    .check(
      z.superRefine((transaction, ctx) => {
        const { revenue, profit } = transaction;
        if (profit !== undefined && profit.currency !== revenue.currency) {
          ctx.addIssue({
            code: 'custom',
            path: ['profit', 'currency'],
            message: PROFIT_CURRENCY.en,
            params: customIssue('PROFIT_CURRENCY_MISMATCH', PROFIT_CURRENCY, {
              expected: revenue.currency,
              received: profit.currency,
            }),
          });
        }
      }),
    ),
);

/**
 * One transaction with a customer, as parsed by {@link TransactionSchema}.
 *
 * @category Transaction
 */
export type Transaction = z.infer<typeof TransactionSchema>;

/**
 * What {@link TransactionSchema} accepts: money in its JSON form, dates as `Date`s or ISO-8601
 * strings with offset.
 *
 * @category Transaction
 */
export type TransactionInput = z.input<typeof TransactionSchema>;

/**
 * Serializes a transaction to plain JSON data — the date as an ISO-8601 UTC string, money as
 * exact decimal strings (never a float, never raw minor units) — that {@link TransactionSchema}
 * parses back to an equal transaction.
 *
 * @param transaction - The transaction.
 * @returns A new plain object; the transaction is not changed.
 *
 * @example
 * ```ts
 * import { TransactionSchema, transactionToJSON } from 'logistics-customer/customer';
 * const t = TransactionSchema.parse({
 *   id: 'T-0002', customerId: 'C-001', date: '2026-03-03T00:00:00Z',
 *   revenue: { amount: '99.5', currency: 'CNY' }, services: ['distribution'],
 * });
 * transactionToJSON(t);
 * // => { id: 'T-0002', customerId: 'C-001', date: '2026-03-03T00:00:00.000Z',
 * //      revenue: { amount: '99.50', currency: 'CNY' }, services: ['distribution'] }
 * ```
 * @category Transaction
 */
export function transactionToJSON(transaction: Transaction): TransactionInput {
  const base = {
    id: transaction.id,
    customerId: transaction.customerId,
    date: transaction.date.toISOString(),
    revenue: moneyToJSON(transaction.revenue),
    services: [...transaction.services],
  };
  return transaction.profit === undefined ? base : { ...base, profit: moneyToJSON(transaction.profit) };
}
