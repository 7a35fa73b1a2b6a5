import { type DomainError, domainError } from '../core/domain-error.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import { text } from '../core/locale.js';
import { add } from '../core/money/add.js';
import type { Money } from '../core/money/money.js';
import { sumMoney } from '../core/money/sum-money.js';
import { zeroMoney } from '../core/money/zero-money.js';
import { NO_DATA, type NoData } from '../core/rate/no-data.js';
import { rate, type Rate } from '../core/rate/rate.js';
import { ratio, type Ratio } from '../core/rate/ratio.js';
import { err, ok, type Result } from '../core/result.js';
import type { BusinessCalendar } from '../core/time/business-calendar.js';
import type { CurrencyCode } from '../core/currency.js';
import { type ComplaintCategory, ComplaintCategorySchema } from './complaint-category.js';
import { type ComplaintLogError, complaintLogError } from './complaint-log-error.js';
import { createComplaintMachine } from './complaint-machine.js';
import { type ComplaintMachineOptions, complaintRules } from './complaint-options.js';
import { type Complaint, replayComplaintAsOf } from './complaint-replay.js';
import { type ComplaintState, ComplaintStateSchema } from './complaint-state.js';
import { INVALID_FRACTION_MESSAGE, INVALID_PERIOD_MESSAGE, INVALID_SHIPMENTS_MESSAGE } from './messages.js';
import type { PreparedCalendar } from './prepared-calendar.js';
import { checkSlaPolicy, DEFAULT_SLA_POLICY, type SlaPolicy } from './sla-policy.js';
import { slaStatusOfSnapshot } from './sla-status.js';
import { type SlaClockStatus, SlaClockStatusSchema, type SlaTarget, SlaTargetSchema } from './sla-target.js';

/**
 * Options of {@link complaintMetrics}. The period and the calendar are required; the rest have
 * textbook defaults.
 *
 * @category Complaint metrics
 */
export interface ComplaintMetricsOptions {
  /** The cohort: complaints received at or after `start` and before `end`; measured as of `end`. */
  readonly period: { readonly start: Date; readonly end: Date };
  /** The business calendar the service levels are measured on (or a prepared one). */
  readonly calendar: BusinessCalendar | PreparedCalendar;
  /** The service-level policy (default {@link DEFAULT_SLA_POLICY}). */
  readonly policy?: SlaPolicy;
  /** How many shipments were handled in the period, for the complaint rate per 1,000 shipments. */
  readonly shipments?: number;
  /** The complaint machine's options the logs follow (policy currency, departments, reopen window). */
  readonly rules?: ComplaintMachineOptions;
  /**
   * The cumulative share that marks the "vital few" categories of the Pareto ordering (default
   * 0.8), read exactly from its shortest decimal form: `0.28` is 28/100.
   */
  readonly paretoCutoff?: number;
}

/**
 * One category in the Pareto ordering: its count, its share, the cumulative share up to and
 * including it, and whether it is among the vital few.
 *
 * @category Complaint metrics
 */
export interface ComplaintCategoryCount {
  /** The category. */
  readonly category: ComplaintCategory;
  /** Complaints of the category. */
  readonly count: number;
  /** Its share of all complaints. */
  readonly share: Rate;
  /** The share of this and every category before it. */
  readonly cumulativeShare: Rate;
  /** Whether the categories before it hold less than the cutoff (the vital few, 关键少数). */
  readonly vitalFew: boolean;
}

/**
 * Order statistics of durations in milliseconds (nearest-rank percentiles: always an observed
 * value).
 *
 * @category Complaint metrics
 */
export interface HandlingTimeSummary {
  /** Tells a summary from no data. */
  readonly kind: 'durations';
  /** How many durations. */
  readonly count: number;
  /** The median (the lower of the two middle values for an even count). */
  readonly medianMs: number;
  /** The 90th percentile. */
  readonly p90Ms: number;
  /** The shortest. */
  readonly minMs: number;
  /** The longest. */
  readonly maxMs: number;
}

/**
 * How one service-level target fared: how many clocks are in each status, and compliance =
 * met ÷ (met + breached) over the clocks already decided.
 *
 * @category Complaint metrics
 */
export interface SlaCompliance {
  /** The target. */
  readonly target: SlaTarget;
  /** Met of decided. */
  readonly compliance: Rate | NoData;
  /** Clocks by status; they add up to the complaints counted. */
  readonly counts: { readonly [S in SlaClockStatus]: number };
}

/**
 * The compensation paid for complaints of one category.
 *
 * @category Complaint metrics
 */
export interface CategoryCompensation {
  /** The category. */
  readonly category: ComplaintCategory;
  /** Complaints of the category with any compensation paid. */
  readonly complaints: number;
  /** The total paid, exact. */
  readonly total: Money;
}

/**
 * Complaint metrics over a period (DOMAIN.md §7–8): the count and the rate per 1,000 shipments,
 * the categories in Pareto order, first-contact resolution (一次即圆满率), the reopen rate, the
 * share rejected as invalid, service-level compliance per target, median and p90 time to
 * acknowledge and to resolve, and the compensation paid by category.
 *
 * @category Complaint metrics
 */
export interface ComplaintMetrics {
  /** The period. */
  readonly period: { readonly start: Date; readonly end: Date };
  /** Complaints received in the period. */
  readonly count: number;
  /** The shipments given, if any. */
  readonly shipments: number | undefined;
  /** Complaints per 1,000 shipments (`count × 1000 / shipments`), when shipments are given. */
  readonly perThousandShipments: Ratio | undefined;
  /** The complaints by state as of the end; they add up to `count`. */
  readonly byState: { readonly [S in ComplaintState]: number };
  /** The categories with complaints, most frequent first (ties in category order); counts add up to `count`. */
  readonly byCategory: readonly ComplaintCategoryCount[];
  /** 一次即圆满率: of complaints followed up after their first resolution, those satisfied then and never reopened. */
  readonly firstContactResolution: Rate | NoData;
  /** Of complaints with a remedy implemented, those reopened (dissatisfied follow-up or reopened after closing). */
  readonly reopenRate: Rate | NoData;
  /** Of complaints assessed, those assessed invalid (不成立). */
  readonly rejectedShare: Rate | NoData;
  /** Compliance per target. */
  readonly sla: { readonly [T in SlaTarget]: SlaCompliance };
  /** Time used to acknowledge, over acknowledged complaints (in the target's basis, pauses excluded). */
  readonly timeToAcknowledge: HandlingTimeSummary | NoData;
  /** Time used to resolve, every cycle added up, over resolved complaints. */
  readonly timeToResolve: HandlingTimeSummary | NoData;
  /** The compensation paid, exact, in the policy currency. */
  readonly compensation: {
    /** The policy currency. */
    readonly currency: CurrencyCode;
    /** Everything paid. */
    readonly total: Money;
    /** By category, in category order. */
    readonly byCategory: readonly CategoryCompensation[];
  };
}

/**
 * The compensation paid adds up past the safe-integer range of minor units (±9007199254740991):
 * the error names the complaint and its `IMPLEMENT` event whose payment took a total (of its
 * category or of all) out of range; its one reason is core's `AMOUNT_OUT_OF_RANGE` money error
 * with the exact total `received`, the `currency` and the `scale`.
 *
 * @category Complaint metrics
 */
export interface CompensationOutOfRangeError extends DomainError<'AMOUNT_OUT_OF_RANGE'> {
  /**
   * Where and why, as a {@link ComplaintLogError}'s details: the complaint's id, the index of the
   * `IMPLEMENT` event that paid the compensation, `eventType` `'IMPLEMENT'`, the complaint's state
   * at the end of the period, and as the one reason the money error (the exact total `received` as
   * a decimal string of minor units, `currency`, `scale`).
   */
  readonly details: ComplaintLogError['details'];
}

/**
 * What {@link complaintMetrics} returns instead of metrics: a bad log, or compensation that adds
 * up past the range of amounts. Both name the complaint and the event in `details`.
 *
 * @category Complaint metrics
 */
export type ComplaintMetricsError = ComplaintLogError | CompensationOutOfRangeError;

/** The index of the `ordinal`-th (from 0) `IMPLEMENT` event of a log: the one that resolved that implemented cycle. */
function implementIndex(complaint: Complaint, ordinal: number): number {
  let seen = 0;
  for (let index = 0; index < complaint.events.length; index++) {
    if (complaint.events[index]?.type === 'IMPLEMENT' && seen++ === ordinal) return index;
  }
  return complaint.events.length;
}

function compensationOutOfRange(
  complaint: Complaint,
  eventIndex: number,
  state: ComplaintState,
  cause: DomainError,
): CompensationOutOfRangeError {
  const id = complaint.id ?? '?';
  const messages = text(
    `投诉 ${id} 的事件 #${eventIndex}（IMPLEMENT）所付赔偿使赔偿合计超出范围：${cause.messages['zh-CN']}`,
    `complaint ${id}, event ${eventIndex} (IMPLEMENT): the compensation paid takes the total out of range: ${cause.messages.en}`,
  );
  return {
    ...domainError('AMOUNT_OUT_OF_RANGE', messages, { path: ['events', eventIndex] }),
    details: {
      complaintId: complaint.id,
      eventIndex,
      eventType: 'IMPLEMENT',
      state,
      reasons: [{ code: cause.code, message: cause.messages, details: cause.details }],
    },
  };
}

function instant(value: Date): number {
  return value instanceof Date ? value.getTime() : Number.NaN;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  const index = Math.max(0, Math.ceil(p * sorted.length) - 1);
  return sorted[index] as number;
}

/** The summary of durations already known to be valid (the metrics' own clocks): no check. */
function summarize(durations: readonly number[]): HandlingTimeSummary | NoData {
  if (durations.length === 0) return NO_DATA;
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    kind: 'durations',
    count: sorted.length,
    medianMs: percentile(sorted, 0.5),
    p90Ms: percentile(sorted, 0.9),
    minMs: sorted[0] as number,
    maxMs: sorted[sorted.length - 1] as number,
  };
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The exact fraction a positive finite number denotes, read from its shortest decimal form
 * (`0.28` is 28/100, not the binary double a hair above it), so a share of exactly 28% is at a
 * 0.28 cutoff, not a rounding error below it.
 */
function decimalFraction(value: number): { readonly numerator: bigint; readonly denominator: bigint } {
  const match = DECIMAL.exec(String(value));
  if (match === null) throw new LogisticsCustomerError('INVALID_FRACTION', INVALID_FRACTION_MESSAGE, { received: value });
  const [, intDigits = '', fracDigits = '', expText = '0'] = match;
  const digits = BigInt(`${intDigits}${fracDigits}`);
  const exponent = Number(expText) - fracDigits.length;
  return exponent >= 0
    ? { numerator: digits * 10n ** BigInt(exponent), denominator: 1n }
    : { numerator: digits, denominator: 10n ** BigInt(-exponent) };
}

/**
 * Summarises durations in milliseconds: count, median, p90, minimum and maximum with
 * nearest-rank percentiles; no data for none.
 *
 * @param durations - The durations.
 * @returns The summary, or `NO_DATA` for an empty list.
 * @throws {@link LogisticsCustomerError} `INVALID_DURATION` for the first entry that is not a
 *   finite, non-negative number (NaN, infinite, negative or not a number), with its `index` and
 *   the value `received` in `details`.
 *
 * @example
 * ```ts
 * import { summarizeHandlingTimes } from 'logistics-customer/complaints';
 * summarizeHandlingTimes([5, 1, 4, 2, 3]);
 * // => { kind: 'durations', count: 5, medianMs: 3, p90Ms: 5, minMs: 1, maxMs: 5 }
 * ```
 * @category Complaint metrics
 */
export function summarizeHandlingTimes(durations: readonly number[]): HandlingTimeSummary | NoData {
  for (let index = 0; index < durations.length; index++) {
    const received: unknown = durations[index];
    if (typeof received !== 'number' || !Number.isFinite(received) || received < 0) {
      throw new LogisticsCustomerError('INVALID_DURATION', CORE_MESSAGES.INVALID_DURATION, { index, received });
    }
  }
  return summarize(durations);
}

function zeroCounts<K extends string>(keys: readonly K[]): { [P in K]: number } {
  return Object.fromEntries(keys.map((k) => [k, 0])) as { [P in K]: number };
}

/**
 * Metrics over many complaints and a period (投诉统计, DOMAIN.md §7–8): every complaint's log is
 * replayed (a bad log anywhere is an error and nothing is counted), the complaints received in
 * the period are measured as of its end, and the counts are conserved — by state and by
 * category they add up to the count, and each target's clock statuses add up too. A category is
 * among the vital few (关键少数) when the categories before it hold less than the Pareto cutoff,
 * compared exactly: after exactly 28% of the complaints a category is not vital at a 0.28 cutoff.
 *
 * The compensation paid is added exactly; when it adds up past the safe-integer range of minor
 * units (±9007199254740991 — e.g. two compensations of 9e15 fen, or 0.000000000000001 yuan at
 * scale 15 beside 10 yuan at scale 0), that is an `AMOUNT_OUT_OF_RANGE` error among the others,
 * never a throw.
 *
 * @param complaints - The complaints: ids and event logs.
 * @param options - The period, the calendar, the policy, the shipments and the machine's rules.
 * @returns The metrics, or every log error (each naming its complaint, event and rule) and, if the
 *   compensation paid adds up past the range of amounts, a {@link CompensationOutOfRangeError}
 *   naming the complaint and the `IMPLEMENT` event whose payment did it.
 * @throws {@link LogisticsCustomerError} `INVALID_PERIOD` for invalid dates or an empty period;
 *   `INVALID_SHIPMENTS` for a count of shipments that is not a positive whole number;
 *   `INVALID_FRACTION` for a Pareto cutoff outside (0, 1]; as {@link slaStatus} for a bad policy or
 *   calendar.
 *
 * @example
 * ```ts
 * import { standardCalendar } from 'logistics-customer/core';
 * import { complaintMetrics } from 'logistics-customer/complaints';
 * const receive = (id: string, at: string, category: 'delay' | 'damage') => ({ id, events: [
 *   { type: 'RECEIVE' as const, at: new Date(at), by: 'wang', complainant: { name: 'Zhang' },
 *     channel: 'phone' as const, category, severity: 'moderate' as const, description: 'x' },
 * ] });
 * const r = complaintMetrics(
 *   [receive('C-1', '2026-03-02T01:00:00Z', 'delay'), receive('C-2', '2026-03-03T01:00:00Z', 'delay'),
 *    receive('C-3', '2026-03-04T01:00:00Z', 'damage')],
 *   { period: { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') },
 *     calendar: standardCalendar('Asia/Shanghai'), shipments: 1500 },
 * );
 * r.ok ? [r.value.count, r.value.byCategory.map((c) => [c.category, c.count]), r.value.perThousandShipments] : r.error;
 * // => [3, [['delay', 2], ['damage', 1]], { kind: 'ratio', numerator: 3000, denominator: 1500 }]
 * ```
 * @category Complaint metrics
 */
export function complaintMetrics(
  complaints: readonly Complaint[],
  options: ComplaintMetricsOptions,
): Result<ComplaintMetrics, readonly ComplaintMetricsError[]> {
  const start = instant(options.period?.start);
  const end = instant(options.period?.end);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
    throw new LogisticsCustomerError('INVALID_PERIOD', INVALID_PERIOD_MESSAGE, { period: options.period });
  }
  const shipments = options.shipments;
  if (shipments !== undefined && !(Number.isSafeInteger(shipments) && shipments > 0)) {
    throw new LogisticsCustomerError('INVALID_SHIPMENTS', INVALID_SHIPMENTS_MESSAGE, { received: shipments });
  }
  const cutoff = options.paretoCutoff ?? 0.8;
  if (typeof cutoff !== 'number' || !(cutoff > 0 && cutoff <= 1)) {
    throw new LogisticsCustomerError('INVALID_FRACTION', INVALID_FRACTION_MESSAGE, { received: cutoff });
  }
  const cut = decimalFraction(cutoff);
  const policy = checkSlaPolicy(options.policy ?? DEFAULT_SLA_POLICY);
  const rules = complaintRules(options.rules);
  const machine = createComplaintMachine(options.rules);
  const now = new Date(end);

  const errors: ComplaintMetricsError[] = [];
  const byState = zeroCounts(ComplaintStateSchema.options);
  const categoryCounts = zeroCounts(ComplaintCategorySchema.options);
  const statusCounts = Object.fromEntries(SlaTargetSchema.options.map((t) => [t, zeroCounts(SlaClockStatusSchema.options)])) as {
    [T in SlaTarget]: { [S in SlaClockStatus]: number };
  };
  const paid = Object.fromEntries(ComplaintCategorySchema.options.map((c) => [c, zeroMoney(rules.currency)])) as {
    [C in ComplaintCategory]: Money;
  };
  const paidCount = zeroCounts(ComplaintCategorySchema.options);
  let totalPaid = zeroMoney(rules.currency);
  let outOfRange = false;
  const acknowledgeTimes: number[] = [];
  const resolveTimes: number[] = [];
  let count = 0;
  let followedUp = 0;
  let firstTime = 0;
  let implemented = 0;
  let reopened = 0;
  let assessed = 0;
  let rejected = 0;

  complaints.forEach((complaint) => {
    const replayed = replayComplaintAsOf(complaint, now, machine);
    if (!replayed.ok) {
      errors.push(replayed.error);
      return;
    }
    const { asOf, final } = replayed.value;
    if (final.context.receipt === undefined) {
      errors.push(complaintLogError('NOT_RECEIVED', { complaintId: complaint.id, eventIndex: complaint.events.length, eventType: 'RECEIVE', state: final.state }));
      return;
    }
    const receipt = asOf.context.receipt;
    if (receipt === undefined) return;
    const receivedAt = receipt.at.getTime();
    if (receivedAt < start || receivedAt >= end) return;
    const report = slaStatusOfSnapshot(complaint.id, asOf, policy, options.calendar, now);
    if (!report.ok) {
      errors.push(report.error);
      return;
    }
    const sla = report.value;
    const context = asOf.context;
    const category = sla.classification.category;
    count++;
    byState[asOf.state]++;
    categoryCounts[category]++;
    for (const target of SlaTargetSchema.options) statusCounts[target][sla.clocks[target].status]++;
    const ack = sla.clocks.acknowledge;
    if (ack.stoppedAt !== undefined && (ack.status === 'met' || ack.status === 'breached')) acknowledgeTimes.push(ack.usedMs);
    const total = sla.totalResolution;
    if (total.stoppedAt !== undefined && (total.status === 'met' || total.status === 'breached')) resolveTimes.push(total.usedMs);
    const cycles = context.cycles;
    const firstFollowUp = cycles[0]?.followUp;
    if (firstFollowUp !== undefined) {
      followedUp++;
      if (firstFollowUp.satisfied && cycles.length === 1) firstTime++;
    }
    if (cycles.some((c) => c.resolution === 'implemented')) implemented++;
    if (cycles.some((c) => c.startedBy === 'follow-up' || c.startedBy === 'reopen')) reopened++;
    if (context.assessment !== undefined) {
      assessed++;
      if (context.assessment.verdict === 'invalid') rejected++;
    }
    let paidHere = false;
    let implementedCycles = 0;
    for (const cycle of cycles) {
      if (cycle.resolution === 'implemented') implementedCycles++;
      const amount = cycle.compensationPaid;
      if (amount === undefined || outOfRange) continue;
      // A checked sum: the guard let only valid amounts in the policy currency through, so the one
      // failure left is a total past the safe-integer range (amounts are positive: once out, out).
      const overall = sumMoney([totalPaid, amount], rules.currency);
      if (!overall.ok) {
        errors.push(compensationOutOfRange(complaint, implementIndex(complaint, implementedCycles - 1), asOf.state, overall.error));
        outOfRange = true;
        continue;
      }
      totalPaid = overall.value;
      // A category's total is part of the overall one, so it is in range too: `add` cannot throw.
      paid[category] = add(paid[category], amount);
      paidHere = true;
    }
    if (paidHere) paidCount[category]++;
  });
  if (errors.length > 0) return err(errors);

  const ordered = ComplaintCategorySchema.options
    .filter((c) => categoryCounts[c] > 0)
    .sort((a, b) => categoryCounts[b] - categoryCounts[a]);
  let cumulative = 0;
  const byCategory = ordered.map((category): ComplaintCategoryCount => {
    const before = cumulative;
    cumulative += categoryCounts[category];
    return {
      category,
      count: categoryCounts[category],
      share: rate(categoryCounts[category], count) as Rate,
      cumulativeShare: rate(cumulative, count) as Rate,
      vitalFew: BigInt(before) * cut.denominator < cut.numerator * BigInt(count),
    };
  });
  const compensationByCategory = ComplaintCategorySchema.options.map(
    (category): CategoryCompensation => ({ category, complaints: paidCount[category], total: paid[category] }),
  );
  const sla = Object.fromEntries(
    SlaTargetSchema.options.map((target): [SlaTarget, SlaCompliance] => {
      const counts = statusCounts[target];
      return [target, { target, compliance: rate(counts.met, counts.met + counts.breached), counts }];
    }),
  ) as { [T in SlaTarget]: SlaCompliance };

  return ok({
    period: { start: new Date(start), end: new Date(end) },
    count,
    shipments,
    perThousandShipments: shipments === undefined ? undefined : ratio(count * 1000, shipments),
    byState,
    byCategory,
    firstContactResolution: rate(firstTime, followedUp),
    reopenRate: rate(reopened, implemented),
    rejectedShare: rate(rejected, assessed),
    sla,
    timeToAcknowledge: summarize(acknowledgeTimes),
    timeToResolve: summarize(resolveTimes),
    compensation: { currency: rules.currency, total: totalPaid, byCategory: compensationByCategory },
  });
}
