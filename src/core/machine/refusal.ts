import { type DomainError, domainError } from '../domain-error.js';
import { type LocalizedText, text } from '../locale.js';
import type { GuardReason } from './definition.js';

/**
 * The reasons one guard gave for refusing a transition.
 *
 * @category Machine
 */
export interface GuardRejection {
  /** The name of the guard, as the transition names it. */
  readonly guard: string;
  /** What the guard said, at least one reason. */
  readonly reasons: readonly GuardReason[];
}

/**
 * A refusal because the machine does not know the event type at all.
 *
 * @typeParam S - The machine's states.
 * @category Machine
 */
export interface UnknownEventRefusal<S extends string = string> extends DomainError<'UNKNOWN_EVENT'> {
  /** The state the process stays in and the event type that was sent. */
  readonly details: { readonly state: S; readonly eventType: string };
}

/**
 * A refusal because the current state does not handle the event.
 *
 * @typeParam S - The machine's states.
 * @category Machine
 */
export interface NotAllowedInStateRefusal<S extends string = string> extends DomainError<'NOT_ALLOWED_IN_STATE'> {
  /** The state, the event type and the event types the state does handle. */
  readonly details: { readonly state: S; readonly eventType: string; readonly allowed: readonly string[] };
}

/**
 * A refusal because every guard of the event's transitions said no.
 *
 * @typeParam S - The machine's states.
 * @category Machine
 */
export interface GuardRejectedRefusal<S extends string = string> extends DomainError<'GUARD_REJECTED'> {
  /** The state, the event type, each guard's rejection and all their reasons in order. */
  readonly details: {
    readonly state: S;
    readonly eventType: string;
    readonly rejections: readonly GuardRejection[];
    readonly reasons: readonly GuardReason[];
  };
}

/**
 * Why a transition was refused, as a {@link DomainError} keyed on its code. The snapshot the
 * transition was asked of stays as it was.
 *
 * @typeParam S - The machine's states.
 * @category Machine
 */
export type TransitionRefusal<S extends string = string> =
  | UnknownEventRefusal<S>
  | NotAllowedInStateRefusal<S>
  | GuardRejectedRefusal<S>;

/**
 * The parts of a machine that refusal messages read: its id and the labels of states and events.
 *
 * @category Machine
 */
export interface LabelledMachine {
  /** The machine's id. */
  readonly id: string;
  /** The states, with their labels and handlers. */
  readonly states: { readonly [state: string]: { readonly label: LocalizedText; readonly on?: object } };
  /** The labels of the event types. */
  readonly events: { readonly [type: string]: LocalizedText };
}

function stateLabel(machine: LabelledMachine, state: string): LocalizedText {
  return Object.hasOwn(machine.states, state) ? (machine.states[state]?.label ?? text(state, state)) : text(state, state);
}

function eventLabel(machine: LabelledMachine, type: string): LocalizedText {
  return Object.hasOwn(machine.events, type) ? (machine.events[type] ?? text(type, type)) : text(type, type);
}

/**
 * Builds the refusal of an event type the machine does not define.
 *
 * @typeParam S - The machine's states.
 * @param machine - The machine.
 * @param state - The current state.
 * @param eventType - The unknown event type.
 * @returns The `UNKNOWN_EVENT` refusal.
 *
 * @example
 * ```ts
 * import { text, unknownEventRefusal } from 'logistics-customer/core';
 * const m = { id: 'door', states: { closed: { label: text('关', 'Closed') } }, events: {} };
 * unknownEventRefusal(m, 'closed', 'KNOCK').message;
 * // => 'unknown event "KNOCK": machine "door" does not define it'
 * ```
 * @category Machine
 */
export function unknownEventRefusal<S extends string>(
  machine: LabelledMachine,
  state: S,
  eventType: string,
): UnknownEventRefusal<S> {
  const messages = text(
    `未知事件“${eventType}”：流程“${machine.id}”没有定义此事件`,
    `unknown event "${eventType}": machine "${machine.id}" does not define it`,
  );
  return { ...domainError('UNKNOWN_EVENT', messages, { path: ['type'] }), details: { state, eventType } };
}

/**
 * Builds the refusal of an event the current state does not handle, naming the events it does.
 *
 * @typeParam S - The machine's states.
 * @param machine - The machine.
 * @param state - The current state.
 * @param eventType - The event type.
 * @returns The `NOT_ALLOWED_IN_STATE` refusal.
 *
 * @example
 * ```ts
 * import { notAllowedRefusal, text } from 'logistics-customer/core';
 * const m = {
 *   id: 'door',
 *   states: { closed: { label: text('关', 'Closed'), on: { OPEN: { target: 'open' } } } },
 *   events: { OPEN: text('开门', 'open'), CLOSE: text('关门', 'close') },
 * };
 * notAllowedRefusal(m, 'closed', 'CLOSE').messages['zh-CN'];
 * // => '“关”状态下不能“关门”；可以：开门'
 * ```
 * @category Machine
 */
export function notAllowedRefusal<S extends string>(
  machine: LabelledMachine,
  state: S,
  eventType: string,
): NotAllowedInStateRefusal<S> {
  const on = Object.hasOwn(machine.states, state) ? machine.states[state]?.on : undefined;
  const allowed = Object.keys(on ?? {});
  const from = stateLabel(machine, state);
  const what = eventLabel(machine, eventType);
  const zh = allowed.map((t) => eventLabel(machine, t)['zh-CN']).join('、');
  const en = allowed.map((t) => eventLabel(machine, t).en).join(', ');
  const messages = text(
    `“${from['zh-CN']}”状态下不能“${what['zh-CN']}”；可以：${zh === '' ? '无' : zh}`,
    `"${what.en}" is not allowed in state "${from.en}"; allowed: ${en === '' ? 'none' : en}`,
  );
  return {
    ...domainError('NOT_ALLOWED_IN_STATE', messages, { path: ['type'] }),
    details: { state, eventType, allowed },
  };
}

/**
 * Builds the refusal of an event whose every guard said no, with all their reasons.
 *
 * @typeParam S - The machine's states.
 * @param machine - The machine.
 * @param state - The current state.
 * @param eventType - The event type.
 * @param rejections - What each guard said, in the order they were tried.
 * @returns The `GUARD_REJECTED` refusal.
 *
 * @example
 * ```ts
 * import { guardRejectedRefusal, text } from 'logistics-customer/core';
 * const m = { id: 'deal', states: { open: { label: text('洽谈', 'Open') } }, events: { WIN: text('成交', 'win') } };
 * const reason = { code: 'NO_VALUE', message: text('合同金额须为正', 'contract value must be positive') };
 * guardRejectedRefusal(m, 'open', 'WIN', [{ guard: 'hasValue', reasons: [reason] }]).message;
 * // => '"win" was refused by its guard: contract value must be positive'
 * ```
 * @category Machine
 */
export function guardRejectedRefusal<S extends string>(
  machine: LabelledMachine,
  state: S,
  eventType: string,
  rejections: readonly GuardRejection[],
): GuardRejectedRefusal<S> {
  const what = eventLabel(machine, eventType);
  const [only, second] = rejections;
  if (only !== undefined && second === undefined && only.reasons.length === 1) {
    // The usual case, one guard with one reason, without the joining loop.
    const reason = only.reasons[0] as GuardReason;
    const messages = text(
      `“${what['zh-CN']}”未通过条件检查：${reason.message['zh-CN']}`,
      `"${what.en}" was refused by its guard: ${reason.message.en}`,
    );
    return guardRejected(messages, { state, eventType, rejections, reasons: [reason] });
  }
  const reasons: GuardReason[] = [];
  let zh = '';
  let en = '';
  for (let i = 0; i < rejections.length; i++) {
    const given = (rejections[i] as GuardRejection).reasons;
    for (let j = 0; j < given.length; j++) {
      const reason = given[j] as GuardReason;
      zh = reasons.length === 0 ? reason.message['zh-CN'] : `${zh}；${reason.message['zh-CN']}`;
      en = reasons.length === 0 ? reason.message.en : `${en}; ${reason.message.en}`;
      reasons.push(reason);
    }
  }
  const messages = text(`“${what['zh-CN']}”未通过条件检查：${zh}`, `"${what.en}" was refused by its guard: ${en}`);
  return guardRejected(messages, { state, eventType, rejections, reasons });
}

/**
 * The `GUARD_REJECTED` refusal, spelled out rather than spread from `domainError` (the same
 * fields in the same order, built once): guard refusals are frequent in replays of real logs.
 */
function guardRejected<S extends string>(
  messages: LocalizedText,
  details: GuardRejectedRefusal<S>['details'],
): GuardRejectedRefusal<S> {
  return { code: 'GUARD_REJECTED', message: messages.en, messages, path: [], details };
}

/**
 * Turns what a guard answered into a {@link GuardRejection}. A guard written in plain JavaScript
 * may answer `false` or an empty list; it still gets a reason (`GUARD_FAILED`).
 *
 * @param guard - The guard's name.
 * @param verdict - What it answered, other than `true`.
 * @returns The rejection with at least one reason.
 *
 * @example
 * ```ts
 * import { guardRejection } from 'logistics-customer/core';
 * guardRejection('hasValue', false).reasons[0]?.code;
 * // => 'GUARD_FAILED'
 * ```
 * @category Machine
 */
export function guardRejection(guard: string, verdict: unknown): GuardRejection {
  if (Array.isArray(verdict) && verdict.length > 0) return { guard, reasons: verdict as readonly GuardReason[] };
  const message = text(`条件“${guard}”不满足`, `guard "${guard}" is not satisfied`);
  return { guard, reasons: [{ code: 'GUARD_FAILED', message }] };
}
