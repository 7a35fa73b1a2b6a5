import { type LocalizedText, text } from '../core/locale.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import { MIN_CONTACTS_FOR_TARGET } from '../customer/data-quality.js';
import { checkedCount } from './option-checks.js';

/**
 * One customer the firm wants a relationship with this year, and whether its record is ready.
 *
 * @category Differentiation analysis
 */
export interface RelationshipTarget {
  /** The customer. */
  readonly customerId: CustomerId;
  /** Contacts on record. */
  readonly contacts: number;
  /** Contacts still to be recorded to reach the minimum (0 when ready). */
  readonly missingContacts: number;
  /** Whether at least the minimum of contacts is on record. */
  readonly ready: boolean;
  /** What to do, in both locales. */
  readonly explanation: LocalizedText;
}

/**
 * Differentiation question 3, the customers the firm most wants a business relationship with this
 * year (选出企业本年度最想与哪些客户建立商业关系, DOMAIN.md §3 [seed 003]): every customer marked
 * `target`, with a check that at least 3 contacts (`MIN_CONTACTS_FOR_TARGET`) are on record.
 *
 * @param customers - The customers (`id`, `target` and `contacts` are read).
 * @param minContacts - The contacts a target needs (default 3).
 * @returns The targets, in the customers' order.
 * @throws LogisticsCustomerError `INVALID_COUNT` when `minContacts` is not a whole number
 *   of at least 0.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { relationshipTargets } from 'logistics-customer/segmentation';
 * const targets = relationshipTargets([
 *   { id: customerId('T-1'), target: true, contacts: [{ name: '王经理' }] },
 *   { id: customerId('T-2'), contacts: [] },
 * ]);
 * [targets.length, targets[0]!.missingContacts, targets[0]!.explanation['zh-CN']];
 * // => [1, 2, '目标客户，已记录 1 名联系人，还需补充 2 名（至少 3 名）']
 * ```
 * @category Differentiation analysis
 */
export function relationshipTargets(
  customers: readonly Pick<Customer, 'id' | 'target' | 'contacts'>[],
  minContacts: number = MIN_CONTACTS_FOR_TARGET,
): readonly RelationshipTarget[] {
  const min = checkedCount(minContacts, 'minContacts', 0);
  return customers
    .filter((c) => c.target === true)
    .map((c) => {
      const contacts = c.contacts.length;
      const missingContacts = Math.max(0, min - contacts);
      return {
        customerId: c.id,
        contacts,
        missingContacts,
        ready: missingContacts === 0,
        explanation:
          missingContacts === 0
            ? text(`目标客户，已记录 ${contacts} 名联系人（至少 ${min} 名）`, `target customer with ${contacts} contacts on record (at least ${min})`)
            : text(
                `目标客户，已记录 ${contacts} 名联系人，还需补充 ${missingContacts} 名（至少 ${min} 名）`,
                `target customer with ${contacts} contacts on record: record ${missingContacts} more (at least ${min})`,
              ),
      };
    });
}
