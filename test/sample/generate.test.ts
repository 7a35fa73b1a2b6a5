import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { customerToJSON } from '../../src/customer/customer.js';
import { generateSampleFirm } from '../../src/sample/generate-sample-firm.js';
import { SAMPLE_MESSAGES } from '../../src/sample/messages.js';
import { sampleCustomerBundle, sampleFirmBundles } from '../../src/sample/sample-bundle.js';
import { resolveSampleFirmOptions, SAMPLE_DEFAULTS } from '../../src/sample/sample-options.js';
import { NOW, SMALL } from './fixtures.js';

/** Everything of a firm as plain JSON, to compare firms record for record. */
function snapshot(value: unknown): string {
  return JSON.stringify(value);
}

describe('determinism', () => {
  test('the same seed gives the same firm, record for record', () => {
    const again = generateSampleFirm({ seed: 2014, customers: 400, now: NOW });
    expect(snapshot(again)).toBe(snapshot(SMALL));
  });

  test('another seed gives another firm of the same size', () => {
    const other = generateSampleFirm({ seed: 2015, customers: 400, now: NOW });
    expect(other.customers.length).toBe(400);
    expect(other.customers.map((c) => c.name)).not.toEqual(SMALL.customers.map((c) => c.name));
  });

  test('a bundle generated on its own equals the same index of the whole firm', () => {
    const options = { seed: 2014, customers: 400, now: NOW };
    for (const index of [0, 57, 399]) {
      const bundle = sampleCustomerBundle(index, options);
      const id = bundle.customer.id;
      expect(snapshot(bundle.customer)).toBe(snapshot(SMALL.customers[index]));
      expect(snapshot(bundle.transactions)).toBe(snapshot(SMALL.transactions.filter((t) => t.customerId === id)));
      expect(snapshot(bundle.shipments)).toBe(snapshot(SMALL.shipments.filter((s) => s.customerId === id)));
    }
  });

  test('the lazy bundles can be iterated twice with the same result and bounded by the size', () => {
    const bundles = sampleFirmBundles({ seed: 5, customers: 30, now: NOW });
    const first = [...bundles].map((b) => b.customer.id);
    expect(first).toHaveLength(30);
    expect([...bundles].map((b) => b.customer.id)).toEqual(first);
  });

  test('customer ids are padded to the size, unique, and in index order', () => {
    expect(SMALL.customers.slice(0, 3).map((c) => c.id)).toEqual(['C-000001', 'C-000002', 'C-000003']);
    expect(new Set(SMALL.customers.map((c) => c.id)).size).toBe(400);
    expect(sampleCustomerBundle(0, { seed: 1, customers: 12_345_67, now: NOW }).customer.id).toBe('C-0000001');
  });

  test('the options are not changed and "now" is copied', () => {
    const now = new Date(NOW.getTime());
    const options = { seed: 1, customers: 3, now, years: 1 };
    const copy = structuredClone(options);
    const firm = generateSampleFirm(options);
    expect(options).toEqual(copy);
    expect(firm.options.now).not.toBe(now);
    expect(firm.options).toEqual({ seed: 1, customers: 3, years: 1, now, start: new Date('2025-04-01T00:00:00+08:00') });
  });
});

describe('misuse', () => {
  const ok = { seed: 1, customers: 10, now: NOW };
  test.each([
    [{ ...ok, seed: 0.5 }, SAMPLE_MESSAGES.INVALID_SEED],
    [{ ...ok, customers: 0 }, SAMPLE_MESSAGES.INVALID_CUSTOMERS],
    [{ ...ok, customers: 10_000_001 }, SAMPLE_MESSAGES.INVALID_CUSTOMERS],
    [{ ...ok, years: 6 }, SAMPLE_MESSAGES.INVALID_YEARS],
    [{ ...ok, years: 1.5 }, SAMPLE_MESSAGES.INVALID_YEARS],
    [{ ...ok, now: new Date(Number.NaN) }, SAMPLE_MESSAGES.INVALID_NOW],
  ])('%o throws %s', (options, message) => {
    expect(() => resolveSampleFirmOptions(options)).toThrow(LogisticsCustomerError);
    expect(() => generateSampleFirm(options)).toThrow(message);
  });

  test('an index out of range throws', () => {
    expect(() => sampleCustomerBundle(10, ok)).toThrow(SAMPLE_MESSAGES.INVALID_INDEX);
    expect(() => sampleCustomerBundle(-1, ok)).toThrow(SAMPLE_MESSAGES.INVALID_INDEX);
  });

  test('the defaults are the documented ones and frozen', () => {
    expect([SAMPLE_DEFAULTS.seed, SAMPLE_DEFAULTS.customers, SAMPLE_DEFAULTS.years]).toEqual([2014, 2000, 2]);
    expect(Object.isFrozen(SAMPLE_DEFAULTS)).toBe(true);
  });
});

describe('the firm looks like a logistics firm', () => {
  test('customers span every industry, scale and region, with profiles and contacts', () => {
    const industries = new Set(SMALL.customers.map((c) => c.industry));
    const scales = new Set(SMALL.customers.map((c) => c.scale));
    const regions = new Set(SMALL.customers.map((c) => c.geography));
    expect(industries.size).toBe(6);
    expect([...scales].sort()).toEqual(['large', 'micro', 'sme']);
    expect([...regions].sort()).toEqual(['domestic', 'international', 'local']);
    expect(SMALL.customers.every((c) => c.contacts.length >= 1 && c.profile !== undefined)).toBe(true);
    expect(SMALL.customers.some((c) => c.location.kind === 'internal')).toBe(true);
    expect(SMALL.customers.some((c) => c.nature === 'individual')).toBe(true);
    expect(snapshot(customerToJSON(SMALL.customers[0]!))).toContain('"createdAt"');
  });

  test('revenue is Pareto-like: the top 5% of customers bring well over half of the last year’s revenue', () => {
    const yearAgo = NOW.getTime() - 365 * 86_400_000;
    const byCustomer = new Map<string, number>();
    for (const t of SMALL.transactions) {
      const at = t.date.getTime();
      if (at > yearAgo && at <= NOW.getTime()) byCustomer.set(t.customerId, (byCustomer.get(t.customerId) ?? 0) + t.revenue.amount);
    }
    const values = SMALL.customers.map((c) => byCustomer.get(c.id) ?? 0).sort((a, b) => b - a);
    const total = values.reduce((a, b) => a + b, 0);
    const top = values.slice(0, 20).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.55);
    expect(values.filter((v) => v === 0).length).toBeGreaterThan(0);
  });

  test('every history record lies before "now" and after its customer was won', () => {
    const created = new Map(SMALL.customers.map((c) => [c.id, c.createdAt.getTime()]));
    const start = SMALL.options.start.getTime();
    for (const t of SMALL.transactions) {
      expect(t.date.getTime()).toBeLessThan(NOW.getTime());
      expect(t.date.getTime()).toBeGreaterThanOrEqual(Math.min(start, created.get(t.customerId)!));
    }
    for (const c of SMALL.complaints) for (const e of c.events) expect(e.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
    for (const d of SMALL.deals) for (const e of d.events) expect(e.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
  });

  test('won deals created their customers on the day they were won', () => {
    const won = SMALL.deals.filter((d) => d.customerId !== undefined);
    expect(won.length).toBeGreaterThan(10);
    const byId = new Map(SMALL.customers.map((c) => [c.id, c]));
    for (const d of won) {
      const last = d.events[d.events.length - 1]!;
      expect(last.type).toBe('WIN');
      expect(byId.get(d.customerId!)!.createdAt).toEqual(last.at);
    }
  });

  test('shipments include delays, damage, losses, short shipments and short deliveries; costs add up to the orders', () => {
    const late = SMALL.shipments.filter((s) => {
      const promised = s.promisedAt ?? s.promisedWindow?.end;
      return s.deliveredAt !== undefined && promised !== undefined && s.deliveredAt > promised;
    });
    expect(late.length).toBeGreaterThan(50);
    expect(SMALL.shipments.some((s) => s.condition === 'damaged')).toBe(true);
    expect(SMALL.shipments.some((s) => s.condition === 'lost' && s.deliveredAt === undefined && s.quantityDelivered === 0)).toBe(true);
    expect(SMALL.shipments.some((s) => (s.quantityShipped ?? 0) < s.quantityOrdered)).toBe(true);
    expect(SMALL.shipments.some((s) => s.condition !== 'lost' && s.quantityDelivered < (s.quantityShipped ?? 0))).toBe(true);
    expect(SMALL.shipments.some((s) => s.promisedWindow !== undefined)).toBe(true);
    // A fully delivered order's line costs add up exactly to revenue − profit.
    const t = SMALL.transactions.find((x) => SMALL.shipments.filter((s) => s.orderId === x.id).length === 2)!;
    const lines = SMALL.shipments.filter((s) => s.orderId === t.id);
    expect(lines.reduce((sum, s) => sum + s.cost!.amount, 0)).toBe(t.revenue.amount - t.profit!.amount);
  });

  test('complaints have full lifecycles and the textbook detours', () => {
    const types = (id: string) => SMALL.complaints.find((c) => c.id === id)!.events.map((e) => e.type);
    const all = SMALL.complaints.map((c) => c.events.map((e) => e.type).join(' '));
    expect(all.some((s) => s.startsWith('RECEIVE ACKNOWLEDGE') && s.endsWith('FOLLOW_UP CLOSE ARCHIVE'))).toBe(true);
    for (const step of ['REJECT', 'WITHDRAW', 'WAIT', 'ESCALATE', 'REOPEN']) expect(all.some((s) => s.includes(step))).toBe(true);
    expect(all.some((s) => /FOLLOW_UP ASSIGN/u.test(s))).toBe(true); // dissatisfied follow-up, handled again
    expect(types(SMALL.complaints[0]!.id)[0]).toBe('RECEIVE');
  });

  test('survey answers are on their scales, at most one per customer and year', () => {
    expect(SMALL.surveys.length).toBeGreaterThan(40);
    for (const s of SMALL.surveys) {
      expect(s.nps).toBeGreaterThanOrEqual(0);
      expect(s.nps).toBeLessThanOrEqual(10);
      expect(s.csat).toBeGreaterThanOrEqual(1);
      expect(s.csat).toBeLessThanOrEqual(5);
    }
    const keys = SMALL.surveys.map((s) => `${s.customerId}/${Math.floor((NOW.getTime() - s.at.getTime()) / (365 * 86_400_000))}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
