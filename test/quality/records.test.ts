import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { parseShipmentRecord, parseShipmentRecords } from '../../src/quality/parse-shipment-records.js';
import { shipmentConditionLabels } from '../../src/quality/shipment-condition.js';
import { ShipmentRecordSchema } from '../../src/quality/shipment-record.js';
import { shipmentRecordProblem } from '../../src/quality/shipment-record-problem.js';
import { at, line, snapshot } from './fixtures.js';

const json = {
  customerId: 'C-001',
  orderId: 'SO-1',
  lineId: '1',
  serviceKind: 'distribution-processing',
  orderedAt: '2026-03-01T08:00:00+08:00',
  promisedAt: '2026-03-03T18:00:00+08:00',
  shippedAt: '2026-03-02T08:00:00+08:00',
  deliveredAt: '2026-03-03T10:00:00+08:00',
  quantityOrdered: 10,
  quantityShipped: 10,
  quantityDelivered: 10,
  condition: 'intact',
  documentsAccurate: true,
  stockOut: false,
  cost: { amount: '125.50', currency: 'CNY' },
};

describe('ShipmentRecordSchema', () => {
  test('parses a JSON row: dates with a zone, service kind, exact cost', () => {
    const r = parseShipmentRecord(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.orderedAt).toEqual(at('2026-03-01T00:00:00Z'));
    expect(r.value.deliveredAt).toEqual(at('2026-03-03T02:00:00Z'));
    expect(r.value.serviceKind).toBe('distribution-processing');
    expect(r.value.cost).toEqual({ amount: 12550, scale: 2, currency: 'CNY' });
  });

  test('accepts a promised window instead of a date', () => {
    const { promisedAt: _p, ...rest } = json;
    const r = ShipmentRecordSchema.safeParse({
      ...rest,
      promisedWindow: { start: '2026-03-03T09:00:00+08:00', end: '2026-03-03T12:00:00+08:00' },
    });
    expect(r.success).toBe(true);
    expect(r.data?.promisedWindow?.start).toEqual(at('2026-03-03T01:00:00Z'));
  });

  test('rejects a date without a zone, with messages in both locales', () => {
    const r = parseShipmentRecord({ ...json, orderedAt: '2026-03-01T08:00:00' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.error.find((x) => x.path[0] === 'orderedAt');
    expect(e?.code).toBe('INVALID_DATE');
    expect(renderError(e!, 'zh-CN')).toContain('orderedAt: 日期无效');
    expect(renderError(e!, 'en')).toContain('orderedAt: invalid date');
  });

  test('rejects an unknown field instead of dropping it', () => {
    const r = parseShipmentRecord({ ...json, weightKg: 12 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect(renderError(r.error[0]!, 'en')).toContain('weightKg');
    expect(renderError(r.error[0]!, 'zh-CN')).toContain('weightKg');
  });

  test('does not mutate the input', () => {
    const input = structuredClone(json);
    parseShipmentRecord(input);
    expect(input).toEqual(json);
  });

  test('parseShipmentRecords keeps every input: sound ones, and rejected ones with index and reasons', () => {
    const inputs = [json, { ...json, quantityOrdered: 0 }, json, { ...json, deliveredAt: '2026-02-28T00:00:00Z' }, 'nope'];
    const before = snapshot(inputs);
    const out = parseShipmentRecords(inputs);
    expect(out.records).toHaveLength(2);
    expect(out.rejected.map((r) => r.index)).toEqual([1, 3, 4]);
    expect(out.rejected[1]?.errors.map((e) => e.code)).toEqual(['DELIVERED_BEFORE_ORDERED']);
    expect(out.rejected[1]?.errors[0]?.messages).toEqual({ 'zh-CN': '送达时间早于下单时间', en: 'deliveredAt is before orderedAt' });
    expect(snapshot(inputs)).toBe(before);
  });
});

describe('shipmentRecordProblem', () => {
  test('a sound record has no problem', () => {
    expect(shipmentRecordProblem(line())).toBeNull();
    expect(shipmentRecordProblem(line({ deliveredAt: undefined, quantityDelivered: 0 }))).toBeNull();
  });

  const cases: readonly [string, unknown, string, readonly (string | number)[]][] = [
    ['not an object', 42, 'INVALID_RECORD', []],
    ['null', null, 'INVALID_RECORD', []],
    ['empty order id', line({ orderId: '' }), 'INVALID_ID', ['orderId']],
    ['zero ordered', line({ quantityOrdered: 0 }), 'INVALID_QUANTITY', ['quantityOrdered']],
    ['fractional delivered', line({ quantityDelivered: 1.5 }), 'INVALID_QUANTITY', ['quantityDelivered']],
    ['negative shipped', line({ quantityShipped: -1 }), 'INVALID_QUANTITY', ['quantityShipped']],
    ['delivered more than shipped', line({ quantityShipped: 9 }), 'DELIVERED_MORE_THAN_SHIPPED', ['quantityDelivered']],
    ['unknown condition', { ...line(), condition: 'wet' }, 'INVALID_CONDITION', ['condition']],
    ['documents not boolean', { ...line(), documentsAccurate: 'yes' }, 'INVALID_FLAG', ['documentsAccurate']],
    ['stock-out not boolean', { ...line(), stockOut: 1 }, 'INVALID_FLAG', ['stockOut']],
    ['invalid order date', line({ orderedAt: new Date(Number.NaN) }), 'INVALID_DATE', ['orderedAt']],
    ['order date as a string', { ...line(), orderedAt: '2026-03-01T00:00:00Z' }, 'INVALID_DATE', ['orderedAt']],
    ['no promise', line({ promisedAt: undefined }), 'MISSING_PROMISE', ['promisedAt']],
    [
      'two promises',
      line({ promisedWindow: { start: at('2026-03-02T00:00:00Z'), end: at('2026-03-03T00:00:00Z') } }),
      'AMBIGUOUS_PROMISE',
      ['promisedWindow'],
    ],
    [
      'window ends before it starts',
      line({ promisedAt: undefined, promisedWindow: { start: at('2026-03-03T00:00:00Z'), end: at('2026-03-02T00:00:00Z') } }),
      'INVALID_WINDOW',
      ['promisedWindow'],
    ],
    ['window not an object', { ...line({ promisedAt: undefined }), promisedWindow: 5 }, 'INVALID_DATE', ['promisedWindow']],
    [
      'window without end',
      { ...line({ promisedAt: undefined }), promisedWindow: { start: at('2026-03-03T00:00:00Z') } },
      'INVALID_DATE',
      ['promisedWindow.end'],
    ],
    ['shipped before ordered', line({ shippedAt: at('2026-02-28T00:00:00Z') }), 'SHIPPED_BEFORE_ORDERED', ['shippedAt']],
    ['delivered before shipped', line({ shippedAt: at('2026-03-02T12:00:00Z') }), 'DELIVERED_BEFORE_SHIPPED', ['deliveredAt']],
    ['delivered before ordered', line({ deliveredAt: at('2026-02-28T00:00:00Z') }), 'DELIVERED_BEFORE_ORDERED', ['deliveredAt']],
    ['responded before ordered', line({ respondedAt: at('2026-02-28T00:00:00Z') }), 'RESPONDED_BEFORE_ORDERED', ['respondedAt']],
    ['invalid delivery date', line({ deliveredAt: new Date(Number.NaN) }), 'INVALID_DATE', ['deliveredAt']],
    ['delivered 200 years later', line({ deliveredAt: at('2226-03-02T00:00:00Z') }), 'DURATION_OUT_OF_RANGE', ['deliveredAt']],
    ['units without a delivery date', line({ deliveredAt: undefined }), 'MISSING_DELIVERY_DATE', ['deliveredAt']],
    ['lost but delivered', line({ condition: 'lost' }), 'LOST_LINE_DELIVERED', ['condition']],
  ];

  test.each(cases)('%s', (_name, record, code, path) => {
    const p = shipmentRecordProblem(record);
    expect(p?.code).toBe(code);
    expect(p?.path).toEqual(path);
    expect(p?.messages['zh-CN']).toMatch(/\S/);
    expect(p?.messages.en).toMatch(/\S/);
    expect(p?.messages['zh-CN']).not.toBe(p?.messages.en);
  });

  test('messages name the problem in both locales', () => {
    const p = shipmentRecordProblem(line({ promisedAt: undefined }));
    expect(p && renderError(p, 'zh-CN')).toBe('promisedAt: 缺少承诺送达时间：需要 promisedAt 或 promisedWindow');
    expect(p && renderError(p, 'en')).toBe('promisedAt: missing promise: give promisedAt or promisedWindow');
  });

  test('every condition has both labels', () => {
    expect(shipmentConditionLabels.lost).toEqual({ 'zh-CN': '丢失', en: 'Lost' });
  });
});
