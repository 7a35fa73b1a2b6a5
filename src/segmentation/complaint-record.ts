import type { CustomerId } from '../customer/customer-id.js';

/**
 * The least this module needs to know about a complaint (the complaints module owns the full
 * record): who complained, and when.
 *
 * @category Differentiation analysis
 */
export interface ComplaintRecord {
  /** The customer who complained. */
  readonly customerId: CustomerId;
  /** When the complaint was received. */
  readonly at: Date;
}
