import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';
import type { Rate } from './rate.js';
import type { Ratio } from './ratio.js';

/**
 * Refuses a rate or ratio that its constructor would not have made — one built by hand, or read
 * from storage without a parser: a rate needs whole counts with 0 ≤ numerator ≤ denominator and a
 * denominator of at least 1 (`INVALID_RATE`), a ratio finite parts and a non-zero denominator
 * (`INVALID_RATIO`). The functions that read a share's value call it, so such a value is an
 * error, never `NaN`, `Infinity` or "NaN of 2".
 *
 * @param r - The rate or ratio.
 * @throws {@link LogisticsCustomerError} `INVALID_RATE` or `INVALID_RATIO`, with the parts.
 *
 * @example
 * ```ts no-run
 * assertShare({ kind: 'rate', numerator: 5, denominator: 2 }); // throws INVALID_RATE
 * ```
 * @internal
 */
export function assertShare(r: Ratio | Rate): void {
  const { numerator, denominator } = r;
  if (r.kind === 'rate') {
    if (!(Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator) && numerator >= 0 && numerator <= denominator && denominator >= 1)) {
      throw new LogisticsCustomerError('INVALID_RATE', CORE_MESSAGES.INVALID_RATE, { numerator, denominator });
    }
  } else if (!(Number.isFinite(numerator) && Number.isFinite(denominator) && denominator !== 0)) {
    throw new LogisticsCustomerError('INVALID_RATIO', CORE_MESSAGES.INVALID_RATIO, { numerator, denominator });
  }
}
