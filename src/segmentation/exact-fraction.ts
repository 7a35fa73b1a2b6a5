import { LogisticsCustomerError } from '../core/invariant.js';
import { type Ratio, ratio } from '../core/rate/ratio.js';
import { SEGMENTATION_MESSAGES } from './messages.js';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The exact fraction a threshold written as a number denotes, read from its shortest decimal
 * form: `0.8` is 8/10, `0.05` is 5/100, `2` is 2/1. Thresholds of this module (0.8, 0.95, 0.05,
 * 0.3, …) are compared through these fractions with integer arithmetic, never as floats, so a
 * customer holding exactly 80% is at the 80% line, not a rounding error away from it.
 *
 * @param value - A finite number with at most 15 significant digits.
 * @returns The fraction as a {@link Ratio} of two safe integers, the denominator a power of ten.
 * @throws LogisticsCustomerError `INVALID_FRACTION` for a non-finite number or one that
 *   needs more than 15 significant digits (such as `0.1 + 0.2`).
 *
 * @example
 * ```ts
 * import { exactFraction } from 'logistics-customer/segmentation';
 * exactFraction(0.8);
 * // => { kind: 'ratio', numerator: 8, denominator: 10 }
 * ```
 * @category Segmentation
 */
export function exactFraction(value: number): Ratio {
  const match = typeof value === 'number' && Number.isFinite(value) ? DECIMAL.exec(String(value)) : null;
  if (match === null) invalid(value);
  const [, sign = '', intDigits = '', fracDigits = '', expText = '0'] = match;
  const all = `${intDigits}${fracDigits}`.replace(/^0+/, '');
  if (all === '') return ratio(0, 1);
  const digits = all.replace(/0+$/, '');
  const exponent = Number(expText) - fracDigits.length + (all.length - digits.length);
  if (digits.length > 15 || exponent < -15 || digits.length + exponent > 15) invalid(value);
  const numerator = exponent >= 0 ? Number(digits) * 10 ** exponent : Number(digits);
  const denominator = exponent >= 0 ? 1 : 10 ** -exponent;
  return ratio(sign === '-' ? -numerator : numerator, denominator);
}

function invalid(value: unknown): never {
  throw new LogisticsCustomerError('INVALID_FRACTION', SEGMENTATION_MESSAGES.INVALID_FRACTION, { received: value });
}
