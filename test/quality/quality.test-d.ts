import { describe, expectTypeOf, test } from 'vitest';
import type { NoData } from '../../src/core/rate/no-data.js';
import type { Rate } from '../../src/core/rate/rate.js';
import type { Result } from '../../src/core/result.js';
import type { DomainError } from '../../src/core/domain-error.js';
import { customerId } from '../../src/customer/customer-id.js';
import { groupByCustomer, groupByPeriod } from '../../src/quality/grouping.js';
import { createQualityAccumulator, type QualityAccumulator } from '../../src/quality/quality-accumulator.js';
import type { QualityReport } from '../../src/quality/quality-report.js';
import type { RateMeasure } from '../../src/quality/rate-measure.js';
import { scoreSevenRs, SEVEN_RS, type SevenRsItemOf } from '../../src/quality/seven-rs.js';
import { type ShipmentRecord, ShipmentRecordSchema, type ShipmentRecordInput } from '../../src/quality/shipment-record.js';
import { ShipmentConditionSchema, type ShipmentCondition } from '../../src/quality/shipment-condition.js';
import type { DurationSummary, NoDurations } from '../../src/quality/duration-digest.js';

describe('quality types', () => {
  test('the record type comes from the schema; JSON input takes ISO strings', () => {
    expectTypeOf<ShipmentRecord['orderedAt']>().toEqualTypeOf<Date>();
    expectTypeOf<ShipmentRecordInput['orderedAt']>().toEqualTypeOf<string | Date>();
    expectTypeOf<ShipmentCondition>().toEqualTypeOf<'intact' | 'damaged' | 'lost'>();
    expectTypeOf(ShipmentConditionSchema.options).toEqualTypeOf<('intact' | 'damaged' | 'lost')[]>();
    expectTypeOf(ShipmentRecordSchema.parse).returns.toEqualTypeOf<ShipmentRecord>();
  });

  test('records are readonly', () => {
    const r = {} as ShipmentRecord;
    // @ts-expect-error a record cannot be changed
    r.quantityOrdered = 3;
  });

  test('a customer id is branded: a plain string is not one', () => {
    const r = {} as ShipmentRecord;
    // @ts-expect-error a plain string is not a CustomerId
    const copy: ShipmentRecord = { ...r, customerId: 'C-001' };
    void copy;
  });

  test('rates carry counts or explicit no data; durations too', () => {
    expectTypeOf<RateMeasure['rate']>().toEqualTypeOf<Rate | NoData>();
    expectTypeOf<RateMeasure['value']>().toEqualTypeOf<number | null>();
    expectTypeOf<QualityReport['operational']['cycleTime']>().toEqualTypeOf<DurationSummary | NoDurations>();
  });

  test('the accumulator', () => {
    const acc = createQualityAccumulator();
    expectTypeOf(acc).toEqualTypeOf<QualityAccumulator>();
    expectTypeOf(acc.add).parameter(0).toEqualTypeOf<ShipmentRecord>();
    expectTypeOf(acc.report()).toEqualTypeOf<QualityReport>();
    // @ts-expect-error percentiles are 'exact' or 'sketch'
    createQualityAccumulator({ percentiles: 'fast' });
    // @ts-expect-error options are readonly
    acc.options.orders = false;
  });

  test('7Rs answers only take the items of their variant', () => {
    expectTypeOf<SevenRsItemOf<'seed'>>().toEqualTypeOf<'customer' | 'product' | 'price' | 'channel' | 'want' | 'time' | 'place'>();
    expectTypeOf(SEVEN_RS.classic).toEqualTypeOf<readonly ['product', 'quantity', 'condition', 'place', 'time', 'customer', 'cost']>();
    scoreSevenRs('classic', { quantity: 'met' });
    // @ts-expect-error 'want' is not in the classic 7Rs
    scoreSevenRs('classic', { want: 'met' });
    // @ts-expect-error not a status
    scoreSevenRs('seed', { want: 'yes' });
    expectTypeOf(scoreSevenRs('seed', {})).toMatchTypeOf<Result<unknown, readonly DomainError[]>>();
  });

  test('groupings accept the fields they read', () => {
    expectTypeOf(groupByCustomer().keyOf).toBeCallableWith({ customerId: customerId('C-001') });
    // @ts-expect-error a customer grouping needs the customer id
    groupByCustomer().keyOf({ orderId: 'SO-1' });
    // @ts-expect-error period units are fixed
    groupByPeriod('decade');
  });
});
