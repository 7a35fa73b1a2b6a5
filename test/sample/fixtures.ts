import { generateSampleFirm } from '../../src/sample/generate-sample-firm.js';
import type { SampleFirm } from '../../src/sample/sample-firm.js';

/** "Now" of the test firms: 2026-04-01 00:00 Beijing time. */
export const NOW = new Date('2026-04-01T00:00:00+08:00');

/** A small firm, generated once per test file. */
export const SMALL: SampleFirm = generateSampleFirm({ seed: 2014, customers: 400, now: NOW });
