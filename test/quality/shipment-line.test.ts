import { describe, expect, test } from 'vitest';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { DEFAULT_ON_TIME_RULE, onTimeRule } from '../../src/quality/on-time-rule.js';
import { evaluateShipmentLine, LINE_FLAGS, meetsPromise, PERFECT_LINE, shipmentLineFlags } from '../../src/quality/shipment-line.js';
import { HOUR, at, line, snapshot } from './fixtures.js';

const window = { start: at('2026-03-03T08:00:00Z'), end: at('2026-03-03T12:00:00Z') };

describe('on time against a commit date', () => {
  test('delivered before or at the commit instant is on time; one millisecond later is late', () => {
    expect(evaluateShipmentLine(line({ deliveredAt: at('2026-03-03T00:00:00Z') })).onTime).toBe(true);
    expect(evaluateShipmentLine(line({ deliveredAt: at('2026-03-03T00:00:00.001Z') })).onTime).toBe(false);
  });

  test('a tolerance widens the promise', () => {
    const late = line({ deliveredAt: at('2026-03-03T02:00:00Z') });
    expect(evaluateShipmentLine(late).onTime).toBe(false);
    expect(evaluateShipmentLine(late, onTimeRule({ toleranceMs: 2 * HOUR })).onTime).toBe(true);
    expect(evaluateShipmentLine(late, onTimeRule({ toleranceMs: 2 * HOUR - 1 })).onTime).toBe(false);
  });

  test('early deliveries count unless the rule says otherwise', () => {
    const early = line({ deliveredAt: at('2026-03-02T00:00:00Z') });
    expect(evaluateShipmentLine(early).onTime).toBe(true);
    expect(evaluateShipmentLine(early, onTimeRule({ earlyIsOnTime: false })).onTime).toBe(false);
    expect(evaluateShipmentLine(early, onTimeRule({ earlyIsOnTime: false, toleranceMs: 24 * HOUR })).onTime).toBe(true);
  });

  test('a line never delivered is not on time', () => {
    expect(evaluateShipmentLine(line({ deliveredAt: undefined, quantityDelivered: 0 })).onTime).toBe(false);
  });
});

describe('on time against a promised window', () => {
  const inWindow = (iso: string, tolerance = 0): boolean =>
    meetsPromise({ promisedWindow: window }, Date.parse(iso), onTimeRule({ toleranceMs: tolerance }));

  test('inside the window, both ends included', () => {
    expect(inWindow('2026-03-03T08:00:00Z')).toBe(true);
    expect(inWindow('2026-03-03T12:00:00Z')).toBe(true);
  });

  test('before the window is not on time, even though early deliveries to a date are', () => {
    expect(inWindow('2026-03-03T07:59:59Z')).toBe(false);
    expect(inWindow('2026-03-03T07:30:00Z', HOUR)).toBe(true);
    expect(inWindow('2026-03-03T12:30:00Z', HOUR)).toBe(true);
    expect(inWindow('2026-03-03T13:00:01Z', HOUR)).toBe(false);
  });

  test('no promise at all is never on time', () => {
    expect(meetsPromise({}, 0, DEFAULT_ON_TIME_RULE)).toBe(false);
  });
});

describe('evaluateShipmentLine', () => {
  test('a perfect line', () => {
    expect(evaluateShipmentLine(line())).toEqual({
      delivered: true,
      onTime: true,
      inFull: true,
      otif: true,
      documentsAccurate: true,
      intact: true,
      damaged: false,
      lost: false,
      perfect: true,
      filled: true,
      unitsFilled: 10,
      stockOut: null,
      cycleTimeMs: 24 * HOUR,
      responseTimeMs: null,
    });
  });

  test('each SCOR component alone makes the line imperfect', () => {
    expect(evaluateShipmentLine(line({ deliveredAt: at('2026-03-04T00:00:00Z') })).perfect).toBe(false);
    expect(evaluateShipmentLine(line({ quantityDelivered: 9 })).perfect).toBe(false);
    expect(evaluateShipmentLine(line({ documentsAccurate: false })).perfect).toBe(false);
    expect(evaluateShipmentLine(line({ condition: 'damaged' })).perfect).toBe(false);
  });

  test('over-delivery is filled but not in full (SCOR: quantities must match)', () => {
    const o = evaluateShipmentLine(line({ quantityDelivered: 12 }));
    expect([o.inFull, o.filled, o.unitsFilled]).toEqual([false, true, 10]);
  });

  test('fill uses the shipped quantity when given: shipped in full, delivered short', () => {
    const o = evaluateShipmentLine(line({ quantityShipped: 10, quantityDelivered: 7 }));
    expect([o.filled, o.inFull, o.unitsFilled]).toEqual([true, false, 10]);
  });

  test('a lost line', () => {
    const o = evaluateShipmentLine(line({ condition: 'lost', deliveredAt: undefined, quantityDelivered: 0, stockOut: false }));
    expect([o.lost, o.intact, o.delivered, o.cycleTimeMs, o.stockOut]).toEqual([true, false, false, null, false]);
  });

  test('response time', () => {
    expect(evaluateShipmentLine(line({ respondedAt: at('2026-03-01T00:30:00Z') })).responseTimeMs).toBe(30 * 60_000);
  });

  test('flags are the same facts as bits', () => {
    const flags = shipmentLineFlags(line({ stockOut: true }), DEFAULT_ON_TIME_RULE);
    expect(flags & PERFECT_LINE).toBe(PERFECT_LINE);
    expect(flags & LINE_FLAGS.STOCK_OUT).toBe(LINE_FLAGS.STOCK_OUT);
    expect(flags & LINE_FLAGS.DAMAGED).toBe(0);
  });

  test('does not mutate the record', () => {
    const r = line({ respondedAt: at('2026-03-01T00:30:00Z') });
    const before = snapshot(r);
    evaluateShipmentLine(r, onTimeRule({ toleranceMs: HOUR }));
    expect(snapshot(r)).toBe(before);
  });
});

describe('onTimeRule', () => {
  test('defaults', () => {
    expect(onTimeRule()).toEqual({ toleranceMs: 0, earlyIsOnTime: true });
  });

  test.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('rejects tolerance %s', (toleranceMs) => {
    expect(() => onTimeRule({ toleranceMs })).toThrow(LogisticsCustomerError);
    expect(() => onTimeRule({ toleranceMs })).toThrow('The on-time tolerance must be a whole, non-negative number of milliseconds.');
  });
});
