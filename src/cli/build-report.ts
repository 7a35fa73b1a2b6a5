/**
 * The pure core of the report command: from typed records and "now" to the report as data.
 * No file system, no clock, no console — everything comes in as parameters.
 *
 * Records are fed one at a time to a {@link ReportBuilder}, customers first, so a large firm can
 * be streamed: order lines go straight into the quality accumulator, survey answers into counts,
 * and only what the segmentation functions need of each customer and transaction is kept.
 */
import type { DomainError } from '../core/domain-error.js';
import type { LocalizedText } from '../core/locale.js';
import { add } from '../core/money/add.js';
import type { Money } from '../core/money/money.js';
import { zeroMoney } from '../core/money/zero-money.js';
import { err, ok, type Result } from '../core/result.js';
import { standardCalendar } from '../core/time/standard-calendar.js';
import { complaintMetrics } from '../complaints/complaint-metrics.js';
import { createComplaintMachine } from '../complaints/complaint-machine.js';
import { type Complaint, replayComplaint } from '../complaints/complaint-replay.js';
import type { Customer } from '../customer/customer.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { ServiceKind } from '../customer/service-kind.js';
import type { Transaction } from '../customer/transaction.js';
import type { FunnelDealLog } from '../funnel/funnel-event.js';
import { createFunnelMachine } from '../funnel/funnel-machine.js';
import { funnelReport } from '../funnel/funnel-report.js';
import { replayFunnel } from '../funnel/funnel-replay.js';
import { customerEffortScore } from '../quality/ces.js';
import { customerSatisfaction } from '../quality/csat.js';
import { netPromoterScore } from '../quality/nps.js';
import { createQualityAccumulator } from '../quality/quality-accumulator.js';
import { scoreQualityReport } from '../quality/scorecard.js';
import type { ShipmentRecord } from '../quality/shipment-record.js';
import type { SurveyResponse } from '../sample/survey-response.js';
import { abcEntries } from '../segmentation/abc-entries.js';
import { type AbcClass, AbcClassSchema } from '../segmentation/abc-class.js';
import { BehaviourSchema } from '../segmentation/behaviour.js';
import { classifyAbc } from '../segmentation/classify-abc.js';
import { classifyBehaviour } from '../segmentation/classify-behaviour.js';
import { classifyDemandNature } from '../segmentation/classify-demand-nature.js';
import { classifyRfm } from '../segmentation/classify-rfm.js';
import { classifyTimeType } from '../segmentation/classify-time-type.js';
import { classifyValueTier } from '../segmentation/classify-value-tier.js';
import type { ComplaintRecord } from '../segmentation/complaint-record.js';
import type { HistoryTransaction } from '../segmentation/customer-activity.js';
import { DemandNatureSchema } from '../segmentation/demand-nature.js';
import { planResourceShift } from '../segmentation/plan-resource-shift.js';
import { relationshipTargets } from '../segmentation/relationship-targets.js';
import { RfmSegmentSchema } from '../segmentation/rfm-segment.js';
import { riskWarnings } from '../segmentation/risk-warnings.js';
import { TimeTypeSchema } from '../segmentation/time-type.js';
import { ValueTierSchema } from '../segmentation/value-tier.js';
import { abcSection } from './report-abc.js';
import { countBy, DeclaredCounter } from './report-customer-base.js';
import type { ReportData, ReportOptions } from './report-data.js';
import { differentiationSection } from './report-differentiation.js';
import { ProblemLog } from './report-problems.js';
import { tiersSection } from './report-tiers.js';
import type { Counts, CustomerRef, DatasetName, DifferentiationSection, Report, ReportProblem } from './report-types.js';

const DAY_MS = 86_400_000;

/** What the segmentation functions read of a customer. */
type CompactCustomer = Pick<Customer, 'id' | 'createdAt' | 'scale'>;

/** Feeds records one at a time (customers first), then builds the report. */
export interface ReportBuilder {
  /** Adds a customer; every record naming it must come after it. */
  addCustomer(customer: Customer): void;
  /** Adds a transaction. */
  addTransaction(transaction: Transaction): void;
  /** Adds a deal's event log (logs of deals found outside the period are checked, not kept). */
  addDeal(deal: FunnelDealLog): void;
  /** Adds a complaint's event log (logs received outside the period are checked and count for the customers' complaint history only). */
  addComplaint(complaint: Complaint): void;
  /** Adds an order line (measured at once, not kept). */
  addShipment(line: ShipmentRecord): void;
  /** Adds a survey answer. */
  addSurvey(survey: SurveyResponse): void;
  /** Records read so far, per dataset. */
  readonly counts: { readonly [D in DatasetName]: number };
  /** Builds the report, or returns every problem found. */
  finish(source: LocalizedText): Result<Report, readonly ReportProblem[]>;
}

/** The counts per class of a classification, or `null` when it failed. */
function counted<K extends string>(keys: readonly K[], rows: readonly { readonly class: K }[] | null): Counts<K> | null {
  return rows === null ? null : countBy(keys, rows.map((r) => r.class));
}

/** The report is in CNY (its totals, tiers and cost split): an amount in another currency is refused at its row. */
function notInCny(currency: string, path: readonly (string | number)[]): DomainError {
  return {
    code: 'CURRENCY_MISMATCH',
    message: `the amount is in ${currency}; the report is in CNY`,
    messages: { 'zh-CN': `金额币种为 ${currency}，报告以人民币（CNY）计`, en: `the amount is in ${currency}; the report is in CNY` },
    path,
    details: { expected: 'CNY', received: currency },
  };
}

/** A record with the id of an earlier record of its file (`firstIndex`, from 0). */
function duplicateId(code: 'DUPLICATE_CUSTOMER_ID' | 'DUPLICATE_TRANSACTION_ID', id: string, firstIndex: number): DomainError {
  const [zh, en] = code === 'DUPLICATE_CUSTOMER_ID' ? ['客户', 'customer'] : ['交易', 'transaction'];
  const record = firstIndex + 1;
  return {
    code,
    message: `duplicate ${en} id "${id}" (first at record ${record})`,
    messages: { 'zh-CN': `${zh}编号「${id}」重复（首次出现在第 ${record} 条记录）`, en: `duplicate ${en} id "${id}" (first at record ${record})` },
    path: ['id'],
    details: { id, firstIndex },
  };
}

function unknownCustomer(id: string, path: readonly (string | number)[]): DomainError {
  return {
    code: 'UNKNOWN_CUSTOMER',
    message: `customer ${id} is not in the customer list`,
    messages: { 'zh-CN': `客户 ${id} 不在客户名单中`, en: `customer ${id} is not in the customer list` },
    path,
    details: { customerId: id },
  };
}

/**
 * Creates a report builder: the customer base by each classification, the ABC table, the
 * differentiation findings, the service tiers with their policies and risk warnings, the funnel,
 * the complaint metrics and the service-quality scorecard — each computed by the library's module
 * for it, as of `options.now`.
 */
export function createReportBuilder(options: ReportOptions): ReportBuilder {
  const now = options.now;
  const periodDays = options.periodDays ?? 365;
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const top = options.top ?? 10;
  const period = { start: new Date(now.getTime() - periodDays * DAY_MS), end: now };
  const startMs = period.start.getTime();
  const endMs = period.end.getTime();
  const inPeriod = (at: Date | undefined): boolean => at !== undefined && at.getTime() >= startMs && at.getTime() < endMs;
  const problems = new ProblemLog();
  const funnelMachine = createFunnelMachine();
  const complaintMachine = createComplaintMachine();
  const counts = { customers: 0, transactions: 0, deals: 0, complaints: 0, shipments: 0, surveys: 0 };

  const known = new Map<string, number>();
  const customers: CompactCustomer[] = [];
  /** The record index of each customer kept, by its position in `customers`. */
  const customerRecords: number[] = [];
  const names: string[] = [];
  const declared = new DeclaredCounter();
  const targets = { count: 0, ready: 0, notReady: [] as { customer: CustomerRef; contacts: number; missingContacts: number }[] };
  const history: HistoryTransaction[] = [];
  // Every transaction id seen, with its record (a repeated line would count its revenue twice).
  const transactionIds = new Map<string, number>();
  const servicesInterned = new Map<string, readonly ServiceKind[]>();
  const deals: FunnelDealLog[] = [];
  const dealIndexes: number[] = [];
  const complaints: Complaint[] = [];
  const complaintIndexes = new Map<string, number>();
  const complaintHistory: ComplaintRecord[] = [];
  const quality = createQualityAccumulator();
  const costByCustomer = new Map<string, Money>();
  let linesInPeriod = 0;
  const npsAnswers: number[] = [];
  const csatAnswers: number[] = [];
  const cesAnswers: number[] = [];

  const refOf = (id: CustomerId): CustomerRef => ({ id, name: names[known.get(id) ?? -1] ?? id });

  return {
    counts,
    addCustomer(customer) {
      const index = counts.customers++;
      const first = known.get(customer.id);
      if (first !== undefined) {
        // `known` holds positions among the customers kept; the message names the record.
        problems.add('customers', index, duplicateId('DUPLICATE_CUSTOMER_ID', customer.id, customerRecords[first] as number));
        return;
      }
      known.set(customer.id, customers.length);
      customerRecords.push(index);
      customers.push({ id: customer.id, createdAt: customer.createdAt, scale: customer.scale });
      names.push(customer.name);
      declared.add(customer);
      for (const t of relationshipTargets([customer])) {
        targets.count++;
        if (t.ready) targets.ready++;
        else if (targets.notReady.length < top) targets.notReady.push({ customer: refOf(t.customerId), contacts: t.contacts, missingContacts: t.missingContacts });
      }
    },
    addTransaction(t) {
      const index = counts.transactions++;
      const first = transactionIds.get(t.id);
      if (first !== undefined) {
        problems.add('transactions', index, duplicateId('DUPLICATE_TRANSACTION_ID', t.id, first));
        return;
      }
      transactionIds.set(t.id, index);
      if (!known.has(t.customerId)) {
        problems.add('transactions', index, unknownCustomer(t.customerId, ['customerId']));
        return;
      }
      if (t.revenue.currency !== 'CNY') {
        problems.add('transactions', index, notInCny(t.revenue.currency, ['revenue', 'currency']));
        return;
      }
      const key = t.services.join(',');
      let services = servicesInterned.get(key);
      if (services === undefined) {
        services = [...t.services];
        servicesInterned.set(key, services);
      }
      // The report ranks by revenue, so the profit is not kept: a tenth of the memory of a large history.
      history.push({ customerId: t.customerId, date: t.date, revenue: t.revenue, services });
    },
    addDeal(deal) {
      const index = counts.deals++;
      if (!inPeriod(deal.events[0]?.at)) {
        // Outside the cohort: not counted, but still checked, so a corrupted log is never silent.
        const replayed = replayFunnel(deal.events, funnelMachine);
        if (!replayed.ok) problems.add('deals', index, replayed.error, replayed.error.details.eventIndex);
        return;
      }
      deals.push(deal);
      dealIndexes.push(index);
    },
    addComplaint(complaint) {
      const index = counts.complaints++;
      const first = complaint.events[0];
      const id = first?.type === 'RECEIVE' ? first.complainant.customerId : undefined;
      if (id !== undefined && !known.has(id)) {
        problems.add('complaints', index, unknownCustomer(id, ['complainant', 'customerId']), 0);
        return;
      }
      if (first !== undefined && id !== undefined) complaintHistory.push({ customerId: id as CustomerId, at: first.at });
      if (first === undefined || inPeriod(first.at)) {
        complaints.push(complaint);
        complaintIndexes.set(complaint.id, index);
        return;
      }
      const replayed = replayComplaint(complaint, complaintMachine);
      if (!replayed.ok) problems.add('complaints', index, replayed.error, replayed.error.details.eventIndex);
    },
    addShipment(line) {
      const index = counts.shipments++;
      if (!known.has(line.customerId)) {
        problems.add('shipments', index, unknownCustomer(line.customerId, ['customerId']));
        return;
      }
      if (line.cost !== undefined && line.cost.currency !== 'CNY') {
        problems.add('shipments', index, notInCny(line.cost.currency, ['cost', 'currency']));
        return;
      }
      if (!inPeriod(line.orderedAt)) return;
      linesInPeriod++;
      quality.add(line);
      if (line.cost !== undefined) {
        const before = costByCustomer.get(line.customerId);
        costByCustomer.set(line.customerId, before === undefined ? line.cost : add(before, line.cost));
      }
    },
    addSurvey(survey) {
      const index = counts.surveys++;
      if (!known.has(survey.customerId)) {
        problems.add('surveys', index, unknownCustomer(survey.customerId, ['customerId']));
        return;
      }
      if (!inPeriod(survey.at)) return;
      npsAnswers.push(survey.nps);
      csatAnswers.push(survey.csat);
      if (survey.ces !== undefined) cesAnswers.push(survey.ces);
    },
    finish(source) {
      if (problems.problems.length > 0) return err(problems.problems);
      const step = options.onStep ?? (() => undefined);
      step('abc');
      const entries = problems.take(abcEntries(customers, history, { now }), 'transactions');
      const byValue = entries === null ? null : problems.take(classifyAbc(entries), 'customers');
      const byCount = entries === null ? null : problems.take(classifyAbc(entries, { rule: 'count' }), 'customers');
      if (entries === null || byValue === null || byCount === null) return err(problems.problems);
      // Count each classification and let its million rows go before the next one is computed.
      step('classifications');
      const valueTierCounts = counted(ValueTierSchema.options, problems.take(classifyValueTier(customers, history, { now }), 'transactions'));
      const timeTypeCounts = counted(TimeTypeSchema.options, problems.take(classifyTimeType(customers, history, { now }), 'transactions'));
      const behaviourCounts = counted(BehaviourSchema.options, problems.take(classifyBehaviour(customers, history, { now }), 'transactions'));
      const rfmCounts = counted(RfmSegmentSchema.options, problems.take(classifyRfm(customers, history, { now }), 'transactions'));
      step('differentiation');
      const demand = problems.take(classifyDemandNature(customers, history, { now }), 'transactions');
      const risk = problems.take(riskWarnings(customers, history, { now, complaints: complaintHistory }), 'transactions');
      const differentiation = differentiationSection(customers, history, complaintHistory, { now, top, refOf, problems });
      if (valueTierCounts === null || timeTypeCounts === null || behaviourCounts === null || rfmCounts === null || demand === null || risk === null || differentiation === null) {
        return err(problems.problems);
      }

      step('funnel');
      const funnel = funnelReport(deals, { period, calendar: standardCalendar(timeZone), machine: funnelMachine });
      if (!funnel.ok) {
        // A corrupted log names its deal and event; a total out of range has no location.
        const details = funnel.error.details as { readonly dealIndex?: unknown; readonly eventIndex?: unknown };
        const at = typeof details.dealIndex === 'number' ? details.dealIndex : 0;
        problems.add('deals', dealIndexes[at] ?? 0, funnel.error, typeof details.eventIndex === 'number' ? details.eventIndex : undefined);
      }
      step('complaints');
      const complaintResult = complaintMetrics(complaints, { period, calendar: standardCalendar(timeZone), ...(linesInPeriod > 0 ? { shipments: linesInPeriod } : {}) });
      if (!complaintResult.ok) {
        for (const e of complaintResult.error) problems.add('complaints', complaintIndexes.get(e.details.complaintId ?? '') ?? 0, e, e.details.eventIndex);
      }
      const nps = netPromoterScore(npsAnswers);
      const csat = customerSatisfaction(csatAnswers);
      const ces = customerEffortScore(cesAnswers);
      for (const r of [nps, csat, ces]) if (!r.ok) problems.addPathed(r.error, 'surveys');
      if (!funnel.ok || !complaintResult.ok || !nps.ok || !csat.ok || !ces.ok) return err(problems.problems);

      // 7. The cost of serving each ABC class in the period, and the shift from C to A.
      const cost: { [K in AbcClass]: Money } = { A: zeroMoney('CNY'), B: zeroMoney('CNY'), C: zeroMoney('CNY') };
      for (const row of byValue.customers) {
        const c = costByCustomer.get(row.customerId);
        if (c !== undefined) cost[row.class] = add(cost[row.class], c);
      }
      const full: DifferentiationSection = { ...differentiation, relationshipTargets: targets, resourceShift: costByCustomer.size > 0 ? planResourceShift(cost) : null };
      const revenueOf = new Map<string, Money>(entries.map((e) => [e.customerId, e.revenue]));
      step('quality');
      const qualityReport = quality.report();
      return ok({
        meta: { now, period, timeZone, source, counts: { ...counts }, currency: 'CNY' },
        customerBase: {
          declared: declared.counts(),
          derived: {
            abc: countBy(AbcClassSchema.options, byValue.customers.map((c) => c.class)),
            valueTier: valueTierCounts,
            timeType: timeTypeCounts,
            behaviour: behaviourCounts,
            demandNature: countBy(DemandNatureSchema.options, demand.map((c) => c.class)),
            rfm: rfmCounts,
          },
        },
        abc: abcSection(byValue, byCount, refOf, top),
        differentiation: full,
        tiers: tiersSection(demand, risk, { refOf, revenueOf, top }),
        funnel: funnel.value,
        complaints: complaintResult.value,
        quality: { report: qualityReport, scorecard: scoreQualityReport(qualityReport), nps: nps.value, csat: csat.value, ces: ces.value },
      });
    },
  };
}

/**
 * Builds the report from records held in memory (see {@link createReportBuilder}).
 *
 * @param data - The records.
 * @param options - "Now", the period, the time zone, the length of the top lists.
 * @returns The report, or every problem found in the records (located by dataset and index).
 */
export function buildReport(data: ReportData, options: ReportOptions): Result<Report, readonly ReportProblem[]> {
  const builder = createReportBuilder(options);
  for (const c of data.customers) builder.addCustomer(c);
  for (const t of data.transactions) builder.addTransaction(t);
  for (const d of data.deals) builder.addDeal(d);
  for (const c of data.complaints) builder.addComplaint(c);
  for (const s of data.shipments) builder.addShipment(s);
  for (const s of data.surveys) builder.addSurvey(s);
  return builder.finish(data.source);
}
