import { type DomainError, domainError } from '../core/domain-error.js';
import { text } from '../core/locale.js';

/** The longest duration the measures accept, 2^42 ms (about 139 years). */
const MAX_DURATION_MS = 2 ** 42;

/**
 * The codes of the problems {@link shipmentRecordProblem} reports.
 *
 * @category Records
 */
export type ShipmentRecordProblemCode =
  | 'INVALID_RECORD'
  | 'INVALID_ID'
  | 'INVALID_DATE'
  | 'INVALID_QUANTITY'
  | 'INVALID_CONDITION'
  | 'INVALID_FLAG'
  | 'MISSING_PROMISE'
  | 'AMBIGUOUS_PROMISE'
  | 'INVALID_WINDOW'
  | 'SHIPPED_BEFORE_ORDERED'
  | 'DELIVERED_BEFORE_SHIPPED'
  | 'DELIVERED_BEFORE_ORDERED'
  | 'RESPONDED_BEFORE_ORDERED'
  | 'MISSING_DELIVERY_DATE'
  | 'LOST_LINE_DELIVERED'
  | 'DELIVERED_MORE_THAN_SHIPPED'
  | 'DURATION_OUT_OF_RANGE';

type Fields = Readonly<Record<string, unknown>>;

function problem(
  code: ShipmentRecordProblemCode,
  zh: string,
  en: string,
  field: string,
  details: Readonly<Record<string, unknown>> = {},
): DomainError<ShipmentRecordProblemCode> {
  return domainError(code, text(zh, en), { path: [field], details });
}

/** The instant of a `Date` in ms, `undefined` when absent, `null` when not a valid `Date`. */
function instant(value: unknown): number | undefined | null {
  if (value === undefined) return undefined;
  if (!(value instanceof Date)) return null;
  const t = value.getTime();
  return t === t ? t : null;
}

function badDate(field: string): DomainError<ShipmentRecordProblemCode> {
  return problem('INVALID_DATE', `${field} 不是有效的日期`, `${field} is not a valid Date`, field);
}

function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function checkIds(r: Fields): DomainError<ShipmentRecordProblemCode> | null {
  for (const field of ['customerId', 'orderId', 'lineId'] as const) {
    if (!isId(r[field])) {
      return problem('INVALID_ID', `${field} 必须是非空字符串`, `${field} must be a non-empty string`, field);
    }
  }
  return null;
}

function checkQuantities(r: Fields): DomainError<ShipmentRecordProblemCode> | null {
  const ordered = r['quantityOrdered'];
  if (!isCount(ordered) || ordered === 0) {
    return problem(
      'INVALID_QUANTITY',
      'quantityOrdered 必须是正整数',
      'quantityOrdered must be a whole number of at least 1',
      'quantityOrdered',
      { received: ordered },
    );
  }
  for (const field of ['quantityDelivered', 'quantityShipped'] as const) {
    const value = r[field];
    if (field === 'quantityShipped' && value === undefined) continue;
    if (!isCount(value)) {
      return problem('INVALID_QUANTITY', `${field} 必须是非负整数`, `${field} must be a whole number of at least 0`, field, {
        received: value,
      });
    }
  }
  const shipped = r['quantityShipped'];
  const delivered = r['quantityDelivered'] as number;
  if (typeof shipped === 'number' && delivered > shipped) {
    return problem(
      'DELIVERED_MORE_THAN_SHIPPED',
      `送达数量 ${delivered} 大于发货数量 ${shipped}`,
      `quantityDelivered ${delivered} is more than quantityShipped ${shipped}`,
      'quantityDelivered',
      { delivered, shipped },
    );
  }
  return null;
}

function checkFlags(r: Fields): DomainError<ShipmentRecordProblemCode> | null {
  const condition = r['condition'];
  if (condition !== 'intact' && condition !== 'damaged' && condition !== 'lost') {
    return problem(
      'INVALID_CONDITION',
      'condition 必须是 intact、damaged 或 lost',
      "condition must be 'intact', 'damaged' or 'lost'",
      'condition',
      { received: condition },
    );
  }
  if (typeof r['documentsAccurate'] !== 'boolean') {
    return problem('INVALID_FLAG', 'documentsAccurate 必须是布尔值', 'documentsAccurate must be a boolean', 'documentsAccurate');
  }
  const stockOut = r['stockOut'];
  if (stockOut !== undefined && typeof stockOut !== 'boolean') {
    return problem('INVALID_FLAG', 'stockOut 必须是布尔值', 'stockOut must be a boolean', 'stockOut');
  }
  return null;
}

function checkPromise(r: Fields): DomainError<ShipmentRecordProblemCode> | null {
  const promisedAt = instant(r['promisedAt']);
  if (promisedAt === null) return badDate('promisedAt');
  const window = r['promisedWindow'];
  if (window === undefined) {
    if (promisedAt === undefined) {
      return problem(
        'MISSING_PROMISE',
        '缺少承诺送达时间：需要 promisedAt 或 promisedWindow',
        'missing promise: give promisedAt or promisedWindow',
        'promisedAt',
      );
    }
    return null;
  }
  if (promisedAt !== undefined) {
    return problem(
      'AMBIGUOUS_PROMISE',
      'promisedAt 与 promisedWindow 只能给出一个',
      'give only one of promisedAt and promisedWindow',
      'promisedWindow',
    );
  }
  if (typeof window !== 'object' || window === null) return badDate('promisedWindow');
  const start = instant((window as Fields)['start']);
  const end = instant((window as Fields)['end']);
  if (start === null || start === undefined) return badDate('promisedWindow.start');
  if (end === null || end === undefined) return badDate('promisedWindow.end');
  if (end < start) {
    return problem(
      'INVALID_WINDOW',
      '承诺时段的结束早于开始',
      'the promised window ends before it starts',
      'promisedWindow',
      { start: new Date(start).toISOString(), end: new Date(end).toISOString() },
    );
  }
  return null;
}

function checkOrder(
  code: ShipmentRecordProblemCode,
  zh: string,
  en: string,
  field: string,
  earlier: number,
  later: number,
): DomainError<ShipmentRecordProblemCode> | null {
  if (later < earlier) return problem(code, zh, en, field, { earlier: new Date(earlier).toISOString(), later: new Date(later).toISOString() });
  if (later - earlier >= MAX_DURATION_MS) {
    return problem('DURATION_OUT_OF_RANGE', `${field} 距下单时间超过 2^42 毫秒`, `${field} is 2^42 ms or more after orderedAt`, field);
  }
  return null;
}

function checkDates(r: Fields): DomainError<ShipmentRecordProblemCode> | null {
  const ordered = instant(r['orderedAt']);
  if (ordered === null || ordered === undefined) return badDate('orderedAt');
  const promise = checkPromise(r);
  if (promise !== null) return promise;
  const shipped = instant(r['shippedAt']);
  if (shipped === null) return badDate('shippedAt');
  const delivered = instant(r['deliveredAt']);
  if (delivered === null) return badDate('deliveredAt');
  const responded = instant(r['respondedAt']);
  if (responded === null) return badDate('respondedAt');
  if (shipped !== undefined) {
    const p = checkOrder('SHIPPED_BEFORE_ORDERED', '发货时间早于下单时间', 'shippedAt is before orderedAt', 'shippedAt', ordered, shipped);
    if (p !== null) return p;
  }
  if (delivered !== undefined) {
    const p = checkOrder(
      'DELIVERED_BEFORE_ORDERED',
      '送达时间早于下单时间',
      'deliveredAt is before orderedAt',
      'deliveredAt',
      ordered,
      delivered,
    );
    if (p !== null) return p;
    if (shipped !== undefined && delivered < shipped) {
      return problem('DELIVERED_BEFORE_SHIPPED', '送达时间早于发货时间', 'deliveredAt is before shippedAt', 'deliveredAt');
    }
  }
  if (responded !== undefined) {
    const p = checkOrder(
      'RESPONDED_BEFORE_ORDERED',
      '响应时间早于下单时间',
      'respondedAt is before orderedAt',
      'respondedAt',
      ordered,
      responded,
    );
    if (p !== null) return p;
  }
  return null;
}

function checkDelivery(r: Fields): DomainError<ShipmentRecordProblemCode> | null {
  const delivered = r['quantityDelivered'] as number;
  if (r['condition'] === 'lost' && (delivered > 0 || r['deliveredAt'] !== undefined)) {
    return problem(
      'LOST_LINE_DELIVERED',
      '丢失的订单行不能有送达数量或送达时间',
      'a lost line cannot have delivered units or a delivery date',
      'condition',
      { quantityDelivered: delivered },
    );
  }
  if (delivered > 0 && r['deliveredAt'] === undefined) {
    return problem(
      'MISSING_DELIVERY_DATE',
      '有送达数量却没有送达时间',
      'units were delivered but deliveredAt is missing',
      'deliveredAt',
      { quantityDelivered: delivered },
    );
  }
  return null;
}

/**
 * Checks one shipment record and names its first problem, or returns `null` when it is sound.
 * It checks the shape (so it is safe on untrusted objects) and the logic: a promise (exactly one
 * of `promisedAt` and `promisedWindow`), dates in order (ordered ≤ shipped ≤ delivered,
 * ordered ≤ responded, durations under 2^42 ms), whole quantities (ordered ≥ 1, delivered ≤
 * shipped), a delivery date for delivered units, and nothing delivered on a lost line. The
 * accumulators run it on every record and count failures as rejected; it allocates nothing for
 * a sound record.
 *
 * @param record - The record (any value).
 * @returns The problem, with a stable code, the field's path and messages in zh-CN and en; or
 *   `null`.
 *
 * @example
 * ```ts
 * import { shipmentRecordProblem } from 'logistics-customer/quality';
 * const p = shipmentRecordProblem({
 *   customerId: 'C-001', orderId: 'SO-1', lineId: '1',
 *   orderedAt: new Date('2026-03-02T00:00:00Z'), promisedAt: new Date('2026-03-04T00:00:00Z'),
 *   deliveredAt: new Date('2026-03-01T00:00:00Z'),
 *   quantityOrdered: 5, quantityDelivered: 5, condition: 'intact', documentsAccurate: true,
 * });
 * [p?.code, p?.messages['zh-CN']];
 * // => ['DELIVERED_BEFORE_ORDERED', '送达时间早于下单时间']
 * ```
 * @category Records
 */
export function shipmentRecordProblem(record: unknown): DomainError<ShipmentRecordProblemCode> | null {
  if (typeof record !== 'object' || record === null) {
    return domainError('INVALID_RECORD', text('记录必须是对象', 'a record must be an object'), {
      details: { received: record === null ? 'null' : typeof record },
    });
  }
  const r = record as Fields;
  return checkIds(r) ?? checkQuantities(r) ?? checkFlags(r) ?? checkDates(r) ?? checkDelivery(r);
}
