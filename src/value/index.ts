/**
 * Customer value (客户价值): delivered value, retention economics, lifetime value and service cost (DOMAIN.md §4).
 *
 * This module is being built; its exports arrive with its issue.
 *
 * @packageDocumentation
 */
export {};
