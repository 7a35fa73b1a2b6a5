import { expect } from 'vitest';
import { LogisticsCustomerError } from '../../../src/core/invariant.js';

/** Asserts that `fn` throws a LogisticsCustomerError with this code and message. */
export function expectThrows(fn: () => unknown, code: string, message: string): LogisticsCustomerError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(LogisticsCustomerError);
  const error = caught as LogisticsCustomerError;
  expect({ code: error.code, message: error.message }).toEqual({ code, message });
  return error;
}
