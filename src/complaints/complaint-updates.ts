import type { ContextUpdate } from '../core/machine/definition.js';
import type {
  ComplaintClassification,
  ComplaintContext,
  CustomerPause,
  ComplaintEscalation,
  ResolutionCycle,
} from './complaint-context.js';
import type { ComplaintEvent } from './complaint-event.js';
import type { ComplaintRules } from './complaint-options.js';
import type { ComplaintState } from './complaint-state.js';

/**
 * The context updates of the complaint machine, by name.
 *
 * @category Complaints
 */
export type ComplaintUpdates = { readonly [name: string]: ContextUpdate<ComplaintContext, ComplaintEvent> };

type Update = ContextUpdate<ComplaintContext, ComplaintEvent>;

function stamp(context: ComplaintContext, event: ComplaintEvent): ComplaintContext {
  return { ...context, lastEventAt: event.at };
}

/** The context with its last resolution cycle replaced by `patch` applied to it. */
function patchCycle(context: ComplaintContext, patch: Partial<ResolutionCycle>): readonly ResolutionCycle[] {
  const cycles = context.cycles;
  const last = cycles[cycles.length - 1];
  if (last === undefined) return cycles;
  return [...cycles.slice(0, -1), { ...last, ...patch }];
}

function newCycle(context: ComplaintContext, at: Date, startedBy: ResolutionCycle['startedBy']): readonly ResolutionCycle[] {
  const cycle: ResolutionCycle = {
    number: context.cycles.length + 1,
    startedAt: at,
    startedBy,
    resolvedAt: undefined,
    resolution: undefined,
    compensationPaid: undefined,
    followUp: undefined,
  };
  return [...context.cycles, cycle];
}

/** The pauses with the open one (if any) ended at `at`. */
function endPause(pauses: readonly CustomerPause[], at: Date): readonly CustomerPause[] {
  const last = pauses[pauses.length - 1];
  if (last === undefined || last.to !== undefined) return pauses;
  return [...pauses.slice(0, -1), { ...last, to: at }];
}

/** The escalations with the open one (if any) ended at `at`. */
function endEscalation(escalations: readonly ComplaintEscalation[], at: Date, decision: string | undefined): readonly ComplaintEscalation[] {
  const last = escalations[escalations.length - 1];
  if (last === undefined || last.endedAt !== undefined) return escalations;
  return [...escalations.slice(0, -1), { ...last, endedAt: at, decision }];
}

/** `remedy` → `Remedy`: a state name as the tail of a camel-case name. */
function camel(state: string): string {
  return state.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

/**
 * The name of the update that records a wait (`WAIT`) entered from `state`.
 *
 * @param state - The state the complaint waits in.
 * @returns The update's name, `waitFrom` and the state in camel case.
 *
 * @example
 * ```ts
 * import { waitUpdateName } from 'logistics-customer/complaints';
 * waitUpdateName('investigating');
 * // => 'waitFromInvestigating'
 * ```
 * @category Complaints
 */
export function waitUpdateName(state: ComplaintState): string {
  return `waitFrom${camel(state)}`;
}

/**
 * The name of the update that records an escalation (`ESCALATE`) from `state`.
 *
 * @param state - The state the complaint is escalated from.
 * @returns The update's name, `escalateFrom` and the state in camel case.
 *
 * @example
 * ```ts
 * import { escalateUpdateName } from 'logistics-customer/complaints';
 * escalateUpdateName('rejected');
 * // => 'escalateFromRejected'
 * ```
 * @category Complaints
 */
export function escalateUpdateName(state: ComplaintState): string {
  return `escalateFrom${camel(state)}`;
}

function waitFrom(state: ComplaintState): Update {
  return (context, event) => {
    if (event.type !== 'WAIT') return context;
    const pause: CustomerPause = { from: event.at, to: undefined, reason: event.reason, note: event.note, by: event.by, state };
    return { ...context, lastEventAt: event.at, pauses: [...context.pauses, pause], returnTo: state };
  };
}

function escalateFrom(state: ComplaintState): Update {
  return (context, event) => {
    if (event.type !== 'ESCALATE') return context;
    const escalation: ComplaintEscalation = {
      at: event.at,
      by: event.by,
      level: event.level,
      reason: event.reason,
      from: state,
      endedAt: undefined,
      decision: undefined,
    };
    // A disputed rejection opens the case again: it goes back to be assessed in a new cycle.
    const dispute = state === 'rejected';
    return {
      ...context,
      lastEventAt: event.at,
      escalations: [...context.escalations, escalation],
      cycles: dispute ? newCycle(context, event.at, 'dispute') : context.cycles,
      returnTo: dispute ? 'acknowledged' : state,
    };
  };
}

function classify(rules: ComplaintRules, event: ComplaintEvent): ComplaintClassification | undefined {
  if (event.type !== 'RECEIVE') return undefined;
  return {
    category: event.category,
    severity: event.severity,
    priority: event.priority ?? rules.priorityBySeverity[event.severity],
    brokenComponent: event.brokenComponent ?? rules.categoryComponents[event.category],
  };
}

/**
 * Builds the named context updates of the complaint machine: one per event type, plus one
 * `waitFrom<State>` per state a complaint can wait in and one `escalateFrom<State>` per state
 * it can be escalated from (the state to return to is data of the transition, not of the event).
 *
 * @param rules - The machine's rules (default priority and component).
 * @param waitStates - The states a complaint can wait in.
 * @param escalateStates - The states a complaint can be escalated from.
 * @returns The updates by name.
 *
 * @example
 * ```ts
 * import { complaintRules, complaintUpdates, INITIAL_COMPLAINT_CONTEXT } from 'logistics-customer/complaints';
 * const updates = complaintUpdates(complaintRules(), ['investigating'], ['received']);
 * const at = new Date('2026-03-02T01:00:00Z');
 * updates.respond!(INITIAL_COMPLAINT_CONTEXT, { type: 'RESPOND', at, by: 'li', message: 'We are on it.' }).firstResponseAt === at;
 * // => true
 * ```
 * @category Complaints
 */
export function complaintUpdates(
  rules: ComplaintRules,
  waitStates: readonly ComplaintState[],
  escalateStates: readonly ComplaintState[],
): ComplaintUpdates {
  const perState: { [name: string]: Update } = {};
  for (const state of waitStates) perState[waitUpdateName(state)] = waitFrom(state);
  for (const state of escalateStates) perState[escalateUpdateName(state)] = escalateFrom(state);
  return {
    receive: (context, event) => {
      const classification = classify(rules, event);
      if (event.type !== 'RECEIVE' || classification === undefined) return context;
      return {
        ...context,
        lastEventAt: event.at,
        receipt: {
          at: event.at,
          by: event.by,
          complainant: { ...event.complainant },
          channel: event.channel,
          classification,
          description: event.description,
          demand: event.demand,
          shipmentId: event.shipmentId,
          orderId: event.orderId,
          motives: [...(event.motives ?? [])],
          note: event.note,
        },
        classification,
        cycles: newCycle(context, event.at, 'receipt'),
      };
    },
    acknowledge: (context, event) => ({ ...context, lastEventAt: event.at, acknowledgedAt: context.acknowledgedAt ?? event.at }),
    accept: (context, event) => ({
      ...context,
      lastEventAt: event.at,
      assessment: { verdict: 'valid', at: event.at, by: event.by, explanation: undefined },
    }),
    reject: (context, event) =>
      event.type !== 'REJECT'
        ? context
        : {
            ...context,
            lastEventAt: event.at,
            assessment: { verdict: 'invalid', at: event.at, by: event.by, explanation: event.explanation },
            firstResponseAt: context.firstResponseAt ?? event.at,
            cycles: patchCycle(context, { resolvedAt: event.at, resolution: 'rejected' }),
          },
    assign: (context, event) =>
      event.type !== 'ASSIGN'
        ? context
        : {
            ...context,
            lastEventAt: event.at,
            assignments: [...context.assignments, { at: event.at, by: event.by, department: event.department }],
          },
    investigate: (context, event) => ({ ...context, lastEventAt: event.at, investigationStartedAt: event.at }),
    propose: (context, event) =>
      event.type !== 'PROPOSE'
        ? context
        : {
            ...context,
            lastEventAt: event.at,
            remedy: { at: event.at, by: event.by, cause: event.cause, remedy: event.remedy, compensation: event.compensation },
            approval: undefined,
          },
    approve: (context, event) =>
      event.type !== 'APPROVE'
        ? context
        : { ...context, lastEventAt: event.at, approval: { at: event.at, by: event.by, instruction: event.instruction } },
    implement: (context, event) => ({
      ...context,
      lastEventAt: event.at,
      firstResponseAt: context.firstResponseAt ?? event.at,
      cycles: patchCycle(context, {
        resolvedAt: event.at,
        resolution: 'implemented',
        compensationPaid: context.remedy?.compensation,
      }),
    }),
    followUp: (context, event) => {
      if (event.type !== 'FOLLOW_UP') return context;
      const followUp = { at: event.at, by: event.by, satisfied: event.satisfied, feedback: event.feedback };
      const patched: ComplaintContext = { ...context, lastEventAt: event.at, cycles: patchCycle(context, { followUp }) };
      return event.satisfied ? patched : { ...patched, cycles: newCycle(patched, event.at, 'follow-up') };
    },
    close: (context, event) =>
      event.type !== 'CLOSE'
        ? context
        : { ...context, lastEventAt: event.at, closing: { at: event.at, by: event.by, text: event.summary } },
    archive: (context, event) => ({ ...context, lastEventAt: event.at, archivedAt: event.at }),
    reopen: (context, event) => ({ ...context, lastEventAt: event.at, cycles: newCycle(context, event.at, 'reopen') }),
    resume: (context, event) => ({ ...context, lastEventAt: event.at, pauses: endPause(context.pauses, event.at), returnTo: undefined }),
    deescalate: (context, event) => ({
      ...context,
      lastEventAt: event.at,
      escalations: endEscalation(context.escalations, event.at, event.type === 'DEESCALATE' ? event.decision : undefined),
      returnTo: undefined,
    }),
    withdraw: (context, event) => ({
      ...context,
      lastEventAt: event.at,
      pauses: endPause(context.pauses, event.at),
      escalations: endEscalation(context.escalations, event.at, undefined),
      withdrawal: { at: event.at, by: event.by, text: event.type === 'WITHDRAW' ? event.reason : undefined },
      returnTo: undefined,
    }),
    respond: (context, event) =>
      event.type !== 'RESPOND'
        ? stamp(context, event)
        : {
            ...context,
            lastEventAt: event.at,
            firstResponseAt: context.firstResponseAt ?? event.at,
            responses: [...context.responses, { at: event.at, by: event.by, message: event.message }],
          },
    reclassify: (context, event) => {
      const from = context.classification;
      if (event.type !== 'RECLASSIFY' || from === undefined) return stamp(context, event);
      const to: ComplaintClassification = {
        category: event.category ?? from.category,
        severity: event.severity ?? from.severity,
        priority: event.priority ?? from.priority,
        brokenComponent: event.brokenComponent ?? from.brokenComponent,
      };
      return {
        ...context,
        lastEventAt: event.at,
        classification: to,
        reclassifications: [...context.reclassifications, { at: event.at, by: event.by, from, to }],
      };
    },
    ...perState,
  };
}
