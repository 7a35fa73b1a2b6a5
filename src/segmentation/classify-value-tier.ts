import type { DomainError } from '../core/domain-error.js';
import { type LocalizedText, text } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Ratio } from '../core/rate/ratio.js';
import { ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import { type AbcBasis, abcBasisLabels } from './abc-basis.js';
import type { AbcClass } from './abc-class.js';
import type { AbcEntry } from './abc-entry.js';
import type { AbcAssignment, AbcErrorCode } from './abc-result.js';
import { type AbcThresholds, DEFAULT_ABC_THRESHOLDS } from './abc-thresholds.js';
import type { Classification } from './classification.js';
import { classifyAbc } from './classify-abc.js';
import { type ActivityErrorCode, customerActivity, type HistoryTransaction } from './customer-activity.js';
import { formatShare } from './format-share.js';
import { checkedCount } from './option-checks.js';
import { type ValueTier, valueTierLabels } from './value-tier.js';

/**
 * Options of {@link classifyValueTier}; every one has a default.
 *
 * @category Classifications
 */
export interface ValueTierOptions {
  /** The moment of analysis. */
  readonly now: Date;
  /** The window the contribution is measured over, in days (default 365). */
  readonly windowDays?: number;
  /** Periods the window is cut into to measure stability (default 4: quarters). */
  readonly periods?: number;
  /** Contribution by revenue (default) or profit. */
  readonly basis?: AbcBasis;
  /** Cumulative-share lines of the contribution classes (default A 80%, B 95%). */
  readonly thresholds?: AbcThresholds;
  /** Periods with orders a top contributor needs to be high-value (default 3 of 4 [practice]). */
  readonly highMinActivePeriods?: number;
  /** Last run's tiers, for hysteresis (high counts as A, medium as B, low as C). */
  readonly previous?: ReadonlyMap<CustomerId, ValueTier>;
  /** The hysteresis margin as a share (default 0). */
  readonly margin?: number;
}

/**
 * What a value tier was derived from.
 *
 * @category Classifications
 */
export interface ValueTierEvidence {
  /** The customer's contribution class by the value rule. */
  readonly abcClass: AbcClass;
  /** Its revenue or profit in the window. */
  readonly value: Money;
  /** The share held by the customers ranked above it. */
  readonly position: Ratio | NoData;
  /** Periods of the window with orders (stability). */
  readonly activePeriods: number;
  /** Periods in the window. */
  readonly periods: number;
  /** The tier in `previous`, if given. */
  readonly previousTier: ValueTier | null;
}

const TIER_AS_CLASS = { high: 'A', medium: 'B', low: 'C' } as const satisfies { readonly [T in ValueTier]: AbcClass };

/**
 * Classifies customers into value tiers (客户价值, DOMAIN.md §2 [seed 001]) by what the seed names:
 * contribution (贡献) and stability of cooperation (合作稳定). Contribution is the ABC value rule
 * over the window (default the last 365 days): 高价值 high = class A and ordering in at least 3 of
 * the 4 quarters; 中价值 medium = class B, or class A without that stability; 低价值 low = class C.
 * Thresholds, window and stability are parameters; `previous` and `margin` keep tiers from
 * flipping on tiny changes.
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions.
 * @param options - `now` and the thresholds.
 * @returns One classification per customer, in the customers' order, or the errors.
 * @throws LogisticsCustomerError for bad options.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { classifyValueTier } from 'logistics-customer/segmentation';
 * const [a, b] = [customerId('A'), customerId('B')];
 * const order = (id: typeof a, iso: string, fen: number) => ({ customerId: id, date: new Date(iso), revenue: unwrap(moneyFromMinor(fen, 'CNY')) });
 * const history = [
 *   order(a, '2025-05-01T00:00:00Z', 900000), order(a, '2025-08-01T00:00:00Z', 900000), order(a, '2026-02-01T00:00:00Z', 900000),
 *   order(b, '2026-03-01T00:00:00Z', 100000),
 * ];
 * unwrap(classifyValueTier([{ id: a }, { id: b }], history, { now: new Date('2026-03-31T00:00:00Z') })).map((t) => t.class);
 * // => ['high', 'low']
 * ```
 * @category Classifications
 */
export function classifyValueTier(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: ValueTierOptions,
): Result<readonly Classification<ValueTier, ValueTierEvidence>[], readonly DomainError<ActivityErrorCode | AbcErrorCode>[]> {
  const highMin = checkedCount(options.highMinActivePeriods ?? 3, 'highMinActivePeriods');
  const periods = options.periods ?? 4;
  const window = { now: options.now, windowDays: options.windowDays ?? 365, periods };
  const activity = customerActivity(customers, transactions, window);
  if (!activity.ok) return activity;
  const basis = options.basis ?? 'revenue';
  const previousTiers = options.previous;
  const previous =
    previousTiers === undefined ? undefined : new Map([...previousTiers].map(([id, tier]) => [id, TIER_AS_CLASS[tier]] as const));
  const entries = activity.value.map((a): AbcEntry =>
    a.profit === null ? { customerId: a.customerId, revenue: a.revenue } : { customerId: a.customerId, revenue: a.revenue, profit: a.profit },
  );
  const abc = classifyAbc(entries, {
    basis,
    rule: 'value',
    thresholds: options.thresholds ?? DEFAULT_ABC_THRESHOLDS.value,
    margin: options.margin ?? 0,
    ...(previous === undefined ? {} : { previous }),
  });
  if (!abc.ok) return abc;
  const byId = new Map<string, AbcAssignment>(abc.value.customers.map((row) => [row.customerId, row]));
  return ok(
    activity.value.map((a) => {
      const row = byId.get(a.customerId) as AbcAssignment;
      const e = row.evidence;
      const tier: ValueTier = row.class === 'A' ? (a.activePeriods >= highMin ? 'high' : 'medium') : row.class === 'B' ? 'medium' : 'low';
      const evidence: ValueTierEvidence = {
        abcClass: row.class,
        value: e.value,
        position: e.position,
        activePeriods: a.activePeriods,
        periods,
        previousTier: previousTiers?.get(a.customerId) ?? null,
      };
      return { customerId: a.customerId, class: tier, evidence, explanation: explain(tier, evidence, basis, highMin) };
    }),
  );
}

function explain(tier: ValueTier, e: ValueTierEvidence, basis: AbcBasis, highMin: number): LocalizedText {
  const b = abcBasisLabels[basis];
  const label = valueTierLabels[tier];
  const stable = e.activePeriods >= highMin;
  const stability =
    e.abcClass === 'A'
      ? text(
          `，近 ${e.periods} 个周期中 ${e.activePeriods} 个有订单（${stable ? '合作稳定' : `少于 ${highMin} 个，合作不够稳定`}）`,
          `, ordered in ${e.activePeriods} of ${e.periods} periods (${stable ? 'stable' : `fewer than ${highMin}: not yet stable`})`,
        )
      : text('', '');
  return text(
    `排在前面的客户累计占${b['zh-CN']} ${formatShare(e.position, 'zh-CN')}（贡献为 ${e.abcClass} 类）${stability['zh-CN']} → ${label['zh-CN']}`,
    `customers ranked above hold ${formatShare(e.position, 'en')} of ${b.en} (contribution class ${e.abcClass})${stability.en} → ${label.en}`,
  );
}
