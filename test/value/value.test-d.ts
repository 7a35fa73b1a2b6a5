import { describe, expectTypeOf, test } from 'vitest';
import type { DomainError } from '../../src/core/domain-error.js';
import type { Money } from '../../src/core/money/money.js';
import type { Result } from '../../src/core/result.js';
import { compareOffers } from '../../src/value/compare-offers.js';
import { customerLifetimeValue, lifetimeValueFromHistory } from '../../src/value/customer-lifetime-value.js';
import { type DeliveredValue, deliveredValue } from '../../src/value/delivered-value.js';
import type { Measure, MeasureTotal, Score, ScoreTotal } from '../../src/value/measure.js';
import { addTotals } from '../../src/value/measure-arithmetic.js';
import { serviceCost } from '../../src/value/service-cost.js';

declare const cny: Money<'CNY'>;
declare const usd: Money<'USD'>;
declare const s: Score;
declare const st: ScoreTotal;

describe('value types', () => {
  test('totals keep the currency; scores add up to score totals', () => {
    expectTypeOf<MeasureTotal<Money<'CNY'>>>().toEqualTypeOf<Money<'CNY'>>();
    expectTypeOf<MeasureTotal<Score>>().toEqualTypeOf<ScoreTotal>();
    expectTypeOf(deliveredValue({ product: cny }, { monetary: cny })).toEqualTypeOf<
      Result<DeliveredValue<Money<'CNY'>>, readonly DomainError[]>
    >();
    const r = deliveredValue({ product: cny }, { monetary: cny });
    if (r.ok) expectTypeOf(r.value.deliveredValue).toEqualTypeOf<Money<'CNY'>>();
    const sr = deliveredValue({ product: s }, { time: s });
    if (sr.ok) expectTypeOf(sr.value.totalCost).toEqualTypeOf<ScoreTotal>();
    expectTypeOf(addTotals(st, st)).toEqualTypeOf<ScoreTotal>();
  });

  test('money and scores, or two currencies, do not mix when the types are known', () => {
    // @ts-expect-error money is never added to scores
    deliveredValue({ product: cny }, { monetary: s });
    // @ts-expect-error amounts in different currencies are never added
    deliveredValue({ product: cny }, { monetary: usd });
    // @ts-expect-error not a component of total customer value
    deliveredValue({ price: cny }, {});
    // @ts-expect-error competitors must be measured like our offer
    compareOffers({ id: 'a', value: { product: cny }, cost: {} }, [{ id: 'b', value: { product: usd }, cost: {} }]);
    // @ts-expect-error the service cost currency is the one stated
    serviceCost({ orderProcessing: usd }, 'CNY');
    // untyped data may mix, and is checked at run time
    expectTypeOf(deliveredValue<Measure>({ product: cny }, { monetary: s })).toEqualTypeOf<
      Result<DeliveredValue<Measure>, readonly DomainError[]>
    >();
  });

  test('lifetime value keeps the currency', () => {
    const clv = customerLifetimeValue({ margin: cny, retention: '0.8', discountRate: '0.1', horizon: 'infinite' });
    if (clv.ok) expectTypeOf(clv.value.value).toEqualTypeOf<Money<'CNY'>>();
    lifetimeValueFromHistory([{ date: new Date(0), margin: cny }], {
      currency: 'CNY',
      from: new Date(0),
      to: new Date(1),
      periodsInWindow: 1,
      retention: 0.5,
      discountRate: 0,
      horizon: 1,
    });
    // @ts-expect-error every margin must be in the stated currency
    lifetimeValueFromHistory([{ date: new Date(0), margin: usd }], {
      currency: 'CNY',
      from: new Date(0),
      to: new Date(1),
      periodsInWindow: 1,
      retention: 0.5,
      discountRate: 0,
      horizon: 1,
    });
    // @ts-expect-error the horizon is a number of periods or 'infinite'
    customerLifetimeValue({ margin: cny, retention: '0.8', discountRate: '0.1', horizon: 'forever' });
  });
});
