import type { DomainError } from '../core/domain-error.js';

/**
 * A record that was rejected: its 0-based index in the input (across merged shards, the index
 * in the concatenated input) and every problem found, each with a stable code, a path and
 * messages in zh-CN and en.
 *
 * @category Records
 */
export interface RejectedShipmentRecord {
  /** The 0-based position of the record in the input. */
  readonly index: number;
  /** The problems, the first one deciding the rejection code. */
  readonly errors: readonly DomainError[];
}

/**
 * How many records were rejected and why: never silently skipped.
 *
 * @category Records
 */
export interface ShipmentRejections {
  /** How many records were rejected. */
  readonly count: number;
  /** Rejected records by the code of their first problem, keys sorted. */
  readonly byCode: Readonly<Record<string, number>>;
  /** The first rejected records in input order, at most the accumulator's `maxRejectionSamples`. */
  readonly samples: readonly RejectedShipmentRecord[];
}
