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

/** A plain decimal string: digits, an optional point and an optional exponent (no hex, binary, octal, `Infinity`). */
const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The largest power of ten, either way, of an accepted value (JavaScript numbers reach 10^±324). */
const MAX_EXPONENT = 1000;
/** The most significant digits an accepted value may have (the library computes with 40). */
const MAX_DIGITS = 1000;

/** Reads a decimal string, or `null` for one that is not a plain decimal or would read as 0 though its digits are not all zero. */
function decimalFromString(input: string): Decimal | null {
  if (!DECIMAL_STRING.test(input)) return null;
  const value = new LcDecimal(input);
  // decimal.js reads an exponent below its range (1e-9000000000000001) as 0: refuse, never round to 0.
  const mantissa = input.split(/[eE]/)[0] ?? '';
  return value.isZero() && /[1-9]/.test(mantissa) ? null : value;
}

function invalidNumber(input: RateInput, path: ErrorPath): DomainError {
  return domainError(
    'INVALID_NUMBER',
    text('须为有限的十进制数（如 "0.8"）或比值（如 ratio(1, 3)）', 'expected a finite decimal number such as "0.8" or a ratio such as ratio(1, 3)'),
    { path, details: { received: input } },
  );
}

/**
 * Reads a {@link RateInput} as a decimal with the library's 40 significant digits (a ratio is
 * divided once, at 40 digits).
 *
 * @param input - The rate: a plain decimal string (`'0.8'`, `'-1.5e-3'`; no hexadecimal, binary or
 *   octal form such as `'0x0.8'`, no `'Infinity'`), a finite number, a decimal.js value or a ratio.
 * @param path - Where the rate sits in the caller's input, for the error.
 * @returns The decimal, or `INVALID_NUMBER` when the input is not a finite decimal number, or
 *   has more than 1000 significant digits or a power of ten beyond ±1000 (`'1e-9000000000000000'`
 *   would need an exact fraction with a denominator of 9 × 10^15 digits); the message of an
 *   out-of-range input names the limits.
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
    } else if (typeof input === 'string') {
      value = decimalFromString(input);
    } else if (typeof input === 'number' || LcDecimal.isDecimal(input)) {
      value = new LcDecimal(input);
    }
  } catch {
    value = null;
  }
  if (value === null || !value.isFinite()) return err(invalidNumber(input, path));
  if (!value.isZero() && (Math.abs(value.e) > MAX_EXPONENT || value.sd() > MAX_DIGITS)) {
    return err(
      domainError(
        'INVALID_NUMBER',
        text(
          `须为有效数字不超过 ${MAX_DIGITS} 位、数量级在 10^-${MAX_EXPONENT} 到 10^${MAX_EXPONENT} 之间的十进制数`,
          `expected a decimal number with at most ${MAX_DIGITS} significant digits and a magnitude from 10^-${MAX_EXPONENT} to 10^${MAX_EXPONENT}`,
        ),
        { path, details: { received: input, maxDigits: MAX_DIGITS, maxExponent: MAX_EXPONENT } },
      ),
    );
  }
  return ok(value);
}
