/** Shared fixtures of the funnel tests: events with explicit UTC times, never the machine's zone. */
import type { Money } from '../../src/core/money/money.js';
import type { FunnelEvent, FunnelEventType } from '../../src/funnel/funnel-event.js';
import type { QualificationAssessment } from '../../src/funnel/qualification.js';

export const yes = { passed: true } as const;
export const no = { passed: false } as const;

/** Passes all four identification factors. */
export const QUALIFIES: QualificationAssessment = { need: yes, 'purchasing-power': yes, 'decision-authority': yes, creditworthiness: yes };
/** Fails 决策权 (decision authority) only. */
export const NO_AUTHORITY: QualificationAssessment = { ...QUALIFIES, 'decision-authority': no };

export function cny(minor: number): Money<'CNY'> {
  return { amount: minor, scale: 2, currency: 'CNY' };
}

/** Day `d` of March 2026 at `h`:00 UTC. */
export function march(d: number, h = 1): Date {
  return new Date(Date.UTC(2026, 2, d, h));
}

/** A valid event of each type at a time. */
export function validEvent(type: FunnelEventType, at: Date): FunnelEvent {
  switch (type) {
    case 'FIND':
      return { type, at, channel: 'customer-referral' };
    case 'QUALIFY':
      return { type, at, assessment: QUALIFIES };
    case 'DISQUALIFY':
      return { type, at, assessment: NO_AUTHORITY };
    case 'APPROACH':
      return { type, at, visitPlan: { method: 'benefit' } };
    case 'PROPOSE':
      return { type, at, quote: cny(5_000_000) };
    case 'WIN':
      return { type, at, contractValue: cny(4_800_000), closingMethod: 'concession' };
    case 'LOSE':
      return { type, at, reason: 'price' };
    case 'REOPEN':
      return { type, at };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/** The events that bring a new deal into each state, one day apart from 1 March. */
export const PATH_TO = {
  new: [],
  prospecting: ['FIND'],
  qualified: ['FIND', 'QUALIFY'],
  disqualified: ['FIND', 'DISQUALIFY'],
  approaching: ['FIND', 'QUALIFY', 'APPROACH'],
  negotiating: ['FIND', 'QUALIFY', 'APPROACH', 'PROPOSE'],
  won: ['FIND', 'QUALIFY', 'APPROACH', 'PROPOSE', 'WIN'],
  lost: ['FIND', 'LOSE'],
} as const satisfies Record<string, readonly FunnelEventType[]>;

export function pathEvents(types: readonly FunnelEventType[]): FunnelEvent[] {
  return types.map((type, i) => validEvent(type, march(i + 1)));
}

/** Recursively freezes a value, so a mutation in the code under test throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !(value instanceof Date)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

export const CHANNELS = ['customer-referral', 'advertising', 'meetings', 'telecom'] as const;
export const REASONS = ['price', 'competitor', 'no-need', 'no-budget'] as const;
export const CLOSINGS = ['request', 'assumptive', 'trial'] as const;
