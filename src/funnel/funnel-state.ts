import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The states of a deal in the development funnel (物流客户开发流程, DOMAIN.md §5 [seed 003]):
 * `new` (a deal record with no prospect yet), 寻找 `prospecting`, 识别 `qualified` or
 * `disqualified`, 接近 `approaching`, 洽谈 `negotiating`, 成交 `won`, or `lost` at any open stage.
 *
 * @example
 * ```ts
 * import { FunnelStateSchema } from 'logistics-customer/funnel';
 * FunnelStateSchema.options;
 * // => ['new', 'prospecting', 'qualified', 'disqualified', 'approaching', 'negotiating', 'won', 'lost']
 * ```
 * @category Funnel
 */
export const FunnelStateSchema = z.enum([
  'new',
  'prospecting',
  'qualified',
  'disqualified',
  'approaching',
  'negotiating',
  'won',
  'lost',
]);

/**
 * A state of the funnel machine.
 *
 * @category Funnel
 */
export type FunnelState = z.infer<typeof FunnelStateSchema>;

/**
 * The zh-CN and en labels of the funnel states.
 *
 * @example
 * ```ts
 * import { funnelStateLabels } from 'logistics-customer/funnel';
 * funnelStateLabels.negotiating['zh-CN'];
 * // => '洽谈'
 * ```
 * @category Funnel
 */
export const funnelStateLabels = {
  new: { 'zh-CN': '新建', en: 'New' },
  prospecting: { 'zh-CN': '寻找', en: 'Prospecting' },
  qualified: { 'zh-CN': '识别合格', en: 'Qualified' },
  disqualified: { 'zh-CN': '识别不合格', en: 'Disqualified' },
  approaching: { 'zh-CN': '接近', en: 'Approaching' },
  negotiating: { 'zh-CN': '洽谈', en: 'Negotiating' },
  won: { 'zh-CN': '成交', en: 'Won' },
  lost: { 'zh-CN': '丢单', en: 'Lost' },
} as const satisfies LabelTable<FunnelState>;

/**
 * The open stages of the funnel, in order: a deal in one of them can still be won.
 *
 * @example
 * ```ts
 * import { OPEN_STAGES } from 'logistics-customer/funnel';
 * OPEN_STAGES;
 * // => ['prospecting', 'qualified', 'approaching', 'negotiating']
 * ```
 * @category Funnel
 */
export const OPEN_STAGES = ['prospecting', 'qualified', 'approaching', 'negotiating'] as const satisfies readonly FunnelState[];

/**
 * An open stage of the funnel: 寻找, 识别, 接近 or 洽谈.
 *
 * @category Funnel
 */
export type OpenStage = (typeof OPEN_STAGES)[number];

/**
 * The states a deal can be in once found, in funnel order: the open stages and the outcomes.
 *
 * @example
 * ```ts
 * import { FUNNEL_STAGES } from 'logistics-customer/funnel';
 * FUNNEL_STAGES.length;
 * // => 7
 * ```
 * @category Funnel
 */
export const FUNNEL_STAGES = [
  'prospecting',
  'qualified',
  'approaching',
  'negotiating',
  'won',
  'lost',
  'disqualified',
] as const satisfies readonly FunnelState[];

/**
 * A state a deal can be in once found (every state but `new`).
 *
 * @category Funnel
 */
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
