import { DEFAULT_ON_TIME_RULE, type OnTimeRule } from './on-time-rule.js';
import type { SevenRsAnswers } from './seven-rs.js';
import { evaluateShipmentLine } from './shipment-line.js';
import type { ShipmentRecord } from './shipment-record.js';

/**
 * Answers the classic 7Rs for one shipment line from what the record shows: right time (on time
 * under the rule), right quantity (in full) and right condition (intact). The other four —
 * product, place, customer, cost — are not in a shipment record and are left for the caller to
 * add (they stay not assessed).
 *
 * @param record - A sound record (see `shipmentRecordProblem`).
 * @param rule - The on-time rule (default: no tolerance, early counts).
 * @returns The answers, ready for `scoreSevenRs('classic', …)` or `tallySevenRs`.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { classicSevenRsFromShipment } from 'logistics-customer/quality';
 * classicSevenRsFromShipment({
 *   customerId: customerId('C-001'), orderId: 'SO-1', lineId: '1',
 *   orderedAt: new Date('2026-03-01T00:00:00Z'), promisedAt: new Date('2026-03-03T00:00:00Z'),
 *   deliveredAt: new Date('2026-03-02T00:00:00Z'),
 *   quantityOrdered: 10, quantityDelivered: 9, condition: 'intact', documentsAccurate: true,
 * });
 * // => { time: 'met', quantity: 'not-met', condition: 'met' }
 * ```
 * @category Checklists
 */
export function classicSevenRsFromShipment(
  record: ShipmentRecord,
  rule: OnTimeRule = DEFAULT_ON_TIME_RULE,
): SevenRsAnswers<'classic'> {
  const outcome = evaluateShipmentLine(record, rule);
  return {
    time: outcome.onTime ? 'met' : 'not-met',
    quantity: outcome.inFull ? 'met' : 'not-met',
    condition: outcome.intact ? 'met' : 'not-met',
  };
}
