import { type NameIndex, nameIndex, nameKey } from '../core/machine/name-index.js';
import type { FunnelEvent } from './funnel-event.js';
import type { QualificationAssessment } from './qualification.js';
import { qualificationOutcome } from './qualification-outcome.js';
import { checkQualificationRule, type QualificationRule } from './qualification-rule.js';
import type { FunnelReferenceData, ReferenceTable } from './reference-data.js';

/**
 * The codes of a reference table with their name index: a code is found by one character and one
 * comparison (a `Set` hashes the string and probes a table: about a fifth of the report's guard
 * time over millions of events).
 *
 * @internal
 */
export interface Codes {
  readonly names: readonly string[];
  readonly index: NameIndex;
  readonly table: ReferenceTable;
}

/**
 * The four reference tables the funnel's guards check codes against, indexed.
 *
 * @internal
 */
export interface FunnelCodes {
  readonly findingChannels: Codes;
  readonly approachMethods: Codes;
  readonly closingMethods: Codes;
  readonly lostReasons: Codes;
}

function codesOf(table: ReferenceTable): Codes {
  const names = Object.keys(table);
  return { names, index: nameIndex(names), table };
}

/**
 * Indexes the reference tables of the funnel's guards.
 *
 * @param reference - The reference tables.
 * @returns Their codes with name indexes.
 *
 * @example
 * ```ts no-run
 * isCode(funnelCodes(DEFAULT_FUNNEL_REFERENCE).lostReasons, 'price'); // true
 * ```
 * @internal
 */
export function funnelCodes(reference: FunnelReferenceData): FunnelCodes {
  return {
    findingChannels: codesOf(reference.findingChannels),
    approachMethods: codesOf(reference.approachMethods),
    closingMethods: codesOf(reference.closingMethods),
    lostReasons: codesOf(reference.lostReasons),
  };
}

/**
 * Whether a value is one of the codes.
 *
 * @param codes - The codes.
 * @param value - Any value.
 * @returns `true` for a string among the codes.
 *
 * @example
 * ```ts no-run
 * [isCode(codes, 'price'), isCode(codes, 'Price'), isCode(codes, 3)]; // [true, false, false]
 * ```
 * @internal
 */
export function isCode(codes: Codes, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  // `positionOfName` for a string, written small: the payload checks inline this four times, within
  // V8's fixed budget of inlined bytecode (docs/performance.md, "Tenth session"). An index whose
  // keys are distinct places every code at its own slot; one without a distinguishing character
  // (`at` -1) has no slots, and the list is scanned.
  const { index, names } = codes;
  const k = index.slots[nameKey(value, index.at)] as number;
  return k >= 0 ? names[k] === value : index.at < 0 && names.includes(value);
}

/**
 * Whether a value has the shape of an amount of money: a safe integer amount, a scale that is a
 * whole number from 0 to 15 (the core's `isMoneyScale`, written out: this runs per event) and a
 * currency. A scale of -1, 99 or `NaN` is refused here, so that the report's totals never see it
 * (the core's `sumMoney` would sum it to 0 or throw `INVALID_SCALE`).
 *
 * @param value - Any value.
 * @returns The answer.
 *
 * @example
 * ```ts no-run
 * [isMoney({ amount: 100, scale: 2, currency: 'CNY' }), isMoney({ amount: 1.5, scale: 2, currency: 'CNY' }), isMoney({ amount: 100, scale: -1, currency: 'CNY' })]; // [true, false, false]
 * ```
 * @internal
 */
export function isMoney(value: unknown): value is { readonly amount: number; readonly scale: number; readonly currency: string } {
  if (typeof value !== 'object' || value === null) return false;
  const scale = (value as { scale?: unknown }).scale;
  return (
    Number.isSafeInteger((value as { amount?: unknown }).amount) &&
    Number.isInteger(scale) &&
    (scale as number) >= 0 &&
    (scale as number) <= 15 &&
    typeof (value as { currency?: unknown }).currency === 'string'
  );
}

/**
 * Whether a value has the shape of a qualification assessment: the four factors, each with a
 * boolean `passed`.
 *
 * @param value - Any value.
 * @returns The answer.
 *
 * @example
 * ```ts no-run
 * isAssessment({ need: { passed: true } }); // false: three factors are missing
 * ```
 * @internal
 */
export function isAssessment(value: unknown): value is QualificationAssessment {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Partial<Record<string, { passed?: unknown }>>;
  return (
    typeof a.need?.passed === 'boolean' &&
    typeof a['purchasing-power']?.passed === 'boolean' &&
    typeof a['decision-authority']?.passed === 'boolean' &&
    typeof a.creditworthiness?.passed === 'boolean'
  );
}

/**
 * What each guard of the funnel accepts, by the guard's name, apart from the event's time: `true`
 * exactly when the guard of that name passes an event whose time is valid and in order. The
 * guards answer from these first and build their reasons only for an event they refuse;
 * `funnelReport` calls them directly for the default machine, whose loop has checked the times
 * already (one call it can inline instead of a call through the machine's table).
 *
 * @internal
 */
export interface FunnelPayloadChecks {
  readonly knownChannel: (event: FunnelEvent) => boolean;
  readonly qualifies: (event: FunnelEvent) => boolean;
  readonly failsQualification: (event: FunnelEvent) => boolean;
  readonly hasVisitPlan: (event: FunnelEvent) => boolean;
  readonly positiveQuote: (event: FunnelEvent) => boolean;
  readonly wonTerms: (event: FunnelEvent) => boolean;
  readonly hasLostReason: (event: FunnelEvent) => boolean;
}

/** The guard names of {@link FunnelPayloadChecks}, in a fixed order (the report's slot numbers). */
export const FUNNEL_CHECK_NAMES = [
  'knownChannel',
  'qualifies',
  'failsQualification',
  'hasVisitPlan',
  'positiveQuote',
  'wonTerms',
  'hasLostReason',
] as const satisfies readonly (keyof FunnelPayloadChecks)[];

/**
 * Builds the payload checks of the funnel's guards for a qualification rule and reference codes.
 *
 * @param rule - The qualification rule, checked here once (the checks do not check it per event).
 * @param codes - The reference codes, from {@link funnelCodes}.
 * @returns The checks by guard name.
 * @throws {@link LogisticsCustomerError} `INVALID_QUALIFICATION_RULE` for a bad rule.
 *
 * @example
 * ```ts no-run
 * const checks = funnelPayloadChecks(DEFAULT_QUALIFICATION_RULE, funnelCodes(DEFAULT_FUNNEL_REFERENCE));
 * checks.hasLostReason({ type: 'LOSE', at: new Date(), reason: 'price' }); // true
 * ```
 * @internal
 */
export function funnelPayloadChecks(rule: QualificationRule, codes: FunnelCodes): FunnelPayloadChecks {
  checkQualificationRule(rule);
  const { findingChannels, approachMethods, closingMethods, lostReasons } = codes;
  // A local reference: the checks run per event and then skip the imported binding's lookup.
  // The outcome is 1 (qualifies), 0 (does not) or -1 (a weighted rule's factor score is invalid:
  // neither QUALIFY nor DISQUALIFY passes).
  const outcome = qualificationOutcome;
  return {
    // One call of isCode (each call is inlined on its own): a FIND names a channel, a REOPEN may.
    knownChannel: (event) =>
      event.type === 'FIND' || (event.type === 'REOPEN' && event.channel !== undefined)
        ? isCode(findingChannels, event.channel)
        : true,
    qualifies: (event) => {
      if (event.type !== 'QUALIFY') return true;
      const value = event.expectedValue;
      return isAssessment(event.assessment) && outcome(event.assessment, rule) === 1 && (value === undefined || (isMoney(value) && value.amount > 0));
    },
    failsQualification: (event) => event.type !== 'DISQUALIFY' || (isAssessment(event.assessment) && outcome(event.assessment, rule) === 0),
    hasVisitPlan: (event) => {
      if (event.type !== 'APPROACH') return true;
      const method: unknown = (event.visitPlan as { readonly method?: unknown } | undefined)?.method;
      return isCode(approachMethods, method);
    },
    positiveQuote: (event) => event.type !== 'PROPOSE' || (isMoney(event.quote) && event.quote.amount > 0),
    wonTerms: (event) => {
      if (event.type !== 'WIN') return true;
      const contract = event.contractValue;
      return isMoney(contract) && contract.amount > 0 && isCode(closingMethods, event.closingMethod);
    },
    hasLostReason: (event) => {
      if (event.type !== 'LOSE') return true;
      const code = event.reason;
      return isCode(lostReasons, code) && !(code === 'other' && (typeof event.note !== 'string' || event.note.trim() === ''));
    },
  };
}
