import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import { approachMethodLabels, ApproachMethodSchema } from '../../src/funnel/approach-method.js';
import { closingMethodLabels, ClosingMethodSchema } from '../../src/funnel/closing-method.js';
import { findingChannelLabels, FindingChannelSchema } from '../../src/funnel/finding-channel.js';
import { FunnelEventTypeSchema, funnelEventTypeLabels } from '../../src/funnel/funnel-event.js';
import { FunnelLogRuleSchema, funnelLogRuleLabels } from '../../src/funnel/funnel-log-error.js';
import { FunnelStateSchema, funnelStateLabels } from '../../src/funnel/funnel-state.js';
import { identificationFactorLabels, IdentificationFactorSchema } from '../../src/funnel/identification-factor.js';
import { LifecycleEventTypeSchema, lifecycleEventTypeLabels } from '../../src/funnel/lifecycle-event.js';
import { LifecycleStateSchema, lifecycleStateLabels } from '../../src/funnel/lifecycle-state.js';
import { lostReasonLabels, LostReasonSchema } from '../../src/funnel/lost-reason.js';
import { managementPracticeLabels, ManagementPracticeSchema, managementStepLabels, ManagementStepSchema } from '../../src/funnel/management-step.js';
import { QualificationRuleKindSchema, qualificationRuleKindLabels } from '../../src/funnel/qualification-rule.js';
import { DEFAULT_FUNNEL_REFERENCE } from '../../src/funnel/reference-data.js';

const tables = [
  ['finding channels', FindingChannelSchema.options, findingChannelLabels],
  ['approach methods', ApproachMethodSchema.options, approachMethodLabels],
  ['closing methods', ClosingMethodSchema.options, closingMethodLabels],
  ['lost reasons', LostReasonSchema.options, lostReasonLabels],
  ['identification factors', IdentificationFactorSchema.options, identificationFactorLabels],
  ['funnel states', FunnelStateSchema.options, funnelStateLabels],
  ['funnel events', FunnelEventTypeSchema.options, funnelEventTypeLabels],
  ['log rules', FunnelLogRuleSchema.options, funnelLogRuleLabels],
  ['lifecycle states', LifecycleStateSchema.options, lifecycleStateLabels],
  ['lifecycle events', LifecycleEventTypeSchema.options, lifecycleEventTypeLabels],
  ['management steps', ManagementStepSchema.options, managementStepLabels],
  ['management practices', ManagementPracticeSchema.options, managementPracticeLabels],
  ['qualification rules', QualificationRuleKindSchema.options, qualificationRuleKindLabels],
] as const;

describe('reference data and label tables', () => {
  test.each(tables)('%s: every value has a non-empty label in both locales, and nothing else', (_name, values, labels) => {
    expect(Object.keys(labels)).toEqual([...values]);
    for (const value of values) {
      for (const locale of LOCALES) expect((labels as Record<string, Record<string, string>>)[value]?.[locale]?.trim()).not.toBe('');
    }
  });

  test('the textbook’s 14 finding channels, in its order (DOMAIN.md §5)', () => {
    expect(FindingChannelSchema.options.map((c) => findingChannelLabels[c]['zh-CN'])).toEqual([
      '逐步访寻',
      '广告搜寻',
      '老客户介绍',
      '人际关系开拓',
      '资料查询',
      '名人介绍',
      '会议搜寻',
      '电信寻找',
      '直接邮寄寻找',
      '利用代理人寻找',
      '个人观察',
      '市场咨询寻找',
      '产品展示',
      '从竞争对手手中抢客户',
    ]);
  });

  test('the nine closing methods 请求/假定/选择/小点/优惠/保证/从众/机会/试用成交', () => {
    expect(ClosingMethodSchema.options.map((c) => closingMethodLabels[c]['zh-CN'])).toEqual([
      '请求成交法',
      '假定成交法',
      '选择成交法',
      '小点成交法',
      '优惠成交法',
      '保证成交法',
      '从众成交法',
      '机会成交法',
      '试用成交法',
    ]);
  });

  test('the four identification factors 需求度 购买力 决策权 信誉度', () => {
    expect(IdentificationFactorSchema.options.map((f) => identificationFactorLabels[f]['zh-CN'])).toEqual(['需求度', '购买力', '决策权', '信誉度']);
  });

  test('the default reference bundles the four tables', () => {
    expect(DEFAULT_FUNNEL_REFERENCE.findingChannels).toBe(findingChannelLabels);
    expect(DEFAULT_FUNNEL_REFERENCE.closingMethods).toBe(closingMethodLabels);
    expect(DEFAULT_FUNNEL_REFERENCE.lostReasons).toBe(lostReasonLabels);
    expect(DEFAULT_FUNNEL_REFERENCE.approachMethods).toBe(approachMethodLabels);
  });
});
