import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError, unwrap } from '../../src/core/invariant.js';
import { andThen, collectResults, err, mapError, mapResult, ok, type Result, unwrapOr } from '../../src/core/result.js';

describe('Result', () => {
  test('ok and err build the two variants', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err('bad')).toEqual({ ok: false, error: 'bad' });
  });

  test('mapResult transforms values and passes failures through', () => {
    expect(mapResult(ok(2), (n) => n + 1)).toEqual(ok(3));
    const failure = err('x') as Result<number, string>;
    expect(mapResult(failure, (n) => n + 1)).toBe(failure);
  });

  test('mapError transforms errors and passes successes through', () => {
    expect(mapError(err('x'), (e) => `${e}!`)).toEqual(err('x!'));
    const success = ok(1) as Result<number, string>;
    expect(mapError(success, (e) => `${e}!`)).toBe(success);
  });

  test('andThen chains and short-circuits', () => {
    const half = (n: number): Result<number, string> => (n % 2 === 0 ? ok(n / 2) : err(`odd ${n}`));
    expect(andThen(ok(8), half)).toEqual(ok(4));
    expect(andThen(ok(3), half)).toEqual(err('odd 3'));
    expect(andThen(err('first') as Result<number, string>, half)).toEqual(err('first'));
  });

  test('unwrapOr and unwrap', () => {
    expect(unwrapOr(err('x') as Result<number, string>, 9)).toBe(9);
    expect(unwrapOr(ok(1), 9)).toBe(1);
    expect(unwrap(ok('v'))).toBe('v');
    expect(() => unwrap(err({ message: 'boom' }))).toThrowError(/Called unwrap on a failed result\. boom/);
    try {
      unwrap(err('plain'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LogisticsCustomerError);
      expect((e as LogisticsCustomerError).code).toBe('UNWRAP_FAILED');
      expect((e as LogisticsCustomerError).details).toEqual({ error: 'plain' });
    }
  });

  test('collectResults keeps every value or every error, in order', () => {
    expect(collectResults([ok(1), ok(2)])).toEqual(ok([1, 2]));
    expect(collectResults([ok(1), err('a'), ok(3), err('b')])).toEqual(err(['a', 'b']));
    expect(collectResults([])).toEqual(ok([]));
  });

  test('collectResults conserves every element (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer().map(ok), fc.string().map(err))), (results) => {
        const input = structuredClone(results);
        const out = collectResults(results);
        const errors = results.filter((r) => !r.ok).length;
        if (out.ok) expect(out.value.length).toBe(results.length);
        else expect(out.error.length).toBe(errors);
        expect(results).toEqual(input);
      }),
    );
  });
});
