import * as z from 'zod/mini';
import { type CurrencyCode, isCurrencyCode } from './currency.js';
import { money, type Money } from './money/money.js';
import { moneyError } from './money/money-errors.js';
import { customIssue } from './zod-issues.js';

/**
 * The JSON shape {@link MoneySchema} reads before it checks and converts the amount:
 * `{ amount: string | number, currency: string, scale?: number }`.
 *
 * @category Money
 */
export const MoneyJSONShape = z.object({
  amount: z.union([z.string(), z.number()]),
  currency: z.string(),
  scale: z.optional(z.number()),
});

/**
 * The zod schema of a money amount in records: accepts the JSON form
 * `{ amount: string | number, currency, scale? }` and outputs an exact {@link Money}. Errors
 * carry stable codes (`INVALID_AMOUNT`, `TOO_MANY_DECIMALS`, `AMOUNT_OUT_OF_RANGE`,
 * `UNKNOWN_CURRENCY`, `INVALID_SCALE`) and messages in zh-CN and en when parsed with
 * `safeParseWith`.
 *
 * @example
 * ```ts
 * import { MoneySchema, safeParseWith } from 'logistics-customer/core';
 * safeParseWith(MoneySchema, { amount: '123.45', currency: 'CNY' });
 * // => { ok: true, value: { amount: 12345, scale: 2, currency: 'CNY' } }
 * ```
 * @category Money
 */
export const MoneySchema: z.ZodMiniType<Money, z.input<typeof MoneyJSONShape>> = z.pipe(
  MoneyJSONShape,
  // A zod/mini transform has no `ctx.addIssue`: its issues are pushed with their input, as
  // `addIssue` would.
  z.transform((input: z.output<typeof MoneyJSONShape>, ctx): Money => {
    if (!isCurrencyCode(input.currency)) {
      const e = moneyError('UNKNOWN_CURRENCY', { received: input.currency });
      const params = customIssue(e.code, e.messages, e.details);
      ctx.issues.push({ code: 'custom', input, message: e.message, path: ['currency'], params });
      return z.NEVER;
    }
    const currency: CurrencyCode = input.currency;
    const result = money(input.amount, currency, input.scale === undefined ? {} : { scale: input.scale });
    if (result.ok) return result.value;
    const e = result.error;
    const field = e.code === 'INVALID_SCALE' ? 'scale' : 'amount';
    const params = customIssue(e.code, e.messages, e.details);
    ctx.issues.push({ code: 'custom', input, message: e.message, path: [field], params });
    return z.NEVER;
  }),
);
