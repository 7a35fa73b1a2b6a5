import { describe, expect, test } from 'vitest';
import type { LocalizedText } from '../../src/core/locale.js';
import { GeographySchema, geographyLabels } from '../../src/customer/geography.js';
import { IndustrySchema, industryLabels, industryTypicalNeeds } from '../../src/customer/industry.js';
import {
  ExternalVisibilitySchema,
  externalVisibilityLabels,
  InternalRelationSchema,
  internalRelationLabels,
  LocationKindSchema,
  locationKindLabels,
  LocationSchema,
} from '../../src/customer/location.js';
import { MarketingTypeSchema, marketingTypeLabels } from '../../src/customer/marketing-type.js';
import { CustomerNatureSchema, customerNatureLabels } from '../../src/customer/nature.js';
import { NeedsFocusSchema, needsFocusLabels } from '../../src/customer/needs-focus.js';
import { UnknownKeysSchema, unknownKeysLabels } from '../../src/customer/parse-record.js';
import {
  CargoTraitSchema,
  cargoTraitLabels,
  CostSensitivitySchema,
  costSensitivityLabels,
  ShippingPeriodSchema,
  shippingPeriodLabels,
  TimeRequirementLevelSchema,
  timeRequirementLevelLabels,
} from '../../src/customer/profile.js';
import { CustomerScaleSchema, customerScaleLabels } from '../../src/customer/scale.js';
import { ServiceKindSchema, serviceKindLabels } from '../../src/customer/service-kind.js';
import {
  SupplyChainRoleSchema,
  supplyChainRoleLabels,
  WholesalerTierSchema,
  wholesalerTierLabels,
} from '../../src/customer/supply-chain-role.js';
import {
  RecommendedFieldSchema,
  recommendedFieldLabels,
  StalenessBasisSchema,
  stalenessBasisLabels,
} from '../../src/customer/data-quality.js';
import { safeParseWith } from '../../src/core/zod-issues.js';

const tables: readonly [string, readonly string[], Readonly<Record<string, LocalizedText>>][] = [
  ['nature', CustomerNatureSchema.options, customerNatureLabels],
  ['industry', IndustrySchema.options, industryLabels],
  ['scale', CustomerScaleSchema.options, customerScaleLabels],
  ['geography', GeographySchema.options, geographyLabels],
  ['marketing type', MarketingTypeSchema.options, marketingTypeLabels],
  ['needs focus', NeedsFocusSchema.options, needsFocusLabels],
  ['location kind', LocationKindSchema.options, locationKindLabels],
  ['external visibility', ExternalVisibilitySchema.options, externalVisibilityLabels],
  ['internal relation', InternalRelationSchema.options, internalRelationLabels],
  ['supply-chain role', SupplyChainRoleSchema.options, supplyChainRoleLabels],
  ['wholesaler tier', WholesalerTierSchema.def.options.map((o) => String(o.def.values[0])), wholesalerTierLabels],
  ['service kind', ServiceKindSchema.options, serviceKindLabels],
  ['shipping period', ShippingPeriodSchema.options, shippingPeriodLabels],
  ['cargo trait', CargoTraitSchema.options, cargoTraitLabels],
  ['time requirement', TimeRequirementLevelSchema.options, timeRequirementLevelLabels],
  ['cost sensitivity', CostSensitivitySchema.options, costSensitivityLabels],
  ['unknown keys', UnknownKeysSchema.options, unknownKeysLabels],
  ['recommended field', RecommendedFieldSchema.options, recommendedFieldLabels],
  ['staleness basis', StalenessBasisSchema.options, stalenessBasisLabels],
];

describe('every dimension is a literal union with zh-CN and en labels (DOMAIN.md §2)', () => {
  test.each(tables)('%s: the labels cover exactly the values, distinct and non-empty in both locales', (_name, values, labels) => {
    expect(Object.keys(labels)).toEqual([...values]);
    for (const locale of ['zh-CN', 'en'] as const) {
      const texts = values.map((v) => labels[v]?.[locale] ?? '');
      expect(texts.every((t) => t.trim().length > 0)).toBe(true);
      expect(new Set(texts).size).toBe(values.length);
    }
    for (const value of values) expect(labels[value]?.['zh-CN']).toMatch(/[\u4e00-\u9fff]/u);
  });

  test('the textbook terms are the zh-CN labels', () => {
    expect(customerNatureLabels.individual['zh-CN']).toBe('个体型客户');
    expect(customerNatureLabels.organization['zh-CN']).toBe('组织型客户');
    expect(internalRelationLabels['horizontal-support']['zh-CN']).toBe('水平支援型');
    expect(internalRelationLabels['team-cooperation']['zh-CN']).toBe('小组合作型');
    expect(externalVisibilityLabels.explicit['zh-CN']).toBe('显性客户');
    expect(marketingTypeLabels.ethical['zh-CN']).toBe('道德型客户');
    expect(needsFocusLabels.service['zh-CN']).toBe('服务需求');
    expect(geographyLabels.local['zh-CN']).toBe('本地客户');
    expect(cargoTraitLabels['temperature-controlled']['zh-CN']).toBe('温控品');
    expect(wholesalerTierLabels[1]['zh-CN']).toBe('一级批发商');
  });

  test('an unknown value is rejected with the allowed values in both locales', () => {
    const result = safeParseWith(IndustrySchema, 'mining');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.messages.en).toContain('"manufacturing"|"e-commerce"|"fmcg"|"pharma"|"cross-border"|"other"');
    expect(result.error[0]?.messages['zh-CN']).toContain('无效选项');
  });

  test('the derived classifications are not defined here (they belong to segmentation)', () => {
    const all = tables.flatMap(([, values]) => values);
    for (const derived of ['A', 'B', 'C', 'actual', 'potential', 'loyal', 'lost', 'core', 'past', 'current', 'future']) {
      expect(all).not.toContain(derived);
    }
  });
});

describe('industry typical needs (按所属行业, seed 000)', () => {
  test('each industry lists the needs of the textbook, in both locales', () => {
    expect(Object.keys(industryTypicalNeeds)).toEqual([...IndustrySchema.options]);
    expect(industryTypicalNeeds.manufacturing.map((n) => n.en)).toContain('Just-in-time (JIT) delivery');
    expect(industryTypicalNeeds['e-commerce'].map((n) => n['zh-CN'])).toContain('逆向物流（退换货）');
    expect(industryTypicalNeeds.pharma.map((n) => n['zh-CN'])).toEqual(['冷链物流（温控）', '合规性（GSP）', '医药仓储']);
    expect(industryTypicalNeeds['cross-border'].map((n) => n['zh-CN'])).toContain('多式联运');
    expect(industryTypicalNeeds.other).toEqual([]);
  });
});

describe('LocationSchema', () => {
  test('an external customer has a visibility, an internal one a relation type', () => {
    expect(LocationSchema.parse({ kind: 'external', visibility: 'implicit' })).toEqual({ kind: 'external', visibility: 'implicit' });
    expect(LocationSchema.parse({ kind: 'internal', relation: 'team-cooperation' })).toEqual({
      kind: 'internal',
      relation: 'team-cooperation',
    });
  });

  test('mixing the two shapes is rejected', () => {
    const result = safeParseWith(LocationSchema, { kind: 'internal', visibility: 'explicit' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => e.path)).toEqual([['relation'], []]);
  });

  test('wholesaler tiers are 1 and 2 only', () => {
    expect([1, 2, 3, '1'].map((t) => WholesalerTierSchema.safeParse(t).success)).toEqual([true, true, false, false]);
  });
});
