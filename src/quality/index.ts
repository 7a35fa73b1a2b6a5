/**
 * Logistics customer service quality (物流客户服务质量, DOMAIN.md §8): shipment records, the
 * measures of the textbook's three dimensions — availability, operational performance,
 * reliability — with SCOR perfect order, computed by mergeable, JSON-serialisable streaming
 * accumulators; scorecards, the service-element and 7Rs checklists, and survey measures (NPS,
 * CSAT, CES, SERVQUAL).
 *
 * @packageDocumentation
 */
export * from './messages.js';
export * from './shipment-condition.js';
export * from './shipment-record.js';
export * from './shipment-record-problem.js';
export * from './parse-shipment-records.js';
export type * from './rejected-record.js';
export * from './on-time-rule.js';
export * from './shipment-line.js';
export * from './rate-measure.js';
export * from './duration-digest.js';
export * from './quality-options.js';
export type * from './quality-report.js';
export type * from './quality-accumulator-json.js';
export * from './quality-accumulator.js';
export * from './grouping.js';
export * from './grouped-quality-accumulator.js';
export * from './scorecard.js';
export * from './assessment-status.js';
export * from './service-elements.js';
export * from './seven-rs.js';
export * from './seven-rs-from-shipment.js';
export * from './survey-scale.js';
export * from './nps.js';
export * from './csat.js';
export * from './ces.js';
export * from './servqual.js';
