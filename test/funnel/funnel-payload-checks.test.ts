import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { INITIAL_FUNNEL_CONTEXT } from '../../src/funnel/funnel-context.js';
import type { FunnelDealLog, FunnelEvent } from '../../src/funnel/funnel-event.js';
import { funnelGuards, funnelPayloadReasons } from '../../src/funnel/funnel-guards.js';
import { funnelDefinition } from '../../src/funnel/funnel-machine.js';
import { nameIndex } from '../../src/core/machine/name-index.js';
import { FUNNEL_CHECK_NAMES, funnelCodes, funnelPayloadChecks, isCode } from '../../src/funnel/funnel-payload-checks.js';
import { funnelReport } from '../../src/funnel/funnel-report.js';
import { DEFAULT_QUALIFICATION_RULE, type QualificationRule } from '../../src/funnel/qualification-rule.js';
import { DEFAULT_FUNNEL_REFERENCE, type FunnelReferenceData } from '../../src/funnel/reference-data.js';
import { validDeals } from './arbitraries.js';
import { cny, march, no, NO_AUTHORITY, QUALIFIES, yes } from './fixtures.js';

const weighted: QualificationRule = {
  kind: 'weighted-score',
  weights: { need: 3, 'purchasing-power': 3, 'decision-authority': 2, creditworthiness: 2 },
  threshold: 70,
  required: ['creditworthiness'],
};
const extended: FunnelReferenceData = {
  ...DEFAULT_FUNNEL_REFERENCE,
  lostReasons: { ...DEFAULT_FUNNEL_REFERENCE.lostReasons, 'port-closure': { 'zh-CN': '港口关闭', en: 'Port closure' } },
};

const money = fc.constantFrom<unknown>(
  undefined,
  cny(100),
  cny(0),
  cny(-5),
  { amount: 1.5, currency: 'CNY' },
  { amount: 100 },
  null,
  'CNY 100',
  // Scales that are not a whole number from 0 to 15 (or missing), alone or with a bad amount.
  { amount: 100, scale: -1, currency: 'CNY' },
  { amount: 100, scale: 99, currency: 'CNY' },
  { amount: 100, scale: Number.NaN, currency: 'CNY' },
  { amount: 100, scale: 1.5, currency: 'CNY' },
  { amount: 100, scale: '2', currency: 'CNY' },
  { amount: 100, currency: 'CNY' },
  { amount: 0, scale: 99, currency: 'CNY' },
  { amount: 100, scale: 15, currency: 'CNY' },
);
const assessment = fc.constantFrom<unknown>(
  undefined,
  QUALIFIES,
  NO_AUTHORITY,
  { ...QUALIFIES, creditworthiness: no, need: { passed: true, score: 90 } },
  { need: yes },
  { ...QUALIFIES, need: { passed: 'yes' } },
  'qualified',
  null,
  // Factor scores outside 0–100: invalid under the weighted rule, ignored by all-must-pass.
  { ...QUALIFIES, need: { passed: true, score: 1000 } },
  { ...NO_AUTHORITY, need: { passed: true, score: Number.NaN } },
  { need: { passed: false, score: 1000 }, 'purchasing-power': no, 'decision-authority': no, creditworthiness: no },
  { ...QUALIFIES, creditworthiness: { passed: true, score: -1 } },
);
/** Any event, valid or not in its payload, at a valid time. */
const anyEvent = fc
  .record({
    type: fc.constantFrom('FIND', 'QUALIFY', 'DISQUALIFY', 'APPROACH', 'PROPOSE', 'WIN', 'LOSE', 'REOPEN'),
    channel: fc.constantFrom<unknown>(undefined, 'customer-referral', 'advertising', 'Advertising', 'carrier-pigeon', 42),
    assessment,
    expectedValue: money,
    quote: money,
    contractValue: money,
    visitPlan: fc.constantFrom<unknown>(undefined, { method: 'question' }, { method: 'nope' }, { method: 7 }, {}, null),
    closingMethod: fc.constantFrom<unknown>(undefined, 'concession', 'trial', 'shout', 3),
    reason: fc.constantFrom<unknown>(undefined, 'price', 'other', 'port-closure', 'nope', 7),
    note: fc.constantFrom<unknown>(undefined, '', '   ', 'lost to a cheaper carrier', 3),
  })
  .map((fields) => {
    const event: Record<string, unknown> = { at: march(3) };
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) event[key] = value;
    return event as unknown as FunnelEvent;
  });

describe('the payload checks behind the funnel guards', () => {
  test('isCode answers as a search of the codes, for indexes with and without a distinguishing character (property)', () => {
    const codesOf = (names: readonly string[]) => ({ names, index: nameIndex(names), table: {} });
    // No single position tells these apart (the index has no slots and the list is scanned).
    const tangled = codesOf(['aa', 'ab', 'ba', 'bb']);
    expect(tangled.index.at).toBe(-1);
    expect([isCode(tangled, 'ba'), isCode(tangled, 'bc'), isCode(tangled, 3), isCode(tangled, undefined)]).toEqual([true, false, false, false]);
    // More codes than an index slot can number: scanned too.
    const many = codesOf(Array.from({ length: 200 }, (_, i) => `code-${i}`));
    expect([isCode(many, 'code-199'), isCode(many, 'code-200')]).toEqual([true, false]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 40 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 20 }), (names, probes) => {
        const codes = codesOf(names);
        for (const probe of [...names, ...probes]) expect(isCode(codes, probe)).toBe(names.includes(probe));
      }),
      { numRuns: 500 },
    );
  });

  test('each check accepts exactly the events for which its guard finds no reason (valid times; both rules; an extended reference)', () => {
    for (const [rule, reference] of [
      [DEFAULT_QUALIFICATION_RULE, DEFAULT_FUNNEL_REFERENCE],
      [weighted, extended],
    ] as const) {
      const guards = funnelGuards(rule, reference);
      const checks = funnelPayloadChecks(rule, funnelCodes(reference));
      const reasons = funnelPayloadReasons(rule, funnelCodes(reference));
      fc.assert(
        fc.property(anyEvent, (event) => {
          for (const name of FUNNEL_CHECK_NAMES) {
            const found = reasons[name](event).filter((r) => r !== undefined);
            expect([name, checks[name](event)]).toEqual([name, found.length === 0]);
            const verdict = guards[name]?.(INITIAL_FUNNEL_CONTEXT, event);
            expect([name, verdict]).toEqual([name, found.length === 0 ? true : found]);
          }
        }),
        { numRuns: 600 },
      );
    }
  });

  test('the checks refuse an amount whose scale is not a whole number from 0 to 15 (the report summed scale -1 to 0 and threw for 99)', () => {
    const checks = funnelPayloadChecks(DEFAULT_QUALIFICATION_RULE, funnelCodes(DEFAULT_FUNNEL_REFERENCE));
    for (const scale of [-1, 99, Number.NaN, 1.5, undefined, '2']) {
      const value = { amount: 5000, scale, currency: 'CNY' } as unknown as ReturnType<typeof cny>;
      expect([
        scale,
        checks.wonTerms({ type: 'WIN', at: march(3), contractValue: value, closingMethod: 'trial' }),
        checks.positiveQuote({ type: 'PROPOSE', at: march(3), quote: value }),
        checks.qualifies({ type: 'QUALIFY', at: march(3), assessment: QUALIFIES, expectedValue: value }),
      ]).toEqual([scale, false, false, false]);
    }
    expect(checks.wonTerms({ type: 'WIN', at: march(3), contractValue: { amount: 5000, scale: 15, currency: 'CNY' }, closingMethod: 'trial' })).toBe(true);
  });

  test('the checks and the reasons check their rule once, when built', () => {
    const huge: QualificationRule = {
      kind: 'weighted-score',
      weights: { need: 1e308, 'purchasing-power': 1e308, 'decision-authority': 1e308, creditworthiness: 1e308 },
      threshold: 50,
    };
    const codes = funnelCodes(DEFAULT_FUNNEL_REFERENCE);
    expect(() => funnelPayloadChecks(huge, codes)).toThrow(expect.objectContaining({ code: 'INVALID_QUALIFICATION_RULE' }));
    expect(() => funnelPayloadReasons(huge, codes)).toThrow(expect.objectContaining({ code: 'INVALID_QUALIFICATION_RULE' }));
    expect(() => funnelGuards(huge, DEFAULT_FUNNEL_REFERENCE)).toThrow(expect.objectContaining({ code: 'INVALID_QUALIFICATION_RULE' }));
  });

  test('a guard still refuses a bad time when the payload passes its check', () => {
    const guards = funnelGuards(DEFAULT_QUALIFICATION_RULE, DEFAULT_FUNNEL_REFERENCE);
    const event = { type: 'LOSE', at: new Date(Number.NaN), reason: 'price' } as FunnelEvent;
    const verdict = guards.hasLostReason?.(INITIAL_FUNNEL_CONTEXT, event);
    expect(verdict === true ? [] : verdict?.map((r) => r.code)).toEqual(['INVALID_EVENT_TIME']);
  });

  test('funnelReport answers the same with its default machine (checks first) as with funnelDefinition() passed in (every guard called)', () => {
    const period = { start: march(1, 0), end: new Date(Date.UTC(2026, 5, 1)) };
    const corrupt = fc.tuple(validDeals, anyEvent, fc.nat(), fc.nat()).map(([deals, bad, d, i]): FunnelDealLog[] => {
      if (deals.length === 0) return deals;
      const at = d % deals.length;
      const deal = deals[at] as FunnelDealLog;
      const k = deal.events.length === 0 ? 0 : i % deal.events.length;
      const replaced = deal.events.map((e, j) => (j === k ? ({ ...bad, at: e.at } as FunnelEvent) : e));
      return deals.map((x, j) => (j === at ? { ...x, events: replaced } : x));
    });
    fc.assert(
      fc.property(fc.oneof(validDeals, corrupt), (deals) => {
        expect(funnelReport(deals, { period })).toEqual(funnelReport(deals, { period, machine: funnelDefinition() }));
      }),
      { numRuns: 300 },
    );
  });
});
