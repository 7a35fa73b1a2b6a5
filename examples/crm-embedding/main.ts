/**
 * A CRM's deal and complaint event logs in Postgres, with state and metrics derived by the library.
 *
 * Run from the repository root:
 *   npx tsx examples/crm-embedding/main.ts                                   # PGlite in memory
 *   PGLITE_DIR=.tmp/crm npx tsx examples/crm-embedding/main.ts               # PGlite on disk
 *   DATABASE_URL=postgres://user:pass@localhost/crm npx tsx examples/crm-embedding/main.ts
 */
import { formatRate } from '../../src/core/index.js';
import type { Scenario } from './example.js';
import { runExample } from './example.js';
import { openDatabase } from './open-database.js';

const db = await openDatabase(process.env);
try {
  // On a kept database every run adds its own demo deals.
  const runTag = process.env['DATABASE_URL'] || process.env['PGLITE_DIR'] ? `${Date.now().toString(36)}-` : '';
  const { seeded, summary, bothStored, oneRefused } = await runExample(db, { runTag });
  const { deals, complaints } = summary;

  console.log(`database: ${db.label}`);
  console.log(`stored: ${seeded.deals} deals and ${seeded.complaints} complaints, ${seeded.events} events (${seeded.skipped} streams were already there)`);
  console.log(`deals by state (replayed): ${JSON.stringify(deals.byState)}`);
  const r = deals.report;
  console.log(
    `funnel ${r.period.start.toISOString().slice(0, 10)} – ${r.period.end.toISOString().slice(0, 10)}: ${r.deals} deals found, won ${r.outcomes.won}, lost ${r.outcomes.lost}, disqualified ${r.outcomes.disqualified}, open ${r.outcomes.open}; win rate ${formatRate(r.winRate.rate, 'en')}`,
  );
  console.log(`conversions: ${r.conversions.map((c) => `${c.from}→${c.to} ${formatRate(c.conversion.rate, 'en')}`).join(', ')}`);
  const m = complaints.metrics;
  console.log(`complaints by state (replayed): ${JSON.stringify(complaints.byState)}`);
  console.log(
    `complaint metrics: ${m.count} received; first-contact resolution ${formatRate(m.firstContactResolution, 'en')}; resolve SLA compliance ${formatRate(m.sla.resolve.compliance, 'en')}`,
  );
  console.log(`resolve clocks now: ${JSON.stringify(complaints.resolveClocks)}`);

  const show = (title: string, s: Scenario): void => {
    console.log(`\n${title} — deal ${s.dealId}`);
    for (const w of s.writers) {
      const o = w.outcome;
      const what =
        o.kind === 'appended'
          ? `stored as version ${o.version}`
          : o.kind === 'refused'
            ? `refused at version ${o.version}: ${o.refusal.code} — ${o.refusal.messages['zh-CN']} / ${o.refusal.messages.en}`
            : o.kind;
      console.log(`  ${w.name}: read version ${w.readVersion}, ${w.event.type} → ${what} (attempts: ${o.attempts})`);
    }
    console.log(`  stored log: ${s.log.map((e) => `${e.version}:${e.type}`).join(' ')}; replays to ${s.state}; equals the writers' state: ${s.replayMatchesWriters}`);
  };
  show('two writers, both allowed', bothStored);
  show('two writers, the second no longer allowed', oneRefused);
} finally {
  await db.close();
}
