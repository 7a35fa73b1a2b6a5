/**
 * The customer (物流客户) and its classification dimensions (DOMAIN.md §1–2).
 *
 * This module is being built; its exports arrive with its issue.
 *
 * @packageDocumentation
 */
export {};
