/**
 * A deterministic sample logistics firm (样本企业) for teaching, demos and benchmarks: customers,
 * transactions, deals, shipments, complaints and survey answers, generated from a seed — valid for
 * every module's schema, and the same on every machine.
 *
 * @packageDocumentation
 */
export * from './generate-sample-firm.js';
export * from './messages.js';
export * from './prng.js';
export * from './sample-bundle.js';
export type * from './sample-firm.js';
export * from './sample-options.js';
export * from './survey-response.js';
