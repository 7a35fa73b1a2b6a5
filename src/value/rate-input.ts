import type { Decimal } from 'decimal.js';
import { type DecimalInput, LcDecimal } from '../core/decimal.js';
import { type DomainError, domainError, type ErrorPath } from '../core/domain-error.js';
import { text } from '../core/locale.js';
import type { Ratio } from '../core/rate/ratio.js';
import { err, ok, type Result } from '../core/result.js';

/**
 * A rate or share as the value module's parameters accept it: a decimal (`'0.8'`, `0.8`, a
 * decimal.js value) or an exact {@link Ratio} such as `ratio(1, 3)` — use a ratio for fractions
 * that have no finite decimal form, so they stay exact.
 *
 * @category Customer value
 */
export type RateInput = DecimalInput | Ratio;

function isRatio(input: unknown): input is Ratio {
  return typeof input === 'object' && input !== null && (input as { kind?: unknown }).kind === 'ratio';
}

/**
 * Reads a {@link RateInput} as a decimal with the library's 40 significant digits (a ratio is
 * divided once, at 40 digits).
 *
 * @param input - The rate.
 * @param path - Where the rate sits in the caller's input, for the error.
 * @returns The decimal, or `INVALID_NUMBER` when the input is not a finite number.
 *
 * @example
 * ```ts
 * import { ratio } from 'logistics-customer';
 * import { rateInputToDecimal } from 'logistics-customer/value';
 * const third = rateInputToDecimal(ratio(1, 3));
 * third.ok && third.value.toFixed(4);
 * // => '0.3333'
 * rateInputToDecimal('abc').ok;
 * // => false
 * ```
 * @category Customer value
 */
export function rateInputToDecimal(input: RateInput, path: ErrorPath = []): Result<Decimal, DomainError> {
  let value: Decimal | null = null;
  try {
    if (isRatio(input)) {
      if (Number.isFinite(input.numerator) && Number.isFinite(input.denominator) && input.denominator !== 0) {
        value = new LcDecimal(input.numerator).div(input.denominator);
      }
    } else if (typeof input === 'string' || typeof input === 'number' || LcDecimal.isDecimal(input)) {
      value = new LcDecimal(input);
    }
  } catch {
    value = null;
  }
  if (value === null || !value.isFinite()) {
    return err(
      domainError(
        'INVALID_NUMBER',
        text('须为有限的十进制数（如 "0.8"）或比值（如 ratio(1, 3)）', 'expected a finite decimal number such as "0.8" or a ratio such as ratio(1, 3)'),
        { path, details: { received: input } },
      ),
    );
  }
  return ok(value);
}
