import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { QUALITY_MESSAGES } from '../../src/quality/messages.js';
import { createQualityAccumulator } from '../../src/quality/quality-accumulator.js';
import {
  DEFAULT_SCORECARD_TARGETS,
  QualityDimensionSchema,
  qualityDimensionLabels,
  SCORECARD_MEASURES,
  type ScorecardMeasure,
  ScorecardMeasureSchema,
  scorecardMeasureLabels,
  scoreQualityReport,
} from '../../src/quality/scorecard.js';
import { HOUR, snapshot, textbookSet } from './fixtures.js';

function report() {
  const acc = createQualityAccumulator();
  textbookSet().forEach((r) => acc.add(r));
  return acc.report();
}

describe('scoreQualityReport on the hand-computed data set', () => {
  const r = report();
  const card = scoreQualityReport(r);
  const lineOf = (dimension: keyof typeof card.dimensions, measure: string) =>
    card.dimensions[dimension].lines.find((l) => l.measure === measure);

  test('availability: attainment = actual ÷ target, capped at 1; lower-is-better = target ÷ actual', () => {
    expect(lineOf('availability', 'line-fill-rate')).toEqual({
      measure: 'line-fill-rate',
      actual: 5 / 6,
      target: 0.95,
      met: false,
      attainment: 5 / 6 / 0.95,
      weight: 1,
    });
    expect(lineOf('availability', 'stock-out-frequency')?.attainment).toBeCloseTo(0.05 / 0.5, 12);
    const expected = (5 / 6 / 0.95 + Math.min(1, 33 / 34 / 0.97) + 0.75 / 0.9 + 0.1) / 4;
    expect(card.dimensions.availability.score).toBeCloseTo(expected, 12);
  });

  test('operational performance: mean cycle 42.2 h meets 72 h; CV and response time', () => {
    expect(lineOf('operational-performance', 'cycle-time-mean')).toMatchObject({ met: true, attainment: 1 });
    const cv = Math.sqrt(280.96) / 42.2;
    expect(lineOf('operational-performance', 'cycle-time-cv')?.attainment).toBeCloseTo(0.3 / cv, 12);
    expect(lineOf('operational-performance', 'response-time-mean')).toMatchObject({ actual: 2 * HOUR, met: true, attainment: 1 });
  });

  test('reliability: the perfect order rate is 0, so it scores 0', () => {
    expect(lineOf('reliability', 'perfect-order')).toMatchObject({ actual: 0, attainment: 0, met: false });
    expect(lineOf('reliability', 'damage-rate')?.attainment).toBeCloseTo(0.005 / (1 / 6), 12);
  });

  test('overall: the weighted mean of the dimensions', () => {
    const d = card.dimensions;
    expect(card.overall).toBeCloseTo(((d.availability.score ?? 0) + (d['operational-performance'].score ?? 0) + (d.reliability.score ?? 0)) / 3, 12);
    const weighted = scoreQualityReport(r, { dimensionWeights: { availability: 2, 'operational-performance': 0, reliability: 1 } });
    expect(weighted.overall).toBeCloseTo((2 * (d.availability.score ?? 0) + (d.reliability.score ?? 0)) / 3, 12);
  });

  test('targets and measure weights are parameters', () => {
    const lenient = scoreQualityReport(r, {
      targets: { 'line-fill-rate': 0.8, 'unit-fill-rate': 0.9, 'order-fill-rate': 0.7, 'stock-out-frequency': 0.6 },
    });
    expect(lenient.dimensions.availability.score).toBe(1);
    const only = scoreQualityReport(r, {
      measureWeights: { 'line-fill-rate': 0, 'unit-fill-rate': 0, 'order-fill-rate': 1, 'stock-out-frequency': 0 },
    });
    expect(only.dimensions.availability.score).toBeCloseTo(0.75 / 0.9, 12);
  });

  test('does not mutate the report', () => {
    const before = snapshot(r);
    scoreQualityReport(r, { targets: { otif: 0.5 } });
    expect(snapshot(r)).toBe(before);
  });
});

describe('weights as large as 1e308 do not overflow', () => {
  const r = report();

  test('huge measure weights score like the same weights at 1', () => {
    const huge = scoreQualityReport(r, { measureWeights: { 'on-time': 1e308, 'in-full': 1e308 } });
    const alone = { 'on-time': 1, 'in-full': 1, otif: 0, 'perfect-order': 0, 'damage-rate': 0, 'loss-rate': 0 } as const;
    const expected = scoreQualityReport(r, { measureWeights: alone }).dimensions.reliability.score ?? Number.NaN;
    expect(expected).toBeGreaterThan(0);
    expect(huge.dimensions.reliability.score).toBeCloseTo(expected, 12);
    expect(huge.dimensions.reliability.lines.find((l) => l.measure === 'on-time')?.weight).toBe(1e308);
    expect(scoreQualityReport(r, { measureWeights: { 'on-time': Number.MAX_VALUE, 'in-full': Number.MAX_VALUE, ...{ otif: 0, 'perfect-order': 0, 'damage-rate': 0, 'loss-rate': 0 } } }).dimensions.reliability.score).toBeCloseTo(expected, 12);
  });

  test('huge dimension weights give the weighted mean, not NaN', () => {
    const card = scoreQualityReport(r, { dimensionWeights: { availability: 1e308, reliability: 1e308 } });
    const d = card.dimensions;
    expect(card.overall).toBeCloseTo(((d.availability.score ?? 0) + (d.reliability.score ?? 0)) / 2, 12);
  });

  test('property: scaling every weight by a power of two, up to 2^1017 (weights near 1e308), changes no score by a single bit', () => {
    const weight = fc.integer({ min: 0, max: 100 });
    const measureWeights = fc.record(Object.fromEntries(ScorecardMeasureSchema.options.map((m) => [m, weight])) as Record<ScorecardMeasure, fc.Arbitrary<number>>);
    const dimensionWeights = fc.record({ availability: weight, 'operational-performance': weight, reliability: weight });
    fc.assert(
      fc.property(measureWeights, dimensionWeights, fc.integer({ min: -60, max: 1017 }), (mw, dw, k) => {
        const times = <K extends string>(w: Readonly<Record<K, number>>): Record<K, number> =>
          Object.fromEntries(Object.entries<number>(w).map(([key, v]) => [key, v * 2 ** k])) as Record<K, number>;
        const plain = scoreQualityReport(r, { measureWeights: mw, dimensionWeights: dw });
        const scaled = scoreQualityReport(r, { measureWeights: times(mw), dimensionWeights: times(dw) });
        expect(scaled.overall).toBe(plain.overall);
        for (const d of QualityDimensionSchema.options) expect(scaled.dimensions[d].score).toBe(plain.dimensions[d].score);
        // And the mean is exactly the textbook one, Σ score × weight ÷ Σ weight, over the measures with data.
        for (const d of QualityDimensionSchema.options) {
          const lines = plain.dimensions[d].lines.filter((l) => l.attainment !== null && l.weight > 0);
          const sum = lines.reduce((acc, l) => acc + (l.attainment ?? 0) * l.weight, 0);
          const weights = lines.reduce((acc, l) => acc + l.weight, 0);
          expect(plain.dimensions[d].score).toBe(weights === 0 ? null : sum / weights);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('no data', () => {
  test('an empty report scores nothing, explicitly', () => {
    const card = scoreQualityReport(createQualityAccumulator().report());
    expect(card.overall).toBeNull();
    expect(card.dimensions.reliability.score).toBeNull();
    expect(card.dimensions.reliability.lines[0]).toMatchObject({ actual: null, met: null, attainment: null });
  });

  test('order measures off: order fill and perfect order have no data', () => {
    const acc = createQualityAccumulator({ orders: false });
    textbookSet().forEach((r) => acc.add(r));
    const card = scoreQualityReport(acc.report());
    expect(card.dimensions.availability.lines.find((l) => l.measure === 'order-fill-rate')?.actual).toBeNull();
    expect(card.dimensions.reliability.lines.find((l) => l.measure === 'perfect-order')?.actual).toBeNull();
  });

  test('a zero target for a higher-is-better measure is always attained', () => {
    const card = scoreQualityReport(report(), { targets: { otif: 0 } });
    expect(card.dimensions.reliability.lines.find((l) => l.measure === 'otif')?.attainment).toBe(1);
  });
});

describe('tables and misuse', () => {
  test('every measure has a dimension, a direction, a target and both labels', () => {
    for (const m of ScorecardMeasureSchema.options) {
      expect(SCORECARD_MEASURES[m].dimension).toMatch(/availability|operational-performance|reliability/);
      expect(DEFAULT_SCORECARD_TARGETS[m]).toBeGreaterThanOrEqual(0);
      expect(scorecardMeasureLabels[m]['zh-CN']).not.toBe(scorecardMeasureLabels[m].en);
    }
    expect(qualityDimensionLabels.availability['zh-CN']).toBe('可得性');
  });

  test('a misspelt key is refused with INVALID_WEIGHT / INVALID_TARGET naming it, not ignored', () => {
    const r = report();
    const caught = (f: () => unknown): unknown => {
      try {
        f();
      } catch (error) {
        return error instanceof LogisticsCustomerError ? { code: error.code, message: error.message, key: error.details.key } : error;
      }
      return 'no error';
    };
    expect(caught(() => scoreQualityReport(r, { measureWeights: { 'on-tim': 0 } as Record<string, number> }))).toEqual({
      code: 'INVALID_WEIGHT',
      message: QUALITY_MESSAGES.INVALID_WEIGHT,
      key: 'on-tim',
    });
    expect(caught(() => scoreQualityReport(r, { dimensionWeights: { reliabilty: 2 } as Record<string, number> }))).toEqual({
      code: 'INVALID_WEIGHT',
      message: QUALITY_MESSAGES.INVALID_WEIGHT,
      key: 'reliabilty',
    });
    expect(caught(() => scoreQualityReport(r, { measureWeights: { availability: 1 } as Record<string, number> }))).toEqual({
      code: 'INVALID_WEIGHT',
      message: QUALITY_MESSAGES.INVALID_WEIGHT,
      key: 'availability',
    });
    expect(caught(() => scoreQualityReport(r, { targets: { OTIF: 0.5 } as Record<string, number> }))).toEqual({
      code: 'INVALID_TARGET',
      message: QUALITY_MESSAGES.INVALID_TARGET,
      key: 'OTIF',
    });
    expect(scoreQualityReport(r, { measureWeights: { 'on-time': 0 }, dimensionWeights: { reliability: 2 }, targets: { otif: 0.5 } }).overall).not.toBeNull();
  });

  test('negative or non-finite weights and targets throw', () => {
    expect(() => scoreQualityReport(report(), { dimensionWeights: { reliability: -1 } })).toThrow(QUALITY_MESSAGES.INVALID_WEIGHT);
    expect(() => scoreQualityReport(report(), { measureWeights: { otif: Number.NaN } })).toThrow(QUALITY_MESSAGES.INVALID_WEIGHT);
    expect(() => scoreQualityReport(report(), { targets: { otif: Number.POSITIVE_INFINITY } })).toThrow(QUALITY_MESSAGES.INVALID_TARGET);
  });
});
