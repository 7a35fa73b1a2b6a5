import * as z from 'zod/mini';
import { type DomainError, domainError } from '../core/domain-error.js';
import type { LabelTable } from '../core/locale.js';
import { text } from '../core/locale.js';
import { err, ok, type Result } from '../core/result.js';
import { type AssessmentScore, type AssessmentStatus, AssessmentStatusSchema, scoreAssessment } from './assessment-status.js';

/**
 * The phases of a transaction the service elements belong to (交易前、交易中、交易后要素,
 * DOMAIN.md §8 [seed 004]).
 *
 * @example
 * ```ts
 * import { TransactionPhaseSchema } from 'logistics-customer/quality';
 * TransactionPhaseSchema.options;
 * // => ['pre-transaction', 'in-transaction', 'post-transaction']
 * ```
 * @category Checklists
 */
export const TransactionPhaseSchema = z.enum(['pre-transaction', 'in-transaction', 'post-transaction']);

/**
 * A transaction phase.
 *
 * @category Checklists
 */
export type TransactionPhase = z.infer<typeof TransactionPhaseSchema>;

/**
 * The zh-CN and en labels of {@link TransactionPhase}.
 *
 * @example
 * ```ts
 * import { transactionPhaseLabels } from 'logistics-customer/quality';
 * transactionPhaseLabels['in-transaction']['zh-CN'];
 * // => '交易中要素'
 * ```
 * @category Checklists
 */
export const transactionPhaseLabels = {
  'pre-transaction': { 'zh-CN': '交易前要素', en: 'Pre-transaction elements' },
  'in-transaction': { 'zh-CN': '交易中要素', en: 'In-transaction elements' },
  'post-transaction': { 'zh-CN': '交易后要素', en: 'Post-transaction elements' },
} as const satisfies LabelTable<TransactionPhase>;

/**
 * The elements of logistics customer service (物流客户服务的要素, DOMAIN.md §8 [seed 004]):
 * pre-transaction — service policy, organisation, system flexibility; in-transaction — order
 * lead time (订货时间), stability of the order/ship cycle (订发货周期的稳定性), stock-out
 * frequency (缺货频率), special shipments (特殊货物的运送), ordering convenience (订货的便利性);
 * post-transaction — extra services, complaints (客户抱怨), service tracking (服务跟踪).
 *
 * @example
 * ```ts
 * import { ServiceElementSchema } from 'logistics-customer/quality';
 * ServiceElementSchema.options.length;
 * // => 11
 * ```
 * @category Checklists
 */
export const ServiceElementSchema = z.enum([
  'service-policy',
  'organisation',
  'system-flexibility',
  'order-lead-time',
  'order-cycle-consistency',
  'stock-out-frequency',
  'special-shipments',
  'ordering-convenience',
  'extra-services',
  'complaint-handling',
  'service-tracking',
]);

/**
 * One element of logistics customer service.
 *
 * @category Checklists
 */
export type ServiceElement = z.infer<typeof ServiceElementSchema>;

/**
 * The zh-CN and en labels of {@link ServiceElement}; the in- and post-transaction ones use the
 * seed's wording.
 *
 * @example
 * ```ts
 * import { serviceElementLabels } from 'logistics-customer/quality';
 * serviceElementLabels['order-cycle-consistency']['zh-CN'];
 * // => '订发货周期的稳定性'
 * ```
 * @category Checklists
 */
export const serviceElementLabels = {
  'service-policy': { 'zh-CN': '书面的客户服务政策', en: 'Written customer service policy' },
  organisation: { 'zh-CN': '客户服务组织', en: 'Customer service organisation' },
  'system-flexibility': { 'zh-CN': '系统的灵活性', en: 'System flexibility' },
  'order-lead-time': { 'zh-CN': '订货时间', en: 'Order lead time' },
  'order-cycle-consistency': { 'zh-CN': '订发货周期的稳定性', en: 'Stability of the order and shipping cycle' },
  'stock-out-frequency': { 'zh-CN': '缺货频率', en: 'Stock-out frequency' },
  'special-shipments': { 'zh-CN': '特殊货物的运送', en: 'Special shipments' },
  'ordering-convenience': { 'zh-CN': '订货的便利性', en: 'Ordering convenience' },
  'extra-services': { 'zh-CN': '为客户提供额外的服务', en: 'Extra services for the customer' },
  'complaint-handling': { 'zh-CN': '客户抱怨', en: 'Customer complaints' },
  'service-tracking': { 'zh-CN': '服务跟踪', en: 'Service tracking' },
} as const satisfies LabelTable<ServiceElement>;

/**
 * The phase of each service element, in the seed's order (DOMAIN.md §8).
 *
 * @example
 * ```ts
 * import { SERVICE_ELEMENT_PHASES } from 'logistics-customer/quality';
 * SERVICE_ELEMENT_PHASES['stock-out-frequency'];
 * // => 'in-transaction'
 * ```
 * @category Checklists
 */
export const SERVICE_ELEMENT_PHASES = {
  'service-policy': 'pre-transaction',
  organisation: 'pre-transaction',
  'system-flexibility': 'pre-transaction',
  'order-lead-time': 'in-transaction',
  'order-cycle-consistency': 'in-transaction',
  'stock-out-frequency': 'in-transaction',
  'special-shipments': 'in-transaction',
  'ordering-convenience': 'in-transaction',
  'extra-services': 'post-transaction',
  'complaint-handling': 'post-transaction',
  'service-tracking': 'post-transaction',
} as const satisfies Readonly<Record<ServiceElement, TransactionPhase>>;

/**
 * Answers to the service-element checklist; elements left out are not assessed.
 *
 * @category Checklists
 */
export type ServiceElementAnswers = Readonly<Partial<Record<ServiceElement, AssessmentStatus>>>;

/**
 * One assessed service element.
 *
 * @category Checklists
 */
export interface ServiceElementItem {
  /** The element. */
  readonly element: ServiceElement;
  /** Its phase. */
  readonly phase: TransactionPhase;
  /** The answer (`not-assessed` when left out). */
  readonly status: AssessmentStatus;
}

/**
 * The assessed checklist: every element with its answer, a score per phase and overall.
 *
 * @category Checklists
 */
export interface ServiceElementAssessment {
  /** Every element, in the seed's order. */
  readonly items: readonly ServiceElementItem[];
  /** The score of each phase. */
  readonly phases: { readonly [P in TransactionPhase]: AssessmentScore };
  /** The score over every element. */
  readonly overall: AssessmentScore;
}

/**
 * Assesses the service elements by transaction phase as a checklist (物流客户服务的要素,
 * DOMAIN.md §8 [seed 004]). The seed's 22% / 40% / 38% beside the post-transaction elements have
 * no stated meaning, so no weights are applied.
 *
 * @param answers - The answer per element (untrusted input is checked).
 * @returns The assessment, or `UNKNOWN_SERVICE_ELEMENT` / `INVALID_INPUT` errors with the
 *   element's path and messages in zh-CN and en.
 *
 * @example
 * ```ts
 * import { assessServiceElements } from 'logistics-customer/quality';
 * const a = assessServiceElements({ 'order-lead-time': 'met', 'stock-out-frequency': 'not-met', 'service-tracking': 'partly-met' });
 * a.ok && [a.value.phases['in-transaction'].score, a.value.phases['post-transaction'].score, a.value.overall.assessed];
 * // => [0.5, 0.5, 3]
 * ```
 * @category Checklists
 */
export function assessServiceElements(answers: ServiceElementAnswers): Result<ServiceElementAssessment, readonly DomainError[]> {
  const problems: DomainError[] = [];
  for (const [key, value] of Object.entries(answers as Readonly<Record<string, unknown>>)) {
    if (!ServiceElementSchema.safeParse(key).success) {
      problems.push(
        domainError('UNKNOWN_SERVICE_ELEMENT', text(`未知的服务要素：${key}`, `unknown service element: ${key}`), {
          path: [key],
          details: { received: key, expected: ServiceElementSchema.options },
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
  if (problems.length > 0) return err(problems);
  const items: ServiceElementItem[] = ServiceElementSchema.options.map((element) => ({
    element,
    phase: SERVICE_ELEMENT_PHASES[element],
    status: answers[element] ?? 'not-assessed',
  }));
  const phase = (p: TransactionPhase): AssessmentScore => scoreAssessment(items.filter((i) => i.phase === p).map((i) => i.status));
  return ok({
    items,
    phases: {
      'pre-transaction': phase('pre-transaction'),
      'in-transaction': phase('in-transaction'),
      'post-transaction': phase('post-transaction'),
    },
    overall: scoreAssessment(items.map((i) => i.status)),
  });
}
