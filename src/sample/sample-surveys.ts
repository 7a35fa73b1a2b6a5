import type { Complaint } from '../complaints/complaint-replay.js';
import type { Customer } from '../customer/customer.js';
import type { Transaction } from '../customer/transaction.js';
import type { ShipmentRecord } from '../quality/shipment-record.js';
import type { SamplePrng } from './prng.js';
import type { ResolvedSampleFirmOptions } from './sample-options.js';
import type { SurveyResponse } from './survey-response.js';

const DAY_MS = 86_400_000;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

function hadProblem(line: ShipmentRecord): boolean {
  const promised = line.promisedAt ?? line.promisedWindow?.end;
  const late = promised !== undefined && (line.deliveredAt === undefined || line.deliveredAt > promised);
  return late || line.condition !== 'intact' || line.quantityDelivered < line.quantityOrdered || !line.documentsAccurate;
}

/**
 * Generates a customer's answers to the yearly satisfaction survey (满意度调查, DOMAIN.md §6, §8):
 * about a third of the customers that ordered in the survey's year answer, and their NPS, CSAT and
 * CES answers fall with the share of their order lines that had a problem and with complaints they
 * made that year.
 *
 * @param rng - The generator of this index's surveys.
 * @param customer - The customer.
 * @param transactions - Its transactions.
 * @param shipments - Its order lines.
 * @param complaints - Its complaints.
 * @param options - The resolved options.
 * @returns The answers, one per survey year at most.
 *
 * @example
 * ```ts no-run
 * sampleSurveys(rng, customer, transactions, shipments, complaints, options)
 * ```
 * @internal
 */
export function sampleSurveys(
  rng: SamplePrng,
  customer: Customer,
  transactions: readonly Transaction[],
  shipments: readonly ShipmentRecord[],
  complaints: readonly Complaint[],
  options: ResolvedSampleFirmOptions,
): readonly SurveyResponse[] {
  const out: SurveyResponse[] = [];
  const nowMs = options.now.getTime();
  for (let y = options.years; y >= 1; y--) {
    const yearEnd = nowMs - (y - 1) * 365 * DAY_MS;
    const yearStart = yearEnd - 365 * DAY_MS;
    const ordered = transactions.some((t) => t.date.getTime() >= yearStart && t.date.getTime() < yearEnd);
    if (!ordered || !rng.chance(0.35)) continue;
    const lines = shipments.filter((l) => l.orderedAt.getTime() >= yearStart && l.orderedAt.getTime() < yearEnd);
    const problems = lines.filter(hadProblem).length;
    const p = lines.length === 0 ? 0 : problems / lines.length;
    const complained = complaints.some((c) => {
      const at = c.events[0]?.at.getTime() ?? 0;
      return at >= yearStart && at < yearEnd;
    });
    const mood = rng.normal() - 4 * p - (complained ? 0.6 : 0);
    const at = Math.min(nowMs - DAY_MS, yearEnd - Math.floor(rng.between(5, 40) * DAY_MS));
    out.push({
      customerId: customer.id,
      at: new Date(at),
      nps: clamp(8.9 + 1.3 * mood, 0, 10),
      csat: clamp(4.3 + 0.7 * mood, 1, 5),
      ...(rng.chance(0.6) ? { ces: clamp(5.6 + 0.9 * mood, 1, 7) } : {}),
    });
  }
  return out;
}
