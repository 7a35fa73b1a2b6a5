/**
 * Complaint handling (投诉管理): the complaint lifecycle, service-level clocks, forms and metrics (DOMAIN.md §7).
 *
 * This module is being built; its exports arrive with its issue.
 *
 * @packageDocumentation
 */
export {};
