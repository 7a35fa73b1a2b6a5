import type { DomainError } from '../core/domain-error.js';
import { err, ok, type Result } from '../core/result.js';
import { safeParseWith } from '../core/zod-issues.js';
import type { RejectedShipmentRecord } from './rejected-record.js';
import { type ShipmentRecord, ShipmentRecordSchema } from './shipment-record.js';

/**
 * The outcome of parsing a batch of shipment records: the sound ones and the rejected ones with
 * their index and problems — every input is in exactly one of the two lists.
 *
 * @category Records
 */
export interface ParsedShipmentRecords {
  /** The sound records, in input order. */
  readonly records: readonly ShipmentRecord[];
  /** The rejected inputs with their index and problems, in input order. */
  readonly rejected: readonly RejectedShipmentRecord[];
}

/**
 * Parses one untrusted shipment record (e.g. a JSON row) with {@link ShipmentRecordSchema}.
 *
 * @param input - The untrusted value.
 * @returns The record, or every problem with its path and messages in zh-CN and en.
 *
 * @example
 * ```ts
 * import { renderError } from 'logistics-customer/core';
 * import { parseShipmentRecord } from 'logistics-customer/quality';
 * const r = parseShipmentRecord({
 *   customerId: 'C-001', orderId: 'SO-1', lineId: '1',
 *   orderedAt: '2026-03-01T08:00:00+08:00', deliveredAt: '2026-03-02T08:00:00+08:00',
 *   quantityOrdered: 10, quantityDelivered: 10, condition: 'intact', documentsAccurate: true,
 * });
 * r.ok ? 'ok' : r.error.map((e) => renderError(e, 'zh-CN'));
 * // => ['promisedAt: 缺少承诺送达时间：需要 promisedAt 或 promisedWindow']
 * ```
 * @category Records
 */
export function parseShipmentRecord(input: unknown): Result<ShipmentRecord, readonly DomainError[]> {
  const parsed = safeParseWith(ShipmentRecordSchema, input);
  return parsed.ok ? ok(parsed.value) : err(parsed.error);
}

/**
 * Parses a batch of untrusted shipment records. Bad records are reported with their index and
 * problems, never silently dropped.
 *
 * @param inputs - The untrusted values.
 * @returns The sound records and the rejected ones.
 *
 * @example
 * ```ts
 * import { parseShipmentRecords } from 'logistics-customer/quality';
 * const good = {
 *   customerId: 'C-001', orderId: 'SO-1', lineId: '1',
 *   orderedAt: '2026-03-01T08:00:00+08:00', promisedAt: '2026-03-03T18:00:00+08:00',
 *   deliveredAt: '2026-03-02T08:00:00+08:00',
 *   quantityOrdered: 10, quantityDelivered: 10, condition: 'intact', documentsAccurate: true,
 * };
 * const out = parseShipmentRecords([good, { ...good, quantityOrdered: 0 }]);
 * [out.records.length, out.rejected[0]?.index, out.rejected[0]?.errors[0]?.path];
 * // => [1, 1, ['quantityOrdered']]
 * ```
 * @category Records
 */
export function parseShipmentRecords(inputs: Iterable<unknown>): ParsedShipmentRecords {
  const records: ShipmentRecord[] = [];
  const rejected: RejectedShipmentRecord[] = [];
  let index = 0;
  for (const input of inputs) {
    const parsed = safeParseWith(ShipmentRecordSchema, input);
    if (parsed.ok) records.push(parsed.value);
    else rejected.push({ index, errors: parsed.error });
    index++;
  }
  return { records, rejected };
}
