import type { Decimal } from 'decimal.js';
import { type DecimalInput, LcDecimal } from '../decimal.js';
import { DIVISION_BY_ZERO_MESSAGE, LogisticsCustomerError } from '../invariant.js';
import { INVALID_FACTOR_MESSAGE, INVALID_ROUNDING_MESSAGE } from './messages.js';
import type { RoundingMode } from './rounding-mode.js';

/**
 * A finite decimal number as integer coefficient and power of ten: value = coefficient × 10^exponent.
 *
 * @category Money
 */
export interface ScaledInteger {
  /** The signed integer coefficient (no trailing zeros unless it is 0). */
  readonly coefficient: bigint;
  /** The power of ten. */
  readonly exponent: number;
}

const EXPONENTIAL = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * Reads a decimal input exactly as an integer coefficient and a power of ten, with no rounding
 * (decimal.js keeps every digit of its input).
 *
 * @param value - A decimal.js value, decimal string or finite number.
 * @returns The exact coefficient and exponent: `'1.25'` is 125 × 10^-2.
 * @throws {@link LogisticsCustomerError} `INVALID_FACTOR` when the value is not a finite decimal.
 *
 * @example
 * ```ts
 * import { toScaledInteger } from 'logistics-customer/core';
 * toScaledInteger('1.25');
 * // => { coefficient: 125n, exponent: -2 }
 * ```
 * @category Money
 */
export function toScaledInteger(value: DecimalInput): ScaledInteger {
  let d: Decimal;
  try {
    d = new LcDecimal(value);
  } catch {
    throw new LogisticsCustomerError('INVALID_FACTOR', INVALID_FACTOR_MESSAGE, { value: String(value) });
  }
  const match = d.isFinite() ? EXPONENTIAL.exec(d.toExponential()) : null;
  if (match === null) {
    throw new LogisticsCustomerError('INVALID_FACTOR', INVALID_FACTOR_MESSAGE, { value: String(value) });
  }
  const [, sign = '', lead = '', rest = '', exp = '0'] = match;
  const magnitude = BigInt(`${lead}${rest}`);
  return {
    coefficient: sign === '-' ? -magnitude : magnitude,
    exponent: magnitude === 0n ? 0 : Number(exp) - rest.length,
  };
}

/**
 * Divides two integers and rounds the quotient to an integer by a {@link RoundingMode}, exactly.
 *
 * @param numerator - The dividend.
 * @param denominator - The divisor, non-zero; a negative one divides like `-numerator / -denominator`.
 * @param mode - The rounding mode.
 * @returns The rounded quotient.
 * @throws {@link LogisticsCustomerError} `DIVISION_BY_ZERO` for a zero denominator;
 *   `INVALID_ROUNDING` for an unknown mode.
 *
 * @example
 * ```ts
 * import { divideAndRound } from 'logistics-customer/core';
 * [divideAndRound(5n, 2n, 'half-even'), divideAndRound(5n, 2n, 'half-up'), divideAndRound(-5n, 2n, 'floor'), divideAndRound(5n, -2n, 'floor')];
 * // => [2n, 3n, -3n, -3n]
 * ```
 * @category Money
 */
export function divideAndRound(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator <= 0n) {
    if (denominator === 0n) {
      throw new LogisticsCustomerError('DIVISION_BY_ZERO', DIVISION_BY_ZERO_MESSAGE, { numerator: numerator.toString(), denominator: '0' });
    }
    // The rounding below assumes a positive divisor: n / d = (-n) / (-d).
    return divideAndRound(-numerator, -denominator, mode);
  }
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const away = numerator < 0n ? quotient - 1n : quotient + 1n;
  const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return remainder === 0n ? quotient : away;
    case 'floor':
      return remainder < 0n ? quotient - 1n : quotient;
    case 'ceil':
      return remainder > 0n ? quotient + 1n : quotient;
    case 'half-up':
      return twice >= denominator && remainder !== 0n ? away : quotient;
    case 'half-even':
      if (twice > denominator) return away;
      if (twice < denominator || remainder === 0n) return quotient;
      return quotient % 2n === 0n ? quotient : away;
    default: {
      const unreachable: never = mode;
      throw new LogisticsCustomerError('INVALID_ROUNDING', INVALID_ROUNDING_MESSAGE, { mode: unreachable });
    }
  }
}
