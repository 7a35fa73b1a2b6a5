import type { Money } from '../core/money/money.js';
import type { CustomerId } from '../customer/customer-id.js';

/**
 * The least risk warning needs to know about an invoice: who owes, how much, when it was due and
 * when (if yet) it was paid.
 *
 * @category Risk warning
 */
export interface InvoiceRecord {
  /** The customer billed. */
  readonly customerId: CustomerId;
  /** The amount billed. */
  readonly amount: Money;
  /** The payment due date. */
  readonly dueDate: Date;
  /** When it was paid; absent while unpaid. */
  readonly paidDate?: Date;
}
