import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, DATASET_FILES } from '../../src/cli/records.js';
import { EXIT, run } from '../../src/cli/run.js';
import { ComplaintEventJSONSchema } from '../../src/complaints/complaint-event-json.js';
import { ContactSchema } from '../../src/customer/contact.js';
import { CustomerSchema } from '../../src/customer/customer.js';
import { CustomerProfileSchema } from '../../src/customer/profile.js';
import { TransactionSchema } from '../../src/customer/transaction.js';
import { FunnelEventSchema } from '../../src/funnel/funnel-event-schema.js';
import { ShipmentRecordSchema } from '../../src/quality/shipment-record.js';
import { SurveyResponseSchema } from '../../src/sample/survey-response.js';
import { memoryIO } from '../cli/fixtures.js';

/**
 * docs/report.md documents the report command's `--data DIR` format, and examples/report-data/
 * is a small firm in that format. This test proves both: the report runs on the example and its
 * numbers match figures computed here from the files, and the page's tables list exactly the
 * fields, required flags, enum values and CSV columns the loader accepts.
 */
const root = resolve(import.meta.dirname, '..', '..');
const dataDir = join(root, 'examples', 'report-data');
const page = readFileSync(join(root, 'docs', 'report.md'), 'utf8');

const NOW = new Date('2026-04-01T00:00:00+08:00');
const START = new Date(NOW.getTime() - 365 * 86_400_000);
const inPeriod = (iso: string): boolean => new Date(iso) >= START && new Date(iso) < NOW;

type Row = Record<string, string>;

const ndjson = (name: string): Record<string, unknown>[] =>
  readFileSync(join(dataDir, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** The example's CSV files hold no quoted fields, so a plain split reads them. */
function csv(name: string): Row[] {
  const text = readFileSync(join(dataDir, name), 'utf8');
  expect(text).not.toContain('"');
  const [header = '', ...lines] = text.split('\n').filter((l) => l !== '');
  const names = header.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i] ?? '', v])));
}

/** "86000.00" as 8600000 fen. */
const fen = (amount: string): number => {
  const [yuan = '0', cents = ''] = amount.split('.');
  return Number(yuan) * 100 + Number(cents.padEnd(2, '0'));
};

// ---------------------------------------------------------------------------------------------
// Reading the tables of docs/report.md

interface Table {
  readonly kind: 'fields' | 'columns' | 'events';
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

function tables(text: string): Table[] {
  const out: Table[] = [];
  for (const m of text.matchAll(/<!-- (fields|columns|events): ([a-z-]+) -->\n((?:\|.*\n)+)/gu)) {
    const lines = (m[3] ?? '').trimEnd().split('\n').slice(2);
    const rows = lines.map((l) => l.split(/(?<!\\)\|/u).slice(1, -1).map((c) => c.trim()));
    out.push({ kind: m[1] as Table['kind'], name: m[2] ?? '', rows });
  }
  return out;
}

const ticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/gu)].map((m) => m[1] ?? '');

function table(kind: Table['kind'], name: string): Table {
  const found = tables(page).find((t) => t.kind === kind && t.name === name);
  if (found === undefined) throw new Error(`docs/report.md has no <!-- ${kind}: ${name} --> table`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Looking into zod schemas (v4 classic and mini share `_zod.def`)

interface ZodLike {
  readonly _zod: { readonly def: Record<string, unknown>; readonly optin?: string };
}

function shapeOf(schema: unknown): Record<string, ZodLike> {
  let s = schema as ZodLike | undefined;
  for (let i = 0; i < 6 && s !== undefined; i++) {
    const def = s._zod.def;
    if (def['shape'] !== undefined) return def['shape'] as Record<string, ZodLike>;
    s = (def['innerType'] ?? def['in']) as ZodLike | undefined;
  }
  throw new Error('no object shape');
}

function enumOptions(schema: ZodLike): string[] | null {
  let s: ZodLike | undefined = schema;
  for (let i = 0; i < 6 && s !== undefined; i++) {
    const def = s._zod.def;
    if (def['type'] === 'enum') return Object.values(def['entries'] as Record<string, string>);
    s = (def['innerType'] ?? def['element'] ?? def['in']) as ZodLike | undefined;
  }
  return null;
}

const isOptional = (s: ZodLike): boolean => s._zod.optin === 'optional';

function eventShapes(schema: unknown): Map<string, Record<string, ZodLike>> {
  const options = (schema as ZodLike)._zod.def['options'] as readonly ZodLike[];
  return new Map(
    options.map((o) => {
      const shape = shapeOf(o);
      const type = (shape['type']?._zod.def['values'] as readonly string[] | undefined)?.[0] ?? '?';
      return [type, shape];
    }),
  );
}

// ---------------------------------------------------------------------------------------------

describe('the report on examples/report-data', () => {
  test('runs, and its numbers match the files', async () => {
    const io = memoryIO();
    expect(await run(['report', '--data', dataDir, '--now', '2026-04-01', '--format', 'json', '--quiet'], io)).toBe(EXIT.OK);
    expect(io.err()).toBe('');
    const report = JSON.parse(io.out()) as {
      meta: { counts: Record<string, number> };
      customerBase: { derived: { abc: Record<'A' | 'B' | 'C', number> } };
      abc: { top: { customer: { id: string }; revenue: { amount: string } }[] };
      funnel: { deals: number; outcomes: Record<string, number>; wonValue: { amount: string } };
      complaints: { count: number; shipments: number; compensation: { total: { amount: string } } };
      quality: { report: { records: { seen: number } }; nps: { score: number; respondents: number } };
    };

    const customers = ndjson('customers.ndjson');
    const transactions = csv('transactions.csv');
    const dealEvents = ndjson('deal-events.ndjson');
    const complaintEvents = ndjson('complaint-events.ndjson');
    const shipments = ndjson('shipments.ndjson');
    const surveys = csv('surveys.csv');

    const distinct = (rows: Record<string, unknown>[], key: string): string[] => [...new Set(rows.map((r) => String(r[key])))];
    expect(report.meta.counts).toEqual({
      customers: customers.length,
      transactions: transactions.length,
      deals: distinct(dealEvents, 'dealId').length,
      complaints: distinct(complaintEvents, 'complaintId').length,
      shipments: shipments.length,
      surveys: surveys.length,
    });

    // ABC by the value rule, from last year's revenue: A while the customers above hold < 80%, B < 95%.
    const revenue = new Map<string, number>(customers.map((c) => [String(c['id']), 0]));
    for (const t of transactions) if (inPeriod(t['date'] ?? '')) revenue.set(t['customerId'] ?? '', (revenue.get(t['customerId'] ?? '') ?? 0) + fen(t['revenue'] ?? '0'));
    const ranked = [...revenue].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = ranked.reduce((sum, [, v]) => sum + v, 0);
    const abc = { A: 0, B: 0, C: 0 };
    let above = 0;
    for (const [, v] of ranked) {
      abc[above * 100 < 80 * total ? 'A' : above * 100 < 95 * total ? 'B' : 'C']++;
      above += v;
    }
    expect(report.customerBase.derived.abc).toEqual(abc);
    expect(report.abc.top.map((r) => [r.customer.id, fen(r.revenue.amount)])).toEqual(ranked);

    // The funnel: every deal was found in the period; its outcome is its last event.
    const logs = new Map<string, Record<string, unknown>[]>();
    for (const e of dealEvents) logs.set(String(e['dealId']), [...(logs.get(String(e['dealId'])) ?? []), e]);
    const outcomes = { won: 0, lost: 0, disqualified: 0, open: 0 };
    for (const events of logs.values()) {
      expect(inPeriod(String(events[0]?.['at']))).toBe(true);
      const last = events[events.length - 1]?.['type'];
      outcomes[last === 'WIN' ? 'won' : last === 'LOSE' ? 'lost' : last === 'DISQUALIFY' ? 'disqualified' : 'open']++;
    }
    expect(report.funnel.deals).toBe(logs.size);
    expect(report.funnel.outcomes).toEqual(outcomes);
    const won = dealEvents.filter((e) => e['type'] === 'WIN').map((e) => fen((e['contractValue'] as { amount: string }).amount));
    expect(fen(report.funnel.wonValue.amount)).toBe(won.reduce((a, b) => a + b, 0));

    // Complaints received in the period, per order line ordered in it, and the compensation paid.
    const received = complaintEvents.filter((e) => e['type'] === 'RECEIVE' && inPeriod(String(e['at'])));
    const lines = shipments.filter((s) => inPeriod(String(s['orderedAt'])));
    expect([report.complaints.count, report.complaints.shipments]).toEqual([received.length, lines.length]);
    const paid = complaintEvents.filter((e) => e['type'] === 'PROPOSE').map((e) => fen((e['compensation'] as { amount: string }).amount));
    expect(fen(report.complaints.compensation.total.amount)).toBe(paid.reduce((a, b) => a + b, 0));
    expect(report.quality.report.records.seen).toBe(lines.length);

    // NPS of the period's answers: promoters (9–10) minus detractors (0–6), in points.
    const answers = surveys.filter((s) => inPeriod(s['at'] ?? '')).map((s) => Number(s['nps']));
    const nps = ((answers.filter((a) => a >= 9).length - answers.filter((a) => a <= 6).length) / answers.length) * 100;
    expect([report.quality.nps.respondents, report.quality.nps.score]).toEqual([answers.length, nps]);
  });

  test('every file of the example is a dataset file the loader reads', () => {
    const names = Object.values(DATASET_FILES).flatMap((d) => [`${d.base}.ndjson`, `${d.base}.jsonl`, ...(d.csv ? [`${d.base}.csv`] : [])]);
    const files = readdirSync(dataDir).sort();
    expect(files.length).toBe(Object.keys(DATASET_FILES).length);
    for (const f of files) expect(names).toContain(f);
  });
});

describe('docs/report.md states the format the loader accepts', () => {
  test('it names every dataset file', () => {
    for (const d of Object.values(DATASET_FILES)) {
      expect(page).toContain(`\`${d.base}.ndjson\``);
      if (d.csv) expect(page).toContain(`\`${d.base}.csv\``);
    }
  });

  test.each([
    ['customers', CustomerSchema],
    ['contact', ContactSchema],
    ['profile', CustomerProfileSchema],
    ['transactions', TransactionSchema],
    ['shipments', ShipmentRecordSchema],
    ['surveys', SurveyResponseSchema],
  ] as const)('the fields of %s: names, required flags and enum values', (name, schema) => {
    const shape = shapeOf(schema);
    const rows = table('fields', name).rows;
    expect(rows.map((r) => ticked(r[0] ?? '')[0])).toEqual(Object.keys(shape));
    for (const [cell, type, required] of rows) {
      const field = ticked(cell ?? '')[0] ?? '';
      const s = shape[field] as ZodLike;
      expect(required === 'yes', `${name}.${field} required`).toBe(!isOptional(s));
      const options = enumOptions(s);
      if (options !== null) expect(ticked(type ?? ''), `${name}.${field} values`).toEqual(options);
    }
  });

  test.each(Object.keys(CSV_COLUMNS) as (keyof typeof CSV_COLUMNS)[])('the CSV columns of %s, in order', (name) => {
    expect(table('columns', name).rows.map((r) => ticked(r[0] ?? '')[0])).toEqual(CSV_COLUMNS[name]);
  });

  test.each([
    ['deals', FunnelEventSchema, ['type', 'at']],
    ['complaints', ComplaintEventJSONSchema, ['type', 'at', 'by', 'note']],
  ] as const)('the event types of %s and their fields', (name, schema, common) => {
    const shapes = eventShapes(schema);
    const rows = table('events', name).rows;
    expect(rows.map((r) => ticked(r[0] ?? '')[0])).toEqual([...shapes.keys()]);
    for (const [typeCell, , fieldsCell] of rows) {
      const type = ticked(typeCell ?? '')[0] ?? '';
      const shape = shapes.get(type) ?? {};
      const documented = (fieldsCell ?? '').split(',').map((f) => ticked(f)[0]).filter((f): f is string => f !== undefined);
      const expected = Object.keys(shape)
        .filter((k) => !(common as readonly string[]).includes(k))
        .map((k) => (isOptional(shape[k] as ZodLike) ? `${k}?` : k));
      expect(documented, type).toEqual(expected);
    }
  });

  test('the excerpts of the example files are lines of those files', () => {
    const excerpts = [...page.matchAll(/`examples\/report-data\/([a-z-]+\.(?:ndjson|csv))`[^\n]*\n\n```(?:json|text)\n([\s\S]*?)```/gu)];
    expect(excerpts.length).toBe(Object.keys(DATASET_FILES).length);
    for (const [, file, body] of excerpts) {
      const lines = readFileSync(join(dataDir, file ?? ''), 'utf8').split('\n');
      for (const line of (body ?? '').trimEnd().split('\n')) expect(lines, `${file}: ${line}`).toContain(line);
    }
  });
});
