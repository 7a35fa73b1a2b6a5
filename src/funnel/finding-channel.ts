import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The textbook's 14 channels for finding logistics customers (寻找物流客户的渠道, DOMAIN.md §5
 * [seed 003]): door-to-door canvassing, advertising, referrals by existing customers, the personal
 * network, directories, introductions by influential people, meetings, telephone, direct mail,
 * agents, personal observation, market consultancies, product exhibitions and winning
 * competitors' customers.
 *
 * @example
 * ```ts
 * import { FindingChannelSchema } from 'logistics-customer/funnel';
 * FindingChannelSchema.options.length;
 * // => 14
 * ```
 * @category Reference data
 */
export const FindingChannelSchema = z.enum([
  'door-to-door',
  'advertising',
  'customer-referral',
  'personal-network',
  'directory-research',
  'influencer-introduction',
  'meetings',
  'telecom',
  'direct-mail',
  'agents',
  'personal-observation',
  'market-consulting',
  'product-exhibition',
  'competitor-conquest',
]);

/**
 * One of the 14 finding channels (寻找渠道, DOMAIN.md §5).
 *
 * @category Reference data
 */
export type FindingChannel = z.infer<typeof FindingChannelSchema>;

/**
 * The zh-CN and en labels of the 14 finding channels, in the textbook's order. Extend it for your
 * own channels with a spread: `{ ...findingChannelLabels, wechat: { 'zh-CN': '微信', en: 'WeChat' } }`
 * and pass the result to `createFunnelMachine({ reference: { findingChannels } })`.
 *
 * @example
 * ```ts
 * import { findingChannelLabels } from 'logistics-customer/funnel';
 * findingChannelLabels['competitor-conquest']['zh-CN'];
 * // => '从竞争对手手中抢客户'
 * ```
 * @category Reference data
 */
export const findingChannelLabels = {
  'door-to-door': { 'zh-CN': '逐步访寻', en: 'Door-to-door canvassing' },
  advertising: { 'zh-CN': '广告搜寻', en: 'Advertising' },
  'customer-referral': { 'zh-CN': '老客户介绍', en: 'Referral by an existing customer' },
  'personal-network': { 'zh-CN': '人际关系开拓', en: 'Personal network' },
  'directory-research': { 'zh-CN': '资料查询', en: 'Directories and data lookup' },
  'influencer-introduction': { 'zh-CN': '名人介绍', en: 'Introduction by an influential person' },
  meetings: { 'zh-CN': '会议搜寻', en: 'Meetings and events' },
  telecom: { 'zh-CN': '电信寻找', en: 'Telephone and telecom' },
  'direct-mail': { 'zh-CN': '直接邮寄寻找', en: 'Direct mail' },
  agents: { 'zh-CN': '利用代理人寻找', en: 'Agents' },
  'personal-observation': { 'zh-CN': '个人观察', en: 'Personal observation' },
  'market-consulting': { 'zh-CN': '市场咨询寻找', en: 'Market consultancies' },
  'product-exhibition': { 'zh-CN': '产品展示', en: 'Product exhibitions' },
  'competitor-conquest': { 'zh-CN': '从竞争对手手中抢客户', en: "Winning competitors' customers" },
} as const satisfies LabelTable<FindingChannel>;
