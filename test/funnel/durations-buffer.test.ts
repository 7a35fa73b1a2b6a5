import { afterEach, describe, expect, test, vi } from 'vitest';
import { summarizeChunks } from '../../src/funnel/duration-chunks.js';
import { addDuration, chunkSource, durationChunks, newDurations } from '../../src/funnel/durations-buffer.js';
import { funnelReport } from '../../src/funnel/funnel-report.js';
import { standardCalendar } from '../../src/core/time/standard-calendar.js';
import type { FunnelDealLog } from '../../src/funnel/funnel-event.js';
import { QUALIFIES } from './fixtures.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** 70 000 durations (more than one full chunk of 65 536): 3·i mod 70 001 ms. */
const VALUES = Array.from({ length: 70_000 }, (_, i) => (3 * i) % 70_001);

function filled(): ReturnType<typeof durationChunks> {
  const buffer = newDurations(chunkSource());
  for (const ms of VALUES) addDuration(buffer, ms);
  return durationChunks(buffer);
}

describe('duration buffers: chunks over shared memory where the host has it, plain arrays where not', () => {
  test('with SharedArrayBuffer (Node): Float64Array chunks over shared buffers, read back in order and trimmed', () => {
    const chunks = filled();
    expect(chunks.every((c) => c instanceof Float64Array && c.buffer instanceof SharedArrayBuffer)).toBe(true);
    // 256, 512, …, 32 768, then 65 536 values a chunk; the last one trimmed to what was appended.
    expect(chunks.map((c) => c.length)).toEqual([256, 512, 1024, 2048, 4096, 8192, 16_384, 32_768, 4720]);
    expect(chunks.flatMap((c) => [...Array.from(c)])).toEqual(VALUES);
  });

  test('without it (a browser page that is not cross-origin isolated): plain arrays, the same values', () => {
    vi.stubGlobal('SharedArrayBuffer', undefined);
    const chunks = filled();
    expect(chunks.every((c) => Array.isArray(c))).toBe(true);
    expect(chunks.flatMap((c) => [...Array.from(c)])).toEqual(VALUES);
    expect(summarizeChunks(chunks, 1)).toEqual(summarizeChunks([VALUES], 1));
  });

  test('an empty buffer reads as one empty chunk', () => {
    expect(durationChunks(newDurations(chunkSource())).map((c) => c.length)).toEqual([0]);
  });

  test('funnelReport is the same with either kind of chunk (calendar and business days)', () => {
    // 1 500 deals found on 1 March at 10:00, qualified k hours later and lost k hours after that.
    const start = Date.UTC(2026, 2, 1, 10);
    const deals: FunnelDealLog[] = Array.from({ length: 1500 }, (_, i) => {
      const k = ((37 * i) % 500) + 1;
      return {
        id: `M${i}`,
        events: [
          { type: 'FIND', at: new Date(start), channel: 'advertising' },
          { type: 'QUALIFY', at: new Date(start + k * 3_600_000), assessment: QUALIFIES },
          { type: 'LOSE', at: new Date(start + 2 * k * 3_600_000), reason: 'price' },
        ],
      };
    });
    const options = {
      period: { start: new Date(Date.UTC(2026, 2, 1)), end: new Date(Date.UTC(2026, 6, 1)) },
      calendar: standardCalendar('Asia/Shanghai', { breaks: [{ start: '12:00', end: '13:00' }] }),
    };
    const shared = funnelReport(deals, options);
    vi.stubGlobal('SharedArrayBuffer', undefined);
    const plain = funnelReport(deals, options);
    expect(shared.ok && shared.value.timeInStage.qualified.businessDays?.count).toBe(1500);
    expect(plain).toEqual(shared);
  });
});
