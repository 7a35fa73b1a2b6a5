import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The nature of the party served (服务对象性质, DOMAIN.md §2): 个体型 an individual or household
 * buying for itself, 组织型 an organisation buying in its own name.
 *
 * @example
 * ```ts
 * import { CustomerNatureSchema } from 'logistics-customer/customer';
 * CustomerNatureSchema.options;
 * // => ['individual', 'organization']
 * ```
 * @category Dimensions
 */
export const CustomerNatureSchema = z.enum(['individual', 'organization']);

/**
 * 个体型 or 组织型 (DOMAIN.md §2).
 *
 * @category Dimensions
 */
export type CustomerNature = z.infer<typeof CustomerNatureSchema>;

/**
 * The zh-CN and en labels of {@link CustomerNature}.
 *
 * @example
 * ```ts
 * import { customerNatureLabels } from 'logistics-customer/customer';
 * customerNatureLabels.organization['zh-CN'];
 * // => '组织型客户'
 * ```
 * @category Dimensions
 */
export const customerNatureLabels = {
  individual: { 'zh-CN': '个体型客户', en: 'Individual customer' },
  organization: { 'zh-CN': '组织型客户', en: 'Organisational customer' },
} as const satisfies LabelTable<CustomerNature>;
