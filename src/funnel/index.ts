/**
 * Customer development (物流客户开发): the funnel machine, qualification, the relationship lifecycle and funnel analytics (DOMAIN.md §5–6).
 *
 * This module is being built; its exports arrive with its issue.
 *
 * @packageDocumentation
 */
export {};
