import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The service measures the sources name for the tiers (DOMAIN.md §6 [seed 000, 002]): dedicated
 * account manager or team, custom solution, priority resources, executive visits (core); pilot
 * solutions, free trial of value-added services, nurturing (potential); standard packages,
 * convenient online entry (general and temporary); analysing why a customer left and targeted
 * win-back measures (lost).
 *
 * @example
 * ```ts
 * import { ServiceMeasureSchema } from 'logistics-customer/segmentation';
 * ServiceMeasureSchema.options.length;
 * // => 11
 * ```
 * @category Service policy
 */
export const ServiceMeasureSchema = z.enum([
  'dedicated-account-manager',
  'custom-solution',
  'priority-resources',
  'executive-visits',
  'pilot-solution',
  'value-added-trial',
  'nurture',
  'standard-package',
  'online-self-service',
  'loss-analysis',
  'win-back-offer',
]);

/**
 * One service measure (DOMAIN.md §6).
 *
 * @category Service policy
 */
export type ServiceMeasure = z.infer<typeof ServiceMeasureSchema>;

/**
 * The zh-CN and en labels of {@link ServiceMeasure}.
 *
 * @example
 * ```ts
 * import { serviceMeasureLabels } from 'logistics-customer/segmentation';
 * serviceMeasureLabels['dedicated-account-manager']['zh-CN'];
 * // => '专属客户经理（团队）'
 * ```
 * @category Service policy
 */
export const serviceMeasureLabels = {
  'dedicated-account-manager': { 'zh-CN': '专属客户经理（团队）', en: 'Dedicated account manager (team)' },
  'custom-solution': { 'zh-CN': '定制化服务方案', en: 'Custom service solution' },
  'priority-resources': { 'zh-CN': '优先资源保障', en: 'Priority resources' },
  'executive-visits': { 'zh-CN': '高层互访', en: 'Executive visits' },
  'pilot-solution': { 'zh-CN': '行业解决方案试点', en: 'Industry solution pilot' },
  'value-added-trial': { 'zh-CN': '增值服务免费体验', en: 'Free trial of value-added services' },
  nurture: { 'zh-CN': '资源倾斜、积极培育', en: 'Nurturing with extra resources' },
  'standard-package': { 'zh-CN': '标准化服务套餐', en: 'Standard service package' },
  'online-self-service': { 'zh-CN': '便捷的线上入口', en: 'Convenient online self-service' },
  'loss-analysis': { 'zh-CN': '分析流失原因', en: 'Analysis of why the customer left' },
  'win-back-offer': { 'zh-CN': '针对性挽回措施', en: 'Targeted win-back measures' },
} as const satisfies LabelTable<ServiceMeasure>;
