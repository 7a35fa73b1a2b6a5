import { type CurrencyCode, isCurrencyCode } from '../core/currency.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import type { ComplaintCategory } from './complaint-category.js';
import { type ComplaintPriority, ComplaintPrioritySchema, DEFAULT_PRIORITY_BY_SEVERITY } from './complaint-priority.js';
import { type ComplaintSeverity, ComplaintSeveritySchema } from './complaint-severity.js';
import { DEFAULT_DEPARTMENTS, type DepartmentTable } from './department.js';
import { INVALID_COMPLAINT_OPTIONS_MESSAGE } from './messages.js';
import { DEFAULT_CATEGORY_COMPONENTS, type PerfectOrderComponent } from './perfect-order-component.js';

/**
 * Options of the complaint machine; every field has a textbook default.
 *
 * @category Complaints
 */
export interface ComplaintMachineOptions {
  /** The currency of the policy: every compensation must be in it (default `'CNY'`). */
  readonly currency?: CurrencyCode;
  /** The departments complaints can be assigned to (default {@link DEFAULT_DEPARTMENTS}). */
  readonly departments?: DepartmentTable;
  /** How long after closing the customer may reopen a case, in calendar milliseconds (default 7 days). */
  readonly reopenWindowMs?: number;
  /** The priority of a receipt that names none, by severity (default {@link DEFAULT_PRIORITY_BY_SEVERITY}). */
  readonly priorityBySeverity?: { readonly [S in ComplaintSeverity]: ComplaintPriority };
  /** The component a category breaks when a receipt names none (default {@link DEFAULT_CATEGORY_COMPONENTS}). */
  readonly categoryComponents?: { readonly [C in ComplaintCategory]: PerfectOrderComponent | undefined };
}

/**
 * The complaint machine's options with every default filled in and checked.
 *
 * @category Complaints
 */
export interface ComplaintRules {
  /** The policy currency. */
  readonly currency: CurrencyCode;
  /** The department table. */
  readonly departments: DepartmentTable;
  /** The reopen window in calendar milliseconds. */
  readonly reopenWindowMs: number;
  /** The default priority by severity. */
  readonly priorityBySeverity: { readonly [S in ComplaintSeverity]: ComplaintPriority };
  /** The default broken component by category. */
  readonly categoryComponents: { readonly [C in ComplaintCategory]: PerfectOrderComponent | undefined };
}

/** Seven days: the default reopen window [practice]. */
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

function invalid(option: string, received: unknown): LogisticsCustomerError {
  return new LogisticsCustomerError('INVALID_COMPLAINT_OPTIONS', INVALID_COMPLAINT_OPTIONS_MESSAGE, { option, received });
}

/**
 * Fills in the defaults of the complaint machine's options and checks them.
 *
 * @param options - The options.
 * @returns The complete rules.
 * @throws {@link LogisticsCustomerError} `INVALID_COMPLAINT_OPTIONS` for an unknown currency, an
 *   empty department table, a negative or non-finite reopen window, or a priority table with
 *   unknown values (`details.option` names the option).
 *
 * @example
 * ```ts
 * import { complaintRules } from 'logistics-customer/complaints';
 * const rules = complaintRules({ currency: 'USD' });
 * [rules.currency, rules.reopenWindowMs];
 * // => ['USD', 604800000]
 * ```
 * @category Complaints
 */
export function complaintRules(options: ComplaintMachineOptions = {}): ComplaintRules {
  const currency = options.currency ?? 'CNY';
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) throw invalid('currency', currency);
  const departments = options.departments ?? DEFAULT_DEPARTMENTS;
  if (typeof departments !== 'object' || departments === null || Object.keys(departments).length === 0) {
    throw invalid('departments', departments);
  }
  const reopenWindowMs = options.reopenWindowMs ?? WEEK_MS;
  if (typeof reopenWindowMs !== 'number' || !Number.isFinite(reopenWindowMs) || reopenWindowMs < 0) {
    throw invalid('reopenWindowMs', reopenWindowMs);
  }
  const priorityBySeverity = options.priorityBySeverity ?? DEFAULT_PRIORITY_BY_SEVERITY;
  for (const severity of ComplaintSeveritySchema.options) {
    if (!ComplaintPrioritySchema.options.includes(priorityBySeverity[severity])) {
      throw invalid('priorityBySeverity', priorityBySeverity);
    }
  }
  const categoryComponents = options.categoryComponents ?? DEFAULT_CATEGORY_COMPONENTS;
  return { currency, departments, reopenWindowMs, priorityBySeverity, categoryComponents };
}
