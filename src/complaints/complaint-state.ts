import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The states of a complaint (投诉处理流程, DOMAIN.md §7, aligned with ISO 10002): 受理登记
 * `received` → 确认 `acknowledged` → 判断是否成立: `assessed` (valid) or `rejected` → 确定责任部门
 * `assigned` → 调查原因 `investigating` → 提出处理方案 `proposed` → 领导批示 `approved` →
 * 实施并告知客户 `implemented` → 回访: the customer `satisfied`, or `reopened` → 结案 `closed` →
 * 总结归档 `archived`; and along the way `waiting` on the customer (the clocks pause), `escalated`
 * and `withdrawn`. `new` is the state before the receipt.
 *
 * @example
 * ```ts
 * import { ComplaintStateSchema } from 'logistics-customer/complaints';
 * ComplaintStateSchema.options.length;
 * // => 17
 * ```
 * @category Complaints
 */
export const ComplaintStateSchema = z.enum([
  'new',
  'received',
  'acknowledged',
  'assessed',
  'rejected',
  'assigned',
  'investigating',
  'proposed',
  'approved',
  'implemented',
  'satisfied',
  'closed',
  'reopened',
  'waiting',
  'escalated',
  'withdrawn',
  'archived',
]);

/**
 * A state of a complaint.
 *
 * @category Complaints
 */
export type ComplaintState = z.infer<typeof ComplaintStateSchema>;

/**
 * The zh-CN and en labels of the complaint states.
 *
 * @example
 * ```ts
 * import { complaintStateLabels } from 'logistics-customer/complaints';
 * complaintStateLabels.approved['zh-CN'];
 * // => '领导已批示'
 * ```
 * @category Complaints
 */
export const complaintStateLabels = {
  new: { 'zh-CN': '待受理', en: 'Not yet received' },
  received: { 'zh-CN': '已受理登记', en: 'Received and recorded' },
  acknowledged: { 'zh-CN': '已确认收到', en: 'Acknowledged' },
  assessed: { 'zh-CN': '判定成立', en: 'Assessed as valid' },
  rejected: { 'zh-CN': '判定不成立', en: 'Rejected as invalid' },
  assigned: { 'zh-CN': '已确定责任部门', en: 'Assigned to a department' },
  investigating: { 'zh-CN': '调查原因中', en: 'Investigating the cause' },
  proposed: { 'zh-CN': '已提出处理方案', en: 'Remedy proposed' },
  approved: { 'zh-CN': '领导已批示', en: 'Approved by management' },
  implemented: { 'zh-CN': '已实施并告知客户', en: 'Implemented, customer informed' },
  satisfied: { 'zh-CN': '回访满意', en: 'Followed up: satisfied' },
  closed: { 'zh-CN': '已结案', en: 'Closed' },
  reopened: { 'zh-CN': '重新处理', en: 'Reopened' },
  waiting: { 'zh-CN': '等待客户', en: 'Waiting on the customer' },
  escalated: { 'zh-CN': '已升级', en: 'Escalated' },
  withdrawn: { 'zh-CN': '客户撤诉', en: 'Withdrawn by the customer' },
  archived: { 'zh-CN': '已总结归档', en: 'Archived' },
} as const satisfies LabelTable<ComplaintState>;

/**
 * The states a complaint can wait on the customer from: the clocks pause, and `RESUME` returns
 * it to the state it came from.
 *
 * @example
 * ```ts
 * import { PAUSABLE_STATES } from 'logistics-customer/complaints';
 * PAUSABLE_STATES.includes('investigating');
 * // => true
 * ```
 * @category Complaints
 */
export const PAUSABLE_STATES = [
  'acknowledged',
  'assessed',
  'assigned',
  'investigating',
  'proposed',
  'approved',
  'implemented',
  'reopened',
] as const satisfies readonly ComplaintState[];

/**
 * The states a complaint can be escalated from; `DEESCALATE` returns it to the state it came
 * from (a disputed rejection returns to `acknowledged` to be assessed again).
 *
 * @example
 * ```ts
 * import { ESCALATABLE_STATES } from 'logistics-customer/complaints';
 * ESCALATABLE_STATES.includes('rejected');
 * // => true
 * ```
 * @category Complaints
 */
export const ESCALATABLE_STATES = [
  'received',
  'acknowledged',
  'assessed',
  'assigned',
  'investigating',
  'proposed',
  'approved',
  'reopened',
  'rejected',
] as const satisfies readonly ComplaintState[];
