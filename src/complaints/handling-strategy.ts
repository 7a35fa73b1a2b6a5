import type { LocalizedText } from '../core/locale.js';
import type { ComplainantMotive } from './complainant-motive.js';
import { type HandlingPrinciple, HandlingPrincipleSchema } from './handling-principle.js';

/**
 * How to handle a complainant with one motive: the principles that matter most and the concrete
 * actions, in both locales.
 *
 * @category Complaint handling
 */
export interface HandlingStrategy {
  /** The principles to stress, in the canonical order of `HandlingPrincipleSchema`. */
  readonly principles: readonly HandlingPrinciple[];
  /** What to do, step by step. */
  readonly actions: readonly LocalizedText[];
}

/**
 * The handling strategies of the textbook's complainant psychology (投诉心态分析, DOMAIN.md §7
 * [practice]) by motive. Plain data: pass a table with your own wording to
 * {@link handlingStrategy} to override it.
 *
 * @example
 * ```ts
 * import { DEFAULT_HANDLING_STRATEGIES } from 'logistics-customer/complaints';
 * DEFAULT_HANDLING_STRATEGIES.venting.actions[0]?.['zh-CN'];
 * // => '耐心倾听，不打断，让客户把不满说出来'
 * ```
 * @category Complaint handling
 */
export const DEFAULT_HANDLING_STRATEGIES: { readonly [M in ComplainantMotive]: HandlingStrategy } = {
  venting: {
    principles: ['feelings-first', 'respond-promptly'],
    actions: [
      { 'zh-CN': '耐心倾听，不打断，让客户把不满说出来', en: 'Listen patiently without interrupting; let the customer say it all' },
      { 'zh-CN': '表示理解和歉意，先安抚情绪再谈事情', en: 'Show understanding and apologise; calm feelings before the facts' },
    ],
  },
  respect: {
    principles: ['feelings-first', 'no-blame-shifting'],
    actions: [
      { 'zh-CN': '重视客户意见，由相应级别的人员出面处理', en: 'Take the complaint seriously; have someone of the right level handle it' },
      { 'zh-CN': '真诚道歉，不推诿、不争辩', en: 'Apologise sincerely; neither shift blame nor argue' },
    ],
  },
  compensation: {
    principles: ['no-blame-shifting', 'first-time-resolution'],
    actions: [
      { 'zh-CN': '核实事实和损失，按规定给出合理补偿方案', en: 'Verify the facts and the loss; offer a fair remedy by the rules' },
      { 'zh-CN': '明确补偿金额与兑现时间，一次处理到位', en: 'State the amount and when it is paid; settle it in one go' },
    ],
  },
};

/** The principles that hold for every complaint, whatever the motive. */
const ALWAYS: readonly HandlingPrinciple[] = ['respond-promptly', 'record-everything', 'first-time-resolution'];

/**
 * The handling strategy for a complainant with the given motives: the principles of every motive
 * plus those that always hold (respond promptly, record everything, 一次即圆满), in canonical
 * order without repeats, and each motive's actions in the order the motives are given.
 *
 * @param motives - What the complainant seeks (求发泄 / 求尊重 / 求补偿); may be empty.
 * @param strategies - The strategy table (default {@link DEFAULT_HANDLING_STRATEGIES}).
 * @returns The combined strategy.
 *
 * @example
 * ```ts
 * import { handlingStrategy } from 'logistics-customer/complaints';
 * handlingStrategy(['venting']).principles;
 * // => ['feelings-first', 'respond-promptly', 'record-everything', 'first-time-resolution']
 * handlingStrategy(['venting', 'compensation']).actions.length;
 * // => 4
 * ```
 * @category Complaint handling
 */
export function handlingStrategy(
  motives: readonly ComplainantMotive[],
  strategies: { readonly [M in ComplainantMotive]: HandlingStrategy } = DEFAULT_HANDLING_STRATEGIES,
): HandlingStrategy {
  const wanted = new Set<HandlingPrinciple>(ALWAYS);
  const actions: LocalizedText[] = [];
  for (const motive of new Set(motives)) {
    const strategy = strategies[motive];
    for (const principle of strategy.principles) wanted.add(principle);
    actions.push(...strategy.actions);
  }
  return { principles: HandlingPrincipleSchema.options.filter((p) => wanted.has(p)), actions };
}
