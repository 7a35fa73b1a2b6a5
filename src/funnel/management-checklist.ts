import { type DomainError, domainError } from '../core/domain-error.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import { FUNNEL_MESSAGES } from './messages.js';
import { text } from '../core/locale.js';
import { rate, type Rate } from '../core/rate/rate.js';
import type { NoData } from '../core/rate/no-data.js';
import { err, ok, type Result } from '../core/result.js';
import {
  MANAGEMENT_PRACTICES_BY_STEP,
  type ManagementPractice,
  ManagementPracticeSchema,
  type ManagementStep,
  ManagementStepSchema,
} from './management-step.js';

/**
 * One practice done for a customer, and when.
 *
 * @category Customer management
 */
export interface ChecklistEntry {
  /** The practice. */
  readonly practice: ManagementPractice;
  /** When it was done. */
  readonly doneAt: Date;
  /** Free text. */
  readonly note?: string;
}

/**
 * The customer-management checklist a CRM keeps per customer: every practice marked done, oldest
 * first (a practice can be done again; the list keeps each time).
 *
 * @category Customer management
 */
export interface ManagementChecklist {
  /** The customer it is kept for. */
  readonly customerId: string;
  /** The practices done, oldest first. */
  readonly entries: readonly ChecklistEntry[];
}

/**
 * How far one step has got.
 *
 * @category Customer management
 */
export interface ChecklistStepStatus {
  /** The step. */
  readonly step: ManagementStep;
  /** Its practices done at least once, as "done of total". */
  readonly done: Rate | NoData;
  /** Whether every practice of the step is done. */
  readonly complete: boolean;
  /** The practices not done yet, in the textbook's order. */
  readonly missing: readonly ManagementPractice[];
  /** When each done practice was last done. */
  readonly lastDone: Readonly<Partial<Record<ManagementPractice, Date>>>;
}

/**
 * The status of a customer's checklist: each step, the first step not complete and the overall
 * progress.
 *
 * @category Customer management
 */
export interface ChecklistStatus {
  /** The four steps in order. */
  readonly steps: readonly ChecklistStepStatus[];
  /** The first step that is not complete (the steps are followed in order), or `null` when all are. */
  readonly currentStep: ManagementStep | null;
  /** Practices done out of all 25. */
  readonly progress: Rate | NoData;
}

/**
 * Starts an empty customer-management checklist for a customer (物流客户管理步骤, DOMAIN.md §5).
 *
 * @param customerId - The customer's id.
 * @returns A checklist with no practice done.
 *
 * @example
 * ```ts
 * import { startManagementChecklist } from 'logistics-customer/funnel';
 * startManagementChecklist('C-001');
 * // => { customerId: 'C-001', entries: [] }
 * ```
 * @category Customer management
 */
export function startManagementChecklist(customerId: string): ManagementChecklist {
  return { customerId, entries: [] };
}

/**
 * Marks a practice done for the customer at a time, returning a new checklist. An unknown
 * practice (e.g. from untrusted input) or an invalid date is returned as an error.
 *
 * @param checklist - The checklist.
 * @param practice - The practice done.
 * @param doneAt - When it was done.
 * @param note - Free text.
 * @returns The new checklist, or `UNKNOWN_PRACTICE` / `INVALID_DATE`.
 *
 * @example
 * ```ts
 * import { markPracticeDone, startManagementChecklist } from 'logistics-customer/funnel';
 * const r = markPracticeDone(startManagementChecklist('C-001'), 'build-customer-database', new Date('2026-03-02T02:00:00Z'));
 * r.ok ? r.value.entries.map((e) => e.practice) : null;
 * // => ['build-customer-database']
 * ```
 * @category Customer management
 */
export function markPracticeDone(
  checklist: ManagementChecklist,
  practice: ManagementPractice,
  doneAt: Date,
  note?: string,
): Result<ManagementChecklist, DomainError<'UNKNOWN_PRACTICE' | 'INVALID_DATE'>> {
  if (!ManagementPracticeSchema.options.includes(practice)) {
    return err(
      domainError('UNKNOWN_PRACTICE', text(`未知的客户管理事项“${String(practice)}”`, `unknown customer-management practice "${String(practice)}"`), {
        path: ['practice'],
        details: { received: practice },
      }),
    );
  }
  if (!(doneAt instanceof Date) || Number.isNaN(doneAt.getTime())) {
    return err(domainError('INVALID_DATE', text('完成时间不是有效日期', 'the time done is not a valid date'), { path: ['doneAt'], details: { received: doneAt } }));
  }
  const entry: ChecklistEntry = note === undefined ? { practice, doneAt } : { practice, doneAt, note };
  return ok({ customerId: checklist.customerId, entries: [...checklist.entries, entry] });
}

/**
 * The status of a customer's checklist: for each of the four steps the practices done and
 * missing, the first incomplete step (the textbook's order: collect information → differentiation
 * analysis → keep in contact → meet needs) and the overall progress.
 *
 * @param checklist - The checklist (as `markPracticeDone` builds it).
 * @returns The status.
 * @throws {@link LogisticsCustomerError} `INVALID_DATE` for an entry whose `doneAt` is not a valid
 *   `Date` (`markPracticeDone` never adds one), with the entry's index in `details.path`; an
 *   invalid date is never kept as when a practice was last done. `UNKNOWN_CHECKLIST_ITEM` for an
 *   entry whose practice is not one of the textbook's, likewise (it would count towards progress).
 *
 * @example
 * ```ts
 * import { checklistStatus, markPracticeDone, startManagementChecklist } from 'logistics-customer/funnel';
 * let c = startManagementChecklist('C-001');
 * for (const p of ['collect-customer-information', 'build-customer-database', 'verify-and-update-information'] as const) {
 *   const r = markPracticeDone(c, p, new Date('2026-03-02T02:00:00Z'));
 *   if (r.ok) c = r.value;
 * }
 * const s = checklistStatus(c);
 * [s.steps[0]?.complete, s.currentStep, s.progress];
 * // => [true, 'differentiation-analysis', { kind: 'rate', numerator: 3, denominator: 25 }]
 * ```
 * @category Customer management
 */
export function checklistStatus(checklist: ManagementChecklist): ChecklistStatus {
  const last = new Map<ManagementPractice, Date>();
  checklist.entries.forEach((entry, i) => {
    if (!ManagementPracticeSchema.options.includes(entry.practice)) {
      throw new LogisticsCustomerError('UNKNOWN_CHECKLIST_ITEM', FUNNEL_MESSAGES.UNKNOWN_CHECKLIST_ITEM, { path: ['entries', i, 'practice'], received: entry.practice });
    }
    const doneAt: unknown = entry.doneAt;
    if (!(doneAt instanceof Date) || Number.isNaN(doneAt.getTime())) {
      throw new LogisticsCustomerError('INVALID_DATE', CORE_MESSAGES.INVALID_DATE, { path: ['entries', i, 'doneAt'], received: doneAt });
    }
    const before = last.get(entry.practice);
    if (before === undefined || doneAt.getTime() >= before.getTime()) last.set(entry.practice, doneAt);
  });
  const steps = ManagementStepSchema.options.map((step): ChecklistStepStatus => {
    const practices: readonly ManagementPractice[] = MANAGEMENT_PRACTICES_BY_STEP[step];
    const missing = practices.filter((p) => !last.has(p));
    const lastDone: Partial<Record<ManagementPractice, Date>> = {};
    for (const p of practices) {
      const at = last.get(p);
      if (at !== undefined) lastDone[p] = at;
    }
    return {
      step,
      done: rate(practices.length - missing.length, practices.length),
      complete: missing.length === 0,
      missing,
      lastDone,
    };
  });
  const total = ManagementPracticeSchema.options.length;
  return {
    steps,
    currentStep: steps.find((s) => !s.complete)?.step ?? null,
    progress: rate(last.size, total),
  };
}
