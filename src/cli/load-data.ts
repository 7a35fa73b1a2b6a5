/**
 * Reads a directory of exports (NDJSON or CSV, see `records.ts`) line by line into a report
 * builder, and keeps the line of every record so that problems found later (an unknown customer,
 * a corrupted event log) can still be reported as `file:line:column`.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { renderError } from '../core/domain-error.js';
import type { LocalizedText } from '../core/locale.js';
import { formatPath } from '../core/domain-error.js';
import type { Complaint } from '../complaints/complaint-replay.js';
import type { ComplaintEvent } from '../complaints/complaint-event.js';
import type { FunnelEvent } from '../funnel/funnel-event.js';
import type { ReportBuilder } from './build-report.js';
import { type CsvRecord, CsvReader, isCsvError } from './csv.js';
import type { InputProblem } from './input-problem.js';
import { columnOfPath, parseJsonLine } from './json-line.js';
import type { Progress } from './progress.js';
import { CSV_COLUMNS, type CsvDataset, csvColumnOf, csvInput, DATASET_FILES, parseRecord, type RecordOf } from './records.js';
import type { DatasetName, ReportProblem } from './report-types.js';

/** Where each record came from, to locate problems the report finds later. */
export interface SourceMap {
  /** The file of each dataset, when present. */
  readonly files: { readonly [D in DatasetName]?: string };
  /** The line of each record, by dataset and index (deals and complaints: the line of each event of each log). */
  readonly lines: { readonly [D in DatasetName]: readonly (number | readonly number[])[] };
}

/** The outcome of reading a directory. */
export interface LoadOutcome {
  /** Every problem found in the files (reading stops after `maxProblems`). */
  readonly problems: readonly InputProblem[];
  /** Where the records came from. */
  readonly sources: SourceMap;
}

const REQUIRED: ReadonlySet<DatasetName> = new Set(['customers', 'transactions']);

function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}

/** Finds the file of a dataset in the directory: `.ndjson`, `.jsonl` or (for flat datasets) `.csv`. */
function findFile(dir: string, dataset: DatasetName, problems: InputProblem[]): { readonly path: string; readonly csv: boolean } | null {
  const spec = DATASET_FILES[dataset];
  const candidates = [`${spec.base}.ndjson`, `${spec.base}.jsonl`, ...(spec.csv ? [`${spec.base}.csv`] : [])].filter((name) => existsSync(join(dir, name)));
  if (candidates.length > 1) {
    problems.push({
      file: join(dir, candidates[0] as string),
      line: 1,
      column: 1,
      code: 'AMBIGUOUS_INPUT',
      message: text(`同一数据集有多个文件：${candidates.join('、')}`, `more than one file for the same dataset: ${candidates.join(', ')}`),
    });
    return null;
  }
  const name = candidates[0];
  if (name === undefined) {
    if (REQUIRED.has(dataset)) {
      problems.push({
        file: join(dir, `${spec.base}.ndjson`),
        line: 1,
        column: 1,
        code: 'MISSING_FILE',
        message: text(
          `缺少必需的文件 ${spec.base}.ndjson${spec.csv ? `（或 ${spec.base}.csv）` : ''}`,
          `the required file ${spec.base}.ndjson${spec.csv ? ` (or ${spec.base}.csv)` : ''} is missing`,
        ),
      });
    }
    return null;
  }
  return { path: join(dir, name), csv: name.endsWith('.csv') };
}

/**
 * The message of an unknown field for people at a terminal: the library's own message suggests
 * an option of its API (`unknownKeys: 'strip'`) that a command-line user cannot pass.
 */
function unknownFieldMessage(path: readonly (string | number)[]): LocalizedText {
  const key = String(path[path.length - 1] ?? '');
  return text(
    `未知字段「${key}」：各文件可有的字段见文档“报告命令与数据格式”，或用 logistics-customer export --out 目录 生成示例文件`,
    `unknown field "${key}": the fields of each file are in the docs page "The report command and its data"; logistics-customer export --out DIR writes an example of every file`,
  );
}

function recordProblems(file: string, line: number, columnOf: (path: readonly (string | number)[]) => number, errors: readonly { readonly code: string; readonly path: readonly (string | number)[]; readonly messages: LocalizedText }[]): InputProblem[] {
  return errors.map((e) => {
    const messages = e.code === 'UNKNOWN_FIELD' ? unknownFieldMessage(e.path) : e.messages;
    return {
      file,
      line,
      column: columnOf(e.path),
      code: e.code,
      message: text(renderError({ ...e, messages, message: messages.en, details: {} }, 'zh-CN'), renderError({ ...e, messages, message: messages.en, details: {} }, 'en')),
    };
  });
}

/** Reads the records of one file, calling `accept` with each parsed record and its line. */
async function readFile<D extends DatasetName>(
  dataset: D,
  file: { readonly path: string; readonly csv: boolean },
  accept: (record: RecordOf<D>, line: number) => void,
  problems: InputProblem[],
  maxProblems: number,
  progress: Progress,
  task: string,
): Promise<number> {
  const lines = createInterface({ input: createReadStream(file.path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const csv = file.csv ? new CsvReader() : null;
  let header: readonly string[] | null = null;
  let lineNo = 0;
  let count = 0;
  const handleCsv = (record: CsvRecord): void => {
    const columns = CSV_COLUMNS[dataset as CsvDataset] as readonly string[];
    if (header === null) {
      header = record.fields;
      record.fields.forEach((name, i) => {
        if (record.fields.indexOf(name) !== i) {
          // A second column of the same name would silently replace the first one's values.
          const pos = record.positions[i] ?? { line: record.line, column: 1 };
          problems.push({ file: file.path, line: pos.line, column: pos.column, code: 'DUPLICATE_COLUMN', message: text(`列「${name}」在表头中重复`, `the column "${name}" appears twice in the header`) });
        } else if (!columns.includes(name)) {
          const pos = record.positions[i] ?? { line: record.line, column: 1 };
          problems.push({ file: file.path, line: pos.line, column: pos.column, code: 'UNKNOWN_COLUMN', message: text(`未知的列「${name}」；应为：${columns.join(',')}`, `unknown column "${name}"; expected: ${columns.join(',')}`) });
        }
      });
      const missing = columns.filter((c) => !record.fields.includes(c));
      if (missing.length > 0) {
        problems.push({ file: file.path, line: record.line, column: 1, code: 'MISSING_COLUMN', message: text(`表头缺少列：${missing.join(',')}`, `the header lacks the column(s): ${missing.join(',')}`) });
      }
      return;
    }
    const names = header;
    if (record.fields.length !== names.length) {
      problems.push({ file: file.path, line: record.line, column: 1, code: 'WRONG_FIELD_COUNT', message: text(`应有 ${names.length} 个字段，实际 ${record.fields.length} 个`, `expected ${names.length} fields, found ${record.fields.length}`) });
      return;
    }
    const cells = Object.fromEntries(names.map((n, i) => [n, record.fields[i] ?? '']));
    const parsed = parseRecord(dataset, csvInput(dataset as CsvDataset, cells));
    if (!parsed.ok) {
      problems.push(
        ...recordProblems(file.path, record.line, (path) => {
          const column = csvColumnOf(dataset as CsvDataset, path);
          const i = column === undefined ? -1 : names.indexOf(column);
          return i < 0 ? 1 : (record.positions[i]?.column ?? 1);
        }, parsed.error),
      );
      return;
    }
    accept(parsed.value, record.line);
    count++;
  };
  for await (const raw of lines) {
    lineNo++;
    if (problems.length >= maxProblems) break;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
    // Bytes that are not UTF-8 decode to U+FFFD: refuse the line rather than report garbled names.
    const badByte = line.indexOf('\uFFFD');
    if (badByte >= 0) {
      problems.push({ file: file.path, line: lineNo, column: badByte + 1, code: 'NOT_UTF8', message: text('不是有效的 UTF-8 文本（文件须为 UTF-8 编码）', 'not valid UTF-8 text (the file must be encoded in UTF-8)') });
      continue;
    }
    if (csv !== null) {
      // An empty line ends nothing inside a quoted field: it is a line break of the value.
      if (line === '' && header !== null && !csv.inQuotes) continue;
      const r = csv.push(line, lineNo);
      if (r === null) continue;
      if (isCsvError(r)) problems.push({ file: file.path, line: r.line, column: r.column, code: 'CSV_SYNTAX', message: r.message });
      else handleCsv(r);
    } else {
      if (line.trim() === '') continue;
      const json = parseJsonLine(line);
      if (!json.ok) {
        problems.push({ file: file.path, line: lineNo, column: json.column, code: 'JSON_SYNTAX', message: text(`不是有效的 JSON：${json.message}`, `not valid JSON: ${json.message}`) });
        continue;
      }
      const parsed = parseRecord(dataset, json.value);
      if (!parsed.ok) {
        problems.push(...recordProblems(file.path, lineNo, (path) => columnOfPath(line, path), parsed.error));
        continue;
      }
      accept(parsed.value, lineNo);
      count++;
    }
    progress.tick(task, count);
  }
  if (csv !== null) {
    const end = csv.end(lineNo);
    if (end !== null) problems.push({ file: file.path, line: end.line, column: end.column, code: 'CSV_SYNTAX', message: end.message });
    if (header === null && problems.length === 0) {
      problems.push({ file: file.path, line: 1, column: 1, code: 'MISSING_COLUMN', message: text('CSV 文件没有表头', 'the CSV file has no header row') });
    }
  }
  progress.done(task, count);
  return count;
}

/**
 * Reads every dataset of the directory into the builder: customers first, then transactions,
 * order lines and survey answers as they are read, then the deal and complaint logs grouped by
 * their ids (in order of first appearance; events in file order).
 */
export async function loadData(dir: string, builder: ReportBuilder, progress: Progress, maxProblems = 20): Promise<LoadOutcome> {
  const problems: InputProblem[] = [];
  const files: { [D in DatasetName]?: string } = {};
  const lines = { customers: [] as number[], transactions: [] as number[], deals: [] as number[][], complaints: [] as number[][], shipments: [] as number[], surveys: [] as number[] };
  const found = Object.fromEntries((Object.keys(DATASET_FILES) as DatasetName[]).map((d) => [d, findFile(dir, d, problems)])) as { [D in DatasetName]: { readonly path: string; readonly csv: boolean } | null };
  for (const d of Object.keys(found) as DatasetName[]) {
    const f = found[d];
    if (f !== null) files[d] = f.path;
  }
  if (problems.length > 0) return { problems, sources: { files, lines } };
  const read = async <D extends DatasetName>(dataset: D, accept: (record: RecordOf<D>, line: number) => void): Promise<void> => {
    const file = found[dataset];
    if (file === null || problems.length >= maxProblems) return;
    await readFile(dataset, file, accept, problems, maxProblems, progress, DATASET_FILES[dataset].base);
  };
  await read('customers', (c, line) => {
    lines.customers.push(line);
    builder.addCustomer(c);
  });
  if (problems.length > 0) return { problems, sources: { files, lines } };
  await read('transactions', (t, line) => {
    lines.transactions.push(line);
    builder.addTransaction(t);
  });
  await read('shipments', (s, line) => {
    lines.shipments.push(line);
    builder.addShipment(s);
  });
  await read('surveys', (s, line) => {
    lines.surveys.push(line);
    builder.addSurvey(s);
  });
  const deals = new Map<string, { events: FunnelEvent[]; lines: number[] }>();
  await read('deals', (r, line) => {
    const log = deals.get(r.dealId) ?? { events: [], lines: [] };
    if (log.events.length === 0) deals.set(r.dealId, log);
    log.events.push(r.event);
    log.lines.push(line);
  });
  const complaints = new Map<string, { events: ComplaintEvent[]; lines: number[] }>();
  await read('complaints', (r, line) => {
    const log = complaints.get(r.complaintId) ?? { events: [], lines: [] };
    if (log.events.length === 0) complaints.set(r.complaintId, log);
    log.events.push(r.event);
    log.lines.push(line);
  });
  if (problems.length === 0) {
    for (const [id, log] of deals) {
      lines.deals.push(log.lines);
      builder.addDeal({ id, events: log.events });
    }
    for (const [id, log] of complaints) {
      lines.complaints.push(log.lines);
      const complaint: Complaint = { id, events: log.events };
      builder.addComplaint(complaint);
    }
  }
  return { problems, sources: { files, lines } };
}

/** Locates problems the report found (by dataset and index) in the files they came from. */
export function locateReportProblems(found: readonly ReportProblem[], sources: SourceMap): readonly InputProblem[] {
  return found.map((p) => {
    const file = sources.files[p.dataset] ?? DATASET_FILES[p.dataset].base;
    const entry = sources.lines[p.dataset][p.index];
    const line = Array.isArray(entry) ? (entry[p.eventIndex ?? 0] ?? entry[entry.length - 1] ?? 1) : typeof entry === 'number' ? entry : 1;
    // An event log's problem is located by its line; a leading event index in the path says nothing more.
    const path = p.eventIndex !== undefined && p.path[0] === p.eventIndex ? p.path.slice(1) : p.path;
    const where = formatPath(path);
    const message = text(
      `${where === '' ? '' : `${where}: `}${p.error.messages['zh-CN']}`,
      `${where === '' ? '' : `${where}: `}${p.error.messages.en}`,
    );
    return { file, line, column: 1, code: p.error.code, message };
  });
}
