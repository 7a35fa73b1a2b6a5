import type { DomainError } from '../core/domain-error.js';
import type { DurationDigestJSON } from './duration-digest.js';
import type { ResolvedQualityOptions } from './quality-options.js';

/**
 * The line counters of a quality accumulator, as stored in its JSON.
 *
 * @category Streaming
 */
export interface LineTallyJSON {
  /** Lines measured. */
  readonly lines: number;
  /** Lines delivered. */
  readonly delivered: number;
  /** Lines on time. */
  readonly onTime: number;
  /** Lines in full. */
  readonly inFull: number;
  /** Lines on time and in full. */
  readonly otif: number;
  /** Lines with accurate documents. */
  readonly documentsAccurate: number;
  /** Lines intact. */
  readonly intact: number;
  /** Lines damaged. */
  readonly damaged: number;
  /** Lines lost. */
  readonly lost: number;
  /** Lines perfect on the four SCOR components. */
  readonly perfect: number;
  /** Lines filled. */
  readonly filled: number;
  /** Units ordered. */
  readonly unitsOrdered: number;
  /** Units filled. */
  readonly unitsFilled: number;
  /** Lines that recorded whether they hit a stock-out. */
  readonly stockOutReported: number;
  /** Lines that hit a stock-out. */
  readonly stockOuts: number;
}

/**
 * The JSON form of a quality accumulator: options, counters, digests, orders and rejections.
 * Canonical — orders sorted, codes sorted, digests canonical — so merging shards and one pass
 * over the same records give equal JSON.
 *
 * @category Streaming
 */
export interface QualityAccumulatorJSON {
  /** Identifies the format. */
  readonly format: 'logistics-customer.quality-accumulator';
  /** The format version. */
  readonly version: 1;
  /** The options the accumulator was built with. */
  readonly options: ResolvedQualityOptions;
  /** Records offered. */
  readonly seen: number;
  /** Rejections: count, counts by code, and the first records with their problems. */
  readonly rejections: {
    /** How many records were rejected. */
    readonly count: number;
    /** Rejected records by the code of their first problem. */
    readonly byCode: Readonly<Record<string, number>>;
    /** The first rejected records. */
    readonly samples: readonly {
      /** The record's index. */
      readonly index: number;
      /** Its problems. */
      readonly errors: readonly DomainError[];
    }[];
  };
  /** The line counters. */
  readonly lines: LineTallyJSON;
  /** The cycle-time digest. */
  readonly cycleTime: DurationDigestJSON;
  /** The response-time digest. */
  readonly responseTime: DurationDigestJSON;
  /** `[customerId, orderId, lines, flags]` per order, sorted; `null` when orders are not kept. Flags: 1 late, 2 short, 4 documents, 8 condition, 16 unfilled. */
  readonly orders: readonly (readonly [string, string, number, number])[] | null;
}
