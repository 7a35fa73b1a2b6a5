import { describe, expect, test } from 'vitest';
import { buildReport } from '../../src/cli/build-report.js';
import type { Report } from '../../src/cli/report-types.js';
import { FIRM, NOW } from './fixtures.js';

const DAY = 86_400_000;
const START = NOW.getTime() - 365 * DAY;
const END = NOW.getTime();
const inPeriod = (d: Date) => d.getTime() >= START && d.getTime() < END;

function build(): Report {
  const r = buildReport({ ...FIRM, source: { 'zh-CN': '样本', en: 'sample' } }, { now: NOW });
  if (!r.ok) throw new Error(JSON.stringify(r.error.slice(0, 3)));
  return r.value;
}

const report = build();

/** The last year's revenue of every customer (window (now − 365 days, now]), in minor units. */
function lastYearRevenue(): Map<string, number> {
  const out = new Map<string, number>(FIRM.customers.map((c) => [c.id, 0]));
  for (const t of FIRM.transactions) {
    const at = t.date.getTime();
    if (at > END - 365 * DAY && at <= END) out.set(t.customerId, (out.get(t.customerId) ?? 0) + t.revenue.amount);
  }
  return out;
}

describe('the report on a small sample firm, checked against numbers computed here by hand', () => {
  test('ABC by the value rule: A while the customers above hold < 80% of revenue, B < 95%', () => {
    const ranked = [...lastYearRevenue()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const positive = ranked.reduce((s, [, v]) => s + Math.max(0, v), 0);
    const counts = { A: 0, B: 0, C: 0 };
    let above = 0;
    for (const [, v] of ranked) {
      const cls = v <= 0 ? 'C' : above * 100 < 80 * positive ? 'A' : above * 100 < 95 * positive ? 'B' : 'C';
      counts[cls] += 1;
      if (v > 0) above += v;
    }
    expect({ A: report.abc.byValue.A.count, B: report.abc.byValue.B.count, C: report.abc.byValue.C.count }).toEqual(counts);
    expect(report.customerBase.derived.abc).toEqual(counts);
    expect(report.abc.total.amount).toBe(ranked.reduce((s, [, v]) => s + v, 0));
    expect(report.abc.nonPositiveCount).toBe(ranked.filter(([, v]) => v <= 0).length);
    expect(report.abc.top[0]?.customer.id).toBe(ranked[0]?.[0]);
  });

  test('ABC by the count rule: the top 5% are A, the next 15% B', () => {
    expect([report.abc.byCount.A.count, report.abc.byCount.B.count, report.abc.byCount.C.count]).toEqual([15, 45, 240]);
  });

  test('the Pareto curve starts at 0 and ends at 100%, rising', () => {
    const curve = report.abc.curve;
    expect(curve).toHaveLength(21);
    expect(curve[0]).toEqual({ customerShare: 0, revenueShare: 0 });
    expect(curve[20]?.revenueShare).toBeCloseTo(1, 12);
    for (let i = 1; i < curve.length; i++) expect(curve[i]!.revenueShare).toBeGreaterThanOrEqual(curve[i - 1]!.revenueShare);
  });

  test('the declared dimensions count every customer once', () => {
    const industries: Record<string, number> = {};
    for (const c of FIRM.customers) industries[c.industry] = (industries[c.industry] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(report.customerBase.declared.industry).filter(([, n]) => n > 0))).toEqual(industries);
    for (const counts of [...Object.values(report.customerBase.declared), ...Object.values(report.customerBase.derived)]) {
      expect(Object.values<number>(counts).reduce((a, b) => a + b, 0)).toBe(300);
    }
    expect(report.tiers.tiers.reduce((s, t) => s + t.customers, 0)).toBe(300);
  });

  test('relationship targets: customers marked as targets, ready with 3 contacts', () => {
    const targets = FIRM.customers.filter((c) => c.target === true);
    expect(report.differentiation.relationshipTargets.count).toBe(targets.length);
    expect(report.differentiation.relationshipTargets.ready).toBe(targets.filter((c) => c.contacts.length >= 3).length);
  });

  test('quality: the period’s order lines, on time, damaged and lost, counted by hand', () => {
    const lines = FIRM.shipments.filter((s) => inPeriod(s.orderedAt));
    const onTime = lines.filter((s) => {
      if (s.deliveredAt === undefined) return false;
      if (s.promisedAt !== undefined) return s.deliveredAt <= s.promisedAt;
      return s.promisedWindow !== undefined && s.deliveredAt >= s.promisedWindow.start && s.deliveredAt <= s.promisedWindow.end;
    });
    const q = report.quality.report;
    expect(q.records).toEqual({ seen: lines.length, used: lines.length, rejected: 0 });
    expect(q.reliability.onTime.rate).toEqual({ kind: 'rate', numerator: onTime.length, denominator: lines.length });
    expect(q.reliability.damage.rate).toEqual({ kind: 'rate', numerator: lines.filter((s) => s.condition === 'damaged').length, denominator: lines.length });
    expect(q.reliability.loss.rate).toEqual({ kind: 'rate', numerator: lines.filter((s) => s.condition === 'lost').length, denominator: lines.length });
    const cost = lines.reduce((s, l) => s + (l.cost?.amount ?? 0), 0);
    const shift = report.differentiation.resourceShift!;
    expect(shift.before.A.amount + shift.before.B.amount + shift.before.C.amount).toBe(cost);
    expect(shift.after.A.amount + shift.after.B.amount + shift.after.C.amount).toBe(cost);
  });

  test('complaints: received in the period, per 1,000 order lines', () => {
    const received = FIRM.complaints.filter((c) => inPeriod(c.events[0]!.at));
    const lines = FIRM.shipments.filter((s) => inPeriod(s.orderedAt)).length;
    expect(report.complaints.count).toBe(received.length);
    expect(report.complaints.perThousandShipments).toEqual({ kind: 'ratio', numerator: received.length * 1000, denominator: lines });
    const byCategory: Record<string, number> = {};
    for (const c of received) {
      const first = c.events[0]!;
      if (first.type === 'RECEIVE') byCategory[first.category] = (byCategory[first.category] ?? 0) + 1;
    }
    expect(Object.fromEntries(report.complaints.byCategory.map((c) => [c.category, c.count]))).toEqual(byCategory);
  });

  test('funnel: deals found in the period, won ones counted by hand', () => {
    const cohort = FIRM.deals.filter((d) => inPeriod(d.events[0]!.at));
    const won = cohort.filter((d) => d.events.some((e) => e.type === 'WIN'));
    expect(report.funnel.deals).toBe(cohort.length);
    expect(report.funnel.outcomes.won).toBe(won.length);
    expect(report.funnel.stages.prospecting.entered).toBe(report.funnel.episodes);
  });

  test('surveys: NPS of the period’s answers, by hand', () => {
    const answers = FIRM.surveys.filter((s) => inPeriod(s.at)).map((s) => s.nps);
    const promoters = answers.filter((a) => a >= 9).length;
    const detractors = answers.filter((a) => a <= 6).length;
    expect(report.quality.nps.respondents).toBe(answers.length);
    expect(report.quality.nps.score).toBeCloseTo((100 * (promoters - detractors)) / answers.length, 10);
  });

  test('the input is not changed and the report is the same when built again', () => {
    const before = JSON.stringify(FIRM);
    const again = build();
    expect(JSON.stringify(FIRM)).toBe(before);
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  });
});

describe('problems in the data are reported by dataset and index, with no report', () => {
  test('an unknown customer, a duplicate id and a corrupted deal log', () => {
    const [first, second] = FIRM.customers;
    const deal = FIRM.deals.find((d) => inPeriod(d.events[0]!.at) && d.events.length >= 3)!;
    const broken = { ...deal, events: [deal.events[0]!, deal.events[2]!, deal.events[1]!] };
    const r = buildReport(
      {
        source: { 'zh-CN': 'x', en: 'x' },
        customers: [first!, second!, first!],
        transactions: [{ ...FIRM.transactions[0]!, customerId: 'C-999999' as never }],
        deals: [],
        complaints: [],
        shipments: [],
        surveys: [],
      },
      { now: NOW },
    );
    expect(r.ok ? [] : r.error.map((p) => [p.dataset, p.index, p.error.code])).toEqual([
      ['customers', 2, 'DUPLICATE_CUSTOMER_ID'],
      ['transactions', 0, 'UNKNOWN_CUSTOMER'],
    ]);
    // A duplicate names the record it repeats, also after an earlier duplicate was refused.
    const r3 = buildReport(
      {
        source: { 'zh-CN': 'x', en: 'x' },
        customers: [first!, first!, second!, second!],
        transactions: [FIRM.transactions[0]!, FIRM.transactions[1]!, FIRM.transactions[0]!],
        deals: [],
        complaints: [],
        shipments: [],
        surveys: [],
      },
      { now: NOW },
    );
    expect(r3.ok ? [] : r3.error.map((p) => [p.dataset, p.index, p.error.code, p.error.details, p.error.messages?.en])).toEqual([
      ['customers', 1, 'DUPLICATE_CUSTOMER_ID', { id: first!.id, firstIndex: 0 }, `duplicate customer id "${first!.id}" (first at record 1)`],
      ['customers', 3, 'DUPLICATE_CUSTOMER_ID', { id: second!.id, firstIndex: 2 }, `duplicate customer id "${second!.id}" (first at record 3)`],
      ['transactions', 2, 'DUPLICATE_TRANSACTION_ID', { id: FIRM.transactions[0]!.id, firstIndex: 0 }, `duplicate transaction id "${FIRM.transactions[0]!.id}" (first at record 1)`],
    ]);
    const r2 = buildReport({ ...FIRM, deals: [FIRM.deals[0]!, broken], source: { 'zh-CN': 'x', en: 'x' } }, { now: NOW });
    expect(r2.ok ? null : r2.error.map((p) => [p.dataset, p.index, p.eventIndex])).toEqual([['deals', 1, 1]]);
  });
});
