import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appendEvent, loadStream } from '../../examples/crm-embedding/commands.js';
import { raceWriters } from '../../examples/crm-embedding/concurrency.js';
import type { Database } from '../../examples/crm-embedding/database.js';
import { dayAfter, openingEvents, reviseQuote, win } from '../../examples/crm-embedding/demo-deal.js';
import { type EventStore, eventStore } from '../../examples/crm-embedding/event-store.js';
import { type ExampleResult, runExample, type Scenario } from '../../examples/crm-embedding/example.js';
import { openPg } from '../../examples/crm-embedding/pg-database.js';
import { openPGlite } from '../../examples/crm-embedding/pglite-database.js';
import { complaintStream, dealStream } from '../../examples/crm-embedding/streams.js';
import { complaintMetrics, DEFAULT_SLA_POLICY, replayComplaint, slaStatus } from '../../src/complaints/index.js';
import { money, standardCalendar, unwrap } from '../../src/core/index.js';
import { type FunnelEvent, funnelReport, replayFunnel } from '../../src/funnel/index.js';
import { SAMPLE_DEFAULTS } from '../../src/sample/index.js';

const deal = dealStream();
const complaint = complaintStream();
const calendar = standardCalendar('Asia/Shanghai');
const now = SAMPLE_DEFAULTS.now;

/** The stored log of a scenario, each row read back as a typed event. */
async function storedEvents(store: EventStore, dealId: string): Promise<readonly FunnelEvent[]> {
  const loaded = await loadStream(store, deal, dealId);
  if (!loaded.ok) throw new Error(`${dealId} does not replay`);
  return loaded.value.events;
}

describe('CRM embedding example on PGlite', () => {
  let db: Database;
  let store: EventStore;
  let result: ExampleResult;

  beforeAll(async () => {
    db = await openPGlite();
    store = eventStore(db);
    result = await runExample(db);
  }, 60_000);

  afterAll(async () => {
    await db?.close();
  });

  test('every sample deal and complaint is stored, event for event', () => {
    const { firm, seeded } = result;
    const events = [...firm.deals, ...firm.complaints].reduce((n, log) => n + log.events.length, 0);
    expect(seeded).toEqual({ deals: firm.deals.length, complaints: firm.complaints.length, events, skipped: 0 });
    expect(firm.deals.length).toBeGreaterThan(20);
    expect(firm.complaints.length).toBeGreaterThan(5);
  });

  test('the stored logs read back equal and replay to the states of the logs in memory', async () => {
    for (const log of result.firm.deals) {
      const loaded = await loadStream(store, deal, log.id);
      expect(loaded.ok && loaded.value.version).toBe(log.events.length);
      expect(loaded.ok && loaded.value.events).toEqual(log.events);
      expect(loaded.ok && loaded.value.snapshot).toEqual(unwrap(replayFunnel(log.events)));
    }
    for (const log of result.firm.complaints) {
      const loaded = await loadStream(store, complaint, log.id);
      expect(loaded.ok && loaded.value.events).toEqual(log.events);
      expect(loaded.ok && loaded.value.snapshot).toEqual(unwrap(replayComplaint(log)));
    }
  });

  test('the states, funnel report, complaint metrics and service levels equal those computed in memory', () => {
    const { firm, summary } = result;
    const period = { start: firm.options.start, end: now };
    expect(summary.deals.report).toEqual(unwrap(funnelReport(firm.deals, { period, calendar })));
    expect(summary.complaints.metrics).toEqual(unwrap(complaintMetrics(firm.complaints, { period, calendar })));
    // The demo deals are stored after the summary is derived: the summary holds the sample's logs only.
    const dealStates: Record<string, number> = {};
    for (const log of firm.deals) {
      const state = unwrap(replayFunnel(log.events)).state;
      dealStates[state] = (dealStates[state] ?? 0) + 1;
    }
    expect(summary.deals.byState).toEqual(dealStates);
    const clocks: Record<string, number> = {};
    for (const log of firm.complaints) {
      const status = unwrap(slaStatus(log, DEFAULT_SLA_POLICY, calendar, now)).clocks.resolve.status;
      clocks[status] = (clocks[status] ?? 0) + 1;
    }
    expect(summary.complaints.resolveClocks).toEqual(clocks);
    expect(summary.deals.report.deals).toBeGreaterThan(0);
    expect(summary.complaints.metrics.count).toBeGreaterThan(0);
  });

  test('two writers on the same deal: both read version 4, both events are stored, nothing lost', async () => {
    const s: Scenario = result.bothStored;
    const [rep, manager] = s.writers;
    expect(s.writers.map((w) => [w.name, w.readVersion])).toEqual([
      ['sales rep 李', 4],
      ['manager 王', 4],
    ]);
    expect(rep?.outcome).toMatchObject({ kind: 'appended', version: 5, attempts: 1 });
    expect(manager?.outcome).toMatchObject({ kind: 'appended', version: 6, attempts: 2 });
    expect(s.log).toEqual([
      { version: 1, type: 'FIND' },
      { version: 2, type: 'QUALIFY' },
      { version: 3, type: 'APPROACH' },
      { version: 4, type: 'PROPOSE' },
      { version: 5, type: 'PROPOSE' },
      { version: 6, type: 'PROPOSE' },
    ]);
    const stored = await storedEvents(store, s.dealId);
    expect(stored.slice(4)).toEqual([rep?.event, manager?.event]);
    // The state is the replay of the stored log, and the last writer saw the same state.
    expect(s.state).toBe('negotiating');
    expect(s.replayMatchesWriters).toBe(true);
    const loaded = await loadStream(store, deal, s.dealId);
    expect(loaded.ok && loaded.value.snapshot.context.episode.quote).toEqual(unwrap(money('112000', 'CNY')));
  });

  test('an event no longer allowed after the other writer is refused by the machine and not stored', async () => {
    const s = result.oneRefused;
    const [manager, rep] = s.writers;
    expect(manager?.outcome).toMatchObject({ kind: 'appended', version: 5, attempts: 1 });
    const refused = rep?.outcome;
    expect(refused?.kind).toBe('refused');
    if (refused?.kind !== 'refused') return;
    expect([refused.version, refused.attempts, refused.refusal.code, refused.refusal.details.state]).toEqual([5, 2, 'NOT_ALLOWED_IN_STATE', 'won']);
    expect(refused.refusal.messages['zh-CN']).toContain('成交');
    expect(s.log.map((e) => `${e.version}:${e.type}`)).toEqual(['1:FIND', '2:QUALIFY', '3:APPROACH', '4:PROPOSE', '5:WIN']);
    const stored = await storedEvents(store, s.dealId);
    expect(stored.at(-1)).toEqual(manager?.event);
    expect(stored).not.toContainEqual(rep?.event);
    expect(s.state).toBe('won');
    expect(s.replayMatchesWriters).toBe(true);
  });

  test('six writers at once: every quote is stored exactly once, versions 5 to 10 without gaps', async () => {
    const id = 'D-MANY';
    const start = dayAfter(now, 10);
    for (const e of openingEvents(start)) expect((await appendEvent(store, deal, id, e)).kind).toBe('appended');
    const writers = [1, 2, 3, 4, 5, 6].map((i) => ({ name: `writer ${i}`, event: reviseQuote(dayAfter(start, 4), String(100000 + i * 1000), `quote ${i}`) }));
    const outcomes = await raceWriters(store, deal, id, writers);
    expect(outcomes.map((o) => o.readVersion)).toEqual([4, 4, 4, 4, 4, 4]);
    const versions = outcomes.map((o) => (o.outcome.kind === 'appended' ? o.outcome.version : -1));
    expect([...versions].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10]);
    const stored = await storedEvents(store, id);
    expect(stored).toHaveLength(10);
    for (const [i, o] of outcomes.entries()) expect(stored[(versions[i] as number) - 1]).toEqual(o.event);
  });

  test('a stale append is a typed conflict and writes nothing', async () => {
    const stream = { type: 'deal', id: result.bothStored.dealId } as const;
    const r = await store.append(stream, 4, [deal.toRecord(win(dayAfter(now, 6), '1'))]);
    expect(r).toEqual({ ok: false, error: { code: 'VERSION_CONFLICT', stream, expected: 4, actual: 6 } });
    expect(await store.version(stream)).toBe(6);
  });

  test('a row written around the checks makes the stream corrupt, and nothing more is appended to it', async () => {
    const id = 'D-CORRUPT';
    // A WIN as the first event of a deal: the funnel machine would never allow it.
    await store.append({ type: 'deal', id }, 0, [deal.toRecord(win(dayAfter(now, 20), '50000'))]);
    const outcome = await appendEvent(store, deal, id, openingEvents(dayAfter(now, 21))[0] as FunnelEvent);
    expect(outcome.kind).toBe('corrupt');
    if (outcome.kind === 'corrupt') expect(outcome.error.errors.map((e) => e.code)).toEqual(['NOT_ALLOWED_IN_STATE']);
    expect(await store.version({ type: 'deal', id })).toBe(1);
  });
});

const url = process.env['DATABASE_URL'];

describe.skipIf(url === undefined || url === '')('CRM embedding example on the Postgres server at DATABASE_URL', () => {
  const schema = `crm_embedding_test_${process.pid}`;
  let db: Database;
  let result: ExampleResult;

  beforeAll(async () => {
    db = await openPg(url as string, { schema });
    result = await runExample(db);
  }, 60_000);

  afterAll(async () => {
    await db?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db?.close();
  });

  test('the same data and metrics as in memory', () => {
    const { firm, seeded, summary } = result;
    expect(seeded.deals).toBe(firm.deals.length);
    const period = { start: firm.options.start, end: now };
    expect(summary.deals.report).toEqual(unwrap(funnelReport(firm.deals, { period, calendar })));
    expect(summary.complaints.metrics).toEqual(unwrap(complaintMetrics(firm.complaints, { period, calendar })));
  });

  test('real concurrency: both quotes stored (in either order), or the quote refused after the win', () => {
    const both = result.bothStored;
    expect(both.log.map((e) => e.type)).toEqual(['FIND', 'QUALIFY', 'APPROACH', 'PROPOSE', 'PROPOSE', 'PROPOSE']);
    expect(both.writers.map((w) => (w.outcome.kind === 'appended' ? w.outcome.version : 0)).sort()).toEqual([5, 6]);
    const refused = result.oneRefused;
    const types = refused.log.map((e) => e.type).slice(4);
    expect([['WIN'], ['PROPOSE', 'WIN']]).toContainEqual(types);
    expect(refused.state).toBe('won');
    expect(refused.replayMatchesWriters).toBe(true);
  });
});
