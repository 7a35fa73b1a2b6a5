import type { LocalizedText } from '../core/locale.js';
import type { CustomerId } from '../customer/customer-id.js';

/**
 * One customer's derived class with the evidence it was derived from and a one-line explanation
 * in both locales — every classification of this module returns these (DOMAIN.md §2: derived
 * classifications must be explainable).
 *
 * @typeParam K - The literal union of classes (e.g. `'A' | 'B' | 'C'`).
 * @typeParam E - The shape of the evidence.
 * @category Segmentation
 */
export interface Classification<K extends string, E> {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The class the rule gives. */
  readonly class: K;
  /** The facts the class was derived from (ranks, shares, dates, counts). */
  readonly evidence: E;
  /** One line saying why, in zh-CN and en. */
  readonly explanation: LocalizedText;
}
