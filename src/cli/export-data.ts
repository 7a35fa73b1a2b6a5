/**
 * Writes the sample firm as export files (the format `report --data` reads): NDJSON for every
 * dataset, CSV for the flat ones with `--csv`. The files are written into a temporary directory
 * beside the target and renamed into place at the end, so a failed export leaves nothing behind.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SampleCustomerBundle } from '../sample/sample-firm.js';
import { csvLine } from './csv.js';
import type { Progress } from './progress.js';
import {
  complaintEventLine,
  CSV_COLUMNS,
  customerLine,
  DATASET_FILES,
  dealEventLine,
  shipmentLine,
  shipmentRow,
  surveyLine,
  surveyRow,
  transactionLine,
  transactionRow,
} from './records.js';
import type { DatasetName } from './report-types.js';

class Output {
  readonly #stream: WriteStream;
  #buffer: string[] = [];
  #size = 0;

  constructor(path: string) {
    this.#stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async line(text: string): Promise<void> {
    this.#buffer.push(text);
    this.#size += text.length + 1;
    if (this.#size >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#buffer.length === 0) return;
    const chunk = `${this.#buffer.join('\n')}\n`;
    this.#buffer = [];
    this.#size = 0;
    if (!this.#stream.write(chunk)) await once(this.#stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.#stream.end();
    await once(this.#stream, 'finish');
  }
}

/** Writes the bundles into `dir` (which must not exist yet); returns the files written. */
export async function exportSample(bundles: Iterable<SampleCustomerBundle>, dir: string, csv: boolean, progress: Progress, total: number): Promise<readonly string[]> {
  const target = resolve(dir);
  if (existsSync(target)) throw new Error(`EXISTS:${target}`);
  const temp = join(dirname(target), `.${Date.now().toString(36)}-${process.pid}.partial`);
  mkdirSync(temp, { recursive: true });
  const name = (d: DatasetName, asCsv: boolean) => `${DATASET_FILES[d].base}.${asCsv ? 'csv' : 'ndjson'}`;
  const names = {
    customers: name('customers', false),
    transactions: name('transactions', csv),
    deals: name('deals', false),
    complaints: name('complaints', false),
    shipments: name('shipments', csv),
    surveys: name('surveys', csv),
  };
  const out = Object.fromEntries(Object.entries(names).map(([d, n]) => [d, new Output(join(temp, n))])) as { [D in DatasetName]: Output };
  try {
    if (csv) {
      await out.transactions.line(CSV_COLUMNS.transactions.join(','));
      await out.shipments.line(CSV_COLUMNS.shipments.join(','));
      await out.surveys.line(CSV_COLUMNS.surveys.join(','));
    }
    let n = 0;
    for (const b of bundles) {
      await out.customers.line(customerLine(b.customer));
      for (const t of b.transactions) await out.transactions.line(csv ? csvLine(transactionRow(t)) : transactionLine(t));
      for (const s of b.shipments) await out.shipments.line(csv ? csvLine(shipmentRow(s)) : shipmentLine(s));
      for (const s of b.surveys) await out.surveys.line(csv ? csvLine(surveyRow(s)) : surveyLine(s));
      for (const d of b.deals) for (const e of d.events) await out.deals.line(dealEventLine(d.id, e));
      for (const c of b.complaints) for (const e of c.events) await out.complaints.line(complaintEventLine(c.id, e));
      progress.tick('export', ++n, total);
    }
    for (const o of Object.values(out)) await o.close();
    progress.done('export', n);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  return Object.values(names).map((n) => join(target, n));
}
