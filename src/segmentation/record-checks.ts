import { type DomainError, domainError } from '../core/domain-error.js';
import { text } from '../core/locale.js';
import type { CustomerId } from '../customer/customer-id.js';

/**
 * Checks side records (complaints, invoices) against the customer list: each must belong to a
 * listed customer and carry valid dates.
 *
 * @param known - The ids of the listed customers.
 * @param records - The records.
 * @param name - The records' name in error paths, e.g. `'complaints'`.
 * @param dates - The date fields to check on each record.
 * @returns Every `UNKNOWN_CUSTOMER` and `INVALID_DATE` error, with its path.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { checkRecords } from 'logistics-customer/segmentation';
 * checkRecords(new Set(['A']), [{ customerId: customerId('B'), at: new Date('2026-01-01T00:00:00Z') }], 'complaints', ['at'])
 *   .map((e) => [e.code, e.path]);
 * // => [['UNKNOWN_CUSTOMER', ['complaints', 0, 'customerId']]]
 * ```
 * @category Segmentation
 */
export function checkRecords<R extends { readonly customerId: CustomerId }>(
  known: ReadonlySet<string>,
  records: readonly R[],
  name: string,
  dates: readonly (keyof R & string)[],
): readonly DomainError<'UNKNOWN_CUSTOMER' | 'INVALID_DATE'>[] {
  const errors: DomainError<'UNKNOWN_CUSTOMER' | 'INVALID_DATE'>[] = [];
  records.forEach((record, i) => {
    if (!known.has(record.customerId)) {
      errors.push(
        domainError(
          'UNKNOWN_CUSTOMER',
          text(`${name} 第 ${i} 项的客户 ${record.customerId} 不在客户名单中`, `${name} ${i} is about ${record.customerId}, who is not in the customer list`),
          { path: [name, i, 'customerId'], details: { index: i, customerId: record.customerId } },
        ),
      );
    }
    for (const field of dates) {
      const value: unknown = record[field];
      if (value === undefined) continue;
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
        errors.push(
          domainError('INVALID_DATE', text(`${name} 第 ${i} 项的 ${field} 不是有效日期`, `${name} ${i} has an invalid ${field}`), {
            path: [name, i, field],
            details: { index: i },
          }),
        );
      }
    }
  });
  return errors;
}
