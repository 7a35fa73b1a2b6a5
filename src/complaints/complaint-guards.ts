import { text } from '../core/locale.js';
import type { Guard, GuardReason, GuardVerdict } from '../core/machine/definition.js';
import { isMoneyScale } from '../core/money/scale.js';
import { ComplainantMotiveSchema } from './complainant-motive.js';
import { ComplaintCategorySchema } from './complaint-category.js';
import { ComplaintChannelSchema } from './complaint-channel.js';
import type { ComplaintContext } from './complaint-context.js';
import type { ComplaintEvent } from './complaint-event.js';
import type { ComplaintRules } from './complaint-options.js';
import { ComplaintPrioritySchema } from './complaint-priority.js';
import { ComplaintSeveritySchema } from './complaint-severity.js';
import { type ComplaintState, ESCALATABLE_STATES, PAUSABLE_STATES } from './complaint-state.js';
import { EscalationLevelSchema } from './escalation-level.js';
import { PauseReasonSchema } from './pause-reason.js';
import { PerfectOrderComponentSchema } from './perfect-order-component.js';

/**
 * The guards of the complaint machine, by name.
 *
 * @category Complaints
 */
export type ComplaintGuards = { readonly [name: string]: Guard<ComplaintContext, ComplaintEvent> };

type Reason = GuardReason | undefined;

function reason(code: string, zh: string, en: string, details: Readonly<Record<string, unknown>> = {}): GuardReason {
  return { code, message: text(zh, en), details };
}

/** `true` when there is no reason, else the reasons (the `undefined` entries left out). */
function verdict(candidates: readonly Reason[]): GuardVerdict {
  const reasons = candidates.filter((r): r is GuardReason => r !== undefined);
  const [first, ...rest] = reasons;
  return first === undefined ? true : [first, ...rest];
}

/** The reason to refuse any event: an invalid time, a time before the last event, or no actor. */
function baseReason(context: ComplaintContext, event: ComplaintEvent): Reason {
  const at: unknown = event.at;
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    return reason('INVALID_EVENT_TIME', '事件时间不是有效日期', 'the event time is not a valid date', { received: String(at) });
  }
  const last = context.lastEventAt;
  if (last !== undefined && ms < last.getTime()) {
    return reason('EVENT_OUT_OF_ORDER', '事件时间早于上一事件', 'the event is earlier than the previous event', {
      at: (at as Date).toISOString(),
      previous: last.toISOString(),
    });
  }
  if (!isText(event.by)) {
    return reason('MISSING_ACTOR', '事件须注明经办人（by）', 'the event must say who did it ("by")', { received: event.by });
  }
  return undefined;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function required(value: unknown, code: string, zh: string, en: string): Reason {
  return isText(value) ? undefined : reason(code, `须填写${zh}`, `${en} is required`);
}

function known(
  options: readonly string[],
  value: unknown,
  code: string,
  what: readonly [zh: string, en: string],
): Reason {
  if (typeof value === 'string' && options.includes(value)) return undefined;
  return reason(code, `未知的${what[0]}“${String(value)}”`, `unknown ${what[1]} "${String(value)}"`, {
    received: value,
    allowed: options,
  });
}

function optionalKnown(options: readonly string[], value: unknown, code: string, what: readonly [string, string]): Reason {
  return value === undefined ? undefined : known(options, value, code, what);
}

const CATEGORY = ['投诉类别', 'complaint category'] as const;
const SEVERITY = ['严重程度', 'severity'] as const;
const PRIORITY = ['优先级', 'priority'] as const;
const COMPONENT = ['完美订单要素', 'perfect-order component'] as const;

function receiptReasons(event: ComplaintEvent): readonly Reason[] {
  if (event.type !== 'RECEIVE') return [];
  const complainant: unknown = event.complainant;
  const name = typeof complainant === 'object' && complainant !== null ? (complainant as { name?: unknown }).name : undefined;
  const motives: unknown = event.motives;
  const motiveReason =
    motives === undefined
      ? undefined
      : Array.isArray(motives)
        ? motives.map((m) => known(ComplainantMotiveSchema.options, m, 'UNKNOWN_MOTIVE', ['投诉心态', 'motive'])).find((r) => r !== undefined)
        : reason('UNKNOWN_MOTIVE', '投诉心态应为列表', 'the motives must be a list', { received: motives });
  return [
    known(ComplaintCategorySchema.options, event.category, 'UNKNOWN_CATEGORY', CATEGORY),
    known(ComplaintSeveritySchema.options, event.severity, 'UNKNOWN_SEVERITY', SEVERITY),
    optionalKnown(ComplaintPrioritySchema.options, event.priority, 'UNKNOWN_PRIORITY', PRIORITY),
    known(ComplaintChannelSchema.options, event.channel, 'UNKNOWN_CHANNEL', ['投诉方式', 'channel']),
    optionalKnown(PerfectOrderComponentSchema.options, event.brokenComponent, 'UNKNOWN_COMPONENT', COMPONENT),
    required(name, 'MISSING_COMPLAINANT', '投诉人姓名', "the complainant's name"),
    required(event.description, 'MISSING_DESCRIPTION', '投诉内容', 'the description'),
    motiveReason,
  ];
}

/** A money value as `Money` requires: a safe-integer amount at a scale of 0–15, a currency code. */
function isMoney(value: unknown): value is { readonly amount: number; readonly scale: number; readonly currency: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isSafeInteger((value as { amount?: unknown }).amount) &&
    isMoneyScale((value as { scale?: unknown }).scale) &&
    typeof (value as { currency?: unknown }).currency === 'string'
  );
}

function remedyReasons(event: ComplaintEvent, rules: ComplaintRules): readonly Reason[] {
  if (event.type !== 'PROPOSE') return [];
  const compensation: unknown = event.compensation;
  let money: Reason;
  if (compensation !== undefined) {
    if (!isMoney(compensation) || compensation.amount <= 0) {
      money = reason(
        'INVALID_COMPENSATION',
        '赔偿金额须为正数金额（以最小货币单位计的安全整数，小数位数 0 到 15）',
        'the compensation must be a positive amount of money (a safe integer of minor units at a scale from 0 to 15)',
        { received: compensation },
      );
    } else if (compensation.currency !== rules.currency) {
      money = reason(
        'CURRENCY_MISMATCH',
        `赔偿币种 ${compensation.currency} 与政策币种 ${rules.currency} 不一致`,
        `the compensation is in ${compensation.currency}, not in ${rules.currency}, the policy currency`,
        { expected: rules.currency, received: compensation.currency },
      );
    }
  }
  return [
    required(event.cause, 'MISSING_CAUSE', '调查出的原因', 'the cause found'),
    required(event.remedy, 'MISSING_REMEDY', '处理方案', 'the remedy'),
    money,
  ];
}

function reclassifyReasons(event: ComplaintEvent): readonly Reason[] {
  if (event.type !== 'RECLASSIFY') return [];
  const given =
    event.category !== undefined || event.severity !== undefined || event.priority !== undefined || event.brokenComponent !== undefined;
  return [
    given ? undefined : reason('NOTHING_TO_RECLASSIFY', '重新定级须至少修改一项', 'a reclassification must change at least one field'),
    optionalKnown(ComplaintCategorySchema.options, event.category, 'UNKNOWN_CATEGORY', CATEGORY),
    optionalKnown(ComplaintSeveritySchema.options, event.severity, 'UNKNOWN_SEVERITY', SEVERITY),
    optionalKnown(ComplaintPrioritySchema.options, event.priority, 'UNKNOWN_PRIORITY', PRIORITY),
    optionalKnown(PerfectOrderComponentSchema.options, event.brokenComponent, 'UNKNOWN_COMPONENT', COMPONENT),
  ];
}

function reopenReasons(context: ComplaintContext, event: ComplaintEvent, rules: ComplaintRules): readonly Reason[] {
  if (event.type !== 'REOPEN') return [];
  const closedAt = context.closing?.at;
  const at: unknown = event.at;
  const late =
    closedAt !== undefined && at instanceof Date && at.getTime() - closedAt.getTime() > rules.reopenWindowMs
      ? reason(
          'REOPEN_WINDOW_EXPIRED',
          `结案已超过 ${rules.reopenWindowMs / 3_600_000} 小时，不能重新打开`,
          `the case was closed more than ${rules.reopenWindowMs / 3_600_000} hours ago and can no longer be reopened`,
          { closedAt: closedAt.toISOString(), at: at.toISOString(), windowMs: rules.reopenWindowMs },
        )
      : undefined;
  return [required(event.reason, 'MISSING_REASON', '重新打开的原因', 'the reason to reopen'), late];
}

/**
 * The name of the guard of the `RESUME` / `DEESCALATE` branch that returns to `state`.
 *
 * @param state - The state returned to.
 * @returns The guard's name, `returnTo` and the state in camel case (no `:` or `-`, which would
 *   break a Mermaid diagram).
 *
 * @example
 * ```ts
 * import { returnGuardName } from 'logistics-customer/complaints';
 * returnGuardName('investigating');
 * // => 'returnToInvestigating'
 * ```
 * @category Complaints
 */
export function returnGuardName(state: ComplaintState): string {
  return `returnTo${camel(state)}`;
}

/** `remedy` → `Remedy`: a state name as the tail of a camel-case name. */
function camel(state: string): string {
  return state.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

/**
 * Builds the named guards of the complaint machine for its rules. Every guard refuses an event
 * whose time is not a valid date or is earlier than the last event, or that does not say who did
 * it; the others add the checks of their event: `validReceipt` (known category, severity,
 * priority, channel, component and motives; a complainant and a description), `hasExplanation`
 * (不成立 needs a polite explanation), `knownDepartment`, `validRemedy` (cause, remedy, a positive
 * compensation — a safe integer of minor units at a scale from 0 to 15 — in the policy currency), `customerSatisfied` / `customerDissatisfied` (the follow-up's answer),
 * `withinReopenWindow`, `validPause`, `validEscalation`, `hasMessage`, `validReclassification`,
 * and one `returnTo<State>` per state a wait or an escalation returns to.
 *
 * @param rules - The machine's rules (see {@link complaintRules}).
 * @returns The guards by name.
 *
 * @example
 * ```ts
 * import { complaintGuards, complaintRules, INITIAL_COMPLAINT_CONTEXT } from 'logistics-customer/complaints';
 * const guards = complaintGuards(complaintRules());
 * const verdict = guards.knownDepartment!(INITIAL_COMPLAINT_CONTEXT, {
 *   type: 'ASSIGN', at: new Date('2026-03-02T02:00:00Z'), by: 'li', department: 'canteen',
 * });
 * verdict === true ? [] : verdict.map((r) => r.code);
 * // => ['UNKNOWN_DEPARTMENT']
 * ```
 * @category Complaints
 */
export function complaintGuards(rules: ComplaintRules): ComplaintGuards {
  const departments = Object.keys(rules.departments);
  const returns: { [name: string]: Guard<ComplaintContext, ComplaintEvent> } = {};
  const targets = new Set<ComplaintState>([...PAUSABLE_STATES, ...ESCALATABLE_STATES.filter((s) => s !== 'rejected')]);
  for (const state of targets) {
    returns[returnGuardName(state)] = (context, event) => {
      const base = baseReason(context, event);
      if (base === undefined && context.returnTo === state) return true;
      return verdict([
        base,
        context.returnTo === state
          ? undefined
          : reason('NOT_RETURNING_HERE', `不返回“${state}”`, `does not return to "${state}"`, { returnTo: context.returnTo }),
      ]);
    };
  }
  return {
    valid: (context, event) => verdict([baseReason(context, event)]),
    validReceipt: (context, event) => verdict([baseReason(context, event), ...receiptReasons(event)]),
    hasExplanation: (context, event) =>
      verdict([
        baseReason(context, event),
        event.type === 'REJECT' ? required(event.explanation, 'NO_EXPLANATION', '向客户的解释说明', 'a polite explanation to the customer') : undefined,
      ]),
    knownDepartment: (context, event) =>
      verdict([
        baseReason(context, event),
        event.type === 'ASSIGN' ? known(departments, event.department, 'UNKNOWN_DEPARTMENT', ['责任部门', 'department']) : undefined,
      ]),
    validRemedy: (context, event) => verdict([baseReason(context, event), ...remedyReasons(event, rules)]),
    customerSatisfied: (context, event) => {
      const base = baseReason(context, event);
      const answer: unknown = event.type === 'FOLLOW_UP' ? event.satisfied : undefined;
      if (base === undefined && answer === true) return true;
      return verdict([base, reason('NOT_SATISFIED', '客户不满意', 'the customer is not satisfied')]);
    },
    customerDissatisfied: (context, event) => {
      const answer: unknown = event.type === 'FOLLOW_UP' ? event.satisfied : undefined;
      return verdict([
        baseReason(context, event),
        answer === false
          ? undefined
          : answer === true
            ? reason('SATISFIED', '客户满意', 'the customer is satisfied')
            : reason('MISSING_SATISFACTION', '回访须记录客户是否满意', 'the follow-up must record whether the customer is satisfied', {
                received: answer,
              }),
      ]);
    },
    withinReopenWindow: (context, event) => verdict([baseReason(context, event), ...reopenReasons(context, event, rules)]),
    validPause: (context, event) =>
      verdict([
        baseReason(context, event),
        event.type === 'WAIT' ? known(PauseReasonSchema.options, event.reason, 'UNKNOWN_PAUSE_REASON', ['等待原因', 'pause reason']) : undefined,
      ]),
    validEscalation: (context, event) =>
      verdict([
        baseReason(context, event),
        event.type === 'ESCALATE' ? known(EscalationLevelSchema.options, event.level, 'UNKNOWN_ESCALATION_LEVEL', ['升级级别', 'escalation level']) : undefined,
        event.type === 'ESCALATE' ? required(event.reason, 'MISSING_REASON', '升级原因', 'the reason to escalate') : undefined,
      ]),
    hasMessage: (context, event) =>
      verdict([
        baseReason(context, event),
        event.type === 'RESPOND' ? required(event.message, 'MISSING_MESSAGE', '答复内容', 'the message') : undefined,
      ]),
    validReclassification: (context, event) => verdict([baseReason(context, event), ...reclassifyReasons(event)]),
    ...returns,
  };
}
