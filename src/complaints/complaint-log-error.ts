import * as z from 'zod/mini';
import { type DomainError, domainError } from '../core/domain-error.js';
import { type LabelTable, text } from '../core/locale.js';
import type { GuardReason } from '../core/machine/definition.js';
import { complaintEventTypeLabels, type ComplaintEventType } from './complaint-event.js';
import type { ComplaintState } from './complaint-state.js';

/**
 * The rule a bad complaint event log breaks: an unknown event type, an event the complaint's
 * state does not allow, an event earlier than the one before it, an unknown category or
 * department, a compensation in another currency than the policy's, a close without a
 * satisfied follow-up, a reopen after the window, any other invalid payload, or a log with no
 * receipt (as of the time asked).
 *
 * @example
 * ```ts
 * import { ComplaintLogRuleSchema } from 'logistics-customer/complaints';
 * ComplaintLogRuleSchema.options.length;
 * // => 10
 * ```
 * @category Complaints
 */
export const ComplaintLogRuleSchema = z.enum([
  'UNKNOWN_EVENT',
  'NOT_ALLOWED_IN_STATE',
  'EVENT_OUT_OF_ORDER',
  'UNKNOWN_CATEGORY',
  'UNKNOWN_DEPARTMENT',
  'CURRENCY_MISMATCH',
  'CLOSE_WITHOUT_FOLLOW_UP',
  'REOPEN_WINDOW_EXPIRED',
  'INVALID_EVENT',
  'NOT_RECEIVED',
]);

/**
 * A rule of a valid complaint event log.
 *
 * @category Complaints
 */
export type ComplaintLogRule = z.infer<typeof ComplaintLogRuleSchema>;

/**
 * The zh-CN and en labels of the event-log rules.
 *
 * @example
 * ```ts
 * import { complaintLogRuleLabels } from 'logistics-customer/complaints';
 * complaintLogRuleLabels.CLOSE_WITHOUT_FOLLOW_UP['zh-CN'];
 * // => '未经回访不得结案'
 * ```
 * @category Complaints
 */
export const complaintLogRuleLabels = {
  UNKNOWN_EVENT: { 'zh-CN': '未知事件类型', en: 'Unknown event type' },
  NOT_ALLOWED_IN_STATE: { 'zh-CN': '当前状态不允许该事件', en: 'Event not allowed in the state' },
  EVENT_OUT_OF_ORDER: { 'zh-CN': '事件时间顺序错误', en: 'Event out of order in time' },
  UNKNOWN_CATEGORY: { 'zh-CN': '未知投诉类别', en: 'Unknown complaint category' },
  UNKNOWN_DEPARTMENT: { 'zh-CN': '未知责任部门', en: 'Unknown department' },
  CURRENCY_MISMATCH: { 'zh-CN': '赔偿币种与政策币种不一致', en: 'Compensation currency differs from the policy currency' },
  CLOSE_WITHOUT_FOLLOW_UP: { 'zh-CN': '未经回访不得结案', en: 'No close without a satisfied follow-up' },
  REOPEN_WINDOW_EXPIRED: { 'zh-CN': '已超过重新打开期限', en: 'Reopen window expired' },
  INVALID_EVENT: { 'zh-CN': '事件内容无效', en: 'Invalid event' },
  NOT_RECEIVED: { 'zh-CN': '投诉尚未受理', en: 'Complaint not received' },
} as const satisfies LabelTable<ComplaintLogRule>;

/**
 * A bad complaint event log, as a value: the rule broken, with the complaint, the event's index
 * and type, the state it was refused in and the guards' reasons. Nothing of the log was applied.
 *
 * @category Complaints
 */
export interface ComplaintLogError extends DomainError<ComplaintLogRule> {
  /** Where and why. */
  readonly details: {
    /** The complaint's id, when known. */
    readonly complaintId: string | undefined;
    /** The index of the refused event in the log (from 0); the log's length for `NOT_RECEIVED`. */
    readonly eventIndex: number;
    /** The refused event's type. */
    readonly eventType: string;
    /** The state the complaint was in. */
    readonly state: ComplaintState;
    /** What the guards said, without repeats. */
    readonly reasons: readonly GuardReason[];
  };
}

/**
 * The facts a {@link ComplaintLogError} is built from.
 *
 * @category Complaints
 */
export interface ComplaintLogErrorFacts {
  /** The complaint's id, when known. */
  readonly complaintId: string | undefined;
  /** The index of the refused event in the log. */
  readonly eventIndex: number;
  /** The refused event's type. */
  readonly eventType: string;
  /** The state the complaint was in. */
  readonly state: ComplaintState;
  /** What the guards said. */
  readonly reasons?: readonly GuardReason[];
}

function eventLabel(type: string): { readonly 'zh-CN': string; readonly en: string } {
  return Object.hasOwn(complaintEventTypeLabels, type) ? complaintEventTypeLabels[type as ComplaintEventType] : text(type, type);
}

/**
 * Builds a {@link ComplaintLogError} naming the complaint, the event and the rule, with the
 * guards' reasons in both locales.
 *
 * @param rule - The rule broken.
 * @param facts - The complaint's id, the event's index and type, the state and the reasons.
 * @returns The error; its path is `['events', eventIndex]`.
 *
 * @example
 * ```ts
 * import { complaintLogError } from 'logistics-customer/complaints';
 * const e = complaintLogError('CLOSE_WITHOUT_FOLLOW_UP', { complaintId: 'C-7', eventIndex: 9, eventType: 'CLOSE', state: 'implemented' });
 * e.message;
 * // => 'complaint C-7, event 9 (CLOSE, "close") in state "implemented" breaks the rule "No close without a satisfied follow-up"'
 * ```
 * @category Complaints
 */
export function complaintLogError(rule: ComplaintLogRule, facts: ComplaintLogErrorFacts): ComplaintLogError {
  const reasons: GuardReason[] = [];
  for (const r of facts.reasons ?? []) if (!reasons.some((seen) => seen.code === r.code)) reasons.push(r);
  const what = eventLabel(facts.eventType);
  const ruleText = complaintLogRuleLabels[rule];
  const id = facts.complaintId ?? '?';
  const zhWhy = reasons.map((r) => r.message['zh-CN']).join('；');
  const enWhy = reasons.map((r) => r.message.en).join('; ');
  const messages = text(
    `投诉 ${id} 的事件 #${facts.eventIndex}（${facts.eventType}，“${what['zh-CN']}”）在“${facts.state}”状态下违反规则“${ruleText['zh-CN']}”${zhWhy === '' ? '' : `：${zhWhy}`}`,
    `complaint ${id}, event ${facts.eventIndex} (${facts.eventType}, "${what.en}") in state "${facts.state}" breaks the rule "${ruleText.en}"${enWhy === '' ? '' : `: ${enWhy}`}`,
  );
  return {
    ...domainError(rule, messages, { path: ['events', facts.eventIndex] }),
    details: {
      complaintId: facts.complaintId,
      eventIndex: facts.eventIndex,
      eventType: facts.eventType,
      state: facts.state,
      reasons,
    },
  };
}
