/* eslint-disable no-loss-of-precision -- AS241 coefficients are quoted as published; the literals round to the nearest double, which is what the algorithm expects. */
import { CORE_MESSAGES, LogisticsCustomerError } from '../invariant.js';

// Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37 (1988) 477–484: accurate to about
// 1 part in 10^16. Coefficients in ascending powers.
const A = [
  3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3, 1.3731693765509461125e4,
  4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4, 2.5090809287301226727e3,
] as const;
const B = [
  1, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
  2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3,
] as const;
const C = [
  1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0,
  1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4,
] as const;
const D = [
  1, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
  1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9,
] as const;
const E = [
  6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1,
  2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
] as const;
const F = [
  1, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
  7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15,
] as const;

function poly(c: readonly number[], x: number): number {
  let acc = 0;
  for (let i = c.length - 1; i >= 0; i--) acc = acc * x + (c[i] ?? 0);
  return acc;
}

/**
 * The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p, by Wichura's algorithm AS 241
 * (relative error about 1e-16). z for a two-sided 95% interval is `normalQuantile(0.975)`.
 *
 * @param p - The lower-tail probability, strictly between 0 and 1.
 * @returns The quantile z.
 * @throws {@link LogisticsCustomerError} `INVALID_CONFIDENCE` when `p` is not strictly between
 *   0 and 1.
 *
 * @example
 * ```ts
 * import { normalQuantile } from 'logistics-customer/core';
 * normalQuantile(0.975);
 * // => 1.9599639845400536
 * ```
 * @category Rate
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    throw new LogisticsCustomerError('INVALID_CONFIDENCE', CORE_MESSAGES.INVALID_CONFIDENCE, { p });
  }
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z = r <= 5 ? poly(C, r - 1.6) / poly(D, r - 1.6) : poly(E, r - 5) / poly(F, r - 5);
  return q < 0 ? -z : z;
}
