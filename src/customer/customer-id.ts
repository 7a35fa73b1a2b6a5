import * as z from 'zod/mini';
import { LogisticsCustomerError } from '../core/invariant.js';
import { CUSTOMER_MESSAGES } from './messages.js';

/**
 * The schema of a customer id: a non-empty string, branded so that a plain string (a name, a
 * transaction id) cannot be passed where a customer id is expected. The brand costs nothing at
 * run time.
 *
 * @example
 * ```ts
 * import { CustomerIdSchema } from 'logistics-customer/customer';
 * CustomerIdSchema.safeParse('C-001').success;
 * // => true
 * ```
 * @category Customer
 */
export const CustomerIdSchema = z.string().check(z.minLength(1)).brand<'CustomerId'>();

/**
 * The id of a customer (客户编号): a branded string.
 *
 * @category Customer
 */
export type CustomerId = z.infer<typeof CustomerIdSchema>;

/**
 * Brands a trusted string as a {@link CustomerId} (for literals in code and tests; parse
 * untrusted input with the schemas instead).
 *
 * @param raw - The id.
 * @returns The same string, typed as a customer id.
 * @throws LogisticsCustomerError `EMPTY_CUSTOMER_ID` when `raw` is empty.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * customerId('C-001');
 * // => 'C-001'
 * ```
 * @category Customer
 */
export function customerId(raw: string): CustomerId {
  if (typeof raw !== 'string' || raw.length === 0) {
    throw new LogisticsCustomerError('EMPTY_CUSTOMER_ID', CUSTOMER_MESSAGES.EMPTY_CUSTOMER_ID, { received: raw });
  }
  return raw as CustomerId;
}
