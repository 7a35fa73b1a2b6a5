/**
 * Derived classifications: ABC / value tiers, RFM, the differentiation analysis (差异性分析) and risk warning (DOMAIN.md §2–3, §6).
 *
 * This module is being built; its exports arrive with its issue.
 *
 * @packageDocumentation
 */
export {};
