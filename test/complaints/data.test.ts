import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { labelKeys } from '../../src/core/locale.js';
import {
  appliedTargets,
  COMPLAINT_MESSAGES,
  ComplainantMotiveSchema,
  complainantMotiveLabels,
  ComplaintCategorySchema,
  complaintCategoryLabels,
  ComplaintChannelSchema,
  complaintChannelLabels,
  ComplaintEventTypeSchema,
  complaintEventTypeLabels,
  ComplaintLogRuleSchema,
  complaintLogRuleLabels,
  ComplaintPrioritySchema,
  complaintPriorityLabels,
  complaintRules,
  ComplaintSeveritySchema,
  complaintSeverityLabels,
  ComplaintStateSchema,
  complaintStateLabels,
  DEFAULT_CATEGORY_COMPONENTS,
  DEFAULT_HANDLING_STRATEGIES,
  DEFAULT_SLA_POLICY,
  EscalationLevelSchema,
  escalationLevelLabels,
  HandlingPrincipleSchema,
  handlingPrincipleLabels,
  handlingStrategy,
  PauseReasonSchema,
  pauseReasonLabels,
  PerfectOrderComponentSchema,
  perfectOrderComponentLabels,
  ReopenClockSchema,
  reopenClockLabels,
  SlaClockStatusSchema,
  slaClockStatusLabels,
  type SlaPolicy,
  SlaTargetSchema,
  slaTargetLabels,
  TimeBasisSchema,
  timeBasisLabels,
} from '../../src/complaints/index.js';

const HOUR = 3_600_000;

describe('labels: every value of every enum in zh-CN and en', () => {
  const tables: readonly (readonly [readonly string[], Record<string, { 'zh-CN': string; en: string }>])[] = [
    [ComplaintCategorySchema.options, complaintCategoryLabels],
    [ComplaintSeveritySchema.options, complaintSeverityLabels],
    [ComplaintPrioritySchema.options, complaintPriorityLabels],
    [ComplaintChannelSchema.options, complaintChannelLabels],
    [PerfectOrderComponentSchema.options, perfectOrderComponentLabels],
    [ComplainantMotiveSchema.options, complainantMotiveLabels],
    [HandlingPrincipleSchema.options, handlingPrincipleLabels],
    [PauseReasonSchema.options, pauseReasonLabels],
    [EscalationLevelSchema.options, escalationLevelLabels],
    [ComplaintStateSchema.options, complaintStateLabels],
    [ComplaintEventTypeSchema.options, complaintEventTypeLabels],
    [ComplaintLogRuleSchema.options, complaintLogRuleLabels],
    [SlaTargetSchema.options, slaTargetLabels],
    [SlaClockStatusSchema.options, slaClockStatusLabels],
    [TimeBasisSchema.options, timeBasisLabels],
    [ReopenClockSchema.options, reopenClockLabels],
  ];
  test.each(tables.map(([options, table]) => [options.join('/'), options, table] as const))('%s', (_name, options, table) => {
    expect(labelKeys(table)).toEqual(options);
    for (const value of options) {
      expect(table[value]?.['zh-CN']).toMatch(/\S/);
      expect(table[value]?.en).toMatch(/\S/);
      expect(table[value]?.['zh-CN']).not.toBe(table[value]?.en);
    }
  });

  test('the textbook terms', () => {
    expect(ComplaintCategorySchema.options.map((c) => complaintCategoryLabels[c]['zh-CN'])).toEqual([
      '延误', '破损', '丢失', '错发漏发', '服务态度', '费用', '信息', '其他',
    ]);
    expect(ComplainantMotiveSchema.options.map((m) => complainantMotiveLabels[m]['zh-CN'])).toEqual(['求发泄', '求尊重', '求补偿']);
    expect(handlingPrincipleLabels['first-time-resolution']['zh-CN']).toBe('一次即圆满');
    expect(DEFAULT_CATEGORY_COMPONENTS.loss).toBe('in-full');
  });
});

describe('handling strategies (textbook data, overridable)', () => {
  test('the motives’ principles plus those that always hold, in canonical order', () => {
    expect(handlingStrategy([]).principles).toEqual(['respond-promptly', 'record-everything', 'first-time-resolution']);
    expect(handlingStrategy(['respect']).principles).toEqual([
      'feelings-first', 'respond-promptly', 'no-blame-shifting', 'record-everything', 'first-time-resolution',
    ]);
    expect(handlingStrategy(['compensation', 'compensation']).actions).toEqual(DEFAULT_HANDLING_STRATEGIES.compensation.actions);
  });

  test('a firm’s own wording replaces the textbook’s', () => {
    const own = {
      ...DEFAULT_HANDLING_STRATEGIES,
      venting: { principles: ['feelings-first'] as const, actions: [{ 'zh-CN': '请喝茶', en: 'Offer tea' }] },
    };
    const copy = structuredClone(own);
    expect(handlingStrategy(['venting'], own).actions).toEqual([{ 'zh-CN': '请喝茶', en: 'Offer tea' }]);
    expect(own).toEqual(copy);
  });
});

describe('complaint machine options', () => {
  test('defaults', () => {
    const rules = complaintRules();
    expect([rules.currency, rules.reopenWindowMs / HOUR, Object.keys(rules.departments).length, rules.priorityBySeverity.critical]).toEqual([
      'CNY', 168, 7, 'urgent',
    ]);
  });

  test.each([
    [{ currency: 'XYZ' }, 'currency'],
    [{ departments: {} }, 'departments'],
    [{ reopenWindowMs: -1 }, 'reopenWindowMs'],
    [{ reopenWindowMs: Number.NaN }, 'reopenWindowMs'],
    [{ priorityBySeverity: { minor: 'low', moderate: 'normal', serious: 'high', critical: 'now' } }, 'priorityBySeverity'],
  ] as const)('%j is refused (%s)', (options, option) => {
    try {
      complaintRules(options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LogisticsCustomerError);
      expect([(e as LogisticsCustomerError).code, (e as LogisticsCustomerError).message, (e as LogisticsCustomerError).details.option]).toEqual([
        'INVALID_COMPLAINT_OPTIONS',
        COMPLAINT_MESSAGES.INVALID_COMPLAINT_OPTIONS,
        option,
      ]);
    }
  });
});

describe('service-level policy: which targets apply', () => {
  const policy: SlaPolicy = {
    id: 'p',
    targets: { acknowledge: 2 * HOUR, 'first-response': 8 * HOUR, resolve: 24 * HOUR, 'follow-up': 16 * HOUR },
    rules: [
      { priority: 'urgent', category: 'loss', targets: { resolve: 4 * HOUR } },
      { priority: 'urgent', targets: { acknowledge: HOUR / 2, resolve: 8 * HOUR } },
      { category: 'loss', targets: { 'follow-up': 4 * HOUR, resolve: 12 * HOUR } },
    ],
    basis: { 'follow-up': 'calendar' },
    resolveOnReopen: 'restart',
  };
  const copy = structuredClone(policy);

  test('for each target the first matching rule that sets it wins, else the default', () => {
    const urgentLoss = appliedTargets(policy, { priority: 'urgent', category: 'loss' });
    expect(Object.values(urgentLoss.targets).map((ms) => ms / HOUR)).toEqual([0.5, 8, 4, 4]);
    expect(Object.values(appliedTargets(policy, { priority: 'normal', category: 'loss' }).targets).map((ms) => ms / HOUR)).toEqual([2, 8, 12, 4]);
    expect(Object.values(appliedTargets(policy, { priority: 'urgent', category: 'delay' }).targets).map((ms) => ms / HOUR)).toEqual([0.5, 8, 8, 16]);
    expect(urgentLoss.basis).toEqual({ acknowledge: 'business', 'first-response': 'business', resolve: 'business', 'follow-up': 'calendar' });
    expect(urgentLoss.warningFraction).toBe(0.8);
    expect(policy).toEqual(copy);
  });

  test('the textbook policy', () => {
    expect(Object.values(appliedTargets(DEFAULT_SLA_POLICY, { priority: 'low', category: 'other' }).targets).map((ms) => ms / HOUR)).toEqual([2, 8, 40, 16]);
  });
});
