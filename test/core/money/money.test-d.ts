import { describe, expectTypeOf, test } from 'vitest';
import type { CurrencyCode } from '../../../src/core/currency.js';
import type { DomainError } from '../../../src/core/domain-error.js';
import { unwrap } from '../../../src/core/invariant.js';
import { type MoneySchema } from '../../../src/core/money-schema.js';
import { add } from '../../../src/core/money/add.js';
import { allocateMoney } from '../../../src/core/money/allocate-money.js';
import { compareMoney } from '../../../src/core/money/compare-money.js';
import { type Money, money } from '../../../src/core/money/money.js';
import { moneyToJSON } from '../../../src/core/money/money-json.js';
import { multiplyMoney } from '../../../src/core/money/multiply-money.js';
import type { RoundingMode } from '../../../src/core/money/rounding-mode.js';
import { shareOf } from '../../../src/core/money/share-of.js';
import { subtract } from '../../../src/core/money/subtract.js';
import { sumMoney } from '../../../src/core/money/sum-money.js';
import type { NoData } from '../../../src/core/rate/no-data.js';
import type { Ratio } from '../../../src/core/rate/ratio.js';
import type { Result } from '../../../src/core/result.js';
import type * as z from 'zod';

declare const cny: Money<'CNY'>;
declare const usd: Money<'USD'>;
declare const anyMoney: Money;

describe('Money types', () => {
  test('the currency is part of the type', () => {
    expectTypeOf(add(cny, cny)).toEqualTypeOf<Money<'CNY'>>();
    expectTypeOf(subtract(usd, usd)).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(multiplyMoney(cny, '1.5')).toEqualTypeOf<Money<'CNY'>>();
    expectTypeOf(allocateMoney(cny, [1, 2])).toEqualTypeOf<readonly Money<'CNY'>[]>();
    expectTypeOf(unwrap(money('1', 'JPY'))).toEqualTypeOf<Money<'JPY'>>();
    expectTypeOf(anyMoney.currency).toEqualTypeOf<CurrencyCode>();
  });

  test('two literal currencies do not mix', () => {
    // @ts-expect-error -- CNY and USD cannot be added
    add(cny, usd);
    // @ts-expect-error -- CNY and USD cannot be subtracted
    subtract(cny, usd);
    // @ts-expect-error -- CNY and USD cannot be compared
    compareMoney(cny, usd);
    // @ts-expect-error -- a USD part of a CNY total
    shareOf(usd, cny);
    // Lists of any currency are summed with a run-time check (a CURRENCY_MISMATCH DomainError).
    expectTypeOf(sumMoney([anyMoney], 'CNY')).toEqualTypeOf<Result<Money, DomainError<'CURRENCY_MISMATCH' | 'AMOUNT_OUT_OF_RANGE'>>>();
    // Unknown currencies at compile time are checked at run time instead.
    expectTypeOf(add(anyMoney, anyMoney)).toEqualTypeOf<Money>();
  });

  test('unknown currency codes and rounding modes do not compile', () => {
    // @ts-expect-error -- not an ISO 4217 code
    money('1', 'ABC');
    // @ts-expect-error -- not a rounding mode
    multiplyMoney(cny, 2, 'nearest');
    expectTypeOf<RoundingMode>().toEqualTypeOf<'half-even' | 'half-up' | 'down' | 'up' | 'floor' | 'ceil'>();
  });

  test('results and JSON', () => {
    expectTypeOf(sumMoney([cny], 'CNY')).toEqualTypeOf<Result<Money<'CNY'>, DomainError<'CURRENCY_MISMATCH' | 'AMOUNT_OUT_OF_RANGE'>>>();
    expectTypeOf(shareOf(cny, cny)).toEqualTypeOf<Ratio | NoData>();
    expectTypeOf(moneyToJSON(cny).amount).toEqualTypeOf<string>();
    expectTypeOf(moneyToJSON(cny).currency).toEqualTypeOf<'CNY'>();
    expectTypeOf<z.output<typeof MoneySchema>>().toEqualTypeOf<Money>();
  });

  test('Money is read-only', () => {
    // @ts-expect-error -- amounts are immutable
    cny.amount = 1;
  });
});
