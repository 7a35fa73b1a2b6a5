/**
 * Customer development (物流客户开发): the funnel machine, qualification, the relationship lifecycle and funnel analytics (DOMAIN.md §5–6).
 *
 * @packageDocumentation
 */
export * from './approach-method.js';
export { type BusinessClock, createBusinessClock } from './business-clock.js';
export * from './closing-method.js';
export * from './diagrams.js';
export * from './duration-stats.js';
export * from './finding-channel.js';
export * from './funnel-context.js';
export * from './funnel-event.js';
export * from './funnel-event-json.js';
export * from './funnel-event-schema.js';
export * from './funnel-guards.js';
export * from './funnel-log-error.js';
export * from './funnel-machine.js';
export * from './funnel-replay.js';
export * from './funnel-report.js';
export * from './funnel-report-types.js';
export * from './funnel-state.js';
export * from './identification-factor.js';
export * from './lifecycle-event.js';
export * from './lifecycle-link.js';
export * from './lifecycle-machine.js';
export * from './lifecycle-state.js';
export * from './lost-reason.js';
export * from './management-checklist.js';
export * from './management-step.js';
export * from './messages.js';
export * from './qualification.js';
export * from './qualification-rule.js';
export * from './reference-data.js';
