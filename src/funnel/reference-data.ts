import type { LocalizedText } from '../core/locale.js';
import { approachMethodLabels } from './approach-method.js';
import { closingMethodLabels } from './closing-method.js';
import { findingChannelLabels } from './finding-channel.js';
import { lostReasonLabels } from './lost-reason.js';

/**
 * A code from a reference table: one of the textbook's codes `K` (offered by the editor), or any
 * other code a user added to the table. The machine checks the code against the table it was
 * created with.
 *
 * @typeParam K - The textbook's codes.
 * @category Reference data
 */
export type ReferenceCode<K extends string> = K | (string & Record<never, never>);

/**
 * A reference table: for each code, its label in every locale.
 *
 * @category Reference data
 */
export type ReferenceTable = { readonly [code: string]: LocalizedText };

/**
 * The reference tables a funnel machine checks event codes against: finding channels, approach
 * methods, closing methods and lost reasons. Start from {@link DEFAULT_FUNNEL_REFERENCE} and
 * spread in your own codes.
 *
 * @category Reference data
 */
export interface FunnelReferenceData {
  /** The finding channels (寻找渠道) a `FIND` or `REOPEN` event may name. */
  readonly findingChannels: ReferenceTable;
  /** The approach methods (接近方法) a visit plan may name. */
  readonly approachMethods: ReferenceTable;
  /** The closing methods (成交方法) a `WIN` event may name. */
  readonly closingMethods: ReferenceTable;
  /** The lost reasons a `LOSE` event may name. */
  readonly lostReasons: ReferenceTable;
}

/**
 * The textbook's reference tables (DOMAIN.md §5): the 14 finding channels, 9 approach methods,
 * 9 closing methods and 8 lost reasons, with zh-CN and en labels.
 *
 * @example
 * ```ts
 * import { DEFAULT_FUNNEL_REFERENCE, findingChannelLabels } from 'logistics-customer/funnel';
 * const mine = { ...DEFAULT_FUNNEL_REFERENCE, findingChannels: { ...findingChannelLabels, wechat: { 'zh-CN': '微信', en: 'WeChat' } } };
 * [Object.keys(DEFAULT_FUNNEL_REFERENCE.findingChannels).length, Object.keys(mine.findingChannels).length];
 * // => [14, 15]
 * ```
 * @category Reference data
 */
export const DEFAULT_FUNNEL_REFERENCE = {
  findingChannels: findingChannelLabels,
  approachMethods: approachMethodLabels,
  closingMethods: closingMethodLabels,
  lostReasons: lostReasonLabels,
} as const satisfies FunnelReferenceData;
