/**
 * A successful {@link Result}.
 *
 * @typeParam T - The type of the value.
 * @category Result
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * A failed {@link Result}.
 *
 * @typeParam E - The type of the error.
 * @category Result
 */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * The outcome of an operation that can fail for expected reasons (bad input, a refused
 * transition): either `{ ok: true, value }` or `{ ok: false, error }`.
 *
 * @typeParam T - The type of the value on success.
 * @typeParam E - The type of the error on failure.
 * @category Result
 */
export type Result<T, E> = Ok<T> | Err<E>;

/**
 * Wraps a value in a successful result.
 *
 * @param value - The value.
 * @returns `{ ok: true, value }`.
 *
 * @example
 * ```ts
 * import { ok } from 'logistics-customer/core';
 * ok(42);
 * // => { ok: true, value: 42 }
 * ```
 * @category Result
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error in a failed result.
 *
 * @param error - The error.
 * @returns `{ ok: false, error }`.
 *
 * @example
 * ```ts
 * import { err } from 'logistics-customer/core';
 * err('nope');
 * // => { ok: false, error: 'nope' }
 * ```
 * @category Result
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * Transforms the value of a successful result; a failure passes through unchanged.
 *
 * @param result - The result.
 * @param fn - The transformation.
 * @returns The transformed result.
 *
 * @example
 * ```ts
 * import { mapResult, ok } from 'logistics-customer/core';
 * mapResult(ok(2), (n) => n * 10);
 * // => { ok: true, value: 20 }
 * ```
 * @category Result
 */
export function mapResult<T, U, E>(result: Result<T, E>, fn: (value: T) => U): Result<U, E> {
  return result.ok ? ok(fn(result.value)) : result;
}

/**
 * Transforms the error of a failed result; a success passes through unchanged.
 *
 * @param result - The result.
 * @param fn - The transformation of the error.
 * @returns The result with the transformed error.
 *
 * @example
 * ```ts
 * import { err, mapError } from 'logistics-customer/core';
 * mapError(err('bad'), (e) => e.toUpperCase());
 * // => { ok: false, error: 'BAD' }
 * ```
 * @category Result
 */
export function mapError<T, E, F>(result: Result<T, E>, fn: (error: E) => F): Result<T, F> {
  return result.ok ? result : err(fn(result.error));
}

/**
 * Chains an operation that can itself fail onto a successful result.
 *
 * @param result - The result.
 * @param fn - The next operation.
 * @returns The next operation's result, or the first failure.
 *
 * @example
 * ```ts
 * import { andThen, err, ok } from 'logistics-customer/core';
 * andThen(ok(4), (n) => (n > 3 ? ok(n) : err('too small')));
 * // => { ok: true, value: 4 }
 * ```
 * @category Result
 */
export function andThen<T, U, E, F>(
  result: Result<T, E>,
  fn: (value: T) => Result<U, F>,
): Result<U, E | F> {
  return result.ok ? fn(result.value) : result;
}

/**
 * Returns the value of a successful result or the fallback for a failed one.
 *
 * @param result - The result.
 * @param fallback - The value to use on failure.
 * @returns The value or the fallback.
 *
 * @example
 * ```ts
 * import { err, unwrapOr } from 'logistics-customer/core';
 * unwrapOr(err('bad'), 0);
 * // => 0
 * ```
 * @category Result
 */
export function unwrapOr<T, E>(result: Result<T, E>, fallback: T): T {
  return result.ok ? result.value : fallback;
}

/**
 * Collects an array of results into one: all values, or every error.
 *
 * @param results - The results.
 * @returns `ok` with all values in order, or `err` with every error in order.
 *
 * @example
 * ```ts
 * import { collectResults, err, ok } from 'logistics-customer/core';
 * collectResults([ok(1), err('a'), ok(3), err('b')]);
 * // => { ok: false, error: ['a', 'b'] }
 * ```
 * @category Result
 */
export function collectResults<T, E>(
  results: readonly Result<T, E>[],
): Result<readonly T[], readonly E[]> {
  const values: T[] = [];
  const errors: E[] = [];
  for (const result of results) {
    if (result.ok) values.push(result.value);
    else errors.push(result.error);
  }
  return errors.length > 0 ? err(errors) : ok(values);
}
