/**
 * The export formats of the report command's datasets — NDJSON for all six, CSV for the flat
 * ones — and their conversion to and from typed records. The exporter and the loader share these
 * definitions, so exported data always reads back.
 *
 * | dataset | file | CSV columns |
 * |---|---|---|
 * | customers | customers.ndjson | — (nested: contacts, location, profile) |
 * | transactions | transactions.ndjson / .csv | id, customerId, date, revenue, profit, currency, services (`|`-separated) |
 * | deals | deal-events.ndjson | — (one funnel event per line with its `dealId`) |
 * | complaints | complaint-events.ndjson | — (one complaint event per line with its `complaintId`) |
 * | shipments | shipments.ndjson / .csv | see {@link CSV_COLUMNS} |
 * | surveys | surveys.ndjson / .csv | customerId, at, nps, csat, ces |
 */
import type { DomainError } from '../core/domain-error.js';
import type { Money } from '../core/money/money.js';
import { moneyToJSON } from '../core/money/money-json.js';
import { moneyToString } from '../core/money/money-to-string.js';
import { err, type Result } from '../core/result.js';
import { safeParseWith } from '../core/zod-issues.js';
import type { ComplaintEvent } from '../complaints/complaint-event.js';
import { complaintEventToJSON, parseComplaintEvent } from '../complaints/complaint-event-json.js';
import { type Customer, customerToJSON } from '../customer/customer.js';
import { safeParseCustomer, safeParseTransaction } from '../customer/parse.js';
import { type Transaction, transactionToJSON } from '../customer/transaction.js';
import type { FunnelEvent } from '../funnel/funnel-event.js';
import { funnelEventToJSON } from '../funnel/funnel-event-json.js';
import { parseFunnelEvent } from '../funnel/funnel-event-schema.js';
import { parseShipmentRecord } from '../quality/parse-shipment-records.js';
import type { ShipmentRecord } from '../quality/shipment-record.js';
import { type SurveyResponse, SurveyResponseSchema } from '../sample/survey-response.js';
import type { DatasetName } from './report-types.js';

/** The file name (without extension) of each dataset, and whether it has a CSV form. */
export const DATASET_FILES = {
  customers: { base: 'customers', csv: false },
  transactions: { base: 'transactions', csv: true },
  deals: { base: 'deal-events', csv: false },
  complaints: { base: 'complaint-events', csv: false },
  shipments: { base: 'shipments', csv: true },
  surveys: { base: 'surveys', csv: true },
} as const satisfies { readonly [D in DatasetName]: { readonly base: string; readonly csv: boolean } };

/** The datasets with a CSV form. */
export type CsvDataset = 'transactions' | 'shipments' | 'surveys';

/** The columns of each CSV dataset, in order; the header row must name exactly these. */
export const CSV_COLUMNS = {
  transactions: ['id', 'customerId', 'date', 'revenue', 'profit', 'currency', 'services'],
  shipments: [
    'customerId',
    'orderId',
    'lineId',
    'serviceKind',
    'orderedAt',
    'respondedAt',
    'promisedAt',
    'promisedWindowStart',
    'promisedWindowEnd',
    'shippedAt',
    'deliveredAt',
    'quantityOrdered',
    'quantityShipped',
    'quantityDelivered',
    'condition',
    'documentsAccurate',
    'stockOut',
    'cost',
    'currency',
  ],
  surveys: ['customerId', 'at', 'nps', 'csat', 'ces'],
} as const satisfies { readonly [D in CsvDataset]: readonly string[] };

/** A value in its JSON form: dates as ISO-8601 UTC strings, money as `{ amount: '12.50', currency }`. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object' && value !== null) {
    if ('amount' in value && 'scale' in value && 'currency' in value) return moneyToJSON(value as Money);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/** One NDJSON line of a customer. */
export function customerLine(c: Customer): string {
  return JSON.stringify(customerToJSON(c));
}

/** One NDJSON line of a transaction. */
export function transactionLine(t: Transaction): string {
  return JSON.stringify(transactionToJSON(t));
}

/** One NDJSON line of a deal event. */
export function dealEventLine(dealId: string, e: FunnelEvent): string {
  return JSON.stringify({ dealId, ...funnelEventToJSON(e) });
}

/** One NDJSON line of a complaint event. */
export function complaintEventLine(complaintId: string, e: ComplaintEvent): string {
  return JSON.stringify({ complaintId, ...complaintEventToJSON(e) });
}

/** One NDJSON line of an order line. */
export function shipmentLine(s: ShipmentRecord): string {
  return JSON.stringify(toJsonValue(s));
}

/** One NDJSON line of a survey answer. */
export function surveyLine(s: SurveyResponse): string {
  return JSON.stringify(toJsonValue(s));
}

const iso = (d: Date | undefined): string => (d === undefined ? '' : d.toISOString());

/** The CSV fields of a transaction. */
export function transactionRow(t: Transaction): readonly string[] {
  return [t.id, t.customerId, iso(t.date), moneyToString(t.revenue), t.profit === undefined ? '' : moneyToString(t.profit), t.revenue.currency, t.services.join('|')];
}

/** The CSV fields of an order line. */
export function shipmentRow(s: ShipmentRecord): readonly string[] {
  return [
    s.customerId,
    s.orderId,
    s.lineId,
    s.serviceKind ?? '',
    iso(s.orderedAt),
    iso(s.respondedAt),
    iso(s.promisedAt),
    iso(s.promisedWindow?.start),
    iso(s.promisedWindow?.end),
    iso(s.shippedAt),
    iso(s.deliveredAt),
    String(s.quantityOrdered),
    s.quantityShipped === undefined ? '' : String(s.quantityShipped),
    String(s.quantityDelivered),
    s.condition,
    String(s.documentsAccurate),
    s.stockOut === undefined ? '' : String(s.stockOut),
    s.cost === undefined ? '' : moneyToString(s.cost),
    s.cost === undefined ? '' : s.cost.currency,
  ];
}

/** The CSV fields of a survey answer. */
export function surveyRow(s: SurveyResponse): readonly string[] {
  return [s.customerId, iso(s.at), String(s.nps), String(s.csat), s.ces === undefined ? '' : String(s.ces)];
}

/** A CSV cell as a JSON-like value: empty is absent, whole numbers and booleans are typed. */
function cellValue(text: string): unknown {
  if (/^-?\d+$/u.test(text)) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

/** Builds the input object of a CSV record; absent cells are left out. `column` maps a field path back to its column. */
export function csvInput(dataset: CsvDataset, cells: Readonly<Record<string, string>>): Record<string, unknown> {
  const present = (name: string): string | undefined => {
    const v = cells[name];
    return v === undefined || v === '' ? undefined : v;
  };
  const out: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) out[key] = value;
  };
  switch (dataset) {
    case 'transactions': {
      const currency = present('currency') ?? '';
      set('id', present('id'));
      set('customerId', present('customerId'));
      set('date', present('date'));
      const revenue = present('revenue');
      set('revenue', revenue === undefined ? undefined : { amount: revenue, currency });
      const profit = present('profit');
      set('profit', profit === undefined ? undefined : { amount: profit, currency });
      set('services', (present('services') ?? '').split('|').filter((s) => s !== ''));
      return out;
    }
    case 'shipments': {
      for (const name of ['customerId', 'orderId', 'lineId', 'serviceKind', 'condition']) set(name, present(name));
      for (const name of ['orderedAt', 'respondedAt', 'promisedAt', 'shippedAt', 'deliveredAt']) set(name, present(name));
      for (const name of ['quantityOrdered', 'quantityShipped', 'quantityDelivered', 'documentsAccurate', 'stockOut']) {
        const v = present(name);
        set(name, v === undefined ? undefined : cellValue(v));
      }
      const start = present('promisedWindowStart');
      const end = present('promisedWindowEnd');
      if (start !== undefined || end !== undefined) out['promisedWindow'] = { start, end };
      const cost = present('cost');
      set('cost', cost === undefined ? undefined : { amount: cost, currency: present('currency') ?? '' });
      return out;
    }
    case 'surveys': {
      set('customerId', present('customerId'));
      set('at', present('at'));
      for (const name of ['nps', 'csat', 'ces']) {
        const v = present(name);
        set(name, v === undefined ? undefined : cellValue(v));
      }
      return out;
    }
    default: {
      const unreachable: never = dataset;
      return unreachable;
    }
  }
}

/** The CSV column a problem's field path points at. */
export function csvColumnOf(dataset: CsvDataset, path: readonly (string | number)[]): string | undefined {
  const [head, next] = path;
  if (typeof head !== 'string') return undefined;
  if (dataset === 'transactions' && (head === 'revenue' || head === 'profit')) return next === 'currency' ? 'currency' : head;
  if (dataset === 'shipments' && head === 'promisedWindow') return next === 'end' ? 'promisedWindowEnd' : 'promisedWindowStart';
  if (dataset === 'shipments' && head === 'cost') return next === 'currency' ? 'currency' : 'cost';
  return (CSV_COLUMNS[dataset] as readonly string[]).includes(head) ? head : undefined;
}

/** A record of a dataset, typed. */
export type RecordOf<D extends DatasetName> = D extends 'customers'
  ? Customer
  : D extends 'transactions'
    ? Transaction
    : D extends 'deals'
      ? { readonly dealId: string; readonly event: FunnelEvent }
      : D extends 'complaints'
        ? { readonly complaintId: string; readonly event: ComplaintEvent }
        : D extends 'shipments'
          ? ShipmentRecord
          : SurveyResponse;

function idField(input: unknown, key: 'dealId' | 'complaintId'): Result<{ readonly id: string; readonly rest: Record<string, unknown> }, readonly DomainError[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([{ code: 'NOT_AN_OBJECT', message: 'expected a JSON object', messages: { 'zh-CN': '应为 JSON 对象', en: 'expected a JSON object' }, path: [], details: {} }]);
  }
  const { [key]: id, ...rest } = input as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') {
    return err([{ code: 'MISSING_ID', message: `"${key}" must be a non-empty string`, messages: { 'zh-CN': `缺少“${key}”（非空字符串）`, en: `"${key}" must be a non-empty string` }, path: [key], details: {} }]);
  }
  return { ok: true, value: { id, rest } };
}

/** Parses one record of a dataset from its JSON-like input, with every problem and its path. */
export function parseRecord<D extends DatasetName>(dataset: D, input: unknown): Result<RecordOf<D>, readonly DomainError[]> {
  switch (dataset) {
    case 'customers':
      return safeParseCustomer(input) as Result<RecordOf<D>, readonly DomainError[]>;
    case 'transactions':
      return safeParseTransaction(input) as Result<RecordOf<D>, readonly DomainError[]>;
    case 'deals': {
      const split = idField(input, 'dealId');
      if (!split.ok) return split;
      const event = parseFunnelEvent(split.value.rest);
      return (event.ok ? { ok: true, value: { dealId: split.value.id, event: event.value } } : event) as Result<RecordOf<D>, readonly DomainError[]>;
    }
    case 'complaints': {
      const split = idField(input, 'complaintId');
      if (!split.ok) return split;
      const event = parseComplaintEvent(split.value.rest);
      return (event.ok ? { ok: true, value: { complaintId: split.value.id, event: event.value } } : event) as Result<RecordOf<D>, readonly DomainError[]>;
    }
    case 'shipments':
      return parseShipmentRecord(input) as Result<RecordOf<D>, readonly DomainError[]>;
    case 'surveys':
      return safeParseWith(SurveyResponseSchema, input) as Result<RecordOf<D>, readonly DomainError[]>;
    default:
      throw new Error(`unknown dataset ${String(dataset)}`);
  }
}
