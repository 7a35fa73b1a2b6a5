import { text } from '../core/locale.js';
import { type CompiledMachine, compileMachine } from '../core/machine/compile.js';
import type { ContextUpdate, Guard, GuardReason, GuardVerdict, MachineDefinition } from '../core/machine/definition.js';
import type { MachineSnapshot } from '../core/machine/snapshot.js';
import { type LifecycleEvent, lifecycleEventTypeLabels, type RiskSignalLike } from './lifecycle-event.js';
import { type LifecycleState, lifecycleStateLabels } from './lifecycle-state.js';
import { lostReasonLabels } from './lost-reason.js';
import type { ReferenceTable } from './reference-data.js';

/**
 * The context of the lifecycle machine: what the relationship has been through.
 *
 * @category Lifecycle
 */
export interface LifecycleContext {
  /** How many deals have been won with the customer. */
  readonly dealsWon: number;
  /** When the first deal was won. */
  readonly firstDealAt: Date | undefined;
  /** When the latest deal was won. */
  readonly lastDealAt: Date | undefined;
  /** The risk signals raised since the customer was last current without risk. */
  readonly riskSignals: readonly RiskSignalLike[];
  /** Why the customer churned, at the latest churn. */
  readonly churnReason: string | undefined;
  /** How many win-back attempts were started. */
  readonly winBackAttempts: number;
  /** The time of the last accepted event, used to refuse events out of order. */
  readonly lastEventAt: Date | undefined;
}

/**
 * The lifecycle machine, compiled.
 *
 * @category Lifecycle
 */
export type LifecycleMachine = CompiledMachine<LifecycleState, LifecycleEvent, LifecycleContext>;

/**
 * Where a customer stands in the lifecycle.
 *
 * @category Lifecycle
 */
export type LifecycleSnapshot = MachineSnapshot<LifecycleState, LifecycleContext>;

/**
 * The context of a customer that has never bought.
 *
 * @example
 * ```ts
 * import { INITIAL_LIFECYCLE_CONTEXT } from 'logistics-customer/funnel';
 * INITIAL_LIFECYCLE_CONTEXT.dealsWon;
 * // => 0
 * ```
 * @category Lifecycle
 */
export const INITIAL_LIFECYCLE_CONTEXT: LifecycleContext = Object.freeze({
  dealsWon: 0,
  firstDealAt: undefined,
  lastDealAt: undefined,
  riskSignals: Object.freeze([]) as readonly RiskSignalLike[],
  churnReason: undefined,
  winBackAttempts: 0,
  lastEventAt: undefined,
});

type LGuard = Guard<LifecycleContext, LifecycleEvent>;
type LUpdate = ContextUpdate<LifecycleContext, LifecycleEvent>;

function reason(code: string, zh: string, en: string, details: Readonly<Record<string, unknown>> = {}): GuardReason {
  return { code, message: text(zh, en), details };
}

function timeReason(context: LifecycleContext, event: LifecycleEvent): GuardReason | undefined {
  const at: unknown = event.at;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    return reason('INVALID_EVENT_TIME', '事件时间不是有效日期', 'the event time is not a valid date', { received: at });
  }
  const last = context.lastEventAt;
  if (last === undefined || at.getTime() >= last.getTime()) return undefined;
  return reason('EVENT_OUT_OF_ORDER', '事件时间早于上一事件', 'the event is earlier than the previous event', {
    at: at.toISOString(),
    previous: last.toISOString(),
  });
}

function verdict(candidates: readonly (GuardReason | undefined)[]): GuardVerdict {
  const [first, ...rest] = candidates.filter((r): r is GuardReason => r !== undefined);
  return first === undefined ? true : [first, ...rest];
}

function lifecycleGuards(reasons: ReferenceTable): { readonly [name: string]: LGuard } {
  return {
    inOrder: (context, event) => verdict([timeReason(context, event)]),
    hasSignals: (context, event) => {
      const signalled =
        event.type !== 'RISK_SIGNALLED' || (Array.isArray(event.signals) && event.signals.length > 0)
          ? undefined
          : reason('NO_RISK_SIGNAL', '风险预警须至少有一个风险信号', 'a risk warning needs at least one signal');
      return verdict([timeReason(context, event), signalled]);
    },
    hasChurnReason: (context, event) => {
      let why: GuardReason | undefined;
      if (event.type === 'CHURNED') {
        const code = event.reason;
        if (code === undefined) why = reason('NO_CHURN_REASON', '客户流失须注明原因', 'a churned customer needs a reason');
        else if (!Object.hasOwn(reasons, code)) {
          why = reason('UNKNOWN_LOST_REASON', `未知的流失原因“${code}”`, `unknown lost reason "${code}"`, { received: code });
        } else if (code === 'other' && (typeof event.note !== 'string' || event.note.trim() === '')) {
          why = reason('NO_LOST_NOTE', '原因为“其他”时须填写说明', 'the reason "other" needs a note');
        }
      }
      return verdict([timeReason(context, event), why]);
    },
  };
}

const LIFECYCLE_UPDATES: { readonly [name: string]: LUpdate } = {
  recordDeal: (context, event) =>
    event.type === 'DEAL_WON'
      ? {
          ...context,
          dealsWon: context.dealsWon + 1,
          firstDealAt: context.firstDealAt ?? event.at,
          lastDealAt: event.at,
          riskSignals: [],
          lastEventAt: event.at,
        }
      : context,
  recordSignals: (context, event) =>
    event.type === 'RISK_SIGNALLED'
      ? { ...context, riskSignals: [...context.riskSignals, ...event.signals], lastEventAt: event.at }
      : context,
  clearSignals: (context, event) => ({ ...context, riskSignals: [], lastEventAt: event.at }),
  recordChurn: (context, event) =>
    event.type === 'CHURNED' ? { ...context, churnReason: event.reason, lastEventAt: event.at } : context,
  startWinBack: (context, event) => ({ ...context, winBackAttempts: context.winBackAttempts + 1, lastEventAt: event.at }),
  touch: (context, event) => ({ ...context, lastEventAt: event.at }),
};

const WON = { target: 'current', guard: 'inOrder', update: 'recordDeal' } as const;
const CHURN = { target: 'past', guard: 'hasChurnReason', update: 'recordChurn' } as const;

/**
 * The customer relationship lifecycle as a machine defined as data (DOMAIN.md §2 按时间 and §6
 * 风险预警 [seed 003, 000, 002]): 未来型 potential → 现在型 current (a won deal) → at risk (risk
 * signals) → 过去型 past (churned, with a reason) → win-back → current (a won deal). A won deal
 * makes any customer current; every event needs a valid time not earlier than the last one.
 *
 * @param options - The lost-reason table churn reasons are checked against (default: the textbook's).
 * @returns The plain machine definition.
 *
 * @example
 * ```ts
 * import { lifecycleDefinition } from 'logistics-customer/funnel';
 * Object.keys(lifecycleDefinition().states.past.on ?? {});
 * // => ['DEAL_WON', 'WIN_BACK_STARTED']
 * ```
 * @category Lifecycle
 */
export function lifecycleDefinition(
  options: { readonly lostReasons?: ReferenceTable } = {},
): MachineDefinition<LifecycleState, LifecycleEvent, LifecycleContext> {
  return {
    id: 'customer-lifecycle',
    initial: 'potential',
    context: INITIAL_LIFECYCLE_CONTEXT,
    states: {
      potential: { label: lifecycleStateLabels.potential, on: { DEAL_WON: WON } },
      current: {
        label: lifecycleStateLabels.current,
        on: {
          DEAL_WON: { guard: 'inOrder', update: 'recordDeal' },
          RISK_SIGNALLED: { target: 'atRisk', guard: 'hasSignals', update: 'recordSignals' },
          CHURNED: CHURN,
        },
      },
      atRisk: {
        label: lifecycleStateLabels.atRisk,
        on: {
          DEAL_WON: WON,
          RISK_SIGNALLED: { guard: 'hasSignals', update: 'recordSignals' },
          RISK_CLEARED: { target: 'current', guard: 'inOrder', update: 'clearSignals' },
          CHURNED: CHURN,
        },
      },
      past: {
        label: lifecycleStateLabels.past,
        on: { DEAL_WON: WON, WIN_BACK_STARTED: { target: 'winBack', guard: 'inOrder', update: 'startWinBack' } },
      },
      winBack: {
        label: lifecycleStateLabels.winBack,
        on: { DEAL_WON: WON, WIN_BACK_FAILED: { target: 'past', guard: 'inOrder', update: 'touch' } },
      },
    },
    events: lifecycleEventTypeLabels,
    guards: lifecycleGuards(options.lostReasons ?? lostReasonLabels),
    updates: LIFECYCLE_UPDATES,
  };
}

/**
 * Builds and compiles the lifecycle machine (see {@link lifecycleDefinition}).
 *
 * @param options - The lost-reason table churn reasons are checked against.
 * @returns The compiled machine.
 *
 * @example
 * ```ts
 * import { applyLifecycleEvent, createLifecycleMachine, newCustomerLifecycle } from 'logistics-customer/funnel';
 * const r = applyLifecycleEvent(createLifecycleMachine(), newCustomerLifecycle(), { type: 'DEAL_WON', at: new Date('2026-05-06T02:00:00Z') });
 * r.ok ? [r.value.state, r.value.context.dealsWon] : r.error.code;
 * // => ['current', 1]
 * ```
 * @category Lifecycle
 */
export function createLifecycleMachine(options: { readonly lostReasons?: ReferenceTable } = {}): LifecycleMachine {
  return compileMachine(lifecycleDefinition(options));
}

/**
 * The snapshot of a customer that has never bought: 未来型 (potential).
 *
 * @returns The initial snapshot.
 *
 * @example
 * ```ts
 * import { newCustomerLifecycle } from 'logistics-customer/funnel';
 * newCustomerLifecycle().state;
 * // => 'potential'
 * ```
 * @category Lifecycle
 */
export function newCustomerLifecycle(): LifecycleSnapshot {
  return { state: 'potential', context: INITIAL_LIFECYCLE_CONTEXT };
}
