/**
 * A small funnel-like machine for the machine-core tests: 寻找 prospecting → 识别 qualified /
 * disqualified → 接近 approaching → 洽谈 negotiating → 成交 won (final), or lost at any open
 * stage; lost and disqualified prospects can be re-opened (DOMAIN.md §5).
 */
import type { GuardReason, MachineDefinition } from '../../../src/core/machine/definition.js';
import { text } from '../../../src/core/locale.js';

export type FunnelState = 'prospecting' | 'qualified' | 'approaching' | 'negotiating' | 'won' | 'lost' | 'disqualified';

/** 需求度, 购买力, 决策权, 信誉度 — the four identification factors (DOMAIN.md §5). */
export interface Factors {
  readonly need: boolean;
  readonly purchasingPower: boolean;
  readonly decisionAuthority: boolean;
  readonly creditworthiness: boolean;
}

export type FunnelEvent =
  | { readonly type: 'QUALIFY'; readonly factors: Factors; readonly at?: string }
  | { readonly type: 'DISQUALIFY'; readonly at?: string }
  | { readonly type: 'APPROACH'; readonly at?: string }
  | { readonly type: 'NEGOTIATE'; readonly at?: string }
  | { readonly type: 'WIN'; readonly value: number; readonly at?: string }
  | { readonly type: 'LOSE'; readonly at?: string }
  | { readonly type: 'REOPEN'; readonly at?: string };

export interface FunnelContext {
  /** How often the prospect was re-opened. */
  readonly reopened: number;
  /** The contract value won, in minor units (fen). */
  readonly wonValue: number;
  /** When the deal was won (ISO string), if it was. */
  readonly wonAt: string | null;
}

export const FUNNEL_STATES = [
  'prospecting',
  'qualified',
  'approaching',
  'negotiating',
  'won',
  'lost',
  'disqualified',
] as const satisfies readonly FunnelState[];

export const FUNNEL_EVENT_TYPES = [
  'QUALIFY',
  'DISQUALIFY',
  'APPROACH',
  'NEGOTIATE',
  'WIN',
  'LOSE',
  'REOPEN',
] as const satisfies readonly FunnelEvent['type'][];

export const ALL_PASS: Factors = { need: true, purchasingPower: true, decisionAuthority: true, creditworthiness: true };

const FACTOR_REASONS: { readonly [K in keyof Factors]: GuardReason } = {
  need: { code: 'NO_NEED', message: text('客户没有物流需求', 'the customer has no logistics need') },
  purchasingPower: { code: 'NO_PURCHASING_POWER', message: text('客户购买力不足', 'the customer cannot afford it') },
  decisionAuthority: { code: 'NO_DECISION_AUTHORITY', message: text('联系人没有决策权', 'the contact cannot decide') },
  creditworthiness: { code: 'POOR_CREDIT', message: text('客户信誉度不足', 'the customer is not creditworthy') },
};

export const funnel = {
  id: 'test-funnel',
  initial: 'prospecting',
  context: { reopened: 0, wonValue: 0, wonAt: null },
  states: {
    prospecting: {
      label: text('寻找客户', 'Prospecting'),
      on: {
        QUALIFY: { target: 'qualified', guard: 'allFactorsPass', description: text('资格审查通过', 'qualification passed') },
        DISQUALIFY: { target: 'disqualified' },
        LOSE: { target: 'lost' },
      },
    },
    qualified: { label: text('识别合格', 'Qualified'), on: { APPROACH: { target: 'approaching' }, LOSE: { target: 'lost' } } },
    approaching: { label: text('接近客户', 'Approaching'), on: { NEGOTIATE: { target: 'negotiating' }, LOSE: { target: 'lost' } } },
    negotiating: {
      label: text('洽谈', 'Negotiating'),
      on: { WIN: { target: 'won', guard: 'hasContractValue', update: 'recordWin' }, LOSE: { target: 'lost' } },
    },
    won: { label: text('成交', 'Won'), final: true },
    lost: { label: text('流失', 'Lost'), on: { REOPEN: { target: 'prospecting', update: 'countReopen' } } },
    disqualified: { label: text('不合格', 'Disqualified'), on: { REOPEN: { target: 'prospecting', update: 'countReopen' } } },
  },
  events: {
    QUALIFY: text('资格审查', 'qualify'),
    DISQUALIFY: text('判定不合格', 'disqualify'),
    APPROACH: text('接近', 'approach'),
    NEGOTIATE: text('洽谈', 'negotiate'),
    WIN: text('成交', 'win'),
    LOSE: text('丢单', 'lose'),
    REOPEN: text('重新开发', 'reopen'),
  },
  guards: {
    allFactorsPass: (_context, event) => {
      if (event.type !== 'QUALIFY') return true;
      const failing = (Object.keys(FACTOR_REASONS) as (keyof Factors)[])
        .filter((factor) => !event.factors[factor])
        .map((factor) => FACTOR_REASONS[factor]);
      const [first, ...rest] = failing;
      return first === undefined ? true : [first, ...rest];
    },
    hasContractValue: (_context, event) =>
      event.type === 'WIN' && event.value > 0
        ? true
        : [{ code: 'NO_CONTRACT_VALUE', message: text('合同金额须为正数', 'the contract value must be positive') }],
  },
  updates: {
    recordWin: (context, event) =>
      event.type === 'WIN' ? { ...context, wonValue: context.wonValue + event.value, wonAt: event.at ?? null } : context,
    countReopen: (context) => ({ ...context, reopened: context.reopened + 1 }),
  },
} as const satisfies MachineDefinition<FunnelState, FunnelEvent, FunnelContext>;

/** A valid event of each type (payloads that pass every guard). */
export function sampleEvent(type: FunnelEvent['type']): FunnelEvent {
  switch (type) {
    case 'QUALIFY':
      return { type, factors: ALL_PASS, at: '2024-03-01T09:00:00+08:00' };
    case 'WIN':
      return { type, value: 1_200_000, at: '2024-03-20T17:30:00+08:00' };
    case 'DISQUALIFY':
    case 'APPROACH':
    case 'NEGOTIATE':
    case 'LOSE':
    case 'REOPEN':
      return { type };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/** Freezes a value and everything in it, so any mutation in the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
