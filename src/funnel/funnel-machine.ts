import { text } from '../core/locale.js';
import { type CompiledMachine, compileMachine } from '../core/machine/compile.js';
import type { ContextUpdate, MachineDefinition } from '../core/machine/definition.js';
import type { MachineSnapshot } from '../core/machine/snapshot.js';
import { type EpisodeOutcome, type FunnelContext, type FunnelEpisode, INITIAL_FUNNEL_CONTEXT } from './funnel-context.js';
import { type FunnelEvent, funnelEventTypeLabels } from './funnel-event.js';
import { funnelGuards } from './funnel-guards.js';
import { type FunnelState, funnelStateLabels, type OpenStage } from './funnel-state.js';
import { qualificationVerdict } from './qualification-outcome.js';
import { checkQualificationRule, DEFAULT_QUALIFICATION_RULE, type QualificationRule } from './qualification-rule.js';
import { DEFAULT_FUNNEL_REFERENCE, type FunnelReferenceData } from './reference-data.js';

/**
 * Options of a funnel machine: the qualification rule and the reference tables event codes are
 * checked against.
 *
 * @category Funnel
 */
export interface FunnelMachineOptions {
  /** How the four identification factors decide qualification (default: all must pass). */
  readonly qualificationRule?: QualificationRule;
  /** Reference tables replacing the textbook defaults, table by table. */
  readonly reference?: Partial<FunnelReferenceData>;
}

/**
 * The funnel machine as data on the core machine: its states, events, guards and updates.
 *
 * @category Funnel
 */
export type FunnelMachineDefinition = MachineDefinition<FunnelState, FunnelEvent, FunnelContext>;

/**
 * A funnel machine compiled for fast transitions (see `compileMachine` in the core).
 *
 * @category Funnel
 */
export type FunnelMachine = CompiledMachine<FunnelState, FunnelEvent, FunnelContext>;

/**
 * Where a deal stands in the funnel: its state and context.
 *
 * @category Funnel
 */
export type FunnelSnapshot = MachineSnapshot<FunnelState, FunnelContext>;

type Update = ContextUpdate<FunnelContext, FunnelEvent>;

function next(context: FunnelContext, event: FunnelEvent, episode: FunnelEpisode): FunnelContext {
  return { episode, history: context.history, lastEventAt: event.at };
}

/**
 * The current episode with its stage and stage-specific fields replaced. Written out field by field
 * (no spread of a partial object) so every episode has one shape: this is the hot path of replays.
 */
function entered(
  e: FunnelEpisode,
  stage: FunnelEpisode['stage'],
  at: Date,
  assessment: FunnelEpisode['assessment'],
  expectedValue: FunnelEpisode['expectedValue'],
  visitPlan: FunnelEpisode['visitPlan'],
  quote: FunnelEpisode['quote'],
  outcome: FunnelEpisode['outcome'],
): FunnelEpisode {
  return {
    number: e.number,
    openedAt: e.openedAt,
    channel: e.channel,
    stage,
    stageEnteredAt: at,
    assessment,
    expectedValue,
    visitPlan,
    quote,
    outcome,
  };
}

function openStage(episode: FunnelEpisode): OpenStage {
  const stage = episode.stage;
  return stage === 'qualified' || stage === 'approaching' || stage === 'negotiating' ? stage : 'prospecting';
}

function freshEpisode(number: number, at: Date, channel: string | undefined): FunnelEpisode {
  return {
    number,
    openedAt: at,
    channel,
    stage: 'prospecting',
    stageEnteredAt: at,
    assessment: undefined,
    expectedValue: undefined,
    visitPlan: undefined,
    quote: undefined,
    outcome: undefined,
  };
}

function funnelUpdates(rule: QualificationRule): { readonly [name: string]: Update } {
  return {
    recordFind: (context, event) =>
      event.type === 'FIND' ? next(context, event, freshEpisode(1, event.at, event.channel)) : context,
    recordQualification: (context, event) => {
      if (event.type !== 'QUALIFY') return context;
      const e = context.episode;
      return next(context, event, entered(e, 'qualified', event.at, event.assessment, event.expectedValue, e.visitPlan, e.quote, e.outcome));
    },
    recordDisqualification: (context, event) => {
      if (event.type !== 'DISQUALIFY') return context;
      const e = context.episode;
      const outcome: EpisodeOutcome = {
        kind: 'disqualified',
        at: event.at,
        // The rule was checked when the machine was built: no check per event.
        failed: qualificationVerdict(event.assessment, rule).failed,
      };
      return next(context, event, entered(e, 'disqualified', event.at, event.assessment, e.expectedValue, e.visitPlan, e.quote, outcome));
    },
    recordVisitPlan: (context, event) => {
      if (event.type !== 'APPROACH') return context;
      const e = context.episode;
      return next(context, event, entered(e, 'approaching', event.at, e.assessment, e.expectedValue, event.visitPlan, e.quote, e.outcome));
    },
    recordQuote: (context, event) => {
      if (event.type !== 'PROPOSE') return context;
      const e = context.episode;
      return next(context, event, entered(e, 'negotiating', event.at, e.assessment, e.expectedValue, e.visitPlan, event.quote, e.outcome));
    },
    reviseQuote: (context, event) => {
      if (event.type !== 'PROPOSE') return context;
      const e = context.episode;
      return next(context, event, entered(e, e.stage, e.stageEnteredAt ?? event.at, e.assessment, e.expectedValue, e.visitPlan, event.quote, e.outcome));
    },
    recordWin: (context, event) => {
      if (event.type !== 'WIN' || event.contractValue === undefined || event.closingMethod === undefined) return context;
      const e = context.episode;
      const outcome: EpisodeOutcome = {
        kind: 'won',
        at: event.at,
        contractValue: event.contractValue,
        closingMethod: event.closingMethod,
      };
      return next(context, event, entered(e, 'won', event.at, e.assessment, e.expectedValue, e.visitPlan, e.quote, outcome));
    },
    recordLoss: (context, event) => {
      if (event.type !== 'LOSE' || event.reason === undefined) return context;
      const e = context.episode;
      const outcome: EpisodeOutcome = {
        kind: 'lost',
        at: event.at,
        stage: openStage(e),
        reason: event.reason,
        note: event.note,
      };
      return next(context, event, entered(e, 'lost', event.at, e.assessment, e.expectedValue, e.visitPlan, e.quote, outcome));
    },
    reopen: (context, event) => {
      if (event.type !== 'REOPEN') return context;
      const previous = context.episode;
      return {
        episode: freshEpisode(previous.number + 1, event.at, event.channel ?? previous.channel),
        history: [...context.history, previous],
        lastEventAt: event.at,
      };
    },
  };
}

const LOSE = { target: 'lost', guard: 'hasLostReason', update: 'recordLoss' } as const;

/**
 * The development funnel as a machine defined as data (物流客户开发流程, DOMAIN.md §5 [seed 003]):
 * 寻找 `prospecting` → 识别 `qualified` (or `disqualified`) → 接近 `approaching` → 洽谈
 * `negotiating` → 成交 `won`, or `lost` at any open stage; a lost or disqualified deal can be
 * re-opened and its history keeps both episodes. Guards give reasons: qualification by the rule
 * over the four identification factors, a won deal needs a contract value and closing method, a
 * lost one a reason; every event needs a valid time not earlier than the last one.
 *
 * @param options - The qualification rule and reference tables.
 * @returns The plain machine definition.
 * @throws {@link LogisticsCustomerError} `INVALID_QUALIFICATION_RULE` for a bad rule.
 *
 * @example
 * ```ts
 * import { funnelDefinition } from 'logistics-customer/funnel';
 * Object.keys(funnelDefinition().states.negotiating.on ?? {});
 * // => ['PROPOSE', 'WIN', 'LOSE']
 * ```
 * @category Funnel
 */
export function funnelDefinition(options: FunnelMachineOptions = {}): FunnelMachineDefinition {
  const rule = checkQualificationRule(options.qualificationRule ?? DEFAULT_QUALIFICATION_RULE);
  const reference: FunnelReferenceData = { ...DEFAULT_FUNNEL_REFERENCE, ...options.reference };
  return {
    id: 'funnel',
    initial: 'new',
    context: INITIAL_FUNNEL_CONTEXT,
    states: {
      new: {
        label: funnelStateLabels.new,
        on: { FIND: { target: 'prospecting', guard: 'knownChannel', update: 'recordFind' } },
      },
      prospecting: {
        label: funnelStateLabels.prospecting,
        description: text('已找到潜在客户，等待识别', 'a prospect has been found and awaits qualification'),
        on: {
          QUALIFY: { target: 'qualified', guard: 'qualifies', update: 'recordQualification' },
          DISQUALIFY: { target: 'disqualified', guard: 'failsQualification', update: 'recordDisqualification' },
          LOSE,
        },
      },
      qualified: {
        label: funnelStateLabels.qualified,
        on: { APPROACH: { target: 'approaching', guard: 'hasVisitPlan', update: 'recordVisitPlan' }, LOSE },
      },
      disqualified: {
        label: funnelStateLabels.disqualified,
        on: { REOPEN: { target: 'prospecting', guard: 'knownChannel', update: 'reopen' } },
      },
      approaching: {
        label: funnelStateLabels.approaching,
        on: { PROPOSE: { target: 'negotiating', guard: 'positiveQuote', update: 'recordQuote' }, LOSE },
      },
      negotiating: {
        label: funnelStateLabels.negotiating,
        on: {
          PROPOSE: { guard: 'positiveQuote', update: 'reviseQuote' },
          WIN: { target: 'won', guard: 'wonTerms', update: 'recordWin' },
          LOSE,
        },
      },
      won: { label: funnelStateLabels.won, final: true },
      lost: {
        label: funnelStateLabels.lost,
        on: { REOPEN: { target: 'prospecting', guard: 'knownChannel', update: 'reopen' } },
      },
    },
    events: funnelEventTypeLabels,
    guards: funnelGuards(rule, reference),
    updates: funnelUpdates(rule),
  };
}

/**
 * Builds the funnel machine (see {@link funnelDefinition}) and compiles it once for fast
 * transitions; pass it to the core's `transition`, `replay` and `allowedEvents`, or to
 * `replayFunnel` and `funnelReport`.
 *
 * @param options - The qualification rule and reference tables.
 * @returns The compiled machine.
 * @throws {@link LogisticsCustomerError} `INVALID_QUALIFICATION_RULE` for a bad rule.
 *
 * @example
 * ```ts
 * import { applyFunnelEvent, createFunnelMachine, newDeal } from 'logistics-customer/funnel';
 * const funnel = createFunnelMachine();
 * const r = applyFunnelEvent(funnel, newDeal(), {
 *   type: 'FIND', at: new Date('2026-03-02T01:00:00Z'), channel: 'customer-referral',
 * });
 * r.ok ? [r.value.state, r.value.context.episode.channel] : r.error.code;
 * // => ['prospecting', 'customer-referral']
 * ```
 * @category Funnel
 */
export function createFunnelMachine(options: FunnelMachineOptions = {}): FunnelMachine {
  return compileMachine(funnelDefinition(options));
}
