import type { AbcClass } from './abc-class.js';
import type { DemandNature } from './demand-nature.js';
import type { ServiceTier } from './service-tier.js';
import type { ValueTier } from './value-tier.js';

/**
 * A class of one of the derived classifications, tagged with its dimension.
 *
 * @category Service policy
 */
export type SegmentRef =
  | { readonly dimension: 'abc'; readonly class: AbcClass }
  | { readonly dimension: 'value-tier'; readonly class: ValueTier }
  | { readonly dimension: 'demand-nature'; readonly class: DemandNature };

/**
 * Which service tier each derived class gets: data, to override per firm.
 *
 * @category Service policy
 */
export interface ServiceTierMap {
  /** ABC class → tier. */
  readonly abc: { readonly [K in AbcClass]: ServiceTier };
  /** Value tier → tier. */
  readonly valueTier: { readonly [K in ValueTier]: ServiceTier };
  /** Demand nature → tier. */
  readonly demandNature: { readonly [K in DemandNature]: ServiceTier };
}

/**
 * The textbook mapping (DOMAIN.md §6 [seed 000, 002]): A, high value and core customers get the
 * core service; B, medium value and potential customers are nurtured; C, low value and temporary
 * customers get the standard service; lost customers are won back.
 *
 * @example
 * ```ts
 * import { DEFAULT_SERVICE_TIER_MAP } from 'logistics-customer/segmentation';
 * DEFAULT_SERVICE_TIER_MAP.abc;
 * // => { A: 'core', B: 'potential', C: 'general' }
 * ```
 * @category Service policy
 */
export const DEFAULT_SERVICE_TIER_MAP = {
  abc: { A: 'core', B: 'potential', C: 'general' },
  valueTier: { high: 'core', medium: 'potential', low: 'general' },
  demandNature: { core: 'core', potential: 'potential', temporary: 'general', lost: 'win-back' },
} as const satisfies ServiceTierMap;

/**
 * The service tier of a derived class (客户分层, DOMAIN.md §6).
 *
 * @param segment - The class and its dimension.
 * @param map - The mapping (default {@link DEFAULT_SERVICE_TIER_MAP}).
 * @returns The service tier.
 *
 * @example
 * ```ts
 * import { serviceTierOf } from 'logistics-customer/segmentation';
 * [serviceTierOf({ dimension: 'abc', class: 'A' }), serviceTierOf({ dimension: 'demand-nature', class: 'lost' })];
 * // => ['core', 'win-back']
 * ```
 * @category Service policy
 */
export function serviceTierOf(segment: SegmentRef, map: ServiceTierMap = DEFAULT_SERVICE_TIER_MAP): ServiceTier {
  switch (segment.dimension) {
    case 'abc':
      return map.abc[segment.class];
    case 'value-tier':
      return map.valueTier[segment.class];
    case 'demand-nature':
      return map.demandNature[segment.class];
    default: {
      const unreachable: never = segment;
      return unreachable;
    }
  }
}
