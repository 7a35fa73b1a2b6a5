import type { DomainError } from '../core/domain-error.js';
import { text } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import { ok, type Result } from '../core/result.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { Classification } from './classification.js';
import { type ActivityErrorCode, customerActivity, type HistoryTransaction } from './customer-activity.js';
import type { Maturity } from './maturity.js';
import { type MaturityCondition, maturityConditionLabels, MaturityConditionSchema } from './maturity-condition.js';
import { checkedDays } from './option-checks.js';

/**
 * A salesperson's assessment of one customer against the conditions of an actual customer
 * (DOMAIN.md §2 [seed 003]). The fourth condition, immediate revenue, is read from the history
 * unless given.
 *
 * @category Classifications
 */
export interface MaturityAssessment {
  /** The customer. */
  readonly customerId: CustomerId;
  /** 有足够的消费能力: the budget to buy now. */
  readonly purchasingPower: boolean;
  /** 有购买的需求或动机: a need or motive to buy. */
  readonly need: boolean;
  /** 了解物流产品或服务的购买渠道: knows the products and where to buy them. */
  readonly knowsChannel: boolean;
  /** 为物流企业带来即时收入; default: revenue above zero within `revenueDays`. */
  readonly immediateRevenue?: boolean;
}

/**
 * Options of {@link classifyMaturity}.
 *
 * @category Classifications
 */
export interface MaturityOptions {
  /** The moment of analysis. */
  readonly now: Date;
  /** How recent revenue must be to count as immediate, in days (default 90 [practice]). */
  readonly revenueDays?: number;
}

/**
 * What a maturity class was derived from.
 *
 * @category Classifications
 */
export interface MaturityEvidence {
  /** Each of the four conditions, met or not. */
  readonly conditions: { readonly [K in MaturityCondition]: boolean };
  /** The conditions not met, in the textbook's order. */
  readonly missing: readonly MaturityCondition[];
  /** Revenue within `revenueDays` before `now`. */
  readonly recentRevenue: Money;
  /** Whether immediate revenue was given rather than read from the history. */
  readonly revenueAssessed: boolean;
}

/**
 * Classifies customers by maturity (按客户成熟度, DOMAIN.md §2 [seed 003]): 现实客户 actual when all
 * four conditions hold — purchasing power, a need or motive, knowing the channel, bringing
 * immediate revenue (by default: revenue above zero in the last 90 days); otherwise 潜在客户
 * potential, with the missing conditions as evidence.
 *
 * @param assessments - One assessment per customer.
 * @param transactions - Their transactions (for immediate revenue).
 * @param options - `now` and the revenue window.
 * @returns One classification per assessment, in order, or the history's errors.
 * @throws LogisticsCustomerError for bad options.
 *
 * @example
 * ```ts
 * import { unwrap } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { classifyMaturity } from 'logistics-customer/segmentation';
 * const [m] = unwrap(classifyMaturity(
 *   [{ customerId: customerId('C-9'), purchasingPower: false, need: true, knowsChannel: true }],
 *   [],
 *   { now: new Date('2026-03-31T00:00:00Z') },
 * ));
 * [m!.class, m!.evidence.missing];
 * // => ['potential', ['purchasingPower', 'immediateRevenue']]
 * ```
 * @category Classifications
 */
export function classifyMaturity(
  assessments: readonly MaturityAssessment[],
  transactions: readonly HistoryTransaction[],
  options: MaturityOptions,
): Result<readonly Classification<Maturity, MaturityEvidence>[], readonly DomainError<ActivityErrorCode>[]> {
  const revenueDays = checkedDays(options.revenueDays ?? 90, 'revenueDays');
  const activity = customerActivity(
    assessments.map((a) => ({ id: a.customerId })),
    transactions,
    { now: options.now, windowDays: revenueDays, periods: 1 },
  );
  if (!activity.ok) return activity;
  return ok(
    assessments.map((a, i) => {
      const recentRevenue = (activity.value[i] as (typeof activity.value)[number]).revenue;
      const conditions = {
        purchasingPower: a.purchasingPower,
        need: a.need,
        knowsChannel: a.knowsChannel,
        immediateRevenue: a.immediateRevenue ?? recentRevenue.amount > 0,
      };
      const missing = MaturityConditionSchema.options.filter((c) => !conditions[c]);
      const evidence: MaturityEvidence = { conditions, missing, recentRevenue, revenueAssessed: a.immediateRevenue !== undefined };
      if (missing.length === 0) {
        return {
          customerId: a.customerId,
          class: 'actual' as const,
          evidence,
          explanation: text('四个条件全部具备 → 现实客户', 'meets all four conditions → Actual customer'),
        };
      }
      return {
        customerId: a.customerId,
        class: 'potential' as const,
        evidence,
        explanation: text(
          `尚不具备：${missing.map((c) => maturityConditionLabels[c]['zh-CN']).join('、')} → 潜在客户`,
          `does not yet meet: ${missing.map((c) => maturityConditionLabels[c].en).join(', ')} → Potential customer`,
        ),
      };
    }),
  );
}
