import { describe, expect, test } from 'vitest';
import { instrument } from './doc-examples.js';

describe('the doc-example instrumenter', () => {
  test('turns `// =>` after an expression into a check, same line or next lines', () => {
    const { code, assertions } = instrument(
      "import { ok } from 'logistics-customer/core';\nok(1);\n// => { ok: true,\n//      value: 1 }\n1 + 1; // => 2\nconst x = 3;\n",
      '/repo',
    );
    expect(assertions).toBe(2);
    expect(code).toContain('globalThis.__docCheck((ok(1)), ({ ok: true,\n     value: 1 }\n), 2);');
    expect(code).toContain('globalThis.__docCheck((1 + 1), (2\n), 5);');
    expect(code).toContain('from "/repo/src/core/index.ts"');
  });

  test('refuses `// =>` after a declaration and a non-expression result', () => {
    expect(() => instrument('const x = 1;\n// => 1\n', '/repo')).toThrow(/must follow an expression statement/);
    expect(() => instrument('1;\n// => a typed error, never NaN\n', '/repo')).toThrow(/not an expression/);
  });
});
