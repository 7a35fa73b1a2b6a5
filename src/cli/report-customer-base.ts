/** Section 1: the customer base by each classification (客户分类, DOMAIN.md §2). */
import { GeographySchema } from '../customer/geography.js';
import { IndustrySchema } from '../customer/industry.js';
import { MarketingTypeSchema } from '../customer/marketing-type.js';
import { CustomerNatureSchema } from '../customer/nature.js';
import { NeedsFocusSchema } from '../customer/needs-focus.js';
import { CustomerScaleSchema } from '../customer/scale.js';
import { SupplyChainRoleSchema } from '../customer/supply-chain-role.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerBaseSection, Counts } from './report-types.js';

/** Zero counts for every value of a union. */
export function zeroCounts<K extends string>(keys: readonly K[]): { [P in K]: number } {
  return Object.fromEntries(keys.map((k) => [k, 0])) as { [P in K]: number };
}

/** Counts the values, every key present. */
export function countBy<K extends string>(keys: readonly K[], values: Iterable<K>): Counts<K> {
  const counts = zeroCounts(keys);
  for (const v of values) counts[v] += 1;
  return counts;
}

/** Counts the declared dimensions of the customer base, one customer at a time. */
export class DeclaredCounter {
  readonly #nature = zeroCounts(CustomerNatureSchema.options);
  readonly #industry = zeroCounts(IndustrySchema.options);
  readonly #scale = zeroCounts(CustomerScaleSchema.options);
  readonly #geography = zeroCounts(GeographySchema.options);
  readonly #location = zeroCounts(['internal', 'explicit', 'implicit'] as const);
  readonly #marketingType = zeroCounts([...MarketingTypeSchema.options, 'unknown'] as const);
  readonly #needsFocus = zeroCounts([...NeedsFocusSchema.options, 'unknown'] as const);
  readonly #supplyChainRole = zeroCounts([...SupplyChainRoleSchema.options, 'unknown'] as const);

  add(c: Customer): void {
    this.#nature[c.nature] += 1;
    this.#industry[c.industry] += 1;
    this.#scale[c.scale] += 1;
    this.#geography[c.geography] += 1;
    this.#location[c.location.kind === 'internal' ? 'internal' : c.location.visibility] += 1;
    this.#marketingType[c.marketingType ?? 'unknown'] += 1;
    this.#needsFocus[c.needsFocus ?? 'unknown'] += 1;
    this.#supplyChainRole[c.supplyChainRole ?? 'unknown'] += 1;
  }

  counts(): CustomerBaseSection['declared'] {
    return {
      nature: { ...this.#nature },
      industry: { ...this.#industry },
      scale: { ...this.#scale },
      geography: { ...this.#geography },
      location: { ...this.#location },
      marketingType: { ...this.#marketingType },
      needsFocus: { ...this.#needsFocus },
      supplyChainRole: { ...this.#supplyChainRole },
    };
  }
}
