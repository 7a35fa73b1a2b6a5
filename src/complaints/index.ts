/**
 * Complaint handling (投诉管理): the complaint lifecycle, service-level clocks, forms and metrics (DOMAIN.md §7).
 *
 * @packageDocumentation
 */
export * from './complainant-motive.js';
export * from './complaint-category.js';
export * from './complaint-channel.js';
export * from './complaint-context.js';
export * from './complaint-diagram.js';
export * from './complaint-event.js';
export * from './complaint-event-json.js';
export * from './complaint-forms.js';
export * from './complaint-guards.js';
export * from './complaint-log-error.js';
export * from './complaint-machine.js';
export * from './complaint-metrics.js';
export * from './complaint-options.js';
export * from './complaint-priority.js';
export * from './complaint-replay.js';
export * from './complaint-severity.js';
export * from './complaint-state.js';
export * from './complaint-updates.js';
export * from './department.js';
export * from './escalation-level.js';
export * from './form-rows.js';
export * from './handling-principle.js';
export * from './handling-strategy.js';
export * from './messages.js';
export * from './pause-reason.js';
export * from './perfect-order-component.js';
export * from './prepared-calendar.js';
export * from './sla-policy.js';
export * from './sla-status.js';
export * from './sla-target.js';
