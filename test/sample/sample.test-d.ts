import { describe, expectTypeOf, test } from 'vitest';
import type { Complaint } from '../../src/complaints/complaint-replay.js';
import type { Customer } from '../../src/customer/customer.js';
import type { Transaction } from '../../src/customer/transaction.js';
import type { ShipmentRecord } from '../../src/quality/shipment-record.js';
import { generateSampleFirm } from '../../src/sample/generate-sample-firm.js';
import { createSamplePrng } from '../../src/sample/prng.js';
import { sampleCustomerBundle, sampleFirmBundles } from '../../src/sample/sample-bundle.js';
import type { SampleCustomerBundle, SampleDeal, SampleFirm } from '../../src/sample/sample-firm.js';
import type { SurveyResponse } from '../../src/sample/survey-response.js';

describe('sample types', () => {
  const now = new Date('2026-04-01T00:00:00Z');

  test('the firm holds readonly arrays of the modules’ record types', () => {
    expectTypeOf(generateSampleFirm({ seed: 1, customers: 2, now })).toEqualTypeOf<SampleFirm>();
    expectTypeOf<SampleFirm['customers']>().toEqualTypeOf<readonly Customer[]>();
    expectTypeOf<SampleFirm['transactions']>().toEqualTypeOf<readonly Transaction[]>();
    expectTypeOf<SampleFirm['shipments']>().toEqualTypeOf<readonly ShipmentRecord[]>();
    expectTypeOf<SampleFirm['complaints']>().toEqualTypeOf<readonly Complaint[]>();
    expectTypeOf<SampleFirm['surveys']>().toEqualTypeOf<readonly SurveyResponse[]>();
    expectTypeOf<SampleFirm['deals']>().toEqualTypeOf<readonly SampleDeal[]>();
    const firm = generateSampleFirm({ seed: 1, customers: 2, now });
    // @ts-expect-error the arrays are readonly
    firm.customers.push(firm.customers[0]!);
  });

  test('seed, size and now are required; years is optional', () => {
    // @ts-expect-error no seed
    generateSampleFirm({ customers: 2, now });
    // @ts-expect-error no now: the generator never reads the clock
    generateSampleFirm({ seed: 1, customers: 2 });
    expectTypeOf(generateSampleFirm).toBeCallableWith({ seed: 1, customers: 2, now, years: 3 });
  });

  test('bundles and the generator', () => {
    expectTypeOf(sampleCustomerBundle(0, { seed: 1, customers: 2, now })).toEqualTypeOf<SampleCustomerBundle>();
    expectTypeOf(sampleFirmBundles({ seed: 1, customers: 2, now })).toEqualTypeOf<Iterable<SampleCustomerBundle>>();
    expectTypeOf(createSamplePrng(1).pick(['a', 'b'] as const)).toEqualTypeOf<'a' | 'b'>();
  });
});
