/** Turns the modules' errors into report problems located by dataset and record index. */
import type { DomainError } from '../core/domain-error.js';
import type { DatasetName, ReportProblem } from './report-types.js';

const DATASETS: ReadonlySet<string> = new Set(['customers', 'transactions', 'deals', 'complaints', 'shipments', 'surveys']);

/** Collects problems; `take` returns a result's value or records its errors and returns `null`. */
export class ProblemLog {
  readonly problems: ReportProblem[] = [];

  /** Records one problem. */
  add(dataset: DatasetName, index: number, error: DomainError, eventIndex?: number): void {
    const path = error.path;
    const inner = path[0] === dataset && typeof path[1] === 'number' ? path.slice(2) : path;
    this.problems.push(eventIndex === undefined ? { dataset, index, path: inner, error } : { dataset, index, eventIndex, path: inner, error });
  }

  /** Records errors whose path starts with a dataset name and an index (as the segmentation module reports them). */
  addPathed(errors: readonly DomainError[], fallback: DatasetName): void {
    for (const e of errors) {
      const [head, index] = e.path;
      if (typeof head === 'string' && DATASETS.has(head) && typeof index === 'number') this.add(head as DatasetName, index, e);
      else this.add(fallback, typeof head === 'number' ? head : 0, e);
    }
  }

  /** The value of a result, or `null` after recording its errors. */
  take<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: readonly DomainError[] }, fallback: DatasetName): T | null {
    if (result.ok) return result.value;
    this.addPathed(result.error, fallback);
    return null;
  }
}
