import type { DomainError } from '../core/domain-error.js';
import { type LocalizedText, text } from '../core/locale.js';
import { ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import { type ServiceKind, serviceKindLabels, ServiceKindSchema } from '../customer/service-kind.js';
import { type ActivityErrorCode, customerActivity, type HistoryTransaction } from './customer-activity.js';
import { checkedCount } from './option-checks.js';

/**
 * What a customer is known to buy from other firms.
 *
 * @category Differentiation analysis
 */
export interface ServicesElsewhere {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The services it buys elsewhere. */
  readonly services: readonly ServiceKind[];
}

/**
 * Options of {@link crossSellCandidates}.
 *
 * @category Differentiation analysis
 */
export interface CrossSellOptions {
  /** The moment of analysis. */
  readonly now: Date;
  /** The window services are counted over, in days (default 365). */
  readonly windowDays?: number;
  /** The most services a candidate buys here (default 2: "一两种"). */
  readonly maxServices?: number;
  /** What customers are known to buy elsewhere, when known. */
  readonly elsewhere?: readonly ServicesElsewhere[];
}

/**
 * A customer to offer more services to.
 *
 * @category Differentiation analysis
 */
export interface CrossSellCandidate {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The services it buys here. */
  readonly services: readonly ServiceKind[];
  /** The services it buys elsewhere, or `null` when not known. */
  readonly elsewhere: readonly ServiceKind[] | null;
  /** Services bought elsewhere and not here: what to propose. */
  readonly suggestions: readonly ServiceKind[];
  /** What to do, in both locales. */
  readonly explanation: LocalizedText;
}

function list(services: readonly ServiceKind[], locale: 'zh-CN' | 'en'): string {
  return services.map((s) => serviceKindLabels[s][locale]).join(locale === 'zh-CN' ? '、' : ', ');
}

/**
 * Differentiation question 6 (是否有客户在本企业只订购一两种产品或服务，而从其他企业订购更多,
 * DOMAIN.md §3 [seed 003]): customers that bought only 1 or 2 kinds of service here in the last
 * year. Where it is known what they buy elsewhere, only those buying something elsewhere that
 * they do not buy here are returned, with those services as suggestions (propose ours instead);
 * where it is not known, the candidate says so.
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions (their `services` are read).
 * @param options - `now`, the window, the maximum and what is bought elsewhere.
 * @returns The candidates, in the customers' order, or the history's errors.
 * @throws LogisticsCustomerError for bad options.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { crossSellCandidates } from 'logistics-customer/segmentation';
 * const id = customerId('C-1');
 * const t = { customerId: id, date: new Date('2026-02-01T00:00:00Z'), revenue: unwrap(moneyFromMinor(100, 'CNY')), services: ['transport'] as const };
 * const [c] = unwrap(crossSellCandidates([{ id }], [t], {
 *   now: new Date('2026-03-31T00:00:00Z'),
 *   elsewhere: [{ customerId: id, services: ['transport', 'warehousing'] }],
 * }));
 * [c!.suggestions, c!.explanation['zh-CN']];
 * // => [['warehousing'], '在本企业只购买 运输，在其他企业购买 仓储：建议改用本企业的这些服务']
 * ```
 * @category Differentiation analysis
 */
export function crossSellCandidates(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: CrossSellOptions,
): Result<readonly CrossSellCandidate[], readonly DomainError<ActivityErrorCode>[]> {
  const maxServices = checkedCount(options.maxServices ?? 2, 'maxServices');
  const activity = customerActivity(customers, transactions, { now: options.now, windowDays: options.windowDays ?? 365, periods: 1 });
  if (!activity.ok) return activity;
  const elsewhere = new Map<string, ReadonlySet<ServiceKind>>();
  for (const e of options.elsewhere ?? []) {
    const known = new Set([...(elsewhere.get(e.customerId) ?? []), ...e.services]);
    elsewhere.set(e.customerId, known);
  }
  const out: CrossSellCandidate[] = [];
  for (const a of activity.value) {
    if (a.services.length === 0 || a.services.length > maxServices) continue;
    const there = elsewhere.get(a.customerId);
    const here = new Set(a.services);
    if (there === undefined) {
      out.push({
        customerId: a.customerId,
        services: a.services,
        elsewhere: null,
        suggestions: [],
        explanation: text(
          `在本企业只购买 ${list(a.services, 'zh-CN')}：了解其在其他企业购买哪些服务`,
          `buys only ${list(a.services, 'en')} here: find out what it buys elsewhere`,
        ),
      });
      continue;
    }
    const suggestions = ServiceKindSchema.options.filter((s) => there.has(s) && !here.has(s));
    if (suggestions.length === 0) continue;
    out.push({
      customerId: a.customerId,
      services: a.services,
      elsewhere: ServiceKindSchema.options.filter((s) => there.has(s)),
      suggestions,
      explanation: text(
        `在本企业只购买 ${list(a.services, 'zh-CN')}，在其他企业购买 ${list(suggestions, 'zh-CN')}：建议改用本企业的这些服务`,
        `buys only ${list(a.services, 'en')} here and ${list(suggestions, 'en')} elsewhere: propose ours instead`,
      ),
    });
  }
  return ok(out);
}
