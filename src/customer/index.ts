/**
 * The customer (物流客户) and its classification dimensions (DOMAIN.md §1–2): zod schemas for
 * customers, contacts, profiles and transactions, the labelled dimensions, safe parsing of
 * untrusted records (single and batch), JSON serialization, and the data-quality checks
 * “verify and refresh customer information”.
 *
 * @packageDocumentation
 */
export * from './contact.js';
export * from './customer-id.js';
export * from './customer.js';
export * from './data-quality.js';
export * from './geography.js';
export * from './industry.js';
export * from './location.js';
export * from './marketing-type.js';
export * from './messages.js';
export * from './nature.js';
export * from './needs-focus.js';
export * from './parse-record.js';
export * from './parse.js';
export * from './profile.js';
export * from './record-date.js';
export * from './scale.js';
export * from './service-kind.js';
export * from './supply-chain-role.js';
export * from './text-field.js';
export * from './transaction.js';
export * from './unique-values.js';
