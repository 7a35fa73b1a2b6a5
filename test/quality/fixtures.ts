import { customerId } from '../../src/customer/customer-id.js';
import type { ShipmentRecord } from '../../src/quality/shipment-record.js';

export const HOUR = 3_600_000;

/** An instant from an ISO string with a zone (never the machine's zone). */
export function at(iso: string): Date {
  return new Date(iso);
}

type Overrides = { [K in keyof ShipmentRecord]?: ShipmentRecord[K] | undefined };

/** A sound, perfect line: ordered 2026-03-01, promised 03-03, delivered 03-02, 10 of 10, intact. */
export function line(overrides: Overrides = {}): ShipmentRecord {
  const base: ShipmentRecord = {
    customerId: customerId('C-001'),
    orderId: 'SO-1',
    lineId: '1',
    orderedAt: at('2026-03-01T00:00:00Z'),
    promisedAt: at('2026-03-03T00:00:00Z'),
    deliveredAt: at('2026-03-02T00:00:00Z'),
    quantityOrdered: 10,
    quantityDelivered: 10,
    condition: 'intact',
    documentsAccurate: true,
  };
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as ShipmentRecord;
}

/**
 * The hand-computed data set of the accumulator tests (UTC):
 * SO-1 (C-001): L1 perfect, 24 h; L2 on time exactly at the due instant (48 h), 4 of 5, stock-out.
 * SO-2 (C-001): one line 24 h late (72 h), 8 of 8, no stock-out.
 * SO-3 (C-002, window 03-03 08:00–12:00): L1 on time (34 h) but damaged, responded in 1 h;
 *   L2 on time (33 h) with wrong documents, responded in 3 h.
 * SO-4 (C-002): one line lost, 6 shipped, nothing delivered.
 * Record 3 (between SO-2 and SO-3) is bad: delivered before ordered.
 */
export function textbookSet(): readonly ShipmentRecord[] {
  const window = { start: at('2026-03-03T08:00:00Z'), end: at('2026-03-03T12:00:00Z') };
  return [
    line({ lineId: '1' }),
    line({
      lineId: '2',
      deliveredAt: at('2026-03-03T00:00:00Z'),
      quantityOrdered: 5,
      quantityShipped: 4,
      quantityDelivered: 4,
      stockOut: true,
    }),
    line({ orderId: 'SO-2', deliveredAt: at('2026-03-04T00:00:00Z'), quantityOrdered: 8, quantityDelivered: 8, stockOut: false }),
    line({ orderId: 'SO-X', deliveredAt: at('2026-02-28T00:00:00Z') }),
    line({
      customerId: customerId('C-002'),
      orderId: 'SO-3',
      orderedAt: at('2026-03-02T00:00:00Z'),
      promisedAt: undefined,
      promisedWindow: window,
      deliveredAt: at('2026-03-03T10:00:00Z'),
      respondedAt: at('2026-03-02T01:00:00Z'),
      quantityOrdered: 3,
      quantityDelivered: 3,
      condition: 'damaged',
    }),
    line({
      customerId: customerId('C-002'),
      orderId: 'SO-3',
      lineId: '2',
      orderedAt: at('2026-03-02T00:00:00Z'),
      promisedAt: undefined,
      promisedWindow: window,
      deliveredAt: at('2026-03-03T09:00:00Z'),
      respondedAt: at('2026-03-02T03:00:00Z'),
      quantityOrdered: 2,
      quantityDelivered: 2,
      documentsAccurate: false,
    }),
    line({
      customerId: customerId('C-002'),
      orderId: 'SO-4',
      orderedAt: at('2026-03-02T00:00:00Z'),
      promisedAt: at('2026-03-04T00:00:00Z'),
      deliveredAt: undefined,
      quantityOrdered: 6,
      quantityShipped: 6,
      quantityDelivered: 0,
      condition: 'lost',
    }),
  ];
}

/** A JSON copy of records with dates as ISO strings, to compare before and after a call. */
export function snapshot(value: unknown): string {
  return JSON.stringify(value);
}
