import * as z from 'zod/mini';
import type { LabelTable } from '../locale.js';

/**
 * What {@link checkMachine} can find wrong with a machine definition.
 *
 * @example
 * ```ts
 * import { MachineProblemCodeSchema } from 'logistics-customer/core';
 * MachineProblemCodeSchema.options.length;
 * // => 9
 * ```
 * @category Machine
 */
export const MachineProblemCodeSchema = z.enum([
  'INITIAL_NOT_A_STATE',
  'UNKNOWN_TARGET',
  'UNREACHABLE_STATE',
  'UNDEFINED_GUARD',
  'UNDEFINED_UPDATE',
  'UNLABELLED_EVENT',
  'FINAL_STATE_HAS_TRANSITIONS',
  'EMPTY_HANDLER',
  'UNREACHABLE_BRANCH',
]);

/**
 * The code of a problem in a machine definition.
 *
 * @category Machine
 */
export type MachineProblemCode = z.infer<typeof MachineProblemCodeSchema>;

/**
 * The label of every {@link MachineProblemCode} in both locales.
 *
 * @example
 * ```ts
 * import { machineProblemCodeLabels } from 'logistics-customer/core';
 * machineProblemCodeLabels.UNREACHABLE_STATE.en;
 * // => 'Unreachable state'
 * ```
 * @category Machine
 */
export const machineProblemCodeLabels = {
  INITIAL_NOT_A_STATE: { 'zh-CN': '初始状态未定义', en: 'Initial state not defined' },
  UNKNOWN_TARGET: { 'zh-CN': '目标状态未定义', en: 'Unknown target state' },
  UNREACHABLE_STATE: { 'zh-CN': '不可达状态', en: 'Unreachable state' },
  UNDEFINED_GUARD: { 'zh-CN': '条件未定义', en: 'Guard not defined' },
  UNDEFINED_UPDATE: { 'zh-CN': '数据更新未定义', en: 'Context update not defined' },
  UNLABELLED_EVENT: { 'zh-CN': '事件缺少名称', en: 'Event without a label' },
  FINAL_STATE_HAS_TRANSITIONS: { 'zh-CN': '终止状态仍有转移', en: 'Final state with transitions' },
  EMPTY_HANDLER: { 'zh-CN': '空的转移列表', en: 'Empty list of transitions' },
  UNREACHABLE_BRANCH: { 'zh-CN': '永远不会选中的分支', en: 'Branch that can never be taken' },
} as const satisfies LabelTable<MachineProblemCode>;
