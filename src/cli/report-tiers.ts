/** Section 4: service tiers with their policies, and risk warnings (分级服务、风险预警, DOMAIN.md §6). */
import { add } from '../core/money/add.js';
import { compareMoney } from '../core/money/compare-money.js';
import type { Money } from '../core/money/money.js';
import { zeroMoney } from '../core/money/zero-money.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { Classification } from '../segmentation/classification.js';
import type { DemandNature } from '../segmentation/demand-nature.js';
import { RiskLevelSchema, type RiskLevel } from '../segmentation/risk-level.js';
import { RiskSignalKindSchema } from '../segmentation/risk-signal-kind.js';
import type { RiskEvidence } from '../segmentation/risk-warnings.js';
import { servicePolicyFor } from '../segmentation/service-policy.js';
import { serviceTierOf } from '../segmentation/service-tier-of.js';
import { ServiceTierSchema, type ServiceTier } from '../segmentation/service-tier.js';
import { countBy, zeroCounts } from './report-customer-base.js';
import type { CustomerRef, TiersSection } from './report-types.js';

const LEVEL_RANK: { readonly [L in RiskLevel]: number } = { none: 0, low: 1, medium: 2, high: 3 };

/** Builds the tiers (from the demand nature: core, potential, general, win-back) and the risk warnings. */
export function tiersSection(
  demand: readonly Classification<DemandNature, unknown>[],
  risk: readonly Classification<RiskLevel, RiskEvidence>[],
  context: {
    readonly refOf: (id: CustomerId) => CustomerRef;
    readonly revenueOf: ReadonlyMap<string, Money>;
    readonly top: number;
  },
): TiersSection {
  const zero = zeroMoney('CNY');
  const revenue = (id: string): Money => context.revenueOf.get(id) ?? zero;
  const customers = zeroCounts(ServiceTierSchema.options);
  const totals: { [T in ServiceTier]: Money } = { core: zero, potential: zero, general: zero, 'win-back': zero };
  for (const c of demand) {
    const tier = serviceTierOf({ dimension: 'demand-nature', class: c.class });
    customers[tier] += 1;
    totals[tier] = add(totals[tier], revenue(c.customerId));
  }
  const signals = zeroCounts(RiskSignalKindSchema.options);
  for (const r of risk) for (const s of r.evidence.signals) signals[s.kind] += 1;
  const flagged = risk
    .filter((r) => r.class === 'high' || r.class === 'medium')
    .sort((a, b) => LEVEL_RANK[b.class] - LEVEL_RANK[a.class] || compareMoney(revenue(b.customerId), revenue(a.customerId)) || (a.customerId < b.customerId ? -1 : 1));
  return {
    tiers: ServiceTierSchema.options.map((tier) => ({ tier, customers: customers[tier], revenue: totals[tier], measures: servicePolicyFor(tier) })),
    risk: {
      byLevel: countBy(RiskLevelSchema.options, risk.map((r) => r.class)),
      bySignal: signals,
      top: flagged.slice(0, context.top).map((r) => ({
        customer: context.refOf(r.customerId),
        level: r.class,
        signals: r.evidence.signals.map((s) => s.kind),
        revenue: revenue(r.customerId),
      })),
    },
  };
}
