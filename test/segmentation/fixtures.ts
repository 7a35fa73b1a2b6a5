import type { CurrencyCode } from '../../src/core/currency.js';
import type { Money } from '../../src/core/money/money.js';
import { customerId, type CustomerId } from '../../src/customer/customer-id.js';
import type { ServiceKind } from '../../src/customer/service-kind.js';
import type { AbcEntry } from '../../src/segmentation/abc-entry.js';
import type { HistoryTransaction } from '../../src/segmentation/customer-activity.js';

/** The moment every test analyses at, pinned with a zone. */
export const NOW = new Date('2026-03-31T00:00:00Z');

/** Minor units of a currency at its usual scale. */
export function cny(fen: number): Money<'CNY'> {
  return { amount: fen, scale: 2, currency: 'CNY' };
}

export function moneyOf<C extends CurrencyCode>(amount: number, currency: C, scale = 2): Money<C> {
  return { amount, scale, currency };
}

export function id(raw: string): CustomerId {
  return customerId(raw);
}

export function entry(raw: string, fen: number, profitFen?: number): AbcEntry<'CNY'> {
  return profitFen === undefined ? { customerId: id(raw), revenue: cny(fen) } : { customerId: id(raw), revenue: cny(fen), profit: cny(profitFen) };
}

/** A date `days` whole days before NOW. */
export function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * 86_400_000);
}

export function order(raw: string, days: number, fen: number, services?: readonly ServiceKind[]): HistoryTransaction {
  const base = { customerId: id(raw), date: daysAgo(days), revenue: cny(fen) };
  return services === undefined ? base : { ...base, services };
}

/** Freezes a value and everything inside it, so a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The textbook case (DOMAIN.md §3): 100 customers, 5 of them hold 80% of the revenue, the next 15
 * hold 15%, the other 80 hold 5%. Total 1,000,000.00 CNY. Listed in a scrambled order.
 */
export function textbookHundred(): AbcEntry<'CNY'>[] {
  const list: AbcEntry<'CNY'>[] = [];
  for (let i = 1; i <= 100; i++) {
    const raw = `C-${String(i).padStart(3, '0')}`;
    // Customers 17, 34, 51, 68, 85 are the key customers: 160,000.00 each.
    const key = i % 17 === 0 && i <= 85;
    const suitable = !key && i % 5 === 1 && i <= 76; // 1, 6, 11, …, 76 — 16 customers; drop one below
    list.push(entry(raw, key ? 16_000_000 : suitable ? 1_000_000 : 0));
  }
  // Make exactly 15 "suitable" customers (10,000.00 each) and 80 small ones (625.00 each).
  let suitableSeen = 0;
  return list.map((e) => {
    if (e.revenue.amount === 1_000_000) {
      suitableSeen++;
      if (suitableSeen <= 15) return e;
    }
    if (e.revenue.amount === 16_000_000) return e;
    return { ...e, revenue: cny(62_500) };
  });
}
