import type { CurrencyCode } from '../core/currency.js';
import { type DomainError, domainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { text } from '../core/locale.js';
import { type CompiledBranch, compileBranch } from '../core/machine/compile.js';
import type { Guard, GuardReason, TransitionHandler } from '../core/machine/definition.js';
import { handlerSpecs } from '../core/machine/handler-specs.js';
import { positionOfName } from '../core/machine/name-index.js';
import type { Money } from '../core/money/money.js';
import { moneyFromMinor } from '../core/money/money-from-minor.js';
import { multiplyMoney } from '../core/money/multiply-money.js';
import { sumMoney } from '../core/money/sum-money.js';
import type { NoData } from '../core/rate/no-data.js';
import { rate, type Rate } from '../core/rate/rate.js';
import { ratio } from '../core/rate/ratio.js';
import { wilsonInterval } from '../core/rate/wilson-interval.js';
import { err, ok, type Result } from '../core/result.js';
import { DAY_MS } from '../core/time/civil-date.js';
import { type ClockTable, clockTable, workingMsOf } from './business-clock.js';
import { summarizeChunks } from './duration-chunks.js';
import { addDuration, chunkSource, type Durations, durationChunks, newDurations } from './durations-buffer.js';
import type { DurationStats } from './duration-stats.js';
import type { FunnelContext } from './funnel-context.js';
import { type FunnelDealLog, type FunnelEvent, FunnelEventTypeSchema } from './funnel-event.js';
import { funnelLogError, type FunnelLogRule } from './funnel-log-error.js';
import { funnelDefinition, type FunnelMachineDefinition } from './funnel-machine.js';
import { kindOf, notALogError, notAnEventError, typeOfEntry } from './not-a-log.js';
import { DEFAULT_QUALIFICATION_RULE } from './qualification-rule.js';
import { DEFAULT_FUNNEL_REFERENCE } from './reference-data.js';
import { type Codes, FUNNEL_CHECK_NAMES, type FunnelCodes, funnelCodes, type FunnelPayloadChecks, funnelPayloadChecks } from './funnel-payload-checks.js';
import type {
  ChannelConversion,
  DaysSummary,
  FunnelReport,
  FunnelReportError,
  FunnelReportOptions,
  PipelineVelocity,
  RateEstimate,
  StageConversion,
  StagePipeline,
  StageProbabilities,
  WeightedPipeline,
} from './funnel-report-types.js';
import { FUNNEL_STAGES, type FunnelStage, OPEN_STAGES, type OpenStage } from './funnel-state.js';
import { FUNNEL_MESSAGES } from './messages.js';

/** The default reference's codes, indexed once (read only). */
const DEFAULT_CODES = /* @__PURE__ */ funnelCodes(DEFAULT_FUNNEL_REFERENCE);
/**
 * The default machine's payload checks, made once: the loop's calls to them are inlined against
 * these very functions, and checks made per report would die with it and take the compiled loop
 * with them ("wrong call target" at the start of the next report, `--trace-deopt`).
 */
const DEFAULT_CHECKS = /* @__PURE__ */ funnelPayloadChecks(DEFAULT_QUALIFICATION_RULE, DEFAULT_CODES);

type FunnelGuard = Guard<FunnelContext, FunnelEvent>;
type FunnelStateName = FunnelStage | 'new';
type Branch = CompiledBranch<FunnelStateName, FunnelEvent, FunnelContext>;

/** Adds one to a counter. */
function inc(counters: Float64Array, at: number): void {
  counters[at] = (counters[at] as number) + 1;
}

/** Counts of one finding channel: found, won, lost, disqualified, open. */
type ChannelCounts = [found: number, won: number, lost: number, disqualified: number, open: number];

/** The dispatch table of a machine: state × event type → target, guard and branches. */
interface Table {
  readonly stateNames: readonly string[];
  readonly typeIndex: ReadonlyMap<string, number>;
  readonly types: number;
  readonly targets: Int16Array;
  readonly guards: readonly (FunnelGuard | undefined)[];
  /** The name of each cell's guard. */
  readonly guardNames: readonly (string | undefined)[];
  readonly branches: readonly (readonly Branch[] | undefined)[];
}

function dispatchTable(machine: FunnelMachineDefinition): Table {
  const stateNames = Object.keys(machine.states);
  const typeNames = Object.keys(machine.events);
  const typeIndex = new Map(typeNames.map((name, i) => [name, i]));
  const types = typeNames.length;
  const targets = new Int16Array(stateNames.length * types).fill(-1);
  const guards: (FunnelGuard | undefined)[] = [];
  const guardNames: (string | undefined)[] = [];
  const branches: (readonly Branch[] | undefined)[] = [];
  stateNames.forEach((state, s) => {
    const on: { readonly [type: string]: TransitionHandler<FunnelStateName> | undefined } =
      machine.states[state as FunnelStateName].on ?? {};
    typeNames.forEach((type, t) => {
      const list = handlerSpecs(Object.hasOwn(on, type) ? on[type] : undefined).map((spec) => compileBranch(machine, spec));
      const first = list[0];
      if (first === undefined) return;
      const cell = s * types + t;
      targets[cell] = stateNames.indexOf(first.target ?? state);
      guards[cell] = first.guard;
      guardNames[cell] = first.guardName;
      if (list.length > 1) branches[cell] = list;
    });
  });
  return { stateNames, typeIndex, types, targets, guards, guardNames, branches };
}

/** The rank of a funnel event type in `FunnelEventTypeSchema.options`, or -1. */
function knownTypeRank(type: string): number {
  switch (type) {
    case 'FIND':
      return 0;
    case 'QUALIFY':
      return 1;
    case 'DISQUALIFY':
      return 2;
    case 'APPROACH':
      return 3;
    case 'PROPOSE':
      return 4;
    case 'WIN':
      return 5;
    case 'LOSE':
      return 6;
    case 'REOPEN':
      return 7;
    default:
      return -1;
  }
}

/** Picks the branch of a multi-branch cell whose guard passes, or collects every reason. */
function pickBranch(
  list: readonly Branch[],
  context: FunnelContext,
  event: FunnelEvent,
  stateNames: readonly string[],
  state: string,
): number | readonly GuardReason[] {
  const reasons: GuardReason[] = [];
  for (const branch of list) {
    const verdict = branch.guard === undefined ? true : branch.guard(context, event);
    if (verdict === true) return stateNames.indexOf(branch.target ?? state);
    reasons.push(...(Array.isArray(verdict) ? verdict : []));
  }
  return reasons;
}

function checkOptions(options: FunnelReportOptions): void {
  // Untyped input may pass no options at all: that is a missing period.
  const period = (options as FunnelReportOptions | null | undefined)?.period;
  const { start, end } = period ?? {};
  if (!(start instanceof Date) || !(end instanceof Date) || !(start.getTime() < end.getTime())) {
    throw new LogisticsCustomerError('INVALID_PERIOD', FUNNEL_MESSAGES.INVALID_PERIOD, { period });
  }
  const confidence = options.confidence ?? 0.95;
  // Exactly the confidences the Wilson interval can use: its z is Φ⁻¹(1 − (1 − confidence)/2),
  // and for 1 − 2⁻⁵³ (e.g. 1 − 1e-16) that argument rounds to 1, whose quantile is infinite.
  if (!(confidence > 0 && confidence < 1 && 1 - (1 - confidence) / 2 < 1)) {
    throw new LogisticsCustomerError('INVALID_CONFIDENCE', FUNNEL_MESSAGES.INVALID_CONFIDENCE, { confidence });
  }
  const minSample = options.minSample ?? 30;
  if (!Number.isSafeInteger(minSample) || minSample < 1) {
    throw new LogisticsCustomerError('INVALID_MIN_SAMPLE', FUNNEL_MESSAGES.INVALID_MIN_SAMPLE, { minSample });
  }
  const given = options.stageProbabilities;
  if (given !== undefined) {
    for (const stage of OPEN_STAGES) {
      const p = given[stage];
      if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
        throw new LogisticsCustomerError('INVALID_PROBABILITY', FUNNEL_MESSAGES.INVALID_PROBABILITY, { stage, probability: p });
      }
    }
  }
}

/** Rounds n / d half to even, for a positive d. */
function divideHalfEven(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n - q * d;
  const twice = 2n * (r < 0n ? -r : r);
  if (twice < d) return q;
  const away = n < 0n ? q - 1n : q + 1n;
  if (twice > d) return away;
  return q % 2n === 0n ? q : away;
}

function estimate(successes: number, trials: number, confidence: number): RateEstimate {
  const r = rate(successes, trials);
  return { rate: r, interval: wilsonInterval(r, confidence) };
}

/**
 * The summary of a buffer in days of `unit` milliseconds (`null` for a calendar without working
 * time); `max` bounds every duration in it — the time from the period's start to its end.
 */
function days(buffer: Durations, unit: number, max: number): DurationStats | null {
  return unit > 0 ? summarizeChunks(durationChunks(buffer), unit, { min: 0, max }) : null;
}

function sortedCounts<V>(entries: Iterable<readonly [string, V]>, count: (v: V) => number): (readonly [string, V])[] {
  return [...entries].sort((a, b) => count(b[1]) - count(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function currencyReason(expected: CurrencyCode, received: unknown, eventType: string): GuardReason {
  const field = eventType === 'WIN' ? 'contractValue' : eventType === 'PROPOSE' ? 'quote' : 'expectedValue';
  return {
    code: 'CURRENCY_MISMATCH',
    message: text(`${field} 的币种为 ${String(received)}，报告币种为 ${expected}`, `${field} is in ${String(received)}, the report is in ${expected}`),
    details: { field, expected, received },
  };
}

/** The amount an event carries (expected value, quote or contract value), if any. */
function eventMoney(event: FunnelEvent): Money | undefined {
  switch (event.type) {
    case 'QUALIFY':
      return event.expectedValue;
    case 'PROPOSE':
      return event.quote;
    case 'WIN':
      return event.contractValue;
    case 'FIND':
    case 'DISQUALIFY':
    case 'APPROACH':
    case 'LOSE':
    case 'REOPEN':
      return undefined;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

const INVALID_TIME: GuardReason = {
  code: 'INVALID_EVENT_TIME',
  message: text('事件时间不是有效日期', 'the event time is not a valid date'),
};

/** The error for a corrupted event: the deal, the event index, the state and the rule. */
function failAt(
  deal: FunnelDealLog,
  dealIndex: number,
  eventIndex: number,
  state: string | undefined,
  rule: FunnelLogRule,
  reasons: readonly GuardReason[] = [],
): Result<never, FunnelReportError> {
  const event: unknown = deal.events[eventIndex];
  const type = typeOfEntry(event) ?? kindOf(event);
  return err(funnelLogError(rule, { dealIndex, dealId: idOf(deal), eventIndex, state: state ?? '?', eventType: type, reasons }));
}

/** The error for an event the machine has no type for: an entry that is not an event (untyped input), or an unknown type. */
function typeRefused(deal: FunnelDealLog, dealIndex: number, eventIndex: number, state: string | undefined): Result<never, FunnelReportError> {
  const entry: unknown = deal.events[eventIndex];
  if (typeOfEntry(entry) !== undefined) return failAt(deal, dealIndex, eventIndex, state, 'UNKNOWN_EVENT');
  return err(notAnEventError(entry, eventIndex, state ?? '?', { dealIndex, dealId: idOf(deal) }));
}

/** The deal's id, when it has one that is a string (untyped input may not). */
function idOf(deal: unknown): string | undefined {
  const id: unknown = (deal as { readonly id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The error for a deal that is not a log — `null`, or without an array of events (untyped
 * input); a deal that is not an object is named as `deal: <kind>`.
 */
function notALog(deal: unknown, dealIndex: number, state: string | undefined): Result<never, FunnelReportError> {
  const found = deal !== null && typeof deal === 'object' ? kindOf((deal as { readonly events?: unknown }).events) : `deal: ${kindOf(deal)}`;
  return err(notALogError(found, state ?? '?', { dealIndex, dealId: idOf(deal) }));
}

/** Everything the report counts in its one pass; mutated only inside one call. */
interface Tally {
  cohort: number;
  episodes: number;
  won: number;
  lost: number;
  disqualified: number;
  open: number;
  cycleSum: number;
  cycleSumBig: bigint;
  readonly entered: Float64Array;
  readonly exited: Float64Array;
  readonly advanced: Float64Array;
  readonly lostAt: Float64Array;
  readonly closedFrom: Float64Array;
  readonly wonFrom: Float64Array;
  readonly openAt: Float64Array;
  readonly stayCalendar: readonly Durations[];
  readonly stayBusiness: readonly Durations[];
  readonly cycleCalendar: Durations;
  readonly cycleBusiness: Durations;
  readonly openValues: readonly Money[][];
  readonly wonValues: Money[];
  /** Losses by reason: a count per code of the default reference, by its position; a map for other codes. */
  readonly lostByCode: Float64Array;
  readonly lostReasons: Map<string, number>;
  /** The counts of each finding channel of the default reference, by its position; a map for other channels. */
  readonly channelByCode: (ChannelCounts | undefined)[];
  readonly channels: Map<string, ChannelCounts>;
}

/** An empty tally. */
function newTally(states: number, codes: FunnelCodes): Tally {
  const source = chunkSource();
  return {
    cohort: 0,
    episodes: 0,
    won: 0,
    lost: 0,
    disqualified: 0,
    open: 0,
    cycleSum: 0,
    cycleSumBig: 0n,
    entered: new Float64Array(states),
    exited: new Float64Array(states),
    advanced: new Float64Array(4),
    lostAt: new Float64Array(4),
    closedFrom: new Float64Array(4),
    wonFrom: new Float64Array(4),
    openAt: new Float64Array(4),
    stayCalendar: OPEN_STAGES.map(() => newDurations(source)),
    stayBusiness: OPEN_STAGES.map(() => newDurations(source)),
    cycleCalendar: newDurations(source),
    cycleBusiness: newDurations(source),
    openValues: OPEN_STAGES.map(() => []),
    wonValues: [],
    lostByCode: new Float64Array(codes.lostReasons.names.length),
    lostReasons: new Map(),
    channelByCode: codes.findingChannels.names.map(() => undefined),
    channels: new Map(),
  };
}

/** Counts a deal still open at the end of the period: its stage rank `k` (-1 when it is not open). */
function closeOut(tally: Tally, k: number, counts: ChannelCounts | undefined, value: Money | undefined): void {
  if (k < 0) return;
  tally.open++;
  inc(tally.openAt, k);
  if (counts !== undefined) counts[4]++;
  if (value !== undefined) (tally.openValues[k] as Money[]).push(value);
}

/**
 * The counts of a finding channel. A channel of the reference is found by its position (one
 * character and one comparison; a map hashes the string on every episode), any other in a map.
 */
function channelCounts(tally: Tally, codes: Codes, channel: string): ChannelCounts {
  const at = positionOfName(codes.index, codes.names, channel);
  const found = at >= 0 ? tally.channelByCode[at] : tally.channels.get(channel);
  if (found !== undefined) return found;
  const counts: ChannelCounts = [0, 0, 0, 0, 0];
  if (at >= 0) tally.channelByCode[at] = counts;
  else tally.channels.set(channel, counts);
  return counts;
}

/** Counts a loss by its reason code (by position for a code of the reference, else in a map). */
function countLoss(tally: Tally, codes: Codes, code: string): void {
  const at = positionOfName(codes.index, codes.names, code);
  if (at >= 0) inc(tally.lostByCode, at);
  else tally.lostReasons.set(code, (tally.lostReasons.get(code) ?? 0) + 1);
}

/** The counts of a tally kept by code position and in a map, as one list of entries (positions with no count left out). */
function codeEntries<V>(codes: Codes, byCode: ArrayLike<V | undefined>, seen: (v: V) => boolean, others: ReadonlyMap<string, V>): (readonly [string, V])[] {
  const entries: (readonly [string, V])[] = [];
  codes.names.forEach((name, k) => {
    const v = byCode[k];
    if (v !== undefined && seen(v)) entries.push([name, v]);
  });
  return [...entries, ...others];
}

/** Adds a sales cycle to the exact sum (flushed into a bigint before it leaves the exact range). */
function addCycle(tally: Tally, ms: number): void {
  tally.cycleSum += ms;
  if (tally.cycleSum > 2 ** 52) {
    tally.cycleSumBig += BigInt(tally.cycleSum);
    tally.cycleSum = 0;
  }
}

/** What the event loop reads about the machine and the period, prepared once per report. */
interface Plan extends Table {
  readonly currency: CurrencyCode;
  readonly startMs: number;
  readonly endMs: number;
  readonly context0: FunnelContext;
  /** The machine's index of each funnel event type, by its rank in `FunnelEventTypeSchema`. */
  readonly typeOfRank: Int16Array;
  /** Open stage rank by state index (0 寻找 … 3 洽谈), -1 for the others. */
  readonly rank: Int8Array;
  /** The state each open stage advances to, by stage rank. */
  readonly nextOf: Int16Array;
  /** State indexes: new, prospecting, qualified, approaching, negotiating, won, lost, disqualified. */
  readonly states: Int16Array;
  /** The codes of the default reference: the checks' codes, and the positions losses and channels are counted by. */
  readonly codes: FunnelCodes;
  /** The payload checks of the default machine's guards (another machine's cells have no slot). */
  readonly checks: FunnelPayloadChecks;
  /** Per cell, the position of its guard's check in `FUNNEL_CHECK_NAMES`; -1 to call the guard. */
  readonly checkSlot: Int8Array;
}

/** The payload check of a slot: a call site per check, so each sees one kind of event. */
function accepts(checks: FunnelPayloadChecks, slot: number, event: FunnelEvent): boolean {
  switch (slot) {
    case 0:
      return checks.knownChannel(event);
    case 1:
      return checks.qualifies(event);
    case 2:
      return checks.failsQualification(event);
    case 3:
      return checks.hasVisitPlan(event);
    case 4:
      return checks.positiveQuote(event);
    case 5:
      return checks.wonTerms(event);
    default:
      return checks.hasLostReason(event);
  }
}

function planOf(
  machine: FunnelMachineDefinition,
  byDefault: boolean,
  currency: CurrencyCode,
  startMs: number,
  endMs: number,
): Plan {
  const context0 = (machine.context ?? undefined) as FunnelContext;
  const table = dispatchTable(machine);
  const { stateNames, typeIndex } = table;
  // A switch on literal strings is faster than a map lookup in the loop.
  const typeOfRank = Int16Array.from(FunnelEventTypeSchema.options, (type) => typeIndex.get(type) ?? -1);
  const index = (state: string): number => stateNames.indexOf(state);
  const rank = new Int8Array(stateNames.length).fill(-1);
  OPEN_STAGES.forEach((stage, k) => {
    rank[index(stage)] = k;
  });
  const nextOf = Int16Array.of(index('qualified'), index('approaching'), index('negotiating'), index('won'));
  const states = Int16Array.from(
    ['new', 'prospecting', 'qualified', 'approaching', 'negotiating', 'won', 'lost', 'disqualified'],
    index,
  );
  // A literal, not a spread of the table. (Its hidden class is still rebuilt at each of a
  // process's first dozen or so reports, and the loop compiled against it with it: see
  // docs/performance.md, "The first reports of a process are slower".)
  const { targets, guards, guardNames, branches, types } = table;
  const codes = DEFAULT_CODES;
  const checkSlot = Int8Array.from(guardNames, (name) =>
    !byDefault || name === undefined ? -1 : (FUNNEL_CHECK_NAMES as readonly string[]).indexOf(name),
  );
  return {
    stateNames,
    typeIndex,
    types,
    targets,
    guards,
    guardNames,
    branches,
    currency,
    startMs,
    endMs,
    context0,
    typeOfRank,
    rank,
    nextOf,
    states,
    // Read only through the slots of the default machine.
    codes,
    checks: DEFAULT_CHECKS,
    checkSlot,
  };
}

/**
 * The machine's index of an event type other than the default eight: `undefined` for a type the
 * machine does not know, and for an entry that is not an event (untyped input: `null`, an object
 * without a string type), which {@link typeRefused} then names.
 */
function otherTypeIndex(typeIndex: ReadonlyMap<string, number>, event: unknown): number | undefined {
  const type = typeOfEntry(event);
  return type === undefined ? undefined : typeIndex.get(type);
}

/** How many events {@link readAhead} reads at once (a longer log gets a longer block). */
const READ_AHEAD = 4096;

/**
 * How many events the report's loop visits in a deal's log: what {@link readAhead} reads for it.
 * Anything but an array counts none — the loop refuses such a deal before it reads any time.
 */
function eventCount(events: unknown): number {
  return Array.isArray(events) ? events.length : 0;
}

/**
 * Reads, for the events of whole deals from `from` on (as many as `times` holds), each event's
 * time in epoch milliseconds (`NaN` for a time that is not a valid `Date`) and its type's rank
 * (`knownTypeRank`; -1 for another type), and returns the first deal not read — `from` itself
 * when its log is longer than `times`. A tight loop of its own: the processor keeps many of the
 * events' and `Date`s' loads in flight at once, where the report's loop, with its much larger
 * body, waits for each in turn. On logs loaded from JSON, whose `Date`s lie apart from their
 * events in memory, this takes 10–15 % off the report (docs/performance.md, "Where the logs lie
 * in memory"). It never throws: a malformed deal is left for the report's loop to name, in order.
 */
function readAhead(deals: readonly FunnelDealLog[], from: number, times: Float64Array, kinds: Int8Array): number {
  let j = 0;
  let d = from;
  for (; d < deals.length; d++) {
    const events = (deals[d] as FunnelDealLog | undefined)?.events;
    const n = eventCount(events);
    if (j + n > times.length) break;
    for (let i = 0; i < n; i++) {
      const event = events?.[i] as FunnelEvent | undefined;
      const type: unknown = event?.type;
      const at: unknown = event?.at;
      kinds[j] = typeof type === 'string' ? knownTypeRank(type) : -1;
      times[j++] = at instanceof Date ? at.getTime() : Number.NaN;
    }
  }
  return d;
}

/**
 * The working time (`workingMsOf`) at each time in the read-ahead buffer that the clock covers (0
 * for the others — a time outside the period, `NaN`, or a time left from an earlier block — whose
 * readings the report never uses), in a pass of its own: the report's loop then loads the readings
 * instead of inlining the clock's code, and is smaller — both reports ran faster so
 * (docs/performance.md, "Tenth session").
 */
function readWork(clock: ClockTable, times: Float64Array, works: Float64Array): void {
  const { from, to } = clock;
  for (let j = 0; j < times.length; j++) {
    const t = times[j] as number;
    works[j] = t >= from && t <= to ? workingMsOf(clock, t) : 0;
  }
}

/**
 * The one pass over every event of every deal, into `tally`, a block of deals at a time: the
 * events' times and types are read ahead for whole deals (`readAhead`, 4,096 events or one longer
 * log) — with a calendar, their working time too (`readWork`) — then `tallyBlock` tallies those
 * deals. A function of its own, apart from the totals, so that the code after the loop never runs
 * in a function optimised for the loop.
 *
 * @returns The first corrupted event, or `undefined` when every log is valid.
 */
function tallyDeals(
  deals: readonly FunnelDealLog[],
  plan: Plan,
  tally: Tally,
  clock: ClockTable | undefined,
): Result<never, FunnelReportError> | undefined {
  let times = new Float64Array(READ_AHEAD);
  let kinds = new Int8Array(READ_AHEAD);
  let works = new Float64Array(clock === undefined ? 0 : READ_AHEAD);
  for (let d = 0; d < deals.length; ) {
    let gathered = readAhead(deals, d, times, kinds);
    while (gathered === d) {
      times = new Float64Array(times.length * 2);
      kinds = new Int8Array(times.length);
      if (clock !== undefined) works = new Float64Array(times.length);
      gathered = readAhead(deals, d, times, kinds);
    }
    if (clock !== undefined) readWork(clock, times, works);
    const failure = tallyBlock(deals, d, gathered, times, kinds, works, plan, tally, clock !== undefined);
    if (failure !== undefined) return failure;
    d = gathered;
  }
  return undefined;
}

/**
 * Tallies the deals from `from` to `to` (excluded), whose events' times and type ranks `readAhead`
 * has read into `times` and `kinds` from index 0 (and, when `business`, `readWork` their working
 * time into `works`). Called once per block — over a thousand times
 * for a million deals — V8 optimises it as a function called many times rather than by replacing
 * one long loop while it runs: 3–5 % off both reports, and less time lost in the first reports of a
 * process, while it is compiled again (docs/performance.md).
 *
 * @returns The first corrupted event, or `undefined` when every log in the block is valid.
 */
function tallyBlock(
  deals: readonly FunnelDealLog[],
  from: number,
  to: number,
  times: Float64Array,
  kinds: Int8Array,
  works: Float64Array,
  plan: Plan,
  tally: Tally,
  business: boolean,
): Result<never, FunnelReportError> | undefined {
  const { currency, startMs, endMs, context0, stateNames, typeIndex, types, targets, guards, branches, typeOfRank, rank, nextOf, codes, checks, checkSlot } = plan;
  const NEW = plan.states[0] as number;
  const P = plan.states[1] as number;
  const Q = plan.states[2] as number;
  const A = plan.states[3] as number;
  const N = plan.states[4] as number;
  const W = plan.states[5] as number;
  const L = plan.states[6] as number;
  const D = plan.states[7] as number;
  // Deal d's first event in `times` and `kinds`.
  let base = 0;
  for (let d = from; d < to; d++) {
    const deal = deals[d] as FunnelDealLog;
    // Untyped input may hold anything here: a deal is a log only with an array of events.
    const events = (deal as FunnelDealLog | null | undefined)?.events;
    if (!Array.isArray(events)) return notALog(deal, d, stateNames[NEW]);
    let state = NEW;
    let previous = Number.NEGATIVE_INFINITY;
    let counting = false;
    let episodeStart = 0;
    let episodeWork = 0;
    let stageEntry = 0;
    let stageWork = 0;
    let furthest = -1;
    let channel: string | undefined;
    let counts: ChannelCounts | undefined;
    let value: Money | undefined;
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as FunnelEvent;
      const known = kinds[base + i] as number;
      const t = known >= 0 ? (typeOfRank[known] as number) : otherTypeIndex(typeIndex, event);
      if (t === undefined || t < 0) return typeRefused(deal, d, i, stateNames[state]);
      const ms = times[base + i] as number;
      if (Number.isNaN(ms)) return failAt(deal, d, i, stateNames[state], 'INVALID_PAYLOAD', [INVALID_TIME]);
      if (ms < previous) return failAt(deal, d, i, stateNames[state], 'EVENT_OUT_OF_ORDER');
      const cell = state * types + t;
      let next = targets[cell] as number;
      if (next < 0) return failAt(deal, d, i, stateNames[state], 'NOT_ALLOWED_IN_STATE');
      const list = branches[cell];
      if (list !== undefined) {
        const picked = pickBranch(list, context0, event, stateNames, stateNames[state] as string);
        if (typeof picked !== 'number') return failAt(deal, d, i, stateNames[state], 'GUARD_REJECTED', picked);
        next = picked;
      } else {
        const guard = guards[cell];
        const slot = checkSlot[cell] as number;
        const accepted = slot >= 0 && accepts(checks, slot, event);
        if (guard !== undefined && !accepted) {
          const verdict = guard(context0, event);
          if (verdict !== true) return failAt(deal, d, i, stateNames[state], 'GUARD_REJECTED', verdict);
        }
      }
      // The amount by the type's rank (QUALIFY, PROPOSE, WIN), without a second switch on the type.
      const money =
        known === 1
          ? (event as FunnelEvent & { type: 'QUALIFY' }).expectedValue
          : known === 4
            ? (event as FunnelEvent & { type: 'PROPOSE' }).quote
            : known === 5
              ? (event as FunnelEvent & { type: 'WIN' }).contractValue
              : known >= 0
                ? undefined
                : eventMoney(event);
      if (money !== undefined && money.currency !== currency) {
        return failAt(deal, d, i, stateNames[state], 'CURRENCY_MISMATCH', [currencyReason(currency, money.currency, event.type)]);
      }
      if (i === 0 && ms >= startMs && ms < endMs) {
        counting = true;
        tally.cohort++;
      }
      if (counting && ms >= endMs) {
        counting = false;
        closeOut(tally, rank[state] as number, counts, value);
      }
      if (counting) {
        if (next === state) {
          if (money !== undefined) value = money;
        } else {
          const work = business ? (works[base + i] as number) : 0;
          const k = rank[state] as number;
          if (state !== NEW) inc(tally.exited, state);
          if (k >= 0) {
            addDuration(tally.stayCalendar[k] as Durations, ms - stageEntry);
            if (business) addDuration(tally.stayBusiness[k] as Durations, work - stageWork);
            if (next === nextOf[k]) inc(tally.advanced, k);
          }
          inc(tally.entered, next);
          stageEntry = ms;
          stageWork = work;
          if (next === P) {
            tally.episodes++;
            episodeStart = ms;
            episodeWork = work;
            furthest = 0;
            value = undefined;
            const named =
              known === 0 || known === 7 ? (event as FunnelEvent & { type: 'FIND' | 'REOPEN' }).channel : undefined;
            if (named !== undefined || channel === undefined) {
              channel = named ?? '';
              counts = channelCounts(tally, codes.findingChannels, channel);
            }
            if (counts !== undefined) counts[0]++;
          } else if (next === Q) {
            furthest = 1;
            value = money;
          } else if (next === A) {
            furthest = 2;
          } else if (next === N) {
            furthest = 3;
            value = money;
          } else if (next === W || next === L || next === D) {
            for (let s = 0; s <= furthest; s++) {
              inc(tally.closedFrom, s);
              if (next === W) inc(tally.wonFrom, s);
            }
            if (next === W) {
              tally.won++;
              if (counts !== undefined) counts[1]++;
              if (money !== undefined) tally.wonValues.push(money);
              addDuration(tally.cycleCalendar, ms - episodeStart);
              if (business) addDuration(tally.cycleBusiness, work - episodeWork);
              addCycle(tally, ms - episodeStart);
            } else if (next === L) {
              tally.lost++;
              if (counts !== undefined) counts[2]++;
              if (k >= 0) inc(tally.lostAt, k);
              const code = known === 6 ? ((event as FunnelEvent & { type: 'LOSE' }).reason ?? '') : '';
              countLoss(tally, codes.lostReasons, code);
            } else {
              tally.disqualified++;
              if (counts !== undefined) counts[3]++;
            }
          }
        }
      }
      state = next;
      previous = ms;
    }
    if (counting) closeOut(tally, rank[state] as number, counts, value);
    base += events.length;
  }

  return undefined;
}

/**
 * The funnel report over the event logs of many deals (物流客户开发, DOMAIN.md §5), in one pass:
 * entries and exits per stage, stage-to-stage conversion as rates with Wilson intervals, the win
 * rate, time in stage and the sales cycle in calendar and business days (median, p90, mean),
 * pipeline velocity, the weighted pipeline with given or learned stage probabilities (refusing to
 * learn below a minimum sample), losses by stage and reason, and conversion by finding channel.
 *
 * The cohort is the deals found in the period; the report is as of the period's end. Every event
 * of every log is checked against the machine — a corrupted log (unknown event type, event not
 * allowed in the state, event out of order in time, payload refused by a guard or invalid — such
 * as an amount whose scale is not a whole number from 0 to 15 — amount in another currency)
 * returns an error naming the deal, the event index and the rule, and no
 * report at all; so do an entry that is not an event (`null`, an object without a string `type`:
 * `INVALID_PAYLOAD` at its index, reason `NOT_AN_EVENT`) and a deal that is not a log (`null`, or
 * without an array of events: `INVALID_PAYLOAD` at event index 0, reason `INVALID_DEAL_LOG`).
 *
 * @param deals - The deals' event logs (typed; parse untrusted logs with `parseFunnelEvent`).
 * @param options - The period and the optional currency, calendar, machine, probabilities,
 *   minimum sample and confidence.
 * @returns The report, or the first corrupted event (or a total out of range).
 * @throws {@link LogisticsCustomerError} `INVALID_PERIOD` (also for no options at all),
 *   `INVALID_CONFIDENCE` (not strictly between 0 and 1, or so close to 1 — above 1 − 2⁻⁵², e.g.
 *   1 − 1e-16 — that the Wilson interval's normal quantile is infinite), `INVALID_MIN_SAMPLE` or
 *   `INVALID_PROBABILITY` for bad options; `INVALID_DEALS` when `deals` is not an array.
 *
 * @example
 * ```ts
 * import { funnelReport } from 'logistics-customer/funnel';
 * const yes = { passed: true };
 * const qualified = { need: yes, 'purchasing-power': yes, 'decision-authority': yes, creditworthiness: yes };
 * const at = (day: number) => new Date(Date.UTC(2026, 2, day, 1));
 * const r = funnelReport(
 *   [
 *     { id: 'D-1', events: [
 *       { type: 'FIND', at: at(2), channel: 'customer-referral' },
 *       { type: 'QUALIFY', at: at(4), assessment: qualified },
 *       { type: 'APPROACH', at: at(9), visitPlan: { method: 'benefit' } },
 *       { type: 'PROPOSE', at: at(12), quote: { amount: 5000000, scale: 2, currency: 'CNY' } },
 *       { type: 'WIN', at: at(20), contractValue: { amount: 4800000, scale: 2, currency: 'CNY' }, closingMethod: 'concession' },
 *     ] },
 *     { id: 'D-2', events: [
 *       { type: 'FIND', at: at(3), channel: 'advertising' },
 *       { type: 'LOSE', at: at(5), reason: 'no-need' },
 *     ] },
 *   ],
 *   { period: { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') } },
 * );
 * r.ok ? [r.value.winRate.rate, r.value.stages.prospecting, r.value.salesCycle.calendarDays?.median, r.value.lostReasons] : r.error.code;
 * // => [{ kind: 'rate', numerator: 1, denominator: 2 }, { entered: 2, exited: 2, current: 0 }, 18, { 'no-need': 1 }]
 * ```
 * @category Funnel analytics
 */
export function funnelReport(
  deals: readonly FunnelDealLog[],
  options: FunnelReportOptions,
): Result<FunnelReport, FunnelReportError> {
  checkOptions(options);
  if (!Array.isArray(deals)) {
    throw new LogisticsCustomerError('INVALID_DEALS', FUNNEL_MESSAGES.INVALID_DEALS, { received: kindOf(deals) });
  }
  const currency: CurrencyCode = options.currency ?? 'CNY';
  const confidence = options.confidence ?? 0.95;
  const minSample = options.minSample ?? 30;
  const startMs = options.period.start.getTime();
  const endMs = options.period.end.getTime();
  const machine: FunnelMachineDefinition = options.machine ?? funnelDefinition();
  // The default machine's guards accept by their payload checks, which the loop calls itself.
  const plan = planOf(machine, options.machine === undefined, currency, startMs, endMs);
  const { stateNames } = plan;
  const index = (state: string): number => stateNames.indexOf(state);
  const clock: ClockTable | undefined =
    options.calendar === undefined ? undefined : clockTable(options.calendar, options.period.start, options.period.end);
  const tally = newTally(stateNames.length, plan.codes);
  const failure = tallyDeals(deals, plan, tally, clock);
  if (failure !== undefined) return failure;

  // ---- totals -------------------------------------------------------------------------------
  const { won, lost, disqualified, open, entered, exited, advanced } = tally;
  const wonTotal = sumMoney(tally.wonValues, currency);
  if (!wonTotal.ok) return err(wonTotal.error as DomainError<'AMOUNT_OUT_OF_RANGE'>);
  const closed = won + lost + disqualified;
  const stageFlows = Object.fromEntries(
    FUNNEL_STAGES.map((stage) => {
      const s = index(stage);
      return [stage, { entered: entered[s] as number, exited: exited[s] as number, current: (entered[s] as number) - (exited[s] as number) }];
    }),
  ) as FunnelReport['stages'];
  const conversions: StageConversion[] = OPEN_STAGES.map((from, k) => ({
    from,
    to: (['qualified', 'approaching', 'negotiating', 'won'] as const)[k] as StageConversion['to'],
    conversion: estimate(advanced[k] as number, exited[index(from)] as number, confidence),
  }));
  const dayMs = clock?.businessDayMs ?? 0;
  // Every duration counted lies between two events inside the period (a stage is entered only
  // while the deal is counted, and counting stops at the period's end): these bound them.
  const calendarSpan = endMs - startMs;
  const businessSpan = clock === undefined ? 0 : workingMsOf(clock, endMs) - workingMsOf(clock, startMs);
  const timeInStage = Object.fromEntries(
    OPEN_STAGES.map((stage, k): [OpenStage, DaysSummary] => [
      stage,
      {
        calendarDays: days(tally.stayCalendar[k] as Durations, DAY_MS, calendarSpan),
        businessDays: clock === undefined ? null : days(tally.stayBusiness[k] as Durations, dayMs, businessSpan),
      },
    ]),
  ) as FunnelReport['timeInStage'];
  const salesCycle: DaysSummary = {
    calendarDays: days(tally.cycleCalendar, DAY_MS, calendarSpan),
    businessDays: clock === undefined ? null : days(tally.cycleBusiness, dayMs, businessSpan),
  };

  let velocity: PipelineVelocity | null = null;
  const totalCycleMs = tally.cycleSumBig + BigInt(tally.cycleSum);
  const winRate = rate(won, closed);
  if (won > 0 && totalCycleMs > 0n && winRate.kind === 'rate') {
    const minor = BigInt(wonTotal.value.amount);
    const perDay = moneyFromMinor(
      divideHalfEven(minor * BigInt(open) * BigInt(won) * BigInt(DAY_MS), BigInt(closed) * totalCycleMs),
      currency,
      wonTotal.value.scale,
    );
    const average = moneyFromMinor(divideHalfEven(minor, BigInt(won)), currency, wonTotal.value.scale);
    if (!perDay.ok) return err(perDay.error as DomainError<'AMOUNT_OUT_OF_RANGE'>);
    if (!average.ok) return err(average.error as DomainError<'AMOUNT_OUT_OF_RANGE'>);
    velocity = {
      openDeals: open,
      averageDealValue: average.value,
      winRate,
      averageCycleDays: Number(totalCycleMs) / won / DAY_MS,
      valuePerDay: perDay.value,
    };
  }

  const weighted = weightedPipeline(tally.openValues, tally.openAt, tally.closedFrom, tally.wonFrom, currency, options.stageProbabilities, minSample);
  if (weighted.kind === 'overflow') return err(weighted.error);

  return ok({
    period: { start: new Date(startMs), end: new Date(endMs) },
    currency,
    deals: tally.cohort,
    episodes: tally.episodes,
    stages: stageFlows,
    conversions,
    outcomes: { won, lost, disqualified, open },
    winRate: { rate: winRate, interval: wilsonInterval(winRate, confidence) },
    timeInStage,
    salesCycle,
    wonValue: wonTotal.value,
    velocity,
    weightedPipeline: weighted.result,
    lostAtStage: Object.fromEntries(OPEN_STAGES.map((stage, k) => [stage, tally.lostAt[k] as number])) as FunnelReport['lostAtStage'],
    lostReasons: Object.fromEntries(
      sortedCounts(codeEntries(plan.codes.lostReasons, tally.lostByCode, (n) => n > 0, tally.lostReasons), (n) => n),
    ),
    byChannel: Object.fromEntries(
      sortedCounts(codeEntries(plan.codes.findingChannels, tally.channelByCode, () => true, tally.channels), (c) => c[0]).map(([name, [found, w, l, dq, o]]): [string, ChannelConversion] => [
        name,
        { found, won: w, lost: l, disqualified: dq, open: o, winRate: estimate(w, w + l + dq, confidence) },
      ]),
    ),
  });
}

type WeightedOutcome =
  | { readonly kind: 'done'; readonly result: FunnelReport['weightedPipeline'] }
  | { readonly kind: 'overflow'; readonly error: DomainError<'AMOUNT_OUT_OF_RANGE'> };

function weightedPipeline(
  openValues: readonly (readonly Money[])[],
  openAt: Float64Array,
  closedFrom: Float64Array,
  wonFrom: Float64Array,
  currency: CurrencyCode,
  given: StageProbabilities | undefined,
  minSample: number,
): WeightedOutcome {
  const learned = OPEN_STAGES.map((_, k) => rate(wonFrom[k] as number, closedFrom[k] as number));
  if (given === undefined) {
    const short = OPEN_STAGES.flatMap((stage, k) => {
      const sample = closedFrom[k] as number;
      if (sample >= minSample) return [];
      return [
        domainError(
          'INSUFFICIENT_SAMPLE',
          text(
            `“${stage}”阶段只有 ${sample} 个已结束的商机，少于学习成交概率所需的 ${minSample} 个`,
            `stage ${stage} has ${sample} closed deals, fewer than the ${minSample} needed to learn its win probability`,
          ),
          { path: ['stageProbabilities', stage], details: { stage, sample, minimum: minSample } },
        ),
      ];
    });
    if (short.length > 0) return { kind: 'done', result: err(short) };
  }
  const stages: Partial<Record<OpenStage, StagePipeline>> = {};
  const values: Money[] = [];
  const weightedValues: Money[] = [];
  for (let k = 0; k < OPEN_STAGES.length; k++) {
    const stage = OPEN_STAGES[k] as OpenStage;
    const list = openValues[k] as Money[];
    const sum = sumMoney(list, currency);
    if (!sum.ok) return { kind: 'overflow', error: sum.error as DomainError<'AMOUNT_OUT_OF_RANGE'> };
    const r = learned[k] as Rate | NoData;
    const probability = given?.[stage] ?? (r.kind === 'rate' ? r.numerator / r.denominator : 0);
    // A probability is at most 1, so the product never leaves the range of the value.
    const weighted: Money =
      given !== undefined
        ? multiplyMoney(sum.value, probability)
        : r.kind === 'rate'
          ? multiplyMoney(sum.value, ratio(r.numerator, r.denominator))
          : { ...sum.value, amount: 0 };
    stages[stage] = { deals: openAt[k] as number, valuedDeals: list.length, value: sum.value, probability, weighted };
    values.push(sum.value);
    weightedValues.push(weighted);
  }
  const total = sumMoney(values, currency);
  const weightedTotal = sumMoney(weightedValues, currency);
  if (!total.ok) return { kind: 'overflow', error: total.error as DomainError<'AMOUNT_OUT_OF_RANGE'> };
  if (!weightedTotal.ok) return { kind: 'overflow', error: weightedTotal.error as DomainError<'AMOUNT_OUT_OF_RANGE'> };
  const pipeline: WeightedPipeline = {
    source: given === undefined ? 'learned' : 'given',
    learned:
      given === undefined
        ? (Object.fromEntries(OPEN_STAGES.map((stage, k) => [stage, learned[k]])) as WeightedPipeline['learned'])
        : null,
    stages: stages as WeightedPipeline['stages'],
    total: total.value,
    weightedTotal: weightedTotal.value,
  };
  return { kind: 'done', result: ok(pipeline) };
}
