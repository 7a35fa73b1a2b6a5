/**
 * Derived classifications: ABC / value tiers, RFM, the differentiation analysis (差异性分析) and risk warning (DOMAIN.md §2–3, §6).
 *
 * @packageDocumentation
 */
export * from './abc-basis.js';
export * from './abc-class.js';
export * from './abc-entries.js';
export * from './abc-entry.js';
export * from './abc-result.js';
export * from './abc-rule.js';
export * from './abc-thresholds.js';
export * from './behaviour.js';
export * from './classification.js';
export * from './classify-abc.js';
export * from './classify-behaviour.js';
export * from './classify-demand-nature.js';
export * from './classify-maturity.js';
export * from './classify-rfm.js';
export * from './classify-time-type.js';
export * from './classify-value-tier.js';
export * from './compare-share.js';
export * from './complaining-large-customers.js';
export * from './complaint-record.js';
export * from './cost-drags.js';
export * from './cross-sell-candidates.js';
export * from './customer-activity.js';
export * from './demand-nature-reason.js';
export * from './demand-nature.js';
export * from './exact-fraction.js';
export * from './forecast-key-customers.js';
export * from './format-share.js';
export * from './history-index.js';
export * from './invoice-record.js';
export * from './maturity-condition.js';
export * from './maturity.js';
export * from './messages.js';
export * from './option-checks.js';
export * from './plan-resource-shift.js';
export * from './quintile-scores.js';
export * from './record-checks.js';
export * from './relationship-targets.js';
export * from './rfm-segment.js';
export * from './risk-level.js';
export * from './risk-signal-kind.js';
export * from './risk-warnings.js';
export * from './service-measure.js';
export * from './service-policy.js';
export * from './service-tier-of.js';
export * from './service-tier.js';
export * from './shrinking-top-customers.js';
export * from './time-type.js';
export * from './value-tier.js';
