import { describe, expect, test } from 'vitest';
import type { LabelTable } from '../../src/core/locale.js';
import { offerRankingLabels, OfferRankingSchema, valueSideLabels, ValueSideSchema } from '../../src/value/compare-offers.js';
import { customerCostComponentLabels, CustomerCostComponentSchema } from '../../src/value/cost-components.js';
import { marginStatusLabels, MarginStatusSchema, marginStatusOf } from '../../src/value/margin-status.js';
import { measureKindLabels, MeasureKindSchema } from '../../src/value/measure.js';
import {
  serviceCostItemLabels,
  serviceCostItemParts,
  ServiceCostItemSchema,
  serviceCostPartLabels,
  ServiceCostPartSchema,
} from '../../src/value/service-cost.js';
import { customerValueComponentLabels, CustomerValueComponentSchema } from '../../src/value/value-components.js';
import { customerValueDefinitionLabels, CustomerValueDefinitionSchema } from '../../src/value/value-definitions.js';
import { LcDecimal } from '../../src/core/decimal.js';

const tables: readonly (readonly [string, readonly string[], LabelTable<string>])[] = [
  ['value components', CustomerValueComponentSchema.options, customerValueComponentLabels],
  ['cost components', CustomerCostComponentSchema.options, customerCostComponentLabels],
  ['value definitions', CustomerValueDefinitionSchema.options, customerValueDefinitionLabels],
  ['measure kinds', MeasureKindSchema.options, measureKindLabels],
  ['offer rankings', OfferRankingSchema.options, offerRankingLabels],
  ['value sides', ValueSideSchema.options, valueSideLabels],
  ['margin status', MarginStatusSchema.options, marginStatusLabels],
  ['service cost items', ServiceCostItemSchema.options, serviceCostItemLabels],
  ['service cost parts', ServiceCostPartSchema.options, serviceCostPartLabels],
];

describe('labels', () => {
  test.each(tables)('%s: every value has a zh-CN and an en label, and nothing else', (_name, options, table) => {
    expect(Object.keys(table)).toEqual([...options]);
    for (const key of options) {
      expect(table[key]?.['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(table[key]?.en).toMatch(/^[A-Z]/);
    }
  });

  test('the textbook terms', () => {
    expect(Object.values(customerValueComponentLabels).map((l) => l['zh-CN'])).toEqual(['产品价值', '服务价值', '人员价值', '形象价值']);
    expect(Object.values(customerCostComponentLabels).map((l) => l['zh-CN'])).toEqual([
      '货币成本',
      '时间成本',
      '精力成本',
      '信息搜寻成本',
      '便利成本',
      '心理成本',
    ]);
    expect(Object.keys(serviceCostItemParts)).toEqual([...ServiceCostItemSchema.options]);
    expect(Object.values(serviceCostItemParts).filter((p) => p === 'lost-sales')).toHaveLength(2);
  });

  test('marginStatusOf', () => {
    expect([marginStatusOf(new LcDecimal(2)), marginStatusOf(new LcDecimal(0)), marginStatusOf(new LcDecimal('-0.01'))]).toEqual([
      'positive',
      'zero',
      'negative',
    ]);
  });
});
