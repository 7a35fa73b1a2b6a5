import * as z from 'zod/mini';
import { type DomainError, domainError } from '../core/domain-error.js';
import { type LabelTable, text } from '../core/locale.js';
import type { GuardReason } from '../core/machine/definition.js';

/**
 * The rule a corrupted funnel event log breaks: an unknown event type, an event the deal's state
 * does not allow, an event earlier than the one before it, a payload that fails its schema, a
 * guard that refuses the event (e.g. a win without a contract value), or an amount in another
 * currency than the report's.
 *
 * @example
 * ```ts
 * import { FunnelLogRuleSchema } from 'logistics-customer/funnel';
 * FunnelLogRuleSchema.options;
 * // => ['UNKNOWN_EVENT', 'NOT_ALLOWED_IN_STATE', 'EVENT_OUT_OF_ORDER', 'INVALID_PAYLOAD', 'GUARD_REJECTED', 'CURRENCY_MISMATCH']
 * ```
 * @category Funnel
 */
export const FunnelLogRuleSchema = z.enum([
  'UNKNOWN_EVENT',
  'NOT_ALLOWED_IN_STATE',
  'EVENT_OUT_OF_ORDER',
  'INVALID_PAYLOAD',
  'GUARD_REJECTED',
  'CURRENCY_MISMATCH',
]);

/**
 * A rule of a valid funnel event log.
 *
 * @category Funnel
 */
export type FunnelLogRule = z.infer<typeof FunnelLogRuleSchema>;

/**
 * The zh-CN and en labels of the event-log rules.
 *
 * @example
 * ```ts
 * import { funnelLogRuleLabels } from 'logistics-customer/funnel';
 * funnelLogRuleLabels.EVENT_OUT_OF_ORDER['zh-CN'];
 * // => '事件时间顺序错误'
 * ```
 * @category Funnel
 */
export const funnelLogRuleLabels = {
  UNKNOWN_EVENT: { 'zh-CN': '未知事件类型', en: 'Unknown event type' },
  NOT_ALLOWED_IN_STATE: { 'zh-CN': '当前状态不允许该事件', en: 'Event not allowed in the state' },
  EVENT_OUT_OF_ORDER: { 'zh-CN': '事件时间顺序错误', en: 'Event out of order in time' },
  INVALID_PAYLOAD: { 'zh-CN': '事件内容不符合格式', en: 'Payload fails its schema' },
  GUARD_REJECTED: { 'zh-CN': '事件未通过业务规则', en: 'Event refused by a business rule' },
  CURRENCY_MISMATCH: { 'zh-CN': '币种不一致', en: 'Currency mismatch' },
} as const satisfies LabelTable<FunnelLogRule>;

/**
 * Where and why a funnel event log is corrupted: the deal (for reports over many deals), the
 * event's index in the deal's log, the rule it breaks and the state the deal was in. Nothing of
 * the log is applied when this is returned.
 *
 * @category Funnel
 */
export interface FunnelLogError extends DomainError<FunnelLogRule> {
  /** The facts: where, which rule, and the guard's reasons or the schema's problems. */
  readonly details: {
    /** The rule the event breaks (the same as `code`). */
    readonly rule: FunnelLogRule;
    /** The index of the deal in the list of deals, or `undefined` for a single log. */
    readonly dealIndex: number | undefined;
    /** The deal's id, when known. */
    readonly dealId: string | undefined;
    /** The index of the offending event in the deal's log (from 0). */
    readonly eventIndex: number;
    /** The state of the deal just before the event. */
    readonly state: string;
    /** The event's type as received. */
    readonly eventType: string;
    /** The guard's reasons (`GUARD_REJECTED`, `EVENT_OUT_OF_ORDER`). */
    readonly reasons: readonly GuardReason[];
    /** The schema's problems (`INVALID_PAYLOAD`). */
    readonly problems: readonly DomainError[];
  };
}

/**
 * Where a log error happened and what was found, for {@link funnelLogError}.
 *
 * @category Funnel
 */
export interface FunnelLogErrorFacts {
  /** The index of the deal in the list of deals, if any. */
  readonly dealIndex?: number | undefined;
  /** The deal's id, if known. */
  readonly dealId?: string | undefined;
  /** The index of the event in the deal's log. */
  readonly eventIndex: number;
  /** The state of the deal just before the event. */
  readonly state: string;
  /** The event's type as received. */
  readonly eventType: string;
  /** The guard's reasons. */
  readonly reasons?: readonly GuardReason[];
  /** The schema's problems. */
  readonly problems?: readonly DomainError[];
}

const RULE_TEXT = {
  UNKNOWN_EVENT: ['事件类型未知', 'the event type is unknown'],
  NOT_ALLOWED_IN_STATE: ['当前状态不允许该事件', 'the event is not allowed in the state'],
  EVENT_OUT_OF_ORDER: ['事件时间早于上一事件', 'the event is earlier than the event before it'],
  INVALID_PAYLOAD: ['事件内容不符合格式', 'the event payload fails its schema'],
  GUARD_REJECTED: ['事件未通过业务规则', 'a business rule refuses the event'],
  CURRENCY_MISMATCH: ['金额币种与报告币种不一致', "the amount's currency is not the report's currency"],
} as const satisfies { readonly [R in FunnelLogRule]: readonly [string, string] };

/**
 * Builds a {@link FunnelLogError} whose message names the deal, the event index, the state and the
 * rule, followed by the guard's reasons or the schema's problems.
 *
 * @param rule - The rule the event breaks.
 * @param facts - Where it happened and what was found.
 * @returns The error, with `path` `[dealIndex, 'events', eventIndex]` (or `[eventIndex]` for a single log).
 *
 * @example
 * ```ts
 * import { funnelLogError } from 'logistics-customer/funnel';
 * const e = funnelLogError('NOT_ALLOWED_IN_STATE', { eventIndex: 2, state: 'prospecting', eventType: 'WIN' });
 * [e.code, e.path, e.message];
 * // => ['NOT_ALLOWED_IN_STATE', [2], 'event 2 (WIN) in state prospecting: the event is not allowed in the state']
 * ```
 * @category Funnel
 */
export function funnelLogError(rule: FunnelLogRule, facts: FunnelLogErrorFacts): FunnelLogError {
  const reasons = facts.reasons ?? [];
  const problems = facts.problems ?? [];
  const [zh, en] = RULE_TEXT[rule];
  const deal = facts.dealIndex === undefined ? ['', ''] : [`第 ${facts.dealIndex} 个商机`, `deal ${facts.dealIndex}`];
  const id = facts.dealId === undefined ? '' : ` (${facts.dealId})`;
  const whereZh = `${deal[0]}${deal[0] === '' ? '' : id}第 ${facts.eventIndex} 个事件（${facts.eventType}，状态 ${facts.state}）`;
  const whereEn = `${deal[1] === '' ? '' : `${deal[1]}${id}, `}event ${facts.eventIndex} (${facts.eventType}) in state ${facts.state}`;
  const moreZh = [...reasons.map((r) => r.message['zh-CN']), ...problems.map((p) => p.messages['zh-CN'])];
  const moreEn = [...reasons.map((r) => r.message.en), ...problems.map((p) => p.messages.en)];
  const messages = text(
    `${whereZh}：${zh}${moreZh.length > 0 ? `：${moreZh.join('；')}` : ''}`,
    `${whereEn}: ${en}${moreEn.length > 0 ? `: ${moreEn.join('; ')}` : ''}`,
  );
  const path = facts.dealIndex === undefined ? [facts.eventIndex] : [facts.dealIndex, 'events', facts.eventIndex];
  const base = domainError(rule, messages, { path });
  return {
    ...base,
    details: {
      rule,
      dealIndex: facts.dealIndex,
      dealId: facts.dealId,
      eventIndex: facts.eventIndex,
      state: facts.state,
      eventType: facts.eventType,
      reasons,
      problems,
    },
  };
}
