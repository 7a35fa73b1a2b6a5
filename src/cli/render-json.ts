/** Renders the report as JSON: dates as ISO-8601 UTC strings, money as exact decimal strings. */
import type { Money } from '../core/money/money.js';
import { moneyToJSON } from '../core/money/money-json.js';
import type { Report } from './report-types.js';

function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 3 &&
    typeof (value as { amount?: unknown }).amount === 'number' &&
    typeof (value as { scale?: unknown }).scale === 'number' &&
    typeof (value as { currency?: unknown }).currency === 'string'
  );
}

/** The report as pretty-printed JSON; money as `{ amount: '123.45', currency: 'CNY' }`, never a float. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, (_key, value: unknown) => (isMoney(value) ? moneyToJSON(value) : value), 2)}\n`;
}
