import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The answer to one checklist item (service elements, 7Rs): met, partly met, not met, not
 * applicable, or not assessed.
 *
 * @example
 * ```ts
 * import { AssessmentStatusSchema } from 'logistics-customer/quality';
 * AssessmentStatusSchema.options;
 * // => ['met', 'partly-met', 'not-met', 'not-applicable', 'not-assessed']
 * ```
 * @category Checklists
 */
export const AssessmentStatusSchema = z.enum(['met', 'partly-met', 'not-met', 'not-applicable', 'not-assessed']);

/**
 * The answer to one checklist item.
 *
 * @category Checklists
 */
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;

/**
 * The zh-CN and en labels of {@link AssessmentStatus}.
 *
 * @example
 * ```ts
 * import { assessmentStatusLabels } from 'logistics-customer/quality';
 * assessmentStatusLabels['partly-met']['zh-CN'];
 * // => '部分达到'
 * ```
 * @category Checklists
 */
export const assessmentStatusLabels = {
  met: { 'zh-CN': '达到', en: 'Met' },
  'partly-met': { 'zh-CN': '部分达到', en: 'Partly met' },
  'not-met': { 'zh-CN': '未达到', en: 'Not met' },
  'not-applicable': { 'zh-CN': '不适用', en: 'Not applicable' },
  'not-assessed': { 'zh-CN': '未评估', en: 'Not assessed' },
} as const satisfies LabelTable<AssessmentStatus>;

/**
 * The credit of a status in a checklist score: met 1, partly met ½, not met 0; not applicable
 * and not assessed do not count (`null`).
 *
 * @param status - The status.
 * @returns The credit, or `null` when the item does not count.
 *
 * @example
 * ```ts
 * import { assessmentCredit } from 'logistics-customer/quality';
 * [assessmentCredit('met'), assessmentCredit('partly-met'), assessmentCredit('not-applicable')];
 * // => [1, 0.5, null]
 * ```
 * @category Checklists
 */
export function assessmentCredit(status: AssessmentStatus): number | null {
  switch (status) {
    case 'met':
      return 1;
    case 'partly-met':
      return 0.5;
    case 'not-met':
      return 0;
    case 'not-applicable':
    case 'not-assessed':
      return null;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/**
 * A scored checklist section: how many items count, how many are met, and the score
 * (met 1, partly ½, over the items that count).
 *
 * @category Checklists
 */
export interface AssessmentScore {
  /** Items assessed and applicable. */
  readonly assessed: number;
  /** Items met in full. */
  readonly met: number;
  /** Items partly met. */
  readonly partlyMet: number;
  /** (met + ½ partly met) ÷ assessed, or `null` when nothing was assessed. */
  readonly score: number | null;
}

/**
 * Scores a list of checklist answers.
 *
 * @param statuses - The answers.
 * @returns The score.
 *
 * @example
 * ```ts
 * import { scoreAssessment } from 'logistics-customer/quality';
 * scoreAssessment(['met', 'partly-met', 'not-met', 'not-applicable']);
 * // => { assessed: 3, met: 1, partlyMet: 1, score: 0.5 }
 * ```
 * @category Checklists
 */
export function scoreAssessment(statuses: readonly AssessmentStatus[]): AssessmentScore {
  let assessed = 0;
  let met = 0;
  let partlyMet = 0;
  let credit = 0;
  for (const status of statuses) {
    const c = assessmentCredit(status);
    if (c === null) continue;
    assessed++;
    credit += c;
    if (status === 'met') met++;
    else if (status === 'partly-met') partlyMet++;
  }
  return { assessed, met, partlyMet, score: assessed === 0 ? null : credit / assessed };
}
