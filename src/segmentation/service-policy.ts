import type { ServiceMeasure } from './service-measure.js';
import type { ServiceTier } from './service-tier.js';

/**
 * The service measures of every tier: data, to override per firm.
 *
 * @category Service policy
 */
export type ServicePolicy = { readonly [T in ServiceTier]: readonly ServiceMeasure[] };

/**
 * The textbook's tiered, differentiated service (DOMAIN.md §6 [seed 000, 002]): core/high-value →
 * dedicated account manager, custom solution, priority resources, executive visits; potential →
 * pilot solutions, free value-added trials, nurturing; general/temporary → standard packages and
 * a convenient online entry; lost → analyse why, then targeted win-back measures.
 *
 * @example
 * ```ts
 * import { DEFAULT_SERVICE_POLICY } from 'logistics-customer/segmentation';
 * DEFAULT_SERVICE_POLICY.general;
 * // => ['standard-package', 'online-self-service']
 * ```
 * @category Service policy
 */
export const DEFAULT_SERVICE_POLICY = {
  core: ['dedicated-account-manager', 'custom-solution', 'priority-resources', 'executive-visits'],
  potential: ['pilot-solution', 'value-added-trial', 'nurture'],
  general: ['standard-package', 'online-self-service'],
  'win-back': ['loss-analysis', 'win-back-offer'],
} as const satisfies ServicePolicy;

/**
 * The service measures for a tier, from the textbook policy or the firm's own.
 *
 * @param tier - The service tier.
 * @param policy - The policy (default {@link DEFAULT_SERVICE_POLICY}).
 * @returns The measures, in the policy's order.
 *
 * @example
 * ```ts
 * import { DEFAULT_SERVICE_POLICY, servicePolicyFor } from 'logistics-customer/segmentation';
 * servicePolicyFor('potential');
 * // => ['pilot-solution', 'value-added-trial', 'nurture']
 * servicePolicyFor('general', { ...DEFAULT_SERVICE_POLICY, general: ['online-self-service'] });
 * // => ['online-self-service']
 * ```
 * @category Service policy
 */
export function servicePolicyFor(tier: ServiceTier, policy: ServicePolicy = DEFAULT_SERVICE_POLICY): readonly ServiceMeasure[] {
  return [...policy[tier]];
}
