import type { DomainError } from '../core/domain-error.js';
import { text } from '../core/locale.js';
import { ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { Behaviour } from './behaviour.js';
import type { Classification } from './classification.js';
import { type ActivityErrorCode, customerActivity, type HistoryTransaction } from './customer-activity.js';
import { checkedCount, checkedDays } from './option-checks.js';

/**
 * Options of {@link classifyBehaviour}; thresholds are [practice] defaults.
 *
 * @category Classifications
 */
export interface BehaviourOptions {
  /** The moment of analysis. */
  readonly now: Date;
  /** The window regularity is measured over, in days (default 365). */
  readonly windowDays?: number;
  /** Periods the window is cut into (default 4: quarters). */
  readonly periods?: number;
  /** Days without an order after which a customer counts as lost (default 180). */
  readonly lostAfterDays?: number;
  /** Periods with orders needed to count as loyal (default 3 of 4). */
  readonly loyalMinActivePeriods?: number;
}

/**
 * What a behaviour class was derived from.
 *
 * @category Classifications
 */
export interface BehaviourEvidence {
  /** The last order up to `now`, or `null` if none. */
  readonly lastOrderAt: Date | null;
  /** Whole days since the last order, or `null` if none. */
  readonly daysSinceLastOrder: number | null;
  /** Periods of the window with orders. */
  readonly activePeriods: number;
  /** Periods in the window. */
  readonly periods: number;
}

/**
 * Classifies customers by behaviour (客户行为, DOMAIN.md §2 [seed 001]): 流失 lost if it has
 * ordered but not within `lostAfterDays` (default 180); 忠诚 loyal if it keeps choosing the firm —
 * orders in at least `loyalMinActivePeriods` (default 3) of the last 4 quarters; otherwise
 * 潜在 potential (never ordered, or not yet regularly).
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions.
 * @param options - `now` and the thresholds.
 * @returns One classification per customer, in the customers' order, or the history's errors.
 * @throws LogisticsCustomerError for bad options.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { classifyBehaviour } from 'logistics-customer/segmentation';
 * const id = customerId('C-1');
 * const order = (iso: string) => ({ customerId: id, date: new Date(iso), revenue: unwrap(moneyFromMinor(100, 'CNY')) });
 * const [loyal] = unwrap(classifyBehaviour([{ id }], ['2025-05-01', '2025-08-01', '2026-03-01'].map((d) => order(`${d}T00:00:00Z`)), {
 *   now: new Date('2026-03-31T00:00:00Z'),
 * }));
 * [loyal!.class, loyal!.explanation['zh-CN']];
 * // => ['loyal', '近 4 个周期中有 3 个有订单（至少 3 个），最近一次在 30 天前 → 忠诚客户']
 * ```
 * @category Classifications
 */
export function classifyBehaviour(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: BehaviourOptions,
): Result<readonly Classification<Behaviour, BehaviourEvidence>[], readonly DomainError<ActivityErrorCode>[]> {
  const periods = options.periods ?? 4;
  const lostAfterDays = checkedDays(options.lostAfterDays ?? 180, 'lostAfterDays');
  const loyalMin = checkedCount(options.loyalMinActivePeriods ?? 3, 'loyalMinActivePeriods');
  const activity = customerActivity(customers, transactions, { now: options.now, windowDays: options.windowDays ?? 365, periods });
  if (!activity.ok) return activity;
  return ok(
    activity.value.map((a) => {
      const evidence: BehaviourEvidence = {
        lastOrderAt: a.lastOrderAt,
        daysSinceLastOrder: a.daysSinceLastOrder,
        activePeriods: a.activePeriods,
        periods,
      };
      const days = a.daysSinceLastOrder;
      const base = { customerId: a.customerId, evidence };
      if (days === null) {
        return {
          ...base,
          class: 'potential' as const,
          explanation: text('尚未选择本企业的物流服务 → 潜在客户', 'has not chosen the firm yet → Potential customer'),
        };
      }
      if (days > lostAfterDays) {
        return {
          ...base,
          class: 'lost' as const,
          explanation: text(
            `曾经下单，但已 ${days} 天没有订单（超过 ${lostAfterDays} 天）→ 流失客户`,
            `ordered before but not for ${days} days (more than ${lostAfterDays}) → Lost customer`,
          ),
        };
      }
      const regular = a.activePeriods >= loyalMin;
      return {
        ...base,
        class: regular ? ('loyal' as const) : ('potential' as const),
        explanation: text(
          `近 ${periods} 个周期中有 ${a.activePeriods} 个有订单（${regular ? '至少' : '少于'} ${loyalMin} 个），最近一次在 ${days} 天前 → ${regular ? '忠诚客户' : '潜在客户'}`,
          `ordered in ${a.activePeriods} of the last ${periods} periods (${regular ? 'at least' : 'fewer than'} ${loyalMin}), last ${days} days ago → ${regular ? 'Loyal customer' : 'Potential customer'}`,
        ),
      };
    }),
  );
}
