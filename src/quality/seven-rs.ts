import * as z from 'zod/mini';
import { type DomainError, domainError } from '../core/domain-error.js';
import type { LabelTable } from '../core/locale.js';
import { text } from '../core/locale.js';
import { err, ok, type Result } from '../core/result.js';
import { type AssessmentScore, type AssessmentStatus, AssessmentStatusSchema, scoreAssessment } from './assessment-status.js';
import { measureRate, type RateMeasure } from './rate-measure.js';

/**
 * Every "right" of the two 7Rs checklists (7R 原则, DOMAIN.md §8).
 *
 * @example
 * ```ts
 * import { SevenRsItemSchema } from 'logistics-customer/quality';
 * SevenRsItemSchema.options.length;
 * // => 10
 * ```
 * @category Checklists
 */
export const SevenRsItemSchema = z.enum([
  'customer',
  'product',
  'price',
  'channel',
  'want',
  'time',
  'place',
  'quantity',
  'condition',
  'cost',
]);

/**
 * One "right" of the 7Rs.
 *
 * @category Checklists
 */
export type SevenRsItem = z.infer<typeof SevenRsItemSchema>;

/**
 * The zh-CN and en labels of {@link SevenRsItem} (合适的客户、产品、价格 …).
 *
 * @example
 * ```ts
 * import { sevenRsItemLabels } from 'logistics-customer/quality';
 * [sevenRsItemLabels.want['zh-CN'], sevenRsItemLabels.want.en];
 * // => ['合适的需求', 'Right want']
 * ```
 * @category Checklists
 */
export const sevenRsItemLabels = {
  customer: { 'zh-CN': '合适的客户', en: 'Right customer' },
  product: { 'zh-CN': '合适的产品', en: 'Right product' },
  price: { 'zh-CN': '合适的价格', en: 'Right price' },
  channel: { 'zh-CN': '合适的方式（渠道）', en: 'Right channel' },
  want: { 'zh-CN': '合适的需求', en: 'Right want' },
  time: { 'zh-CN': '合适的时间', en: 'Right time' },
  place: { 'zh-CN': '合适的地点', en: 'Right place' },
  quantity: { 'zh-CN': '合适的数量', en: 'Right quantity' },
  condition: { 'zh-CN': '合适的状态（完好）', en: 'Right condition' },
  cost: { 'zh-CN': '合适的成本', en: 'Right cost' },
} as const satisfies LabelTable<SevenRsItem>;

/**
 * The two 7Rs checklists: `seed`, as the training slides list it (customer, product, price,
 * channel, want, time, place — [seed 004]); `classic`, the logistics textbook one (product,
 * quantity, condition, place, time, customer, cost — [practice]).
 *
 * @example
 * ```ts
 * import { SevenRsVariantSchema } from 'logistics-customer/quality';
 * SevenRsVariantSchema.options;
 * // => ['seed', 'classic']
 * ```
 * @category Checklists
 */
export const SevenRsVariantSchema = z.enum(['seed', 'classic']);

/**
 * Which 7Rs checklist.
 *
 * @category Checklists
 */
export type SevenRsVariant = z.infer<typeof SevenRsVariantSchema>;

/**
 * The zh-CN and en labels of {@link SevenRsVariant}.
 *
 * @example
 * ```ts
 * import { sevenRsVariantLabels } from 'logistics-customer/quality';
 * sevenRsVariantLabels.classic.en;
 * // => 'Classic logistics 7Rs'
 * ```
 * @category Checklists
 */
export const sevenRsVariantLabels = {
  seed: { 'zh-CN': '教材 7R（客户、产品、价格、渠道、需求、时间、地点）', en: "Training slides' 7Rs" },
  classic: { 'zh-CN': '经典物流 7R（产品、数量、状态、地点、时间、客户、成本）', en: 'Classic logistics 7Rs' },
} as const satisfies LabelTable<SevenRsVariant>;

/**
 * The items of each 7Rs checklist, in their source's order.
 *
 * @example
 * ```ts
 * import { SEVEN_RS } from 'logistics-customer/quality';
 * SEVEN_RS.classic;
 * // => ['product', 'quantity', 'condition', 'place', 'time', 'customer', 'cost']
 * ```
 * @category Checklists
 */
export const SEVEN_RS = {
  seed: ['customer', 'product', 'price', 'channel', 'want', 'time', 'place'],
  classic: ['product', 'quantity', 'condition', 'place', 'time', 'customer', 'cost'],
} as const satisfies { readonly [V in SevenRsVariant]: readonly SevenRsItem[] };

/**
 * The items of one 7Rs checklist.
 *
 * @typeParam V - The variant.
 * @category Checklists
 */
export type SevenRsItemOf<V extends SevenRsVariant> = (typeof SEVEN_RS)[V][number];

/**
 * Answers to a 7Rs checklist (per customer or per shipment); items left out are not assessed.
 *
 * @typeParam V - The variant.
 * @category Checklists
 */
export type SevenRsAnswers<V extends SevenRsVariant> = Readonly<Partial<Record<SevenRsItemOf<V>, AssessmentStatus>>>;

/**
 * A scored 7Rs checklist.
 *
 * @typeParam V - The variant.
 * @category Checklists
 */
export interface SevenRsScore<V extends SevenRsVariant> {
  /** The variant. */
  readonly variant: V;
  /** Every item of the variant with its answer, in order. */
  readonly items: readonly { readonly item: SevenRsItemOf<V>; readonly status: AssessmentStatus }[];
  /** The score: met 1, partly ½, over assessed items. */
  readonly score: AssessmentScore;
}

function checkAnswers(variant: SevenRsVariant, answers: Readonly<Record<string, unknown>>): DomainError[] {
  const allowed: readonly string[] = SEVEN_RS[variant];
  const problems: DomainError[] = [];
  for (const [key, value] of Object.entries(answers)) {
    if (!allowed.includes(key)) {
      problems.push(
        domainError('UNKNOWN_SEVEN_RS_ITEM', text(`${key} 不属于 ${variant} 7R 清单`, `${key} is not an item of the ${variant} 7Rs`), {
          path: [key],
          details: { received: key, expected: allowed },
        }),
      );
    } else if (value !== undefined && !AssessmentStatusSchema.safeParse(value).success) {
      problems.push(
        domainError('INVALID_STATUS', text(`${key} 的评估结果无效`, `invalid status for ${key}`), {
          path: [key],
          details: { received: value, expected: AssessmentStatusSchema.options },
        }),
      );
    }
  }
  return problems;
}

/**
 * Scores one 7Rs checklist for a customer or a shipment.
 *
 * @typeParam V - The variant.
 * @param variant - `seed` or `classic`.
 * @param answers - The answer per item (untrusted input is checked).
 * @returns The scored checklist, or `UNKNOWN_SEVEN_RS_ITEM` / `INVALID_STATUS` errors with
 *   messages in zh-CN and en.
 *
 * @example
 * ```ts
 * import { scoreSevenRs } from 'logistics-customer/quality';
 * const s = scoreSevenRs('seed', { customer: 'met', price: 'not-met', want: 'partly-met' });
 * s.ok && s.value.score;
 * // => { assessed: 3, met: 1, partlyMet: 1, score: 0.5 }
 * ```
 * @category Checklists
 */
export function scoreSevenRs<V extends SevenRsVariant>(
  variant: V,
  answers: SevenRsAnswers<V>,
): Result<SevenRsScore<V>, readonly DomainError[]> {
  const problems = checkAnswers(variant, answers as Readonly<Record<string, unknown>>);
  if (problems.length > 0) return err(problems);
  const table = answers as Readonly<Partial<Record<string, AssessmentStatus>>>;
  const list: readonly SevenRsItemOf<V>[] = SEVEN_RS[variant];
  const items = list.map((item) => ({ item, status: table[item] ?? ('not-assessed' as const) }));
  return ok({ variant, items, score: scoreAssessment(items.map((i) => i.status)) });
}

/**
 * Tallies many 7Rs checklists (e.g. every shipment of a customer): per item, how many of the
 * assessed answers were met, as a rate with its Wilson interval.
 *
 * @typeParam V - The variant.
 * @param variant - `seed` or `classic`.
 * @param answers - The checklists.
 * @param confidence - The confidence of the intervals (default 0.95).
 * @returns Per item, met ÷ assessed (partly met counts as not met), or errors as in
 *   {@link scoreSevenRs} with the checklist's index in the path.
 *
 * @example
 * ```ts
 * import { tallySevenRs } from 'logistics-customer/quality';
 * const t = tallySevenRs('classic', [{ time: 'met', quantity: 'met' }, { time: 'not-met' }]);
 * t.ok && [t.value.time.rate, t.value.quantity.value, t.value.cost.value];
 * // => [{ kind: 'rate', numerator: 1, denominator: 2 }, 1, null]
 * ```
 * @category Checklists
 */
export function tallySevenRs<V extends SevenRsVariant>(
  variant: V,
  answers: readonly SevenRsAnswers<V>[],
  confidence = 0.95,
): Result<{ readonly [K in SevenRsItemOf<V>]: RateMeasure }, readonly DomainError[]> {
  const problems: DomainError[] = [];
  answers.forEach((a, index) => {
    for (const p of checkAnswers(variant, a as Readonly<Record<string, unknown>>)) problems.push({ ...p, path: [index, ...p.path] });
  });
  if (problems.length > 0) return err(problems);
  const out: Record<string, RateMeasure> = {};
  for (const item of SEVEN_RS[variant]) {
    let met = 0;
    let assessed = 0;
    for (const a of answers) {
      const status = (a as Readonly<Partial<Record<string, AssessmentStatus>>>)[item];
      if (status === undefined || status === 'not-assessed' || status === 'not-applicable') continue;
      assessed++;
      if (status === 'met') met++;
    }
    out[item] = measureRate(met, assessed, confidence);
  }
  return ok(out as { readonly [K in SevenRsItemOf<V>]: RateMeasure });
}
