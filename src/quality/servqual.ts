import * as z from 'zod/mini';
import { type DomainError, domainError } from '../core/domain-error.js';
import type { LabelTable } from '../core/locale.js';
import { text } from '../core/locale.js';
import { err, ok, type Result } from '../core/result.js';
import { checkSurveyScale, outOfRangeAnswers } from './survey-scale.js';

/**
 * The five SERVQUAL dimensions of service quality (服务质量差距模型, DOMAIN.md §8 [practice]).
 *
 * @example
 * ```ts
 * import { ServqualDimensionSchema } from 'logistics-customer/quality';
 * ServqualDimensionSchema.options;
 * // => ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']
 * ```
 * @category Surveys
 */
export const ServqualDimensionSchema = z.enum(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']);

/**
 * One SERVQUAL dimension.
 *
 * @category Surveys
 */
export type ServqualDimension = z.infer<typeof ServqualDimensionSchema>;

/**
 * The zh-CN and en labels of {@link ServqualDimension}.
 *
 * @example
 * ```ts
 * import { servqualDimensionLabels } from 'logistics-customer/quality';
 * servqualDimensionLabels.empathy['zh-CN'];
 * // => '移情性'
 * ```
 * @category Surveys
 */
export const servqualDimensionLabels = {
  tangibles: { 'zh-CN': '有形性', en: 'Tangibles' },
  reliability: { 'zh-CN': '可靠性', en: 'Reliability' },
  responsiveness: { 'zh-CN': '响应性', en: 'Responsiveness' },
  assurance: { 'zh-CN': '保证性', en: 'Assurance' },
  empathy: { 'zh-CN': '移情性', en: 'Empathy' },
} as const satisfies LabelTable<ServqualDimension>;

/**
 * One questionnaire item and the dimension it measures.
 *
 * @category Surveys
 */
export interface ServqualItem {
  /** The item's id, unique in the questionnaire. */
  readonly id: string;
  /** The dimension it belongs to. */
  readonly dimension: ServqualDimension;
}

/**
 * One respondent's answer to one item: what they expected and what they perceived.
 *
 * @category Surveys
 */
export interface ServqualAnswer {
  /** The item's id. */
  readonly itemId: string;
  /** Expectation (E), on the scale. */
  readonly expectation: number;
  /** Perception (P), on the scale. */
  readonly perception: number;
}

/**
 * The gap of one item.
 *
 * @category Surveys
 */
export interface ServqualItemGap {
  /** The item's id. */
  readonly id: string;
  /** Its dimension. */
  readonly dimension: ServqualDimension;
  /** How many answers. */
  readonly answers: number;
  /** The mean expectation; `null` without answers. */
  readonly expectation: number | null;
  /** The mean perception; `null` without answers. */
  readonly perception: number | null;
  /** Mean perception − mean expectation (negative: service falls short); `null` without answers. */
  readonly gap: number | null;
}

/**
 * The gap of one dimension: the mean of its items' gaps.
 *
 * @category Surveys
 */
export interface ServqualDimensionGap {
  /** Items of the dimension with answers. */
  readonly items: number;
  /** The mean item gap; `null` when no item has answers. */
  readonly gap: number | null;
}

/**
 * SERVQUAL gap scores per item, per dimension and overall.
 *
 * @category Surveys
 */
export interface ServqualResult {
  /** Per item, in questionnaire order. */
  readonly items: readonly ServqualItemGap[];
  /** Per dimension. */
  readonly dimensions: { readonly [D in ServqualDimension]: ServqualDimensionGap };
  /** The unweighted mean of the dimension gaps that have data; `null` when none has. */
  readonly overall: number | null;
}

/**
 * Options of {@link servqualGaps}.
 *
 * @category Surveys
 */
export interface ServqualOptions {
  /** Points of the scale, answers 1..points (default 7, as in SERVQUAL). */
  readonly scalePoints?: number;
}

function questionnaireProblems(items: readonly ServqualItem[]): DomainError[] {
  const problems: DomainError[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (typeof item.id !== 'string' || item.id === '' || seen.has(item.id)) {
      problems.push(
        domainError('DUPLICATE_ITEM', text(`问卷条目编号 ${String(item.id)} 为空或重复`, `item id ${String(item.id)} is empty or repeated`), {
          path: ['items', index, 'id'],
        }),
      );
    }
    seen.add(item.id);
    if (!ServqualDimensionSchema.safeParse(item.dimension).success) {
      problems.push(
        domainError('UNKNOWN_DIMENSION', text(`未知的 SERVQUAL 维度：${String(item.dimension)}`, `unknown SERVQUAL dimension: ${String(item.dimension)}`), {
          path: ['items', index, 'dimension'],
          details: { expected: ServqualDimensionSchema.options },
        }),
      );
    }
  });
  return problems;
}

/**
 * Computes SERVQUAL gap scores (服务质量差距): per item, mean perception − mean expectation; per
 * dimension (tangibles, reliability, responsiveness, assurance, empathy), the mean of its item
 * gaps; overall, the mean of the dimension gaps. A negative gap means the service falls short of
 * what customers expect (DOMAIN.md §8 [practice]; the gap is written P − E, the usual SERVQUAL
 * sign). Sums are of whole answers, so the means are exact up to one rounding.
 *
 * @param items - The questionnaire: item ids and their dimensions.
 * @param answers - The answers, E and P whole numbers on the scale.
 * @param options - The scale (default 7 points).
 * @returns The gaps, or every problem: `OUT_OF_RANGE` answers, `UNKNOWN_ITEM` ids,
 *   `DUPLICATE_ITEM` / `UNKNOWN_DIMENSION` in the questionnaire — with paths and messages in zh-CN
 *   and en.
 * @throws LogisticsCustomerError `INVALID_SCALE_OPTIONS` for an impossible scale.
 *
 * @example
 * ```ts
 * import { servqualGaps } from 'logistics-customer/quality';
 * const items = [
 *   { id: 'on-time', dimension: 'reliability' },
 *   { id: 'quick-reply', dimension: 'responsiveness' },
 * ] as const;
 * const r = servqualGaps(items, [
 *   { itemId: 'on-time', expectation: 7, perception: 5 },
 *   { itemId: 'on-time', expectation: 6, perception: 5 },
 *   { itemId: 'quick-reply', expectation: 5, perception: 6 },
 * ]);
 * r.ok && [r.value.dimensions.reliability.gap, r.value.dimensions.responsiveness.gap, r.value.overall];
 * // => [-1.5, 1, -0.25]
 * ```
 * @category Surveys
 */
export function servqualGaps(
  items: readonly ServqualItem[],
  answers: readonly ServqualAnswer[],
  options: ServqualOptions = {},
): Result<ServqualResult, readonly DomainError[]> {
  const points = options.scalePoints ?? 7;
  checkSurveyScale(points, 1);
  const problems = questionnaireProblems(items);
  const index = new Map(items.map((item, i) => [item.id, i]));
  const sums = items.map(() => ({ n: 0, e: 0, p: 0 }));
  answers.forEach((answer, i) => {
    const slot = index.get(answer.itemId);
    if (slot === undefined) {
      problems.push(
        domainError('UNKNOWN_ITEM', text(`问卷中没有条目 ${String(answer.itemId)}`, `no item ${String(answer.itemId)} in the questionnaire`), {
          path: ['answers', i, 'itemId'],
        }),
      );
    }
    const bad = [
      ...outOfRangeAnswers([answer.expectation], 1, points, ['answers', i, 'expectation']),
      ...outOfRangeAnswers([answer.perception], 1, points, ['answers', i, 'perception']),
    ].map((e) => ({ ...e, path: e.path.slice(0, -1) }));
    problems.push(...bad);
    const sum = slot === undefined ? undefined : sums[slot];
    if (sum !== undefined && bad.length === 0) {
      sum.n++;
      sum.e += answer.expectation;
      sum.p += answer.perception;
    }
  });
  if (problems.length > 0) return err(problems);
  const itemGaps: ServqualItemGap[] = items.map((item, i) => {
    const s = sums[i] ?? { n: 0, e: 0, p: 0 };
    return {
      id: item.id,
      dimension: item.dimension,
      answers: s.n,
      expectation: s.n === 0 ? null : s.e / s.n,
      perception: s.n === 0 ? null : s.p / s.n,
      gap: s.n === 0 ? null : (s.p - s.e) / s.n,
    };
  });
  const dimension = (d: ServqualDimension): ServqualDimensionGap => {
    const gaps = itemGaps.filter((g) => g.dimension === d && g.gap !== null).map((g) => g.gap ?? 0);
    return { items: gaps.length, gap: gaps.length === 0 ? null : gaps.reduce((a, b) => a + b, 0) / gaps.length };
  };
  const dimensions = {
    tangibles: dimension('tangibles'),
    reliability: dimension('reliability'),
    responsiveness: dimension('responsiveness'),
    assurance: dimension('assurance'),
    empathy: dimension('empathy'),
  };
  const withData = Object.values(dimensions).filter((d) => d.gap !== null);
  const overall = withData.length === 0 ? null : withData.reduce((a, d) => a + (d.gap ?? 0), 0) / withData.length;
  return ok({ items: itemGaps, dimensions, overall });
}
