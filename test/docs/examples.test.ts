import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { collectExamples, instrument } from './doc-examples.js';

const root = resolve(import.meta.dirname, '..', '..');
const outDir = join(root, '.tmp', 'doctest');
mkdirSync(outDir, { recursive: true });

declare global {
  var __docCheck: (actual: unknown, expected: unknown, line: number) => void;
}

const examples = collectExamples(root);

describe('documentation examples run and show the right results', () => {
  test('there are examples to run', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  test.each(examples.map((e) => [e.where, e] as const))('%s', async (_where, example) => {
    const { code, assertions } = instrument(example.code, root);
    const file = join(outDir, `${createHash('sha1').update(example.where + example.code).digest('hex').slice(0, 16)}.ts`);
    writeFileSync(file, code);
    let checked = 0;
    globalThis.__docCheck = (actual, expected, line) => {
      checked++;
      expect(actual, `${example.where}, example line ${line}`).toEqual(expected);
    };
    await import(pathToFileURL(file).href);
    expect(checked).toBe(assertions);
  });
});
