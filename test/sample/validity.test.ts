import { describe, expect, test } from 'vitest';
import { standardCalendar } from '../../src/core/time/standard-calendar.js';
import { complaintMetrics } from '../../src/complaints/complaint-metrics.js';
import { createComplaintMachine } from '../../src/complaints/complaint-machine.js';
import { replayComplaint } from '../../src/complaints/complaint-replay.js';
import { CustomerSchema, customerToJSON } from '../../src/customer/customer.js';
import { TransactionSchema, transactionToJSON } from '../../src/customer/transaction.js';
import { createFunnelMachine } from '../../src/funnel/funnel-machine.js';
import { funnelReport } from '../../src/funnel/funnel-report.js';
import { replayFunnel } from '../../src/funnel/funnel-replay.js';
import { ShipmentRecordSchema } from '../../src/quality/shipment-record.js';
import { SurveyResponseSchema } from '../../src/sample/survey-response.js';
import { NOW, SMALL } from './fixtures.js';

const YEAR = { start: new Date(NOW.getTime() - 365 * 86_400_000), end: NOW };

describe('every record is valid for its module', () => {
  test('customers and transactions pass their schemas after a JSON round trip', () => {
    for (const c of SMALL.customers) expect(CustomerSchema.safeParse(customerToJSON(c)).success).toBe(true);
    for (const t of SMALL.transactions) expect(TransactionSchema.safeParse(transactionToJSON(t)).success).toBe(true);
  });

  test('shipment records and survey answers pass their schemas', () => {
    const bad = SMALL.shipments.filter((s) => !ShipmentRecordSchema.safeParse(s).success);
    expect(bad).toEqual([]);
    for (const s of SMALL.surveys) expect(SurveyResponseSchema.safeParse(s).success).toBe(true);
  });

  test('every deal log replays on the funnel machine, with every outcome present', () => {
    const machine = createFunnelMachine();
    const states = new Map<string, number>();
    for (const d of SMALL.deals) {
      const r = replayFunnel(d.events, machine);
      expect(r.ok, d.id).toBe(true);
      if (r.ok) states.set(r.value.state, (states.get(r.value.state) ?? 0) + 1);
    }
    for (const s of ['won', 'lost', 'disqualified']) expect(states.get(s) ?? 0).toBeGreaterThan(0);
    expect(SMALL.deals.some((d) => d.events.some((e) => e.type === 'REOPEN'))).toBe(true);
  });

  test('every complaint log replays on the complaint machine', () => {
    const machine = createComplaintMachine();
    for (const c of SMALL.complaints) expect(replayComplaint(c, machine).ok, c.id).toBe(true);
  });

  test('the funnel and complaint analytics accept the whole firm', () => {
    const calendar = standardCalendar('Asia/Shanghai');
    const funnel = funnelReport(SMALL.deals, { period: YEAR, calendar });
    expect(funnel.ok).toBe(true);
    if (funnel.ok) {
      expect(funnel.value.outcomes.won).toBeGreaterThan(0);
      // Realistic losses: most episodes never close.
      expect(funnel.value.outcomes.lost + funnel.value.outcomes.disqualified).toBeGreaterThan(3 * funnel.value.outcomes.won);
    }
    const complaints = complaintMetrics(SMALL.complaints, { period: YEAR, calendar });
    expect(complaints.ok).toBe(true);
    if (complaints.ok) expect(complaints.value.count).toBeGreaterThan(20);
  });
});
