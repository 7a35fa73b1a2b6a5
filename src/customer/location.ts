import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * Whether the customer is inside or outside the firm (按位置, DOMAIN.md §2 [seed 004]; 内部客户
 * DOMAIN.md §1 [seed 003]): the downstream step of a process is the customer of the upstream
 * step.
 *
 * @example
 * ```ts
 * import { LocationKindSchema } from 'logistics-customer/customer';
 * LocationKindSchema.options;
 * // => ['internal', 'external']
 * ```
 * @category Dimensions
 */
export const LocationKindSchema = z.enum(['internal', 'external']);

/**
 * 内部客户 or 外部客户 (DOMAIN.md §2).
 *
 * @category Dimensions
 */
export type LocationKind = z.infer<typeof LocationKindSchema>;

/**
 * The zh-CN and en labels of {@link LocationKind}.
 *
 * @example
 * ```ts
 * import { locationKindLabels } from 'logistics-customer/customer';
 * locationKindLabels.internal['zh-CN'];
 * // => '内部客户'
 * ```
 * @category Dimensions
 */
export const locationKindLabels = {
  internal: { 'zh-CN': '内部客户', en: 'Internal customer' },
  external: { 'zh-CN': '外部客户', en: 'External customer' },
} as const satisfies LabelTable<LocationKind>;

/**
 * An external customer (外部客户, the usual “顾客”) is 显性 explicit — visible, already buying —
 * or 隐性 implicit — hidden, not yet buying (DOMAIN.md §2 [seed 004]).
 *
 * @example
 * ```ts
 * import { ExternalVisibilitySchema } from 'logistics-customer/customer';
 * ExternalVisibilitySchema.options;
 * // => ['explicit', 'implicit']
 * ```
 * @category Dimensions
 */
export const ExternalVisibilitySchema = z.enum(['explicit', 'implicit']);

/**
 * 显性客户 or 隐性客户 (DOMAIN.md §2).
 *
 * @category Dimensions
 */
export type ExternalVisibility = z.infer<typeof ExternalVisibilitySchema>;

/**
 * The zh-CN and en labels of {@link ExternalVisibility}.
 *
 * @example
 * ```ts
 * import { externalVisibilityLabels } from 'logistics-customer/customer';
 * externalVisibilityLabels.implicit['zh-CN'];
 * // => '隐性客户'
 * ```
 * @category Dimensions
 */
export const externalVisibilityLabels = {
  explicit: { 'zh-CN': '显性客户', en: 'Explicit customer' },
  implicit: { 'zh-CN': '隐性客户', en: 'Implicit customer' },
} as const satisfies LabelTable<ExternalVisibility>;

/**
 * How an internal customer works with its supplier inside the firm (企业内部客户关系类型,
 * DOMAIN.md §1 [seed 003]): 水平支援型 independent units that help each other, 上下流程型 steps
 * of one process (processing → sorting → packing → delivery), 小组合作型 a team combining both.
 *
 * @example
 * ```ts
 * import { InternalRelationSchema } from 'logistics-customer/customer';
 * InternalRelationSchema.options;
 * // => ['horizontal-support', 'process-chain', 'team-cooperation']
 * ```
 * @category Dimensions
 */
export const InternalRelationSchema = z.enum(['horizontal-support', 'process-chain', 'team-cooperation']);

/**
 * 水平支援型, 上下流程型 or 小组合作型 (DOMAIN.md §1).
 *
 * @category Dimensions
 */
export type InternalRelation = z.infer<typeof InternalRelationSchema>;

/**
 * The zh-CN and en labels of {@link InternalRelation}.
 *
 * @example
 * ```ts
 * import { internalRelationLabels } from 'logistics-customer/customer';
 * internalRelationLabels['process-chain']['zh-CN'];
 * // => '上下流程型'
 * ```
 * @category Dimensions
 */
export const internalRelationLabels = {
  'horizontal-support': { 'zh-CN': '水平支援型', en: 'Horizontal support' },
  'process-chain': { 'zh-CN': '上下流程型', en: 'Up/downstream process' },
  'team-cooperation': { 'zh-CN': '小组合作型', en: 'Team cooperation' },
} as const satisfies LabelTable<InternalRelation>;

/**
 * The customer's location (DOMAIN.md §2): external with its visibility, or internal with its
 * relation type. Unknown fields are rejected.
 *
 * @example
 * ```ts
 * import { LocationSchema } from 'logistics-customer/customer';
 * LocationSchema.parse({ kind: 'internal', relation: 'process-chain' });
 * // => { kind: 'internal', relation: 'process-chain' }
 * ```
 * @category Dimensions
 */
export const LocationSchema = z.discriminatedUnion('kind', [
  z.readonly(z.strictObject({ kind: z.literal('external'), visibility: ExternalVisibilitySchema })),
  z.readonly(z.strictObject({ kind: z.literal('internal'), relation: InternalRelationSchema })),
]);

/**
 * An external customer (显性/隐性) or an internal one (with its relation type).
 *
 * @category Dimensions
 */
export type Location = z.infer<typeof LocationSchema>;
