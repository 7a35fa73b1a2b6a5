/**
 * The shared primitives every module stands on: results and errors, bilingual labels, money,
 * rates, business time and the state-machine core.
 *
 * @packageDocumentation
 */
export * from './decimal.js';
export * from './domain-error.js';
export * from './invariant.js';
export * from './locale.js';
export * from './result.js';
export * from './zod-issues.js';
