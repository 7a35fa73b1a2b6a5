/**
 * The deal the concurrency demo writes to: found, qualified, approached and quoted (version 4,
 * state 洽谈 negotiating), after the sample firm's history ends.
 */
import { money, unwrap } from '../../src/core/index.js';
import type { FunnelEvent, QualificationAssessment } from '../../src/funnel/index.js';

const DAY = 86_400_000;
const yes = { passed: true } as const;
const QUALIFIED: QualificationAssessment = { need: yes, 'purchasing-power': yes, 'decision-authority': yes, creditworthiness: yes };

/** The time `days` after `start`. */
export function dayAfter(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY);
}

/** The log that takes a new deal to negotiating: FIND, QUALIFY, APPROACH, PROPOSE (¥120,000). */
export function openingEvents(start: Date): readonly FunnelEvent[] {
  return [
    { type: 'FIND', at: start, channel: 'customer-referral', note: '老客户转介绍' },
    { type: 'QUALIFY', at: dayAfter(start, 1), assessment: QUALIFIED, expectedValue: unwrap(money('120000', 'CNY')) },
    { type: 'APPROACH', at: dayAfter(start, 2), visitPlan: { method: 'benefit', salesTools: ['方案书', '报价单'] } },
    { type: 'PROPOSE', at: dayAfter(start, 3), quote: unwrap(money('120000', 'CNY')) },
  ];
}

/** A revised quote (洽谈: the quote changes while the deal stays in negotiating). */
export function reviseQuote(at: Date, amount: string, note: string): FunnelEvent {
  return { type: 'PROPOSE', at, quote: unwrap(money(amount, 'CNY')), note };
}

/** The deal is won (成交) with a contract value and a closing method. */
export function win(at: Date, amount: string): FunnelEvent {
  return { type: 'WIN', at, contractValue: unwrap(money(amount, 'CNY')), closingMethod: 'concession' };
}
