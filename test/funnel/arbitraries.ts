/** fast-check generators of valid funnel logs: a random walk on the machine's allowed events. */
import fc from 'fast-check';
import type { FunnelDealLog, FunnelEvent, FunnelEventType } from '../../src/funnel/funnel-event.js';
import type { FunnelState } from '../../src/funnel/funnel-state.js';
import { CLOSINGS, cny, CHANNELS, NO_AUTHORITY, QUALIFIES, REASONS } from './fixtures.js';

const NEXT: { readonly [S in FunnelState]: readonly (readonly [FunnelEventType, FunnelState])[] } = {
  new: [['FIND', 'prospecting']],
  prospecting: [['QUALIFY', 'qualified'], ['DISQUALIFY', 'disqualified'], ['LOSE', 'lost']],
  qualified: [['APPROACH', 'approaching'], ['LOSE', 'lost']],
  disqualified: [['REOPEN', 'prospecting']],
  approaching: [['PROPOSE', 'negotiating'], ['LOSE', 'lost']],
  negotiating: [['PROPOSE', 'negotiating'], ['WIN', 'won'], ['LOSE', 'lost']],
  won: [],
  lost: [['REOPEN', 'prospecting']],
};

function event(type: FunnelEventType, at: Date, pick: number): FunnelEvent {
  switch (type) {
    case 'FIND':
      return { type, at, channel: CHANNELS[pick % CHANNELS.length] as string };
    case 'QUALIFY':
      return pick % 3 === 0 ? { type, at, assessment: QUALIFIES, expectedValue: cny(10_000 + pick) } : { type, at, assessment: QUALIFIES };
    case 'DISQUALIFY':
      return { type, at, assessment: NO_AUTHORITY };
    case 'APPROACH':
      return { type, at, visitPlan: { method: 'question' } };
    case 'PROPOSE':
      return { type, at, quote: cny(1 + pick * 37) };
    case 'WIN':
      return { type, at, contractValue: cny(1 + pick * 31), closingMethod: CLOSINGS[pick % CLOSINGS.length] as string };
    case 'LOSE':
      return { type, at, reason: REASONS[pick % REASONS.length] as string };
    case 'REOPEN':
      return pick % 2 === 0 ? { type, at } : { type, at, channel: CHANNELS[pick % CHANNELS.length] as string };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/**
 * A valid event log from the choices: each choice picks one of the state's allowed events, gaps
 * are the hours between events; the walk stops at `won` or when the choices run out.
 */
export function walk(startMs: number, choices: readonly number[], gapsHours: readonly number[]): FunnelEvent[] {
  const events: FunnelEvent[] = [];
  let state: FunnelState = 'new';
  let t = startMs;
  for (let i = 0; i < choices.length; i++) {
    const options: readonly (readonly [FunnelEventType, FunnelState])[] = NEXT[state];
    const choice = choices[i] as number;
    const picked: readonly [FunnelEventType, FunnelState] | undefined = options[choice % options.length];
    if (picked === undefined) break;
    t += (gapsHours[i] ?? 0) * 3_600_000;
    events.push(event(picked[0], new Date(t), choice));
    state = picked[1];
  }
  return events;
}

/** A valid log of one deal starting in March 2026. */
export const validLog = fc
  .record({
    startHour: fc.integer({ min: 0, max: 24 * 28 }),
    choices: fc.array(fc.nat(1000), { minLength: 1, maxLength: 14 }),
    gaps: fc.array(fc.integer({ min: 0, max: 24 * 6 }), { minLength: 14, maxLength: 14 }),
  })
  .map(({ startHour, choices, gaps }) => walk(Date.UTC(2026, 2, 1) + startHour * 3_600_000, choices, gaps));

/** Valid logs of many deals. */
export const validDeals = fc.array(validLog, { minLength: 0, maxLength: 25 }).map((logs): FunnelDealLog[] => logs.map((events, i) => ({ id: `D-${i}`, events })));
