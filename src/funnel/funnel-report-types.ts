import type { CurrencyCode } from '../core/currency.js';
import type { DomainError } from '../core/domain-error.js';
import type { Money } from '../core/money/money.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Rate } from '../core/rate/rate.js';
import type { RateInterval } from '../core/rate/wilson-interval.js';
import type { Result } from '../core/result.js';
import type { BusinessCalendar } from '../core/time/business-calendar.js';
import type { DurationStats } from './duration-stats.js';
import type { FunnelLogError } from './funnel-log-error.js';
import type { FunnelMachine, FunnelMachineDefinition } from './funnel-machine.js';
import type { FunnelStage, OpenStage } from './funnel-state.js';

/**
 * The probability of winning a deal from each open stage, from 0 to 1 (weighted pipeline).
 *
 * @category Funnel analytics
 */
export type StageProbabilities = { readonly [S in OpenStage]: number };

/**
 * Options of the funnel report. Only the period is required; the rest have textbook defaults.
 *
 * @category Funnel analytics
 */
export interface FunnelReportOptions {
  /**
   * The cohort: deals found (first `FIND`) at or after `start` and before `end`. The report is
   * as of `end`: later events are checked but not counted.
   */
  readonly period: { readonly start: Date; readonly end: Date };
  /** The currency of every amount in the logs (default `'CNY'`). */
  readonly currency?: CurrencyCode;
  /** A business calendar to measure time in business days too (default: calendar days only). */
  readonly calendar?: BusinessCalendar;
  /** The funnel machine the logs follow (default: the textbook machine). */
  readonly machine?: FunnelMachine | FunnelMachineDefinition;
  /** Given stage probabilities for the weighted pipeline (default: learned from the cohort). */
  readonly stageProbabilities?: StageProbabilities;
  /** The fewest closed episodes per stage to learn a probability from (default 30). */
  readonly minSample?: number;
  /** The confidence level of the Wilson intervals (default 0.95). */
  readonly confidence?: number;
}

/**
 * A rate with its Wilson score interval (`null` for no data).
 *
 * @category Funnel analytics
 */
export interface RateEstimate {
  /** "k of n", or no data. */
  readonly rate: Rate | NoData;
  /** The Wilson interval at the report's confidence, or `null` for no data. */
  readonly interval: RateInterval | null;
}

/**
 * How many deal episodes entered and left a stage in the cohort, and how many are still in it at
 * the end of the period: `entered = exited + current`, always.
 *
 * @category Funnel analytics
 */
export interface StageFlow {
  /** Entries into the stage. */
  readonly entered: number;
  /** Exits from the stage. */
  readonly exited: number;
  /** Episodes still in the stage at the end of the period. */
  readonly current: number;
}

/**
 * The conversion from one open stage to the next: of the episodes that left `from`, how many went
 * on to `to` (episodes still in `from` are not decided yet and not counted).
 *
 * @category Funnel analytics
 */
export interface StageConversion {
  /** The stage left. */
  readonly from: OpenStage;
  /** The next stage. */
  readonly to: 'qualified' | 'approaching' | 'negotiating' | 'won';
  /** Advanced out of exited, with its interval. */
  readonly conversion: RateEstimate;
}

/**
 * Durations in calendar days and, with a calendar, in business days (a full working day = 1).
 *
 * @category Funnel analytics
 */
export interface DaysSummary {
  /** Elapsed calendar days (24 h each), or `null` for none. */
  readonly calendarDays: DurationStats | null;
  /** Business days, or `null` without a calendar or durations. */
  readonly businessDays: DurationStats | null;
}

/**
 * Pipeline velocity: open deals × average won value × win rate ÷ average sales-cycle length.
 *
 * @category Funnel analytics
 */
export interface PipelineVelocity {
  /** Episodes still open at the end of the period. */
  readonly openDeals: number;
  /** The average contract value of the won episodes (rounded half-even to a minor unit). */
  readonly averageDealValue: Money;
  /** The win rate of the closed episodes. */
  readonly winRate: Rate;
  /** The mean sales cycle of the won episodes, in calendar days. */
  readonly averageCycleDays: number;
  /** The expected won value per calendar day (rounded half-even to a minor unit), computed exactly. */
  readonly valuePerDay: Money;
}

/**
 * The open pipeline of one stage, at face value and weighted by the stage probability.
 *
 * @category Funnel analytics
 */
export interface StagePipeline {
  /** Open episodes in the stage. */
  readonly deals: number;
  /** Of those, the ones with a value (latest quote, else the expected value from qualification). */
  readonly valuedDeals: number;
  /** The sum of those values. */
  readonly value: Money;
  /** The probability used. */
  readonly probability: number;
  /** The value times the probability (rounded half-even to a minor unit). */
  readonly weighted: Money;
}

/**
 * The weighted pipeline (stage probability × value).
 *
 * @category Funnel analytics
 */
export interface WeightedPipeline {
  /** Whether the probabilities were given or learned from the cohort. */
  readonly source: 'given' | 'learned';
  /** The learned probabilities as "won of closed" per stage (only when learned). */
  readonly learned: { readonly [S in OpenStage]: Rate | NoData } | null;
  /** Each open stage. */
  readonly stages: { readonly [S in OpenStage]: StagePipeline };
  /** The total open value. */
  readonly total: Money;
  /** The total weighted value. */
  readonly weightedTotal: Money;
}

/**
 * The outcomes of the episodes found through one channel.
 *
 * @category Funnel analytics
 */
export interface ChannelConversion {
  /** Episodes found (or re-opened) through the channel. */
  readonly found: number;
  /** Of those, won. */
  readonly won: number;
  /** Lost. */
  readonly lost: number;
  /** Disqualified. */
  readonly disqualified: number;
  /** Still open at the end of the period. */
  readonly open: number;
  /** Won out of closed (won + lost + disqualified), with its interval. */
  readonly winRate: RateEstimate;
}

/**
 * The funnel report over the deals of a period: flows, conversions, win rate, time in stage,
 * sales cycle, velocity, weighted pipeline and the loss and channel breakdowns.
 *
 * @category Funnel analytics
 */
export interface FunnelReport {
  /** The period (cohort by first `FIND`, as of `end`). */
  readonly period: { readonly start: Date; readonly end: Date };
  /** The currency of the amounts. */
  readonly currency: CurrencyCode;
  /** Deals in the cohort. */
  readonly deals: number;
  /** Episodes in the cohort (a re-opened deal has several). */
  readonly episodes: number;
  /** Entries, exits and current count of every stage. */
  readonly stages: { readonly [S in FunnelStage]: StageFlow };
  /** Stage-to-stage conversions along 寻找 → 识别 → 接近 → 洽谈 → 成交. */
  readonly conversions: readonly StageConversion[];
  /** Episode outcomes at the end of the period. */
  readonly outcomes: {
    /** Won. */
    readonly won: number;
    /** Lost. */
    readonly lost: number;
    /** Disqualified. */
    readonly disqualified: number;
    /** Still open. */
    readonly open: number;
  };
  /** Won out of closed episodes, with its interval. */
  readonly winRate: RateEstimate;
  /** Time spent in each open stage by the episodes that left it. */
  readonly timeInStage: { readonly [S in OpenStage]: DaysSummary };
  /** The sales cycle of won episodes: from found (or re-opened) to won. */
  readonly salesCycle: DaysSummary;
  /** The total contract value won. */
  readonly wonValue: Money;
  /**
   * Pipeline velocity, or `null` when it has no length of cycle to divide by: no won episode in
   * the cohort, or won episodes whose sales cycles are all 0 ms (each won at the very instant its
   * episode began, so the average cycle is 0 days and a value per day has no meaning). The won
   * episodes are still counted in `outcomes`, `wonValue` and `salesCycle`.
   */
  readonly velocity: PipelineVelocity | null;
  /** The weighted pipeline, or `INSUFFICIENT_SAMPLE` when a probability cannot be learned. */
  readonly weightedPipeline: Result<WeightedPipeline, readonly DomainError<'INSUFFICIENT_SAMPLE'>[]>;
  /** Episodes lost at each open stage. */
  readonly lostAtStage: { readonly [S in OpenStage]: number };
  /** Lost episodes by reason code, most frequent first. */
  readonly lostReasons: Readonly<Record<string, number>>;
  /** Outcomes by finding channel, most found first. */
  readonly byChannel: Readonly<Record<string, ChannelConversion>>;
}

/**
 * Why a funnel report could not be made: a corrupted log (with the deal, event index and rule),
 * or a total that leaves the exact range of minor units.
 *
 * @category Funnel analytics
 */
export type FunnelReportError = FunnelLogError | DomainError<'AMOUNT_OUT_OF_RANGE'>;
