/**
 * The whole example as one function, so `main.ts` can print it and the test can check it: create
 * the table, load the sample firm's logs, derive states and metrics, and run the two concurrency
 * scenarios on fresh deals.
 */
import { standardCalendar } from '../../src/core/index.js';
import type { FunnelEvent, FunnelSnapshot, FunnelState } from '../../src/funnel/index.js';
import { generateSampleFirm, SAMPLE_DEFAULTS, type SampleFirm } from '../../src/sample/index.js';
import { appendEvent, loadStream } from './commands.js';
import { raceWriters, type WriterOutcome } from './concurrency.js';
import type { Database } from './database.js';
import { dayAfter, openingEvents, reviseQuote, win } from './demo-deal.js';
import { type CrmSummary, deriveSummary } from './derive.js';
import { type EventStore, eventStore } from './event-store.js';
import { seedStore, type SeedCounts } from './seed.js';
import { complaintStream, dealStream } from './streams.js';

/** Options of {@link runExample}. */
export interface ExampleOptions {
  /** Customers of the sample firm (default 40: about 40 deals and 15 complaints). */
  readonly customers?: number;
  /** Prefix of the demo deals' ids, so that runs on a kept database do not collide (default `''`). */
  readonly runTag?: string;
}

/** One concurrency scenario: the writers, what became of each, and the stored log afterwards. */
export interface Scenario {
  readonly dealId: string;
  readonly writers: readonly WriterOutcome<FunnelEvent, FunnelSnapshot>[];
  /** The stored log: version and event type of each row. */
  readonly log: readonly { readonly version: number; readonly type: string }[];
  /** The state the stored log replays to. */
  readonly state: FunnelState;
  /** Whether that replayed state equals the snapshot the last successful writer computed. */
  readonly replayMatchesWriters: boolean;
}

/** Everything the example did and derived. */
export interface ExampleResult {
  readonly firm: SampleFirm;
  readonly seeded: SeedCounts;
  readonly summary: CrmSummary;
  readonly bothStored: Scenario;
  readonly oneRefused: Scenario;
}

const deal = dealStream();
const complaint = complaintStream();
const kinds = { deal, complaint } as const;

/** Opens a demo deal through the same checked path as every write, then lets two writers race. */
async function scenario(
  store: EventStore,
  dealId: string,
  start: Date,
  writers: (at: Date) => readonly { readonly name: string; readonly event: FunnelEvent }[],
): Promise<Scenario> {
  for (const event of openingEvents(start)) {
    const opened = await appendEvent(store, deal, dealId, event);
    if (opened.kind !== 'appended') throw new Error(`could not open ${dealId}: ${opened.kind}`);
  }
  const outcomes = await raceWriters(store, deal, dealId, writers(dayAfter(start, 4)));
  const loaded = await loadStream(store, deal, dealId);
  if (!loaded.ok) throw new Error(`${dealId} does not replay`);
  const last = outcomes
    .map((o) => o.outcome)
    .filter((o) => o.kind === 'appended')
    .sort((a, b) => b.version - a.version)[0];
  const rows = await store.read({ type: 'deal', id: dealId });
  return {
    dealId,
    writers: outcomes,
    log: rows.map((row) => ({ version: row.version, type: row.type })),
    state: loaded.value.snapshot.state,
    replayMatchesWriters: last !== undefined && JSON.stringify(last.snapshot) === JSON.stringify(loaded.value.snapshot),
  };
}

/** Runs the example on a database (PGlite or a server). */
export async function runExample(db: Database, options: ExampleOptions = {}): Promise<ExampleResult> {
  const store = eventStore(db);
  await store.migrate();

  const now = SAMPLE_DEFAULTS.now;
  const firm = generateSampleFirm({ seed: SAMPLE_DEFAULTS.seed, customers: options.customers ?? 40, now });
  const seeded = await seedStore(store, kinds, firm);

  const summary = await deriveSummary(store, kinds, {
    period: { start: firm.options.start, end: now },
    calendar: standardCalendar('Asia/Shanghai'),
    now,
  });
  if (!summary.ok) throw new Error(summary.error.map((e) => e.message).join('; '));

  // The demo deals start the day after the sample's history, outside the report's period.
  const tag = options.runTag ?? '';
  const start = dayAfter(now, 1);
  // Both revise the quote: the second is still allowed after the first, so both are stored.
  const bothStored = await scenario(store, `${tag}D-DEMO-1`, start, (at) => [
    { name: 'sales rep 李', event: reviseQuote(at, '115000', '李: 5% off for a two-year contract') },
    { name: 'manager 王', event: reviseQuote(at, '112000', '王: matched the competitor’s price') },
  ]);
  // One wins the deal, the other revises the quote: after 成交 the quote is refused, not stored.
  const oneRefused = await scenario(store, `${tag}D-DEMO-2`, start, (at) => [
    { name: 'manager 王', event: win(at, '118000') },
    { name: 'sales rep 李', event: reviseQuote(at, '110000', '李: one more discount') },
  ]);

  return { firm, seeded, summary: summary.value, bothStored, oneRefused };
}
