/** Section 2: the ABC table (ABC 分类, DOMAIN.md §3). */
import type { AbcResult } from '../segmentation/abc-result.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { AbcSection, CustomerRef } from './report-types.js';

/** Cumulative revenue share after every 5% of the ranked customers, from the value-rule result. */
function paretoCurve(result: AbcResult): AbcSection['curve'] {
  const n = result.customerCount;
  const base = result.positiveTotal.amount;
  const points: { customerShare: number; revenueShare: number }[] = [{ customerShare: 0, revenueShare: 0 }];
  let running = 0;
  let next = 1;
  result.customers.forEach((row, i) => {
    const value = row.evidence.value.amount;
    if (value > 0) running += value;
    while (next <= 20 && (i + 1) * 20 >= next * n) {
      points.push({ customerShare: next / 20, revenueShare: base > 0 ? running / base : 0 });
      next++;
    }
  });
  return points;
}

/** Builds the ABC section from the value-rule and count-rule results. */
export function abcSection(
  byValue: AbcResult,
  byCount: AbcResult,
  refOf: (id: CustomerId) => CustomerRef,
  top: number,
): AbcSection {
  return {
    thresholds: byValue.thresholds,
    customerCount: byValue.customerCount,
    total: byValue.total,
    nonPositiveCount: byValue.nonPositiveCount,
    byValue: byValue.classes,
    byCount: byCount.classes,
    top: byValue.customers.slice(0, top).map((row) => {
      const e = row.evidence;
      return { rank: e.rank, customer: refOf(row.customerId), class: row.class, revenue: e.value, share: e.share, cumulativeShare: e.cumulativeShare };
    }),
    curve: paretoCurve(byValue),
  };
}
