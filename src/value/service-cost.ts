import * as z from 'zod/mini';
import type { CurrencyCode } from '../core/currency.js';
import { type DomainError, domainError } from '../core/domain-error.js';
import { type LabelTable, text } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import { sumMoney } from '../core/money/sum-money.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Ratio } from '../core/rate/ratio.js';
import { err, ok, type Result } from '../core/result.js';
import { totalsRatio } from './measure-arithmetic.js';

/**
 * The items of customer service cost (客户服务成本, DOMAIN.md §4 [seed 004]): 订单处理 order
 * processing, 订单执行 order execution, 零部件和服务支持 parts and service support, 退货处理
 * returns handling (part of support, listed on its own line), and the sales lost from current
 * (失去现有客户的销售损失) and potential customers (失去潜在客户的销售损失).
 *
 * @example
 * ```ts
 * import { ServiceCostItemSchema } from 'logistics-customer/value';
 * ServiceCostItemSchema.options.length;
 * // => 6
 * ```
 * @category Customer value
 */
export const ServiceCostItemSchema = z.enum([
  'orderProcessing',
  'orderExecution',
  'partsAndServiceSupport',
  'returnsHandling',
  'lostSalesCurrentCustomers',
  'lostSalesPotentialCustomers',
]);

/**
 * One item of customer service cost.
 *
 * @category Customer value
 */
export type ServiceCostItem = z.infer<typeof ServiceCostItemSchema>;

/**
 * The zh-CN and en labels of {@link ServiceCostItem}.
 *
 * @example
 * ```ts
 * import { serviceCostItemLabels } from 'logistics-customer/value';
 * serviceCostItemLabels.lostSalesPotentialCustomers['zh-CN'];
 * // => '失去潜在客户的销售损失'
 * ```
 * @category Customer value
 */
export const serviceCostItemLabels = {
  orderProcessing: { 'zh-CN': '订单处理成本', en: 'Order processing' },
  orderExecution: { 'zh-CN': '订单执行成本', en: 'Order execution' },
  partsAndServiceSupport: { 'zh-CN': '零部件和服务支持成本', en: 'Parts and service support' },
  returnsHandling: { 'zh-CN': '退货处理成本', en: 'Returns handling' },
  lostSalesCurrentCustomers: { 'zh-CN': '失去现有客户的销售损失', en: 'Sales lost from current customers' },
  lostSalesPotentialCustomers: { 'zh-CN': '失去潜在客户的销售损失', en: 'Sales lost from potential customers' },
} as const satisfies LabelTable<ServiceCostItem>;

/**
 * The two parts of customer service cost: the cost of supporting service (`support`) and the
 * hidden part, the sales lost when service disappoints (`lost-sales`, 隐性成本).
 *
 * @example
 * ```ts
 * import { ServiceCostPartSchema } from 'logistics-customer/value';
 * ServiceCostPartSchema.options;
 * // => ['support', 'lost-sales']
 * ```
 * @category Customer value
 */
export const ServiceCostPartSchema = z.enum(['support', 'lost-sales']);

/**
 * `support` or `lost-sales`.
 *
 * @category Customer value
 */
export type ServiceCostPart = z.infer<typeof ServiceCostPartSchema>;

/**
 * The zh-CN and en labels of {@link ServiceCostPart}.
 *
 * @example
 * ```ts
 * import { serviceCostPartLabels } from 'logistics-customer/value';
 * serviceCostPartLabels['lost-sales']['zh-CN'];
 * // => '销售损失（隐性成本）'
 * ```
 * @category Customer value
 */
export const serviceCostPartLabels = {
  support: { 'zh-CN': '支持客户服务的成本', en: 'Cost of supporting customer service' },
  'lost-sales': { 'zh-CN': '销售损失（隐性成本）', en: 'Lost sales (hidden cost)' },
} as const satisfies LabelTable<ServiceCostPart>;

/**
 * Which part each item belongs to.
 *
 * @example
 * ```ts
 * import { serviceCostItemParts } from 'logistics-customer/value';
 * [serviceCostItemParts.returnsHandling, serviceCostItemParts.lostSalesCurrentCustomers];
 * // => ['support', 'lost-sales']
 * ```
 * @category Customer value
 */
export const serviceCostItemParts = {
  orderProcessing: 'support',
  orderExecution: 'support',
  partsAndServiceSupport: 'support',
  returnsHandling: 'support',
  lostSalesCurrentCustomers: 'lost-sales',
  lostSalesPotentialCustomers: 'lost-sales',
} as const satisfies Readonly<Record<ServiceCostItem, ServiceCostPart>>;

/**
 * The amounts of customer service cost by item; a missing item counts as nothing. Give
 * returns handling on its own line, not also inside parts and service support.
 *
 * @typeParam C - The currency.
 * @category Customer value
 */
export type ServiceCostInput<C extends CurrencyCode = CurrencyCode> = { readonly [K in ServiceCostItem]?: Money<C> };

/**
 * One item of a service-cost breakdown.
 *
 * @typeParam C - The currency.
 * @category Customer value
 */
export interface ServiceCostLine<C extends CurrencyCode = CurrencyCode> {
  /** The item. */
  readonly item: ServiceCostItem;
  /** Its part: support or lost sales. */
  readonly part: ServiceCostPart;
  /** Its amount. */
  readonly amount: Money<C>;
  /** Its share of the total service cost; `NO_DATA` when the total is zero. */
  readonly share: Ratio | NoData;
}

/**
 * Customer service cost summed exactly, with the hidden part (lost sales) apart.
 *
 * @typeParam C - The currency.
 * @category Customer value
 */
export interface ServiceCostBreakdown<C extends CurrencyCode = CurrencyCode> {
  /** The items given, in the model's order. */
  readonly lines: readonly ServiceCostLine<C>[];
  /** Order processing + order execution + parts and service support (incl. returns). */
  readonly support: Money<C>;
  /** The hidden part: sales lost from current and potential customers (隐性成本). */
  readonly lostSales: Money<C>;
  /** support + lostSales. */
  readonly total: Money<C>;
  /** lostSales ÷ total; `NO_DATA` when the total is zero. */
  readonly lostSalesShare: Ratio | NoData;
}

/**
 * Adds up customer service cost (客户服务成本, DOMAIN.md §4 [seed 004]: "用来支持客户服务的成本
 * … 它是一种隐性成本。既包括订单处理、订单执行、零部件和服务支持成本（其中还包括退货处理成本），
 * 也包括失去现有和潜在客户的销售损失") exactly, and reports the hidden part — the sales lost when
 * service disappoints — separately from the cost of supporting service.
 *
 * @typeParam C - The currency.
 * @param items - The amounts by item (none negative).
 * @param currency - The currency of every amount (also of the zero when no item is given).
 * @returns The breakdown, or every problem: `NEGATIVE_AMOUNT`, `CURRENCY_MISMATCH`,
 *   `UNKNOWN_COMPONENT` (a key that is not an item) or `AMOUNT_OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { money, moneyToString, unwrap } from 'logistics-customer';
 * import { serviceCost } from 'logistics-customer/value';
 * const cny = (s: string) => unwrap(money(s, 'CNY'));
 * const r = serviceCost(
 *   {
 *     orderProcessing: cny('12000'), orderExecution: cny('30000'), partsAndServiceSupport: cny('6000'),
 *     returnsHandling: cny('2000'), lostSalesCurrentCustomers: cny('40000'), lostSalesPotentialCustomers: cny('10000'),
 *   },
 *   'CNY',
 * );
 * r.ok && [moneyToString(r.value.support), moneyToString(r.value.lostSales), moneyToString(r.value.total)];
 * // => ['50000.00', '50000.00', '100000.00']
 * ```
 * @category Customer value
 */
export function serviceCost<C extends CurrencyCode>(
  items: ServiceCostInput<NoInfer<C>>,
  currency: C,
): Result<ServiceCostBreakdown<C>, readonly DomainError[]> {
  const errors: DomainError[] = [];
  const known: readonly string[] = ServiceCostItemSchema.options;
  for (const key of Object.keys(items)) {
    if (!known.includes(key)) {
      errors.push(
        domainError('UNKNOWN_COMPONENT', text(`“${key}”不是客户服务成本的项目`, `"${key}" is not an item of customer service cost`), {
          path: [key],
          details: { received: key, expected: known },
        }),
      );
    }
  }
  const found: { item: ServiceCostItem; amount: Money<C> }[] = [];
  for (const item of ServiceCostItemSchema.options) {
    const amount = items[item];
    if (amount === undefined) continue;
    if (amount.currency !== currency) {
      errors.push(
        domainError(
          'CURRENCY_MISMATCH',
          text(`${item} 的币种为 ${amount.currency}，应为 ${currency}`, `${item} is in ${amount.currency}, not in ${currency}`),
          { path: [item, 'currency'], details: { expected: currency, received: amount.currency } },
        ),
      );
    } else if (amount.amount < 0) {
      errors.push(
        domainError('NEGATIVE_AMOUNT', text(`${item} 的金额不能为负`, `the amount of ${item} cannot be negative`), {
          path: [item, 'amount'],
          details: { received: amount.amount },
        }),
      );
    } else {
      found.push({ item, amount: { amount: amount.amount, scale: amount.scale, currency } });
    }
  }
  if (errors.length > 0) return err(errors);

  const partTotal = (part: ServiceCostPart): Result<Money<C>, DomainError> =>
    sumMoney(
      found.filter((f) => serviceCostItemParts[f.item] === part).map((f) => f.amount),
      currency,
    );
  const support = partTotal('support');
  const lostSales = partTotal('lost-sales');
  const total = sumMoney(
    found.map((f) => f.amount),
    currency,
  );
  if (!support.ok) return err([support.error]);
  if (!lostSales.ok) return err([lostSales.error]);
  if (!total.ok) return err([total.error]);
  return ok({
    lines: found.map((f) => ({
      item: f.item,
      part: serviceCostItemParts[f.item],
      amount: f.amount,
      share: totalsRatio(f.amount, total.value),
    })),
    support: support.value,
    lostSales: lostSales.value,
    total: total.value,
    lostSalesShare: totalsRatio(lostSales.value, total.value),
  });
}
