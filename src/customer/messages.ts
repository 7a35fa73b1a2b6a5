/**
 * The messages of the errors the customer module throws for API misuse, exported so tests and
 * callers can match them.
 *
 * @example
 * ```ts
 * import { CUSTOMER_MESSAGES } from 'logistics-customer/customer';
 * CUSTOMER_MESSAGES.EMPTY_CUSTOMER_ID;
 * // => 'A customer id must be a non-empty string.'
 * ```
 * @category Customer
 */
export const CUSTOMER_MESSAGES = {
  EMPTY_CUSTOMER_ID: 'A customer id must be a non-empty string.',
  INVALID_CUSTOMER: 'The customer record is not valid.',
  INVALID_TRANSACTION: 'The transaction record is not valid.',
  INVALID_NOW: '"now" must be a valid Date.',
  INVALID_MAX_AGE: 'maxAge must be a finite, non-negative number of milliseconds or a date-fns Duration with finite, non-negative fields, and now − maxAge must be a valid Date (within ±8.64e15 ms of 1970).',
  INVALID_MIN_CONTACTS: 'minContactsForTarget must be a whole number of at least 0.',
  INVALID_RECOMMENDED_FIELD: 'recommended must list only known checks (see RecommendedFieldSchema).',
  INVALID_TIME_ZONE: 'timeZone must be an IANA time zone name such as Asia/Shanghai.',
} as const;
