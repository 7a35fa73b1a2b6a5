import type { Money } from '../core/money/money.js';
import type { IdentificationFactor } from './identification-factor.js';
import type { FunnelStage, OpenStage } from './funnel-state.js';
import type { QualificationAssessment } from './qualification.js';
import type { VisitPlan } from './funnel-event.js';

/**
 * How an episode of a deal ended: won with its contract, lost at a stage with a reason, or
 * disqualified with the factors that failed.
 *
 * @category Funnel
 */
export type EpisodeOutcome =
  | {
      /** Won (成交). */
      readonly kind: 'won';
      /** When. */
      readonly at: Date;
      /** The contract value. */
      readonly contractValue: Money;
      /** The closing method code. */
      readonly closingMethod: string;
    }
  | {
      /** Lost (丢单). */
      readonly kind: 'lost';
      /** When. */
      readonly at: Date;
      /** The open stage the deal was lost at. */
      readonly stage: OpenStage;
      /** The lost-reason code. */
      readonly reason: string;
      /** The free-text note, if any. */
      readonly note: string | undefined;
    }
  | {
      /** Disqualified at 识别. */
      readonly kind: 'disqualified';
      /** When. */
      readonly at: Date;
      /** The identification factors that did not pass. */
      readonly failed: readonly IdentificationFactor[];
    };

/**
 * One episode of a deal: from being found (or re-opened) to an outcome. Every field is always
 * present (`undefined` until known), so the context keeps one shape.
 *
 * @category Funnel
 */
export interface FunnelEpisode {
  /** 1 for the first episode, 2 after the first re-open, and so on; 0 before the deal is found. */
  readonly number: number;
  /** When the episode started (the `FIND` or `REOPEN` event). */
  readonly openedAt: Date | undefined;
  /** The finding channel of the episode. */
  readonly channel: string | undefined;
  /** The stage the deal is in, or ended in. */
  readonly stage: FunnelStage | undefined;
  /** When the current stage was entered. */
  readonly stageEnteredAt: Date | undefined;
  /** The qualification assessment, once reviewed. */
  readonly assessment: QualificationAssessment | undefined;
  /** The expected value from the qualification review, if any. */
  readonly expectedValue: Money | undefined;
  /** The visit plan, once approached. */
  readonly visitPlan: VisitPlan | undefined;
  /** The latest quote, once proposed. */
  readonly quote: Money | undefined;
  /** How the episode ended, once it has. */
  readonly outcome: EpisodeOutcome | undefined;
}

/**
 * The context of the funnel machine: the current episode and the earlier ones (a re-opened deal
 * keeps every episode), plus the time of the last accepted event.
 *
 * @category Funnel
 */
export interface FunnelContext {
  /** The current episode. */
  readonly episode: FunnelEpisode;
  /** Earlier episodes, oldest first (each ended lost or disqualified). */
  readonly history: readonly FunnelEpisode[];
  /** The time of the last accepted event, used to refuse events out of order. */
  readonly lastEventAt: Date | undefined;
}

/**
 * The context of a deal before it is found.
 *
 * @example
 * ```ts
 * import { INITIAL_FUNNEL_CONTEXT } from 'logistics-customer/funnel';
 * [INITIAL_FUNNEL_CONTEXT.episode.number, INITIAL_FUNNEL_CONTEXT.history];
 * // => [0, []]
 * ```
 * @category Funnel
 */
export const INITIAL_FUNNEL_CONTEXT: FunnelContext = Object.freeze({
  episode: Object.freeze({
    number: 0,
    openedAt: undefined,
    channel: undefined,
    stage: undefined,
    stageEnteredAt: undefined,
    assessment: undefined,
    expectedValue: undefined,
    visitPlan: undefined,
    quote: undefined,
    outcome: undefined,
  }),
  history: Object.freeze([]) as readonly FunnelEpisode[],
  lastEventAt: undefined,
});
