import { generateSampleFirm } from '../../src/sample/generate-sample-firm.js';
import type { SampleFirm } from '../../src/sample/sample-firm.js';
import type { CliIO } from '../../src/cli/io.js';

/** "Now" of the tests: 2026-04-01 00:00 Beijing time (the sample's default). */
export const NOW = new Date('2026-04-01T00:00:00+08:00');

/** The firm of `report --size 300` (seed 2014, two years). */
export const FIRM: SampleFirm = generateSampleFirm({ seed: 2014, customers: 300, now: NOW });

/** An in-memory IO that records what the command writes. */
export function memoryIO(): CliIO & { readonly out: () => string; readonly err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    clock: () => {
      throw new Error('the clock must not be read when --now is given');
    },
    out: () => out,
    err: () => err,
  };
}
