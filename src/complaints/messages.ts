/** The message of the `INVALID_COMPLAINT_OPTIONS` invariant error. @category Complaints */
export const INVALID_COMPLAINT_OPTIONS_MESSAGE = 'The complaint machine options are not valid.';

/** The message of the `INVALID_SLA_POLICY` invariant error. @category Service levels */
export const INVALID_SLA_POLICY_MESSAGE = 'The service-level policy is not valid.';

/** The message of the `INVALID_PERIOD` invariant error. @category Complaint metrics */
export const INVALID_PERIOD_MESSAGE = 'The period needs valid dates with its start before its end.';

/** The message of the `INVALID_SHIPMENTS` invariant error. @category Complaint metrics */
export const INVALID_SHIPMENTS_MESSAGE = 'The number of shipments must be a positive whole number.';

/** The message of the `INVALID_FRACTION` invariant error. @category Complaint metrics */
export const INVALID_FRACTION_MESSAGE = 'The fraction must be a number greater than 0 and at most 1.';

/**
 * The messages of the errors the complaints module throws when it is misused (bad options,
 * policies or periods), exported so tests and callers can match them. Bad event logs are not
 * misuse: they are returned as values.
 *
 * @example
 * ```ts
 * import { COMPLAINT_MESSAGES } from 'logistics-customer/complaints';
 * COMPLAINT_MESSAGES.INVALID_SLA_POLICY;
 * // => 'The service-level policy is not valid.'
 * ```
 * @category Complaints
 */
export const COMPLAINT_MESSAGES = {
  INVALID_COMPLAINT_OPTIONS: INVALID_COMPLAINT_OPTIONS_MESSAGE,
  INVALID_SLA_POLICY: INVALID_SLA_POLICY_MESSAGE,
  INVALID_PERIOD: INVALID_PERIOD_MESSAGE,
  INVALID_SHIPMENTS: INVALID_SHIPMENTS_MESSAGE,
  INVALID_FRACTION: INVALID_FRACTION_MESSAGE,
} as const;
