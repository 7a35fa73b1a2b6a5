import { LogisticsCustomerError } from '../core/invariant.js';
import { type ComplaintCategory, ComplaintCategorySchema } from './complaint-category.js';
import type { ComplaintClassification } from './complaint-context.js';
import { type ComplaintPriority, ComplaintPrioritySchema } from './complaint-priority.js';
import { INVALID_SLA_POLICY_MESSAGE } from './messages.js';
import { type ReopenClock, ReopenClockSchema, type SlaTarget, SlaTargetSchema, type TimeBasis, TimeBasisSchema } from './sla-target.js';

/**
 * A duration for each service-level target, in milliseconds of its time basis.
 *
 * @category Service levels
 */
export type SlaTargets = { readonly [T in SlaTarget]: number };

/**
 * Targets for complaints of one priority and/or category. A rule matches when every field it
 * names matches; for each target the first matching rule that sets it wins, else the policy's
 * default.
 *
 * @category Service levels
 */
export interface SlaRule {
  /** The priority the rule is for (any when left out). */
  readonly priority?: ComplaintPriority;
  /** The category the rule is for (any when left out). */
  readonly category?: ComplaintCategory;
  /** The targets it sets. */
  readonly targets: Partial<SlaTargets>;
}

/**
 * A service-level policy for complaints (服务时限, DOMAIN.md §7): targets per priority and
 * category, the time basis of each target, the warning band, and — an explicit choice — whether
 * the resolve clock continues or restarts when a complaint is reopened.
 *
 * @category Service levels
 */
export interface SlaPolicy {
  /** The policy's name, for reports. */
  readonly id: string;
  /** The default targets. */
  readonly targets: SlaTargets;
  /** Targets by priority and category, the first match per target wins. */
  readonly rules?: readonly SlaRule[];
  /** The time basis per target (default `business` for all). */
  readonly basis?: { readonly [T in SlaTarget]?: TimeBasis };
  /** The share of a target after which a running clock is in `warning` (default 0.8). */
  readonly warningFraction?: number;
  /** Whether the resolve clock continues or restarts on reopen. */
  readonly resolveOnReopen: ReopenClock;
}

/**
 * The targets that apply to one complaint under a policy, with their time bases.
 *
 * @category Service levels
 */
export interface AppliedTargets {
  /** The duration of each target in milliseconds. */
  readonly targets: SlaTargets;
  /** The time basis of each target. */
  readonly basis: { readonly [T in SlaTarget]: TimeBasis };
  /** The warning fraction. */
  readonly warningFraction: number;
}

const HOUR = 3_600_000;

/**
 * The textbook service levels [practice] (DOMAIN.md §7): in business time, acknowledge within 2
 * hours, first response within 8 hours (a working day), resolve within 24 hours (three working
 * days), follow up within 16 hours of the implementation; urgent complaints 0.5 / 2 / 8 / 8
 * hours, high 1 / 4 / 16 hours, low 40 hours to resolve; warning at 80 %; the resolve clock
 * continues on reopen. Override any part by spreading it: `{ ...DEFAULT_SLA_POLICY, ... }`.
 *
 * @example
 * ```ts
 * import { DEFAULT_SLA_POLICY } from 'logistics-customer/complaints';
 * DEFAULT_SLA_POLICY.targets.acknowledge / 3_600_000;
 * // => 2
 * ```
 * @category Service levels
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  id: 'textbook',
  targets: { acknowledge: 2 * HOUR, 'first-response': 8 * HOUR, resolve: 24 * HOUR, 'follow-up': 16 * HOUR },
  rules: [
    { priority: 'urgent', targets: { acknowledge: HOUR / 2, 'first-response': 2 * HOUR, resolve: 8 * HOUR, 'follow-up': 8 * HOUR } },
    { priority: 'high', targets: { acknowledge: HOUR, 'first-response': 4 * HOUR, resolve: 16 * HOUR } },
    { priority: 'low', targets: { resolve: 40 * HOUR } },
  ],
  warningFraction: 0.8,
  resolveOnReopen: 'continue',
};

function broken(field: string, received: unknown): never {
  throw new LogisticsCustomerError('INVALID_SLA_POLICY', INVALID_SLA_POLICY_MESSAGE, { field, received });
}

function isDuration(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/**
 * Checks a service-level policy and returns it unchanged.
 *
 * @param policy - The policy.
 * @returns The same policy.
 * @throws {@link LogisticsCustomerError} `INVALID_SLA_POLICY` when a target is not a positive
 *   finite number of milliseconds, a rule names an unknown priority or category, a basis is
 *   unknown, the warning fraction is not in (0, 1], or the reopen choice is missing
 *   (`details.field` names the field).
 *
 * @example
 * ```ts
 * import { checkSlaPolicy, DEFAULT_SLA_POLICY } from 'logistics-customer/complaints';
 * checkSlaPolicy(DEFAULT_SLA_POLICY).id;
 * // => 'textbook'
 * ```
 * @category Service levels
 */
export function checkSlaPolicy(policy: SlaPolicy): SlaPolicy {
  if (typeof policy !== 'object' || policy === null) broken('policy', policy);
  for (const target of SlaTargetSchema.options) {
    if (!isDuration(policy.targets?.[target])) broken(`targets.${target}`, policy.targets?.[target]);
  }
  const rules = policy.rules ?? [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as SlaRule;
    if (rule.priority !== undefined && !ComplaintPrioritySchema.options.includes(rule.priority)) broken(`rules[${i}].priority`, rule.priority);
    if (rule.category !== undefined && !ComplaintCategorySchema.options.includes(rule.category)) broken(`rules[${i}].category`, rule.category);
    if (typeof rule.targets !== 'object' || rule.targets === null) broken(`rules[${i}].targets`, rule.targets);
    for (const target in rule.targets) {
      const value: unknown = rule.targets[target as SlaTarget];
      if (!SlaTargetSchema.options.includes(target as SlaTarget) || !isDuration(value)) broken(`rules[${i}].targets.${target}`, value);
    }
  }
  const basis = policy.basis ?? {};
  for (const target in basis) {
    const value: unknown = basis[target as SlaTarget];
    if (!SlaTargetSchema.options.includes(target as SlaTarget) || !TimeBasisSchema.options.includes(value as TimeBasis)) broken(`basis.${target}`, value);
  }
  const fraction = policy.warningFraction ?? 0.8;
  if (typeof fraction !== 'number' || !(fraction > 0 && fraction <= 1)) broken('warningFraction', fraction);
  if (!ReopenClockSchema.options.includes(policy.resolveOnReopen)) broken('resolveOnReopen', policy.resolveOnReopen);
  return policy;
}

/**
 * The targets a policy sets for a complaint of the given classification: for each target the
 * first rule that matches the priority and category and sets it, else the default.
 *
 * @param policy - The policy (not checked here; see {@link checkSlaPolicy}).
 * @param classification - The complaint's priority and category.
 * @returns The targets, their time bases and the warning fraction.
 *
 * @example
 * ```ts
 * import { appliedTargets, DEFAULT_SLA_POLICY } from 'logistics-customer/complaints';
 * const applied = appliedTargets(DEFAULT_SLA_POLICY, { priority: 'high', category: 'damage' });
 * [applied.targets.acknowledge / 3_600_000, applied.targets['follow-up'] / 3_600_000, applied.basis.resolve];
 * // => [1, 16, 'business']
 * ```
 * @category Service levels
 */
export function appliedTargets(
  policy: SlaPolicy,
  classification: Pick<ComplaintClassification, 'priority' | 'category'>,
): AppliedTargets {
  const rules = policy.rules ?? [];
  const targets = { ...policy.targets };
  const set = { acknowledge: false, 'first-response': false, resolve: false, 'follow-up': false };
  for (const rule of rules) {
    if (rule.priority !== undefined && rule.priority !== classification.priority) continue;
    if (rule.category !== undefined && rule.category !== classification.category) continue;
    for (const target of SlaTargetSchema.options) {
      const value = rule.targets[target];
      if (value !== undefined && !set[target]) {
        targets[target] = value;
        set[target] = true;
      }
    }
  }
  const basis = policy.basis ?? {};
  return {
    targets,
    basis: {
      acknowledge: basis.acknowledge ?? 'business',
      'first-response': basis['first-response'] ?? 'business',
      resolve: basis.resolve ?? 'business',
      'follow-up': basis['follow-up'] ?? 'business',
    },
    warningFraction: policy.warningFraction ?? 0.8,
  };
}
