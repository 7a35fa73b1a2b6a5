import * as z from 'zod/mini';
import { text } from '../core/locale.js';
import { customIssue } from '../core/zod-issues.js';

const ISO_WITH_OFFSET = z.iso.datetime({ offset: true });

const INVALID_DATE = text(
  '日期无效：应为有效的 Date，或带时区偏移的 ISO-8601 日期时间（例如 2026-03-31T08:00:00+08:00）',
  'invalid date: expected a valid Date or an ISO-8601 date-time with a UTC offset, e.g. 2026-03-31T08:00:00+08:00',
);

function describe(value: unknown): string {
  if (value instanceof Date) return 'Invalid Date';
  if (typeof value === 'string') return JSON.stringify(value);
  return value === null ? 'null' : typeof value;
}

/**
 * The schema of an instant in a customer record (created, verified, transaction date): accepts a
 * valid `Date` or an ISO-8601 date-time string with a UTC offset (`Z` or `+08:00`) and outputs a
 * new `Date` (never the caller's object). A string without an offset is rejected, since its
 * instant would depend on the machine's time zone; so is an impossible date such as 2026-02-30.
 * Failures have the code `INVALID_DATE` and a message in both locales.
 *
 * @example
 * ```ts
 * import { RecordDateSchema } from 'logistics-customer/customer';
 * RecordDateSchema.parse('2026-03-31T08:00:00+08:00');
 * // => new Date('2026-03-31T00:00:00Z')
 * ```
 * @category Customer
 */
export const RecordDateSchema = z.pipe(
  // The type guard only types the input; every check, with its bilingual issue, is below.
  z.custom<Date | string>(() => true),
  z.transform<Date | string, Date>((value: unknown, ctx): Date => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return new Date(value.getTime());
    if (typeof value === 'string' && ISO_WITH_OFFSET.safeParse(value).success) return new Date(value);
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: INVALID_DATE.en,
      params: customIssue('INVALID_DATE', INVALID_DATE, { received: describe(value) }),
    });
    return z.NEVER;
  }),
);
