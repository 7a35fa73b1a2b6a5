/**
 * Customer value (客户价值): delivered value, offer comparison, retention economics, lifetime
 * value and customer service cost (DOMAIN.md §4).
 *
 * @packageDocumentation
 */
export * from './compare-offers.js';
export * from './cost-components.js';
export * from './customer-lifetime-value.js';
export * from './delivered-value.js';
export * from './lifetime-value-multiple.js';
export * from './margin-status.js';
export * from './measure.js';
export * from './measure-arithmetic.js';
export * from './messages.js';
export * from './rate-input.js';
export * from './retention-projection.js';
export * from './service-cost.js';
export type * from './value-error-code.js';
export * from './value-components.js';
export * from './value-definitions.js';
