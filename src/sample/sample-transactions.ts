import type { CurrencyCode } from '../core/currency.js';
import type { Money } from '../core/money/money.js';
import type { Customer } from '../customer/customer.js';
import type { ServiceKind } from '../customer/service-kind.js';
import type { Transaction } from '../customer/transaction.js';
import type { SamplePrng } from './prng.js';
import type { SampleTraits } from './sample-customer.js';
import type { ResolvedSampleFirmOptions } from './sample-options.js';

const BEIJING_OFFSET_MS = 8 * 3_600_000;
/** Yuan of yearly revenue per unit of size weight. */
const REVENUE_PER_WEIGHT = 15_000;

/**
 * A CNY amount in fen (minor units) as {@link Money}.
 *
 * @param fen - The amount in fen, a safe integer.
 * @returns The money value.
 *
 * @example
 * ```ts no-run
 * cny(1250) // { amount: 1250, scale: 2, currency: 'CNY' } = ¥12.50
 * ```
 * @internal
 */
export function cny(fen: number): Money<CurrencyCode> {
  return { amount: fen, scale: 2, currency: 'CNY' };
}

/**
 * The expected orders per year of a customer of the given size weight.
 *
 * @param weight - The size weight (≥ 1).
 * @returns Orders per year.
 *
 * @example
 * ```ts no-run
 * ordersPerYear(1) // 2.5
 * ```
 * @internal
 */
export function ordersPerYear(weight: number): number {
  return Math.min(300, 2.5 * weight ** 0.6);
}

function storyFactor(traits: SampleTraits, t: number, monthOfYear: number): number {
  switch (traits.story) {
    case 'steady':
      return 1;
    case 'growing':
      return 0.4 + 1.6 * t;
    case 'shrinking':
      return 1.4 - 1.1 * t;
    case 'churned':
      return t < traits.churnAt ? 1 : 0;
    case 'seasonal':
      return traits.seasonMonths.includes(monthOfYear) ? 12 / new Set(traits.seasonMonths).size : 0;
    case 'prospect':
      return 0;
    default: {
      const unreachable: never = traits.story;
      return unreachable;
    }
  }
}

function servicesOfOrder(rng: SamplePrng, services: readonly ServiceKind[]): readonly ServiceKind[] {
  const first = rng.pick(services);
  if (services.length === 1 || rng.chance(0.6)) return [first];
  const second = rng.pick(services);
  return second === first ? [first] : services.filter((s) => s === first || s === second);
}

/**
 * Generates a customer's transactions (orders) over the history: a Poisson number per month,
 * shaped by the customer's story (growing, shrinking, churned, seasonal), the Lunar New Year lull
 * and the November e-commerce peak; order values lognormal around the size weight's revenue,
 * exact in fen, with a profit from the customer's margin.
 *
 * @param rng - The generator of this index's history.
 * @param customer - The customer.
 * @param traits - Its traits.
 * @param options - The resolved options.
 * @returns The transactions, oldest first.
 *
 * @example
 * ```ts no-run
 * sampleTransactions(rng, customer, traits, options)
 * ```
 * @internal
 */
export function sampleTransactions(
  rng: SamplePrng,
  customer: Customer,
  traits: SampleTraits,
  options: ResolvedSampleFirmOptions,
): readonly Transaction[] {
  if (traits.story === 'prospect') return [];
  const startMs = options.start.getTime();
  const nowMs = options.now.getTime();
  const months = options.years * 12;
  const monthMs = (nowMs - startMs) / months;
  const perYear = ordersPerYear(traits.weight);
  const meanOrderYuan = (REVENUE_PER_WEIGHT * traits.weight) / perYear;
  const fromMs = traits.wonAt === null ? startMs : traits.wonAt.getTime();
  const times: number[] = [];
  for (let m = 0; m < months; m++) {
    const monthStart = startMs + m * monthMs;
    if (monthStart + monthMs <= fromMs) continue;
    const monthOfYear = new Date(monthStart + monthMs / 2 + BEIJING_OFFSET_MS).getUTCMonth();
    const season = monthOfYear === 1 ? 0.7 : monthOfYear === 10 && customer.industry === 'e-commerce' ? 1.5 : 1;
    const lambda = (perYear / 12) * season * storyFactor(traits, (m + 0.5) / months, monthOfYear);
    const n = rng.poisson(lambda);
    for (let k = 0; k < n; k++) {
      const at = Math.floor(monthStart + rng.next() * monthMs);
      if (at >= fromMs && at < nowMs) times.push(at);
    }
  }
  times.sort((a, b) => a - b);
  const number = customer.id.slice(2);
  return times.map((at, k): Transaction => {
    const yuan = Math.max(50, meanOrderYuan * Math.exp(0.35 * rng.normal() - 0.06125));
    const fen = Math.round(yuan * 100);
    const margin = traits.margin + 0.03 * rng.normal();
    return {
      id: `T-${number}-${String(k + 1).padStart(4, '0')}`,
      customerId: customer.id,
      date: new Date(at),
      revenue: cny(fen),
      profit: cny(Math.round(fen * margin) + 0),
      services: servicesOfOrder(rng, traits.services),
    };
  });
}
