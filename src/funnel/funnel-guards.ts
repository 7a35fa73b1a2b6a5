import { text } from '../core/locale.js';
import type { Guard, GuardReason } from '../core/machine/definition.js';
import { isMoneyScale } from '../core/money/scale.js';
import type { FunnelContext } from './funnel-context.js';
import type { FunnelEvent } from './funnel-event.js';
import {
  type Codes,
  type FunnelCodes,
  funnelCodes,
  type FunnelPayloadChecks,
  funnelPayloadChecks,
  isAssessment,
  isCode,
  isMoney,
} from './funnel-payload-checks.js';
import { qualificationOutcome, qualificationVerdict } from './qualification-outcome.js';
import { checkQualificationRule, type QualificationRule } from './qualification-rule.js';
import type { FunnelReferenceData } from './reference-data.js';

/**
 * The guards of the funnel machine, by name.
 *
 * @category Funnel
 */
export type FunnelGuards = { readonly [name: string]: Guard<FunnelContext, FunnelEvent> };

function reason(code: string, zh: string, en: string, details: Readonly<Record<string, unknown>> = {}): GuardReason {
  return { code, message: text(zh, en), details };
}

/**
 * The reason of last resort: a guard whose check refuses the event always refuses it, even if no
 * reason builder names why (a check and its reasons that disagree must never let an event through).
 */
const PAYLOAD_REFUSED = reason('PAYLOAD_REFUSED', '事件内容未通过业务规则检查', "the event's payload does not pass the rule's check");

/**
 * The reasons of a refusal (the `undefined` entries left out). Called only when the time or the
 * payload check refuses the event, so it never answers `true`: with no reason left it gives
 * `PAYLOAD_REFUSED`.
 */
function verdict(candidates: readonly (GuardReason | undefined)[]): readonly [GuardReason, ...GuardReason[]] {
  const reasons = candidates.filter((r): r is GuardReason => r !== undefined);
  const [first, ...rest] = reasons;
  return first === undefined ? [PAYLOAD_REFUSED] : [first, ...rest];
}

/** The reason for an amount whose scale is not a whole number from 0 to 15. */
function scaleReason(field: string, received: unknown): GuardReason {
  const shown = String(received);
  return reason(
    'INVALID_SCALE',
    `${field} 的小数位数（scale）须为 0 到 15 的整数，收到 ${shown}`,
    `the scale of ${field} must be a whole number from 0 to 15; received ${shown}`,
    { field, received },
  );
}

/**
 * Why an amount is not a positive amount of money (`isMoney` and a positive amount): its scale
 * when that is not a whole number from 0 to 15, and `notPositive` when the amount is not a
 * positive safe integer or the currency is not a string. No reason for a good amount.
 */
function moneyReasons(value: unknown, field: string, notPositive: GuardReason): readonly (GuardReason | undefined)[] {
  if (isMoney(value) && value.amount > 0) return [];
  if (typeof value !== 'object' || value === null) return [notPositive];
  const { amount, scale, currency } = value as { readonly amount?: unknown; readonly scale?: unknown; readonly currency?: unknown };
  const amountOk = typeof amount === 'number' && Number.isSafeInteger(amount) && amount > 0 && typeof currency === 'string';
  return [isMoneyScale(scale) ? undefined : scaleReason(field, scale), amountOk ? undefined : notPositive];
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

function knownCode(codes: Codes, value: unknown, code: string, what: readonly [zh: string, en: string]): GuardReason | undefined {
  if (isCode(codes, value)) return undefined;
  return reason(code, `未知的${what[0]}“${String(value)}”`, `unknown ${what[1]} "${String(value)}"`, {
    received: value,
    allowed: Object.keys(codes.table),
  });
}

const NO_ASSESSMENT = reason('NO_ASSESSMENT', '缺少四项识别因素的评估', 'the assessment of the four identification factors is missing');

/**
 * Why each guard of the funnel refuses an event's payload, by the guard's name (the time apart):
 * no reason exactly when the guard's payload check accepts the event. The guards call these only
 * for an event their check refuses.
 *
 * @internal
 */
export type FunnelPayloadReasons = { readonly [N in keyof FunnelPayloadChecks]: (event: FunnelEvent) => readonly (GuardReason | undefined)[] };

/**
 * Builds the payload reasons of the funnel's guards for a qualification rule and reference codes.
 * An amount whose scale is not a whole number from 0 to 15 gets `INVALID_SCALE` (with the field).
 * An assessment that does not qualify gets the verdict's reasons, which are never empty then (the
 * guards still refuse with `PAYLOAD_REFUSED` should a check and its reasons ever disagree).
 *
 * @param rule - The qualification rule, checked here once.
 * @param codes - The reference codes, from `funnelCodes`.
 * @returns The reason builders by guard name (`undefined` entries mean no reason).
 * @throws {@link LogisticsCustomerError} `INVALID_QUALIFICATION_RULE` for a bad rule.
 *
 * @example
 * ```ts no-run
 * const reasons = funnelPayloadReasons(DEFAULT_QUALIFICATION_RULE, funnelCodes(DEFAULT_FUNNEL_REFERENCE));
 * reasons.hasLostReason({ type: 'LOSE', at: new Date() }); // [{ code: 'NO_LOST_REASON', … }]
 * ```
 * @internal
 */
export function funnelPayloadReasons(rule: QualificationRule, codes: FunnelCodes): FunnelPayloadReasons {
  checkQualificationRule(rule);
  const { findingChannels, approachMethods, closingMethods, lostReasons } = codes;
  return {
    knownChannel: (event) => [
      event.type === 'FIND' || (event.type === 'REOPEN' && event.channel !== undefined)
        ? knownCode(findingChannels, event.channel, 'UNKNOWN_FINDING_CHANNEL', ['寻找渠道', 'finding channel'])
        : undefined,
    ],
    qualifies: (event) => {
      if (event.type !== 'QUALIFY') return [];
      const assessment = event.assessment;
      const value = event.expectedValue;
      return [
        ...(!isAssessment(assessment)
          ? [NO_ASSESSMENT]
          : qualificationOutcome(assessment, rule) === 1
            ? []
            : qualificationVerdict(assessment, rule).reasons),
        ...(value === undefined
          ? []
          : moneyReasons(value, 'expectedValue', reason('INVALID_EXPECTED_VALUE', '预计金额须为正数', 'the expected value must be a positive amount'))),
      ];
    },
    failsQualification: (event) => {
      if (event.type !== 'DISQUALIFY') return [];
      const assessment = event.assessment;
      if (!isAssessment(assessment)) return [NO_ASSESSMENT];
      const outcome = qualificationOutcome(assessment, rule);
      if (outcome === 0) return [];
      if (outcome === 1) {
        return [reason('ASSESSMENT_QUALIFIES', '评估结果合格，应使用“资格审查合格”', 'the assessment qualifies; send QUALIFY instead')];
      }
      // An invalid assessment (-1) neither qualifies nor disqualifies: name its invalid scores.
      return qualificationVerdict(assessment, rule).reasons.filter((r) => r.code === 'INVALID_FACTOR_SCORE');
    },
    hasVisitPlan: (event) => {
      if (event.type !== 'APPROACH') return [];
      const method: unknown = (event.visitPlan as { readonly method?: unknown } | undefined)?.method;
      return [
        method === undefined
          ? reason('NO_VISIT_PLAN', '缺少拜访计划及接近方法', 'the visit plan with its approach method is missing')
          : knownCode(approachMethods, method, 'UNKNOWN_APPROACH_METHOD', ['接近方法', 'approach method']),
      ];
    },
    positiveQuote: (event) =>
      event.type !== 'PROPOSE' ? [] : moneyReasons(event.quote, 'quote', reason('QUOTE_NOT_POSITIVE', '报价须为正数金额', 'the quote must be a positive amount')),
    wonTerms: (event) => {
      if (event.type !== 'WIN') return [];
      const contract = event.contractValue;
      return [
        ...(contract === undefined
          ? [reason('NO_CONTRACT_VALUE', '成交须有合同金额', 'a won deal needs a contract value')]
          : moneyReasons(contract, 'contractValue', reason('CONTRACT_VALUE_NOT_POSITIVE', '合同金额须为正数', 'the contract value must be positive'))),
        event.closingMethod === undefined
          ? reason('NO_CLOSING_METHOD', '成交须注明成交方法', 'a won deal needs its closing method')
          : knownCode(closingMethods, event.closingMethod, 'UNKNOWN_CLOSING_METHOD', ['成交方法', 'closing method']),
      ];
    },
    hasLostReason: (event) => {
      if (event.type !== 'LOSE') return [];
      const code = event.reason;
      return [
        code === undefined
          ? reason('NO_LOST_REASON', '丢单须注明原因', 'a lost deal needs a reason')
          : (knownCode(lostReasons, code, 'UNKNOWN_LOST_REASON', ['丢单原因', 'lost reason']) ??
            (code === 'other' && (typeof event.note !== 'string' || event.note.trim() === '')
              ? reason('NO_LOST_NOTE', '原因为“其他”时须填写说明', 'the reason "other" needs a note')
              : undefined)),
      ];
    },
  };
}

/**
 * Builds the named guards of the funnel machine for a qualification rule and reference tables
 * (`funnelDefinition` uses them; they are exported to build a variant of the machine). Each guard
 * answers `true` or its reasons, and also refuses an event whose time is not a valid date or is
 * earlier than `context.lastEventAt`. A guard whose check refuses an event always answers with at
 * least one reason (`PAYLOAD_REFUSED` if nothing more precise applies). An amount needs a safe
 * integer amount, a scale that is a whole number from 0 to 15 (else `INVALID_SCALE`) and a
 * currency; under a weighted-score rule an assessment with a factor score that is not a number
 * from 0 to 100 passes neither `qualifies` nor `failsQualification` (`INVALID_FACTOR_SCORE`).
 *
 * @param rule - The qualification rule (识别: 资格审查, DOMAIN.md §5), checked once here.
 * @param reference - The reference tables codes are checked against.
 * @returns The guards by name: `knownChannel`, `qualifies`, `failsQualification`,
 *   `hasVisitPlan`, `positiveQuote`, `wonTerms`, `hasLostReason`.
 * @throws {@link LogisticsCustomerError} `INVALID_QUALIFICATION_RULE` for a bad rule.
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
  const codes = funnelCodes(reference);
  // Each guard accepts by its payload check; the reasons are built only for a refusal.
  const checks = funnelPayloadChecks(rule, codes);
  const reasons = funnelPayloadReasons(rule, codes);
  return {
    knownChannel: (context, event) => {
      const time = timeReason(context, event);
      return time === undefined && checks.knownChannel(event) ? true : verdict([time, ...reasons.knownChannel(event)]);
    },
    qualifies: (context, event) => {
      const time = timeReason(context, event);
      return time === undefined && checks.qualifies(event) ? true : verdict([time, ...reasons.qualifies(event)]);
    },
    failsQualification: (context, event) => {
      const time = timeReason(context, event);
      return time === undefined && checks.failsQualification(event) ? true : verdict([time, ...reasons.failsQualification(event)]);
    },
    hasVisitPlan: (context, event) => {
      const time = timeReason(context, event);
      return time === undefined && checks.hasVisitPlan(event) ? true : verdict([time, ...reasons.hasVisitPlan(event)]);
    },
    positiveQuote: (context, event) => {
      const time = timeReason(context, event);
      return time === undefined && checks.positiveQuote(event) ? true : verdict([time, ...reasons.positiveQuote(event)]);
    },
    wonTerms: (context, event) => {
      const time = timeReason(context, event);
      return time === undefined && checks.wonTerms(event) ? true : verdict([time, ...reasons.wonTerms(event)]);
    },
    hasLostReason: (context, event) => {
      const time = timeReason(context, event);
      return time === undefined && checks.hasLostReason(event) ? true : verdict([time, ...reasons.hasLostReason(event)]);
    },
  };
}
