import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The four lay definitions of value that customers give (客户价值的四种理解, DOMAIN.md §4
 * [seed 004]): value is a low price; value is what I want from the product or service; value
 * is the quality I get for what I pay; value is all I get for all I give. The last one is the
 * model of {@link deliveredValue}.
 *
 * @example
 * ```ts
 * import { CustomerValueDefinitionSchema } from 'logistics-customer/value';
 * CustomerValueDefinitionSchema.options;
 * // => ['lowPrice', 'whatIWant', 'qualityForPrice', 'allForAll']
 * ```
 * @category Customer value
 */
export const CustomerValueDefinitionSchema = z.enum(['lowPrice', 'whatIWant', 'qualityForPrice', 'allForAll']);

/**
 * One of the four lay definitions of value (DOMAIN.md §4, teaching content).
 *
 * @category Customer value
 */
export type CustomerValueDefinition = z.infer<typeof CustomerValueDefinitionSchema>;

/**
 * The zh-CN and en wording of the four lay definitions of value, as in the training slides
 * [seed 004].
 *
 * @example
 * ```ts
 * import { customerValueDefinitionLabels } from 'logistics-customer/value';
 * customerValueDefinitionLabels.allForAll['zh-CN'];
 * // => '价值就是客户的全部付出所能得到的全部'
 * ```
 * @category Customer value
 */
export const customerValueDefinitionLabels = {
  lowPrice: { 'zh-CN': '价值就是低廉的价格', en: 'Value is a low price' },
  whatIWant: { 'zh-CN': '价值就是在产品或服务中所需要的东西', en: 'Value is whatever I want in a product or service' },
  qualityForPrice: { 'zh-CN': '价值就是客户的付出所能获得的质量', en: 'Value is the quality I get for the price I pay' },
  allForAll: { 'zh-CN': '价值就是客户的全部付出所能得到的全部', en: 'Value is all I get for all I give' },
} as const satisfies LabelTable<CustomerValueDefinition>;
