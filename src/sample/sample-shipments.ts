import type { Customer } from '../customer/customer.js';
import type { ServiceKind } from '../customer/service-kind.js';
import type { Transaction } from '../customer/transaction.js';
import type { ShipmentRecord } from '../quality/shipment-record.js';
import type { SamplePrng } from './prng.js';
import type { SampleTraits } from './sample-customer.js';
import type { ResolvedSampleFirmOptions } from './sample-options.js';
import { cny } from './sample-transactions.js';

const HOUR_MS = 3_600_000;

/** The service kinds a shipment line is measured for (the physical services). */
const LINE_SERVICES: ReadonlySet<ServiceKind> = new Set(['transport', 'distribution', 'warehousing', 'handling', 'packaging', 'distribution-processing']);

/**
 * Generates the order lines of a customer's transactions with their delivery outcome
 * (物流客户服务质量, DOMAIN.md §8): promised by the customer's lead time (a commit date, sometimes
 * a delivery window), mostly on time, sometimes late; now and then a stock-out (short shipment),
 * a short delivery, damage, a lost line or wrong documents — more often for customers in a region
 * with service problems. Each line carries its share of the order's cost of service (revenue −
 * profit, split exactly). Lines still in transit at `now` are left out.
 *
 * @param rng - The generator of this index's history.
 * @param customer - The customer.
 * @param traits - Its traits.
 * @param transactions - Its transactions (one order each).
 * @param options - The resolved options.
 * @returns The order lines, in order of the transactions.
 *
 * @example
 * ```ts no-run
 * sampleShipments(rng, customer, traits, transactions, options)
 * ```
 * @internal
 */
export function sampleShipments(
  rng: SamplePrng,
  customer: Customer,
  traits: SampleTraits,
  transactions: readonly Transaction[],
  options: ResolvedSampleFirmOptions,
): readonly ShipmentRecord[] {
  const nowMs = options.now.getTime();
  const risk = traits.serviceRisk;
  const out: ShipmentRecord[] = [];
  for (const t of transactions) {
    const lines = 1 + (rng.chance(0.35) ? 1 : 0) + (traits.weight > 50 && rng.chance(0.3) ? 1 : 0);
    const orderedMs = t.date.getTime();
    const physical = t.services.filter((s) => LINE_SERVICES.has(s));
    // The cost of serving the order (revenue − profit), split exactly over its lines.
    const costFen = Math.max(0, t.revenue.amount - (t.profit?.amount ?? 0));
    const perLine = Math.floor(costFen / lines);
    for (let l = 0; l < lines; l++) {
      const leadMs = traits.leadHours * HOUR_MS;
      const promisedMs = orderedMs + leadMs;
      const shippedMs = orderedMs + Math.floor(rng.between(2, Math.min(20, traits.leadHours / 2)) * HOUR_MS);
      const windowed = rng.chance(0.08);
      const late = rng.chance(0.07 * risk);
      const lost = rng.chance(0.0025 * risk);
      const deliveredMs = late
        ? promisedMs + Math.floor((0.5 + 18 * -Math.log(1 - rng.next())) * HOUR_MS)
        : windowed
          ? promisedMs - Math.floor(rng.between(0, 4) * HOUR_MS)
          : shippedMs + Math.floor((promisedMs - shippedMs) * rng.between(0.45, 1));
      if ((lost ? promisedMs : deliveredMs) > nowMs) continue;
      const ordered = 1 + Math.floor(200 * rng.next() ** 2);
      const stockOut = ordered >= 2 && rng.chance(0.03 * risk);
      const shipped = stockOut ? ordered - Math.max(1, Math.floor(ordered * rng.between(0.05, 0.3))) : ordered;
      const shortDelivered = !lost && shipped >= 2 && rng.chance(0.012 * risk);
      const delivered = lost ? 0 : shortDelivered ? shipped - 1 - rng.int(Math.max(1, Math.floor(shipped / 10))) : shipped;
      const record: ShipmentRecord = {
        customerId: customer.id,
        orderId: t.id,
        lineId: String(l + 1),
        ...(physical.length > 0 ? { serviceKind: rng.pick(physical) } : {}),
        orderedAt: new Date(orderedMs),
        ...(rng.chance(0.8) ? { respondedAt: new Date(orderedMs + Math.floor(rng.between(0.2, 3) * HOUR_MS)) } : {}),
        ...(windowed
          ? { promisedWindow: { start: new Date(promisedMs - 4 * HOUR_MS), end: new Date(promisedMs) } }
          : { promisedAt: new Date(promisedMs) }),
        shippedAt: new Date(shippedMs),
        ...(lost ? {} : { deliveredAt: new Date(deliveredMs) }),
        quantityOrdered: ordered,
        quantityShipped: shipped,
        quantityDelivered: delivered,
        condition: lost ? 'lost' : rng.chance(0.009 * risk) ? 'damaged' : 'intact',
        documentsAccurate: !rng.chance(0.015 * risk),
        ...(rng.chance(0.7) ? { stockOut } : {}),
        cost: cny(l === lines - 1 ? costFen - perLine * (lines - 1) : perLine),
      };
      out.push(record);
    }
  }
  return out;
}
