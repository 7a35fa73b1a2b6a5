import { LogisticsCustomerError } from '../core/invariant.js';
import { SAMPLE_MESSAGES } from './messages.js';
import { createSamplePrng, deriveSeed } from './prng.js';
import { sampleComplaints } from './sample-complaints.js';
import { sampleCustomer } from './sample-customer.js';
import { sampleDeals } from './sample-deals.js';
import type { SampleCustomerBundle } from './sample-firm.js';
import { type ResolvedSampleFirmOptions, resolveSampleFirmOptions, type SampleFirmOptions } from './sample-options.js';
import { sampleShipments } from './sample-shipments.js';
import { sampleSurveys } from './sample-surveys.js';
import { sampleTransactions } from './sample-transactions.js';

/** The independent random streams of one index, so that changing one part leaves the others alone. */
const STREAM = { customer: 1, history: 2, complaints: 3, surveys: 4, deals: 5 } as const;

function bundleAt(index: number, options: ResolvedSampleFirmOptions): SampleCustomerBundle {
  const stream = (s: number) => createSamplePrng(deriveSeed(options.seed, s, index));
  const { customer, traits } = sampleCustomer(stream(STREAM.customer), index, options);
  const history = stream(STREAM.history);
  const transactions = sampleTransactions(history, customer, traits, options);
  const shipments = sampleShipments(history, customer, traits, transactions, options);
  const complaints = sampleComplaints(stream(STREAM.complaints), customer, transactions, shipments, options);
  const surveys = sampleSurveys(stream(STREAM.surveys), customer, transactions, shipments, complaints, options);
  const deals = sampleDeals(stream(STREAM.deals), customer, traits, options);
  return { index, customer, transactions, shipments, complaints, surveys, deals };
}

/**
 * Generates everything the sample firm holds about one customer index — the customer, its
 * transactions, shipments, complaints, survey answers and the deals of the index — from the seed
 * and the index alone, so any part of a large firm can be generated on its own, in any order,
 * and is the same as in {@link generateSampleFirm}.
 *
 * @param index - The index, from 0 to `customers − 1`.
 * @param options - The seed, the number of customers, "now" and the years of history.
 * @returns The bundle of the index.
 * @throws `LogisticsCustomerError` `INVALID_INDEX` for an index out of range, and the
 *   errors of {@link resolveSampleFirmOptions}.
 *
 * @example
 * ```ts
 * import { sampleCustomerBundle } from 'logistics-customer/sample';
 * const options = { seed: 7, customers: 100, now: new Date('2026-04-01T00:00:00+08:00') };
 * const bundle = sampleCustomerBundle(41, options);
 * [bundle.customer.id, bundle.transactions.every((t) => t.customerId === bundle.customer.id)];
 * // => ['C-000042', true]
 * sampleCustomerBundle(41, options).customer.name === bundle.customer.name;
 * // => true
 * ```
 * @category Sample data
 */
export function sampleCustomerBundle(index: number, options: SampleFirmOptions): SampleCustomerBundle {
  const resolved = resolveSampleFirmOptions(options);
  if (!Number.isInteger(index) || index < 0 || index >= resolved.customers) {
    throw new LogisticsCustomerError('INVALID_INDEX', SAMPLE_MESSAGES.INVALID_INDEX, { index, customers: resolved.customers });
  }
  return bundleAt(index, resolved);
}

/**
 * The sample firm one customer index at a time, lazily: memory stays bounded whatever the size,
 * so a report over a million customers can stream the records into accumulators. The bundles are
 * those of {@link sampleCustomerBundle}, in index order.
 *
 * @param options - The seed, the number of customers, "now" and the years of history.
 * @returns An iterable of bundles; each iteration starts again from index 0.
 * @throws `LogisticsCustomerError` for invalid options (see {@link resolveSampleFirmOptions}).
 *
 * @example
 * ```ts
 * import { sampleFirmBundles } from 'logistics-customer/sample';
 * let customers = 0;
 * for (const bundle of sampleFirmBundles({ seed: 1, customers: 25, now: new Date('2026-04-01T00:00:00Z') })) customers += 1;
 * customers;
 * // => 25
 * ```
 * @category Sample data
 */
export function sampleFirmBundles(options: SampleFirmOptions): Iterable<SampleCustomerBundle> {
  const resolved = resolveSampleFirmOptions(options);
  return {
    *[Symbol.iterator]() {
      for (let index = 0; index < resolved.customers; index++) yield bundleAt(index, resolved);
    },
  };
}
