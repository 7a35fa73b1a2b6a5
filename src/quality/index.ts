/**
 * Logistics customer service quality (物流客户服务质量): shipment measures, surveys, the 7Rs and scorecards (DOMAIN.md §8).
 *
 * This module is being built; its exports arrive with its issue.
 *
 * @packageDocumentation
 */
export {};
