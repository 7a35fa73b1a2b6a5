import type { TransitionRefusal } from '../core/machine/refusal.js';
import { transition } from '../core/machine/transition.js';
import type { Result } from '../core/result.js';
import type { FunnelSnapshot } from './funnel-machine.js';
import type { DealWonEvent, LifecycleEvent, RiskSignalledEvent, RiskSignalLike } from './lifecycle-event.js';
import type { LifecycleMachine, LifecycleSnapshot } from './lifecycle-machine.js';
import type { LifecycleState } from './lifecycle-state.js';

/**
 * Applies one event to a customer's lifecycle: the core `transition` on the lifecycle machine. A
 * refused event returns the refusal with its reasons and leaves the snapshot as it was.
 *
 * @param machine - The lifecycle machine (from `createLifecycleMachine`).
 * @param snapshot - Where the customer stands.
 * @param event - What happened.
 * @returns The next snapshot, or the refusal.
 *
 * @example
 * ```ts
 * import { applyLifecycleEvent, createLifecycleMachine, newCustomerLifecycle } from 'logistics-customer/funnel';
 * const r = applyLifecycleEvent(createLifecycleMachine(), newCustomerLifecycle(), { type: 'CHURNED', at: new Date('2026-05-06T02:00:00Z'), reason: 'price' });
 * r.ok ? null : r.error.code;
 * // => 'NOT_ALLOWED_IN_STATE'
 * ```
 * @category Lifecycle
 */
export function applyLifecycleEvent(
  machine: LifecycleMachine,
  snapshot: LifecycleSnapshot,
  event: LifecycleEvent,
): Result<LifecycleSnapshot, TransitionRefusal<LifecycleState>> {
  return transition(machine, snapshot, event);
}

/**
 * The link from the funnel to the lifecycle: a won deal makes the customer current (现在型). For
 * a deal in state `won` it returns the `DEAL_WON` event to apply to the customer's lifecycle;
 * for any other deal, `undefined`.
 *
 * @param deal - The deal's funnel snapshot.
 * @param dealId - The deal's id, carried into the event.
 * @returns The lifecycle event, or `undefined` when the deal is not won.
 *
 * @example
 * ```ts
 * import { lifecycleEventForDeal, replayFunnel } from 'logistics-customer/funnel';
 * const yes = { passed: true };
 * const deal = replayFunnel([
 *   { type: 'FIND', at: new Date('2026-03-02T01:00:00Z'), channel: 'customer-referral' },
 *   { type: 'QUALIFY', at: new Date('2026-03-05T01:00:00Z'), assessment: { need: yes, 'purchasing-power': yes, 'decision-authority': yes, creditworthiness: yes } },
 *   { type: 'APPROACH', at: new Date('2026-03-09T01:00:00Z'), visitPlan: { method: 'benefit' } },
 *   { type: 'PROPOSE', at: new Date('2026-03-16T01:00:00Z'), quote: { amount: 8000000, scale: 2, currency: 'CNY' } },
 *   { type: 'WIN', at: new Date('2026-04-01T01:00:00Z'), contractValue: { amount: 7500000, scale: 2, currency: 'CNY' }, closingMethod: 'concession' },
 * ]);
 * deal.ok ? lifecycleEventForDeal(deal.value, 'D-1') : null;
 * // => { type: 'DEAL_WON', at: new Date('2026-04-01T01:00:00Z'), dealId: 'D-1', contractValue: { amount: 7500000, scale: 2, currency: 'CNY' } }
 * ```
 * @category Lifecycle
 */
export function lifecycleEventForDeal(deal: FunnelSnapshot, dealId?: string): DealWonEvent | undefined {
  const outcome = deal.context.episode.outcome;
  if (deal.state !== 'won' || outcome?.kind !== 'won') return undefined;
  return {
    type: 'DEAL_WON',
    at: outcome.at,
    ...(dealId === undefined ? {} : { dealId }),
    contractValue: outcome.contractValue,
  };
}

/**
 * The link from risk warning (风险预警, DOMAIN.md §6) to the lifecycle: given the risk signals
 * found for a customer, the `RISK_SIGNALLED` event to apply, or `undefined` when there are none.
 * The signals of the segmentation module's `riskWarnings` (tagged by `kind`) fit as they are, and
 * so do any objects with a `code`; a signal without a `code` is recorded with `code` = its `kind`.
 *
 * @param signals - The risk signals: objects with a `code`, or with a `kind` as `riskWarnings` gives them.
 * @param at - When they were found.
 * @returns The lifecycle event, or `undefined` for no signals.
 *
 * @example
 * ```ts
 * import { lifecycleEventForRiskSignals } from 'logistics-customer/funnel';
 * lifecycleEventForRiskSignals([{ code: 'LATE_PAYMENT' }, { kind: 'long-silence' }], new Date('2026-06-30T00:00:00Z'))?.signals;
 * // => [{ code: 'LATE_PAYMENT' }, { kind: 'long-silence', code: 'long-silence' }]
 * ```
 * @category Lifecycle
 */
export function lifecycleEventForRiskSignals(
  signals: readonly (RiskSignalLike | { readonly kind: string })[],
  at: Date,
): RiskSignalledEvent | undefined {
  if (signals.length === 0) return undefined;
  return { type: 'RISK_SIGNALLED', at, signals: signals.map((s) => ('code' in s ? s : { ...s, code: s.kind })) };
}
