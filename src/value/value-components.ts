import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The components of total customer value (客户总价值/总效用, DOMAIN.md §4 [seed 003, 004]):
 * 产品价值 product, 服务价值 service, 人员价值 personnel and 形象价值 image value.
 *
 * @example
 * ```ts
 * import { CustomerValueComponentSchema } from 'logistics-customer/value';
 * CustomerValueComponentSchema.options;
 * // => ['product', 'service', 'personnel', 'image']
 * ```
 * @category Customer value
 */
export const CustomerValueComponentSchema = z.enum(['product', 'service', 'personnel', 'image']);

/**
 * One component of total customer value: product, service, personnel or image (DOMAIN.md §4).
 *
 * @category Customer value
 */
export type CustomerValueComponent = z.infer<typeof CustomerValueComponentSchema>;

/**
 * The zh-CN and en labels of {@link CustomerValueComponent}.
 *
 * @example
 * ```ts
 * import { customerValueComponentLabels } from 'logistics-customer/value';
 * customerValueComponentLabels.image['zh-CN'];
 * // => '形象价值'
 * ```
 * @category Customer value
 */
export const customerValueComponentLabels = {
  product: { 'zh-CN': '产品价值', en: 'Product value' },
  service: { 'zh-CN': '服务价值', en: 'Service value' },
  personnel: { 'zh-CN': '人员价值', en: 'Personnel value' },
  image: { 'zh-CN': '形象价值', en: 'Image value' },
} as const satisfies LabelTable<CustomerValueComponent>;
