import type { DomainError } from '../core/domain-error.js';
import { renderError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { text } from '../core/locale.js';
import type { Result } from '../core/result.js';
import { type Customer, CustomerSchema } from './customer.js';
import { CUSTOMER_MESSAGES } from './messages.js';
import { type RecordParseOptions, safeParseRecord, safeParseRecordBatch } from './parse-record.js';
import { type Transaction, TransactionSchema } from './transaction.js';

function invalid(code: string, message: string, errors: readonly DomainError[]): LogisticsCustomerError {
  const listing = errors.map((e) => renderError(e, 'en')).join('; ');
  return new LogisticsCustomerError(code, `${message} ${listing}`, { errors });
}

/**
 * Parses one untrusted customer record: every problem with its path and a message in both
 * locales, never a throw. Unknown fields are reported (`UNKNOWN_FIELD`) unless
 * `unknownKeys: 'strip'` asks to drop them.
 *
 * @param input - The untrusted record (e.g. from JSON).
 * @param options - The unknown-fields policy.
 * @returns The customer, or every problem.
 *
 * @example
 * ```ts
 * import { renderError } from 'logistics-customer/core';
 * import { safeParseCustomer } from 'logistics-customer/customer';
 * const r = safeParseCustomer({
 *   id: 'C-9', name: ' ', nature: 'organization', industry: 'fmcg', scale: 'sme', geography: 'local',
 *   location: { kind: 'external', visibility: 'explicit' }, contacts: [],
 *   createdAt: '2026-01-05T08:00:00+08:00', fax: '0771-0000000',
 * });
 * r.ok ? [] : r.error.map((e) => renderError(e, 'zh-CN'));
 * // => ['name: 不能为空或只含空白',
 * //     "fax: 未知字段「fax」（如需删除未知字段，请传入 { unknownKeys: 'strip' }）"]
 * ```
 * @category Parsing
 */
export function safeParseCustomer(
  input: unknown,
  options: RecordParseOptions = {},
): Result<Customer, readonly DomainError[]> {
  return safeParseRecord(CustomerSchema, input, options);
}

/**
 * Parses a customer record from a trusted source (a fixture, your own database), throwing when
 * it is not valid; use {@link safeParseCustomer} for untrusted input.
 *
 * @param input - The record.
 * @param options - The unknown-fields policy.
 * @returns The customer.
 * @throws LogisticsCustomerError `INVALID_CUSTOMER` listing every problem; the
 *   `DomainError`s are in `details.errors`.
 *
 * @example
 * ```ts
 * import { parseCustomer } from 'logistics-customer/customer';
 * parseCustomer({
 *   id: 'C-1', name: '南宁鲜果电商', nature: 'organization', industry: 'e-commerce', scale: 'sme',
 *   geography: 'local', location: { kind: 'external', visibility: 'explicit' }, contacts: [],
 *   createdAt: '2026-01-05T08:00:00+08:00', needsFocus: 'time',
 * }).needsFocus;
 * // => 'time'
 * ```
 * @category Parsing
 */
export function parseCustomer(input: unknown, options: RecordParseOptions = {}): Customer {
  const result = safeParseCustomer(input, options);
  if (!result.ok) throw invalid('INVALID_CUSTOMER', CUSTOMER_MESSAGES.INVALID_CUSTOMER, result.error);
  return result.value;
}

/**
 * Parses a batch of untrusted customer records: every problem with its path starting at the
 * record's index, and `DUPLICATE_CUSTOMER_ID` for each record whose id repeats an earlier one
 * (both indexes in the message and details) — never silently merged.
 *
 * @param inputs - The untrusted array of records.
 * @param options - The unknown-fields policy.
 * @returns All customers in input order, or every problem.
 *
 * @example
 * ```ts
 * import { safeParseCustomers } from 'logistics-customer/customer';
 * const base = {
 *   nature: 'organization', industry: 'pharma', scale: 'large', geography: 'domestic',
 *   location: { kind: 'external', visibility: 'explicit' }, contacts: [],
 *   createdAt: '2026-01-05T08:00:00+08:00',
 * };
 * const r = safeParseCustomers([
 *   { ...base, id: 'C-1', name: '甲医药' },
 *   { ...base, id: 'C-2', name: '乙医药', scale: 'huge' },
 *   { ...base, id: 'C-1', name: '丙医药' },
 * ]);
 * r.ok ? [] : r.error.map((e) => [e.code, e.path]);
 * // => [['INVALID_INPUT', [1, 'scale']], ['DUPLICATE_CUSTOMER_ID', [2, 'id']]]
 * ```
 * @category Parsing
 */
export function safeParseCustomers(
  inputs: unknown,
  options: RecordParseOptions = {},
): Result<readonly Customer[], readonly DomainError[]> {
  return safeParseRecordBatch(
    CustomerSchema,
    inputs,
    { code: 'DUPLICATE_CUSTOMER_ID', what: text('客户', 'customer') },
    options,
  );
}

/**
 * Parses one untrusted transaction record: every problem with its path and a message in both
 * locales, never a throw. Unknown fields are reported unless `unknownKeys: 'strip'`.
 *
 * @param input - The untrusted record.
 * @param options - The unknown-fields policy.
 * @returns The transaction, or every problem.
 *
 * @example
 * ```ts
 * import { safeParseTransaction } from 'logistics-customer/customer';
 * const r = safeParseTransaction({
 *   id: 'T-1', customerId: 'C-1', date: '2026-03-02T10:00:00+08:00',
 *   revenue: { amount: '10.005', currency: 'CNY' }, services: ['transport'],
 * });
 * r.ok ? [] : r.error.map((e) => [e.code, e.path]);
 * // => [['TOO_MANY_DECIMALS', ['revenue', 'amount']]]
 * ```
 * @category Parsing
 */
export function safeParseTransaction(
  input: unknown,
  options: RecordParseOptions = {},
): Result<Transaction, readonly DomainError[]> {
  return safeParseRecord(TransactionSchema, input, options);
}

/**
 * Parses a transaction from a trusted source, throwing when it is not valid; use
 * {@link safeParseTransaction} for untrusted input.
 *
 * @param input - The record.
 * @param options - The unknown-fields policy.
 * @returns The transaction.
 * @throws LogisticsCustomerError `INVALID_TRANSACTION` listing every problem; the
 *   `DomainError`s are in `details.errors`.
 *
 * @example
 * ```ts
 * import { parseTransaction } from 'logistics-customer/customer';
 * parseTransaction({
 *   id: 'T-1', customerId: 'C-1', date: '2026-03-02T10:00:00+08:00',
 *   revenue: { amount: '10.50', currency: 'CNY' }, services: ['transport'],
 * }).date;
 * // => new Date('2026-03-02T02:00:00Z')
 * ```
 * @category Parsing
 */
export function parseTransaction(input: unknown, options: RecordParseOptions = {}): Transaction {
  const result = safeParseTransaction(input, options);
  if (!result.ok) throw invalid('INVALID_TRANSACTION', CUSTOMER_MESSAGES.INVALID_TRANSACTION, result.error);
  return result.value;
}

/**
 * Parses a batch of untrusted transactions: every problem with its path starting at the
 * record's index, and `DUPLICATE_TRANSACTION_ID` for each transaction whose id repeats an
 * earlier one (both indexes given) — a transaction counted twice would inflate every
 * classification built on the history.
 *
 * @param inputs - The untrusted array of records.
 * @param options - The unknown-fields policy.
 * @returns All transactions in input order, or every problem.
 *
 * @example
 * ```ts
 * import { safeParseTransactions } from 'logistics-customer/customer';
 * const t = {
 *   id: 'T-1', customerId: 'C-1', date: '2026-03-02T10:00:00+08:00',
 *   revenue: { amount: '10.50', currency: 'CNY' }, services: ['transport'],
 * };
 * const r = safeParseTransactions([t, { ...t }]);
 * r.ok ? [] : r.error.map((e) => e.message);
 * // => ['duplicate transaction id "T-1" at indexes 0 and 1']
 * ```
 * @category Parsing
 */
export function safeParseTransactions(
  inputs: unknown,
  options: RecordParseOptions = {},
): Result<readonly Transaction[], readonly DomainError[]> {
  return safeParseRecordBatch(
    TransactionSchema,
    inputs,
    { code: 'DUPLICATE_TRANSACTION_ID', what: text('交易', 'transaction') },
    options,
  );
}
