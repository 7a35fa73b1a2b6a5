import { text } from '../core/locale.js';
import type { Guard, GuardReason, GuardVerdict } from '../core/machine/definition.js';
import { type NameIndex, nameIndex, positionOfName } from '../core/machine/name-index.js';
import type { FunnelContext } from './funnel-context.js';
import type { FunnelEvent } from './funnel-event.js';
import { assessQualification, isQualified, type QualificationAssessment } from './qualification.js';
import type { QualificationRule } from './qualification-rule.js';
import type { FunnelReferenceData, ReferenceTable } from './reference-data.js';

/**
 * The guards of the funnel machine, by name.
 *
 * @category Funnel
 */
export type FunnelGuards = { readonly [name: string]: Guard<FunnelContext, FunnelEvent> };

function reason(code: string, zh: string, en: string, details: Readonly<Record<string, unknown>> = {}): GuardReason {
  return { code, message: text(zh, en), details };
}

/** `true` when there is no reason, else the reasons (the `undefined` entries left out). */
function verdict(candidates: readonly (GuardReason | undefined)[]): GuardVerdict {
  const reasons = candidates.filter((r): r is GuardReason => r !== undefined);
  const [first, ...rest] = reasons;
  return first === undefined ? true : [first, ...rest];
}

/** The reason to refuse any event: a time that is not a valid date or earlier than the last event. */
function timeReason(context: FunnelContext, event: FunnelEvent): GuardReason | undefined {
  const at: unknown = event.at;
  if (!(at instanceof Date)) return invalidTime(at);
  const ms = at.getTime();
  if (Number.isNaN(ms)) return invalidTime(at);
  const last = context.lastEventAt;
  if (last === undefined || ms >= last.getTime()) return undefined;
  return reason('EVENT_OUT_OF_ORDER', '事件时间早于上一事件', 'the event is earlier than the previous event', {
    at: at.toISOString(),
    previous: last.toISOString(),
  });
}

function invalidTime(at: unknown): GuardReason {
  return reason('INVALID_EVENT_TIME', '事件时间不是有效日期', 'the event time is not a valid date', { received: at });
}

/**
 * The codes of a reference table with their name index: a code is found by one character and one
 * comparison (a `Set` hashes the string and probes a table: about a fifth of the report's guard
 * time over millions of events).
 */
interface Codes {
  readonly names: readonly string[];
  readonly index: NameIndex;
  readonly table: ReferenceTable;
}

function codesOf(table: ReferenceTable): Codes {
  const names = Object.keys(table);
  return { names, index: nameIndex(names), table };
}

function knownCode(codes: Codes, value: unknown, code: string, what: readonly [zh: string, en: string]): GuardReason | undefined {
  if (typeof value === 'string' && positionOfName(codes.index, codes.names, value) >= 0) return undefined;
  return reason(code, `未知的${what[0]}“${String(value)}”`, `unknown ${what[1]} "${String(value)}"`, {
    received: value,
    allowed: Object.keys(codes.table),
  });
}

function isMoney(value: unknown): value is { readonly amount: number; readonly scale: number; readonly currency: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isSafeInteger((value as { amount?: unknown }).amount) &&
    typeof (value as { currency?: unknown }).currency === 'string'
  );
}

function isAssessment(value: unknown): value is QualificationAssessment {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Partial<Record<string, { passed?: unknown }>>;
  return (
    typeof a.need?.passed === 'boolean' &&
    typeof a['purchasing-power']?.passed === 'boolean' &&
    typeof a['decision-authority']?.passed === 'boolean' &&
    typeof a.creditworthiness?.passed === 'boolean'
  );
}

const NO_ASSESSMENT = reason('NO_ASSESSMENT', '缺少四项识别因素的评估', 'the assessment of the four identification factors is missing');

/**
 * Builds the named guards of the funnel machine for a qualification rule and reference tables
 * (`funnelDefinition` uses them; they are exported to build a variant of the machine). Each guard
 * answers `true` or its reasons, and also refuses an event whose time is not a valid date or is
 * earlier than `context.lastEventAt`.
 *
 * @param rule - The qualification rule (识别: 资格审查, DOMAIN.md §5).
 * @param reference - The reference tables codes are checked against.
 * @returns The guards by name: `knownChannel`, `qualifies`, `failsQualification`,
 *   `hasVisitPlan`, `positiveQuote`, `wonTerms`, `hasLostReason`.
 *
 * @example
 * ```ts
 * import { DEFAULT_FUNNEL_REFERENCE, DEFAULT_QUALIFICATION_RULE, funnelGuards, INITIAL_FUNNEL_CONTEXT } from 'logistics-customer/funnel';
 * const guards = funnelGuards(DEFAULT_QUALIFICATION_RULE, DEFAULT_FUNNEL_REFERENCE);
 * const verdict = guards.wonTerms!(INITIAL_FUNNEL_CONTEXT, { type: 'WIN', at: new Date('2026-04-01T01:00:00Z') });
 * verdict === true ? [] : verdict.map((r) => r.code);
 * // => ['NO_CONTRACT_VALUE', 'NO_CLOSING_METHOD']
 * ```
 * @category Funnel
 */
export function funnelGuards(rule: QualificationRule, reference: FunnelReferenceData): FunnelGuards {
  const findingChannels = codesOf(reference.findingChannels);
  const approachMethods = codesOf(reference.approachMethods);
  const closingMethods = codesOf(reference.closingMethods);
  const lostReasons = codesOf(reference.lostReasons);
  // A local reference: the guards run per event and then skip the imported binding's lookup.
  const qualified = isQualified;
  return {
    knownChannel: (context, event) => {
      const time = timeReason(context, event);
      const channel =
        event.type === 'FIND' || (event.type === 'REOPEN' && event.channel !== undefined)
          ? knownCode(findingChannels, event.channel, 'UNKNOWN_FINDING_CHANNEL', ['寻找渠道', 'finding channel'])
          : undefined;
      return time === undefined && channel === undefined ? true : verdict([time, channel]);
    },
    qualifies: (context, event) => {
      const time = timeReason(context, event);
      if (event.type !== 'QUALIFY') return verdict([time]);
      const ok = isAssessment(event.assessment) && qualified(event.assessment, rule);
      const value = event.expectedValue;
      const valueOk = value === undefined || (isMoney(value) && value.amount > 0);
      if (time === undefined && ok && valueOk) return true;
      return verdict([
        time,
        ...(ok ? [] : isAssessment(event.assessment) ? assessQualification(event.assessment, rule).reasons : [NO_ASSESSMENT]),
        valueOk ? undefined : reason('INVALID_EXPECTED_VALUE', '预计金额须为正数', 'the expected value must be a positive amount'),
      ]);
    },
    failsQualification: (context, event) => {
      const time = timeReason(context, event);
      if (event.type !== 'DISQUALIFY') return verdict([time]);
      const valid = isAssessment(event.assessment);
      const fails = valid && !qualified(event.assessment, rule);
      if (time === undefined && fails) return true;
      return verdict([
        time,
        !valid
          ? NO_ASSESSMENT
          : fails
            ? undefined
            : reason('ASSESSMENT_QUALIFIES', '评估结果合格，应使用“资格审查合格”', 'the assessment qualifies; send QUALIFY instead'),
      ]);
    },
    hasVisitPlan: (context, event) => {
      const time = timeReason(context, event);
      if (event.type !== 'APPROACH') return verdict([time]);
      const method: unknown = (event.visitPlan as { readonly method?: unknown } | undefined)?.method;
      const planned =
        method === undefined
          ? reason('NO_VISIT_PLAN', '缺少拜访计划及接近方法', 'the visit plan with its approach method is missing')
          : knownCode(approachMethods, method, 'UNKNOWN_APPROACH_METHOD', ['接近方法', 'approach method']);
      return time === undefined && planned === undefined ? true : verdict([time, planned]);
    },
    positiveQuote: (context, event) => {
      const time = timeReason(context, event);
      const quoted =
        event.type !== 'PROPOSE' || (isMoney(event.quote) && event.quote.amount > 0)
          ? undefined
          : reason('QUOTE_NOT_POSITIVE', '报价须为正数金额', 'the quote must be a positive amount');
      return time === undefined && quoted === undefined ? true : verdict([time, quoted]);
    },
    wonTerms: (context, event) => {
      const time = timeReason(context, event);
      if (event.type !== 'WIN') return verdict([time]);
      const contract = event.contractValue;
      const value =
        contract === undefined
          ? reason('NO_CONTRACT_VALUE', '成交须有合同金额', 'a won deal needs a contract value')
          : isMoney(contract) && contract.amount > 0
            ? undefined
            : reason('CONTRACT_VALUE_NOT_POSITIVE', '合同金额须为正数', 'the contract value must be positive');
      const method =
        event.closingMethod === undefined
          ? reason('NO_CLOSING_METHOD', '成交须注明成交方法', 'a won deal needs its closing method')
          : knownCode(closingMethods, event.closingMethod, 'UNKNOWN_CLOSING_METHOD', ['成交方法', 'closing method']);
      return time === undefined && value === undefined && method === undefined ? true : verdict([time, value, method]);
    },
    hasLostReason: (context, event) => {
      const time = timeReason(context, event);
      if (event.type !== 'LOSE') return verdict([time]);
      const code = event.reason;
      const why =
        code === undefined
          ? reason('NO_LOST_REASON', '丢单须注明原因', 'a lost deal needs a reason')
          : (knownCode(lostReasons, code, 'UNKNOWN_LOST_REASON', ['丢单原因', 'lost reason']) ??
            (code === 'other' && (typeof event.note !== 'string' || event.note.trim() === '')
              ? reason('NO_LOST_NOTE', '原因为“其他”时须填写说明', 'the reason "other" needs a note')
              : undefined));
      return time === undefined && why === undefined ? true : verdict([time, why]);
    },
  };
}
