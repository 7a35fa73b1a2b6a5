import { describe, expectTypeOf, test } from 'vitest';
import type { Money } from '../../src/core/money/money.js';
import type { DomainError } from '../../src/core/domain-error.js';
import type { Result } from '../../src/core/result.js';
import type { CustomerId } from '../../src/customer/customer-id.js';
import type { AbcClass } from '../../src/segmentation/abc-class.js';
import type { AbcEntry } from '../../src/segmentation/abc-entry.js';
import type { AbcAssignment, AbcErrorCode, AbcResult } from '../../src/segmentation/abc-result.js';
import { classifyAbc } from '../../src/segmentation/classify-abc.js';
import type { Classification } from '../../src/segmentation/classification.js';
import { classifyTimeType, type TimeTypeEvidence } from '../../src/segmentation/classify-time-type.js';
import type { TimeType } from '../../src/segmentation/time-type.js';
import { planResourceShift } from '../../src/segmentation/plan-resource-shift.js';
import { serviceTierOf } from '../../src/segmentation/service-tier-of.js';
import { DEFAULT_SERVICE_POLICY, type ServicePolicy } from '../../src/segmentation/service-policy.js';
import type { RiskSignal } from '../../src/segmentation/risk-warnings.js';
import { DEFAULT_RFM_GRID, type RfmGrid } from '../../src/segmentation/rfm-segment.js';

declare const cnyEntries: readonly AbcEntry<'CNY'>[];
declare const cny: Money<'CNY'>;
declare const usd: Money<'USD'>;
declare const someId: CustomerId;

describe('segmentation types', () => {
  test('classifyAbc keeps the currency of its entries', () => {
    const r = classifyAbc(cnyEntries);
    expectTypeOf(r).toEqualTypeOf<Result<AbcResult<'CNY'>, readonly DomainError<AbcErrorCode>[]>>();
    if (r.ok) {
      expectTypeOf(r.value.total).toEqualTypeOf<Money<'CNY'>>();
      expectTypeOf(r.value.customers).toEqualTypeOf<readonly AbcAssignment<'CNY'>[]>();
      expectTypeOf(r.value.customers[0]!.class).toEqualTypeOf<AbcClass>();
      expectTypeOf(r.value.classes.A.value).toEqualTypeOf<Money<'CNY'>>();
      // @ts-expect-error results are read-only
      r.value.customers[0]!.class = 'A';
    }
    // @ts-expect-error the option's currency must be the entries' currency
    classifyAbc(cnyEntries, { currency: 'USD' });
    // @ts-expect-error unknown rule
    classifyAbc(cnyEntries, { rule: 'pareto' });
    // @ts-expect-error unknown basis
    classifyAbc(cnyEntries, { basis: 'volume' });
    // @ts-expect-error a previous class must be A, B or C
    classifyAbc(cnyEntries, { previous: new Map([[someId, 'D']]) });
  });

  test('an AbcEntry needs a branded id and Money', () => {
    expectTypeOf<{ customerId: CustomerId; revenue: Money<'CNY'> }>().toExtend<AbcEntry<'CNY'>>();
    // @ts-expect-error a plain string is not a customer id
    const bad: AbcEntry<'CNY'> = { customerId: 'C-1', revenue: cny };
    void bad;
  });

  test('classifications carry typed classes and evidence', () => {
    const r = classifyTimeType([], [], { now: new Date(0) });
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<readonly Classification<TimeType, TimeTypeEvidence>[]>();
  });

  test('the resource shift keeps one currency', () => {
    expectTypeOf(planResourceShift({ A: cny, B: cny, C: cny }).moved).toEqualTypeOf<Money<'CNY'>>();
    // @ts-expect-error classes in different literal currencies
    planResourceShift({ A: cny, B: usd, C: cny });
  });

  test('service tiers are looked up per dimension, exhaustively', () => {
    serviceTierOf({ dimension: 'value-tier', class: 'high' });
    // @ts-expect-error 'high' is not an ABC class
    serviceTierOf({ dimension: 'abc', class: 'high' });
    expectTypeOf(DEFAULT_SERVICE_POLICY).toExtend<ServicePolicy>();
    // @ts-expect-error a policy must cover every tier
    const partial: ServicePolicy = { core: [], potential: [], general: [] };
    void partial;
    expectTypeOf(DEFAULT_RFM_GRID).toExtend<RfmGrid>();
  });

  test('risk signals are a discriminated union', () => {
    const describe = (s: RiskSignal): number => {
      switch (s.kind) {
        case 'falling-volume':
          return s.change.numerator;
        case 'repeated-complaints':
          return s.complaints;
        case 'long-silence':
          return s.daysSinceLastOrder;
        case 'overdue-payment':
          return s.maxDaysLate;
        default: {
          const unreachable: never = s;
          return unreachable;
        }
      }
    };
    expectTypeOf(describe).returns.toBeNumber();
  });
});
