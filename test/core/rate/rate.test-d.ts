import { describe, expectTypeOf, test } from 'vitest';
import { formatRate } from '../../../src/core/rate/format-rate.js';
import type { NoData } from '../../../src/core/rate/no-data.js';
import { type Rate, rate } from '../../../src/core/rate/rate.js';
import { ratio } from '../../../src/core/rate/ratio.js';
import { ratioToDecimal } from '../../../src/core/rate/ratio-to-decimal.js';
import { ratioToNumber } from '../../../src/core/rate/ratio-to-number.js';
import { type RateInterval, wilsonInterval } from '../../../src/core/rate/wilson-interval.js';

describe('rate types', () => {
  test('no data is part of the type wherever it can occur', () => {
    const r = rate(37, 40);
    expectTypeOf(r).toEqualTypeOf<Rate | NoData>();
    expectTypeOf(ratioToNumber(r)).toEqualTypeOf<number | null>();
    expectTypeOf(wilsonInterval(r)).toEqualTypeOf<RateInterval | null>();
    // @ts-expect-error -- a no-data value has no decimal value; narrow first
    ratioToDecimal(r);
    if (r.kind === 'rate') expectTypeOf(ratioToDecimal(r).toNumber()).toEqualTypeOf<number>();
  });

  test('Wilson intervals are for rates of counts, not arbitrary ratios', () => {
    // @ts-expect-error -- a ratio is not a count rate
    wilsonInterval(ratio(1, 2));
  });

  test('only supported locales', () => {
    // @ts-expect-error -- not a library locale
    formatRate(rate(1, 2), 'fr');
    expectTypeOf(formatRate(rate(1, 2), 'zh-CN')).toEqualTypeOf<string>();
  });

  test('rates are read-only', () => {
    const r = rate(1, 2);
    // @ts-expect-error -- immutable
    r.numerator = 2;
  });
});
