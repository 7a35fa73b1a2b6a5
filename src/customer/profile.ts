import * as z from 'zod/mini';
import { type LabelTable, text } from '../core/locale.js';
import { customIssue } from '../core/zod-issues.js';
import { RecordDateSchema } from './record-date.js';
import { ServiceKindSchema } from './service-kind.js';
import { NonBlankTextSchema } from './text-field.js';
import { rejectDuplicateValues } from './unique-values.js';

/**
 * The period a shipping frequency is counted over.
 *
 * @example
 * ```ts
 * import { ShippingPeriodSchema } from 'logistics-customer/customer';
 * ShippingPeriodSchema.options;
 * // => ['day', 'week', 'month', 'quarter', 'year']
 * ```
 * @category Profile
 */
export const ShippingPeriodSchema = z.enum(['day', 'week', 'month', 'quarter', 'year']);

/**
 * 每天, 每周, 每月, 每季度 or 每年.
 *
 * @category Profile
 */
export type ShippingPeriod = z.infer<typeof ShippingPeriodSchema>;

/**
 * The zh-CN and en labels of {@link ShippingPeriod}.
 *
 * @example
 * ```ts
 * import { shippingPeriodLabels } from 'logistics-customer/customer';
 * shippingPeriodLabels.week['zh-CN'];
 * // => '每周'
 * ```
 * @category Profile
 */
export const shippingPeriodLabels = {
  day: { 'zh-CN': '每天', en: 'per day' },
  week: { 'zh-CN': '每周', en: 'per week' },
  month: { 'zh-CN': '每月', en: 'per month' },
  quarter: { 'zh-CN': '每季度', en: 'per quarter' },
  year: { 'zh-CN': '每年', en: 'per year' },
} as const satisfies LabelTable<ShippingPeriod>;

/**
 * The traits of the cargo that shape the service (货物特性, DOMAIN.md §1 [seed 002]).
 *
 * @example
 * ```ts
 * import { CargoTraitSchema } from 'logistics-customer/customer';
 * CargoTraitSchema.safeParse('temperature-controlled').success;
 * // => true
 * ```
 * @category Profile
 */
export const CargoTraitSchema = z.enum([
  'fragile',
  'temperature-controlled',
  'hazardous',
  'high-value',
  'bulky',
  'perishable',
  'general',
]);

/**
 * 易碎品, 温控品, 危险品, 高价值, 大件, 易腐品 or 普通货物.
 *
 * @category Profile
 */
export type CargoTrait = z.infer<typeof CargoTraitSchema>;

/**
 * The zh-CN and en labels of {@link CargoTrait}.
 *
 * @example
 * ```ts
 * import { cargoTraitLabels } from 'logistics-customer/customer';
 * cargoTraitLabels.fragile['zh-CN'];
 * // => '易碎品'
 * ```
 * @category Profile
 */
export const cargoTraitLabels = {
  fragile: { 'zh-CN': '易碎品', en: 'Fragile' },
  'temperature-controlled': { 'zh-CN': '温控品', en: 'Temperature-controlled' },
  hazardous: { 'zh-CN': '危险品', en: 'Hazardous' },
  'high-value': { 'zh-CN': '高价值货物', en: 'High-value' },
  bulky: { 'zh-CN': '大件货物', en: 'Bulky' },
  perishable: { 'zh-CN': '易腐品', en: 'Perishable' },
  general: { 'zh-CN': '普通货物', en: 'General cargo' },
} as const satisfies LabelTable<CargoTrait>;

/**
 * How demanding the customer is about delivery time (时效要求, DOMAIN.md §1 [seed 002]).
 *
 * @example
 * ```ts
 * import { TimeRequirementLevelSchema } from 'logistics-customer/customer';
 * TimeRequirementLevelSchema.options;
 * // => ['flexible', 'standard', 'express', 'time-definite']
 * ```
 * @category Profile
 */
export const TimeRequirementLevelSchema = z.enum(['flexible', 'standard', 'express', 'time-definite']);

/**
 * 时效宽松, 标准时效, 加急 or 定时送达.
 *
 * @category Profile
 */
export type TimeRequirementLevel = z.infer<typeof TimeRequirementLevelSchema>;

/**
 * The zh-CN and en labels of {@link TimeRequirementLevel}.
 *
 * @example
 * ```ts
 * import { timeRequirementLevelLabels } from 'logistics-customer/customer';
 * timeRequirementLevelLabels['time-definite'].en;
 * // => 'Time-definite (e.g. JIT)'
 * ```
 * @category Profile
 */
export const timeRequirementLevelLabels = {
  flexible: { 'zh-CN': '时效宽松', en: 'Flexible' },
  standard: { 'zh-CN': '标准时效', en: 'Standard' },
  express: { 'zh-CN': '加急', en: 'Express' },
  'time-definite': { 'zh-CN': '定时送达（如 JIT）', en: 'Time-definite (e.g. JIT)' },
} as const satisfies LabelTable<TimeRequirementLevel>;

/**
 * How sensitive the customer is to the price of the service (成本敏感度, DOMAIN.md §1 [seed 002]).
 *
 * @example
 * ```ts
 * import { CostSensitivitySchema } from 'logistics-customer/customer';
 * CostSensitivitySchema.options;
 * // => ['low', 'medium', 'high']
 * ```
 * @category Profile
 */
export const CostSensitivitySchema = z.enum(['low', 'medium', 'high']);

/**
 * 低, 中 or 高 cost sensitivity.
 *
 * @category Profile
 */
export type CostSensitivity = z.infer<typeof CostSensitivitySchema>;

/**
 * The zh-CN and en labels of {@link CostSensitivity}.
 *
 * @example
 * ```ts
 * import { costSensitivityLabels } from 'logistics-customer/customer';
 * costSensitivityLabels.high['zh-CN'];
 * // => '成本敏感度高'
 * ```
 * @category Profile
 */
export const costSensitivityLabels = {
  low: { 'zh-CN': '成本敏感度低', en: 'Low cost sensitivity' },
  medium: { 'zh-CN': '成本敏感度中等', en: 'Medium cost sensitivity' },
  high: { 'zh-CN': '成本敏感度高', en: 'High cost sensitivity' },
} as const satisfies LabelTable<CostSensitivity>;

const PERIOD_REVERSED = text('合作结束日期早于开始日期', 'the cooperation ends before it starts');

/**
 * One past or current cooperation (过往的物流合作历史和反馈, DOMAIN.md §1 [seed 002]): with whom,
 * when, which services and the customer's feedback. `until` before `since` fails with
 * `PERIOD_REVERSED`.
 *
 * @example
 * ```ts
 * import { CooperationRecordSchema } from 'logistics-customer/customer';
 * CooperationRecordSchema.parse({ provider: '本公司', feedback: '时效稳定' });
 * // => { provider: '本公司', feedback: '时效稳定' }
 * ```
 * @category Profile
 */
export const CooperationRecordSchema = z.readonly(
  z
    .strictObject({
      /** With whom: this firm or another logistics provider. */
      provider: NonBlankTextSchema,
      /** When the cooperation started. */
      since: z.exactOptional(RecordDateSchema),
      /** When it ended; absent while it goes on. */
      until: z.exactOptional(RecordDateSchema),
      /** The services bought in it. */
      services: z.exactOptional(
        z.readonly(
          z
            .array(ServiceKindSchema)
            .check(z.superRefine(rejectDuplicateValues('DUPLICATE_SERVICE', text('服务项目', 'service')))),
        ),
      ),
      /** The customer's feedback on it (反馈). */
      feedback: z.exactOptional(NonBlankTextSchema),
    })
    .check(
      z.superRefine((record, ctx) => {
        if (record.since !== undefined && record.until !== undefined && record.until < record.since) {
          ctx.addIssue({
            code: 'custom',
            path: ['until'],
            message: PERIOD_REVERSED.en,
            params: customIssue('PERIOD_REVERSED', PERIOD_REVERSED, {
              since: record.since.toISOString(),
              until: record.until.toISOString(),
            }),
          });
        }
      }),
    ),
);

/**
 * One past or current cooperation and its feedback.
 *
 * @category Profile
 */
export type CooperationRecord = z.infer<typeof CooperationRecordSchema>;

/**
 * The business profile a logistics firm collects about a customer (客户信息收集, DOMAIN.md §1
 * [seed 002]): business type, cargo flows (货物流向), shipping frequency (运输频次), cargo traits,
 * time requirement (时效要求), cost sensitivity (成本敏感度) and cooperation history. Every field
 * is optional so a profile can grow; `profileCompleteness` reports what is missing. Unknown
 * fields are rejected.
 *
 * @example
 * ```ts
 * import { CustomerProfileSchema } from 'logistics-customer/customer';
 * CustomerProfileSchema.parse({
 *   businessType: '汽车零部件制造',
 *   cargoFlows: [{ origin: '柳州', destination: '广州' }],
 *   shippingFrequency: { count: 12, per: 'week' },
 *   cargoTraits: ['fragile'],
 * }).shippingFrequency;
 * // => { count: 12, per: 'week' }
 * ```
 * @category Profile
 */
export const CustomerProfileSchema = z.readonly(
  z.strictObject({
    /** What the customer does (业务类型), e.g. 汽车零部件制造. */
    businessType: z.exactOptional(NonBlankTextSchema),
    /** Where its cargo goes (货物流向): origin → destination pairs. */
    cargoFlows: z.exactOptional(
      z.readonly(z.array(z.readonly(z.strictObject({ origin: NonBlankTextSchema, destination: NonBlankTextSchema })))),
    ),
    /** How often it ships (运输频次): a whole count per period. */
    shippingFrequency: z.exactOptional(
      z.readonly(z.strictObject({ count: z.number().check(z.int(), z.nonnegative()), per: ShippingPeriodSchema })),
    ),
    /** The traits of its cargo (货物特性), each at most once. */
    cargoTraits: z.exactOptional(
      z.readonly(
        z
          .array(CargoTraitSchema)
          .check(z.superRefine(rejectDuplicateValues('DUPLICATE_CARGO_TRAIT', text('货物特性', 'cargo trait')))),
      ),
    ),
    /** How demanding it is about delivery time (时效要求), with an optional maximum lead time. */
    timeRequirement: z.exactOptional(
      z.readonly(
        z.strictObject({
          level: TimeRequirementLevelSchema,
          maxLeadTimeHours: z.exactOptional(z.number().check(z.positive())),
        }),
      ),
    ),
    /** How sensitive it is to price (成本敏感度). */
    costSensitivity: z.exactOptional(CostSensitivitySchema),
    /** Its past and current cooperations and their feedback. */
    cooperationHistory: z.exactOptional(z.readonly(z.array(CooperationRecordSchema))),
  }),
);

/**
 * A customer's business profile.
 *
 * @category Profile
 */
export type CustomerProfile = z.infer<typeof CustomerProfileSchema>;
