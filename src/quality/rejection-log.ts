import type { DomainError } from '../core/domain-error.js';
import type { RejectedShipmentRecord, ShipmentRejections } from './rejected-record.js';

/**
 * The mutable log of rejected records inside an accumulator (not part of the public API): a
 * count, counts by code and the first `cap` records with their problems.
 *
 * @category Streaming
 */
export class RejectionLog {
  /** How many records were rejected. */
  count = 0;
  /** Rejected records by the code of their first problem. */
  readonly byCode = new Map<string, number>();
  /** The first rejected records, in index order. */
  samples: RejectedShipmentRecord[] = [];
  /** The most samples kept. */
  readonly cap: number;

  /**
   * @param cap - The most samples kept.
   */
  constructor(cap: number) {
    this.cap = cap;
  }

  /**
   * Records one rejection.
   *
   * @param index - The record's index.
   * @param errors - Its problems (at least one).
   */
  add(index: number, errors: readonly DomainError[]): void {
    this.count++;
    const code = errors[0]?.code ?? 'INVALID_RECORD';
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
    if (this.samples.length < this.cap) this.samples.push({ index, errors });
  }

  /**
   * Adds another log whose indexes start at `offset`, as if its records followed ours.
   *
   * @param other - The other log.
   * @param offset - How many records came before the other log's first.
   */
  absorb(other: RejectionLog, offset: number): void {
    this.count += other.count;
    for (const [code, n] of other.byCode) this.byCode.set(code, (this.byCode.get(code) ?? 0) + n);
    for (const sample of other.samples) {
      if (this.samples.length >= this.cap) break;
      this.samples.push(offset === 0 ? sample : { index: sample.index + offset, errors: sample.errors });
    }
  }

  /**
   * The summary, with codes sorted so equal logs give equal output.
   *
   * @returns The summary.
   */
  summary(): ShipmentRejections {
    const byCode: Record<string, number> = {};
    for (const code of [...this.byCode.keys()].sort()) byCode[code] = this.byCode.get(code) ?? 0;
    return { count: this.count, byCode, samples: [...this.samples] };
  }
}
