import { TZDate } from '@date-fns/tz';
import { type Duration, sub } from 'date-fns';
import * as z from 'zod/mini';
import { type DomainError, domainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { type LabelTable, type LocalizedText, text } from '../core/locale.js';
import { rate, type Rate } from '../core/rate/rate.js';
import { MAX_INSTANT_MS } from '../core/time/civil-date.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Customer } from './customer.js';
import type { CustomerId } from './customer-id.js';
import { CUSTOMER_MESSAGES } from './messages.js';

/**
 * The information the textbook says to collect and keep current for a customer (客户信息收集,
 * DOMAIN.md §1 [seed 002]; 验证并不断更新客户信息 [seed 003 管理步骤 (一)(3)]), as checks:
 * address, at least one contact, contact details for every contact, at least 3 contacts for a
 * target customer [seed 003 差异性分析 (3)], the profile fields, and a verification date.
 *
 * @example
 * ```ts
 * import { RecommendedFieldSchema } from 'logistics-customer/customer';
 * RecommendedFieldSchema.options.length;
 * // => 12
 * ```
 * @category Data quality
 */
export const RecommendedFieldSchema = z.enum([
  'address',
  'contacts',
  'contact-details',
  'target-contacts',
  'business-type',
  'cargo-flows',
  'shipping-frequency',
  'cargo-traits',
  'time-requirement',
  'cost-sensitivity',
  'cooperation-history',
  'verified',
]);

/**
 * One recommended piece of customer information.
 *
 * @category Data quality
 */
export type RecommendedField = z.infer<typeof RecommendedFieldSchema>;

/**
 * The zh-CN and en labels of {@link RecommendedField}.
 *
 * @example
 * ```ts
 * import { recommendedFieldLabels } from 'logistics-customer/customer';
 * recommendedFieldLabels['cargo-flows']['zh-CN'];
 * // => '货物流向'
 * ```
 * @category Data quality
 */
export const recommendedFieldLabels = {
  address: { 'zh-CN': '地址', en: 'Address' },
  contacts: { 'zh-CN': '联系人', en: 'Contacts' },
  'contact-details': { 'zh-CN': '联系人的联系方式', en: 'Contact details of every contact' },
  'target-contacts': { 'zh-CN': '目标客户的联系人数量', en: 'Number of contacts of a target customer' },
  'business-type': { 'zh-CN': '业务类型', en: 'Business type' },
  'cargo-flows': { 'zh-CN': '货物流向', en: 'Cargo flows' },
  'shipping-frequency': { 'zh-CN': '运输频次', en: 'Shipping frequency' },
  'cargo-traits': { 'zh-CN': '货物特性', en: 'Cargo traits' },
  'time-requirement': { 'zh-CN': '时效要求', en: 'Time requirement' },
  'cost-sensitivity': { 'zh-CN': '成本敏感度', en: 'Cost sensitivity' },
  'cooperation-history': { 'zh-CN': '合作历史与反馈', en: 'Cooperation history and feedback' },
  verified: { 'zh-CN': '信息核实', en: 'Verification' },
} as const satisfies LabelTable<RecommendedField>;

/**
 * The textbook's minimum number of contacts on record for a target customer: “至少记录 3 名企业
 * 联系人的联系方式” (DOMAIN.md §1, [seed 003 差异性分析 (3)]).
 *
 * @example
 * ```ts
 * import { MIN_CONTACTS_FOR_TARGET } from 'logistics-customer/customer';
 * MIN_CONTACTS_FOR_TARGET;
 * // => 3
 * ```
 * @category Data quality
 */
export const MIN_CONTACTS_FOR_TARGET = 3;

/**
 * Options of {@link profileCompleteness}.
 *
 * @category Data quality
 */
export interface ProfileCompletenessOptions {
  /** The contacts a target customer needs; {@link MIN_CONTACTS_FOR_TARGET} (3) by default. */
  readonly minContactsForTarget?: number;
  /** The checks to run; all of {@link RecommendedFieldSchema} by default. */
  readonly recommended?: readonly RecommendedField[];
}

/**
 * The code of a completeness finding.
 *
 * @category Data quality
 */
export type CompletenessCode = 'MISSING_FIELD' | 'CONTACT_WITHOUT_DETAILS' | 'TOO_FEW_CONTACTS' | 'NEVER_VERIFIED';

/**
 * What {@link profileCompleteness} found for one customer.
 *
 * @category Data quality
 */
export interface ProfileCompleteness {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The checks that apply to this customer, in the order of {@link RecommendedFieldSchema}. */
  readonly checked: readonly RecommendedField[];
  /** The checks that failed, in the same order. */
  readonly missing: readonly RecommendedField[];
  /** Checks passed of checks applied (no data when none applies). */
  readonly completeness: Rate | NoData;
  /** One finding per problem, with its path and a message in both locales. */
  readonly findings: readonly DomainError<CompletenessCode>[];
}

type ProfileFieldCheck = Exclude<RecommendedField, 'contacts' | 'contact-details' | 'target-contacts' | 'verified' | 'address'>;

const PROFILE_KEYS = {
  'business-type': 'businessType',
  'cargo-flows': 'cargoFlows',
  'shipping-frequency': 'shippingFrequency',
  'cargo-traits': 'cargoTraits',
  'time-requirement': 'timeRequirement',
  'cost-sensitivity': 'costSensitivity',
  'cooperation-history': 'cooperationHistory',
} as const satisfies { readonly [F in ProfileFieldCheck]: keyof NonNullable<Customer['profile']> };

function isPresent(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

function missingField(field: RecommendedField, path: readonly (string | number)[]): DomainError<CompletenessCode> {
  const name = recommendedFieldLabels[field];
  return domainError('MISSING_FIELD', text(`缺少建议收集的信息：${name['zh-CN']}`, `missing recommended information: ${name.en}`), {
    path,
    details: { field },
  });
}

function findingsFor(
  customer: Customer,
  field: RecommendedField,
  minContacts: number,
): readonly DomainError<CompletenessCode>[] | 'not-applicable' {
  switch (field) {
    case 'address':
      return customer.address === undefined ? [missingField(field, ['address'])] : [];
    case 'contacts':
      return customer.contacts.length === 0 ? [missingField(field, ['contacts'])] : [];
    case 'contact-details': {
      if (customer.contacts.length === 0) return 'not-applicable';
      const out: DomainError<CompletenessCode>[] = [];
      customer.contacts.forEach((contact, index) => {
        if (contact.phone !== undefined || contact.email !== undefined) return;
        out.push(
          domainError(
            'CONTACT_WITHOUT_DETAILS',
            text(`联系人「${contact.name}」没有电话或电子邮件`, `contact "${contact.name}" has no phone or e-mail`),
            { path: ['contacts', index], details: { field, index } },
          ),
        );
      });
      return out;
    }
    case 'target-contacts': {
      if (customer.target !== true) return 'not-applicable';
      const count = customer.contacts.length;
      if (count >= minContacts) return [];
      return [
        domainError(
          'TOO_FEW_CONTACTS',
          text(
            `目标客户至少应记录 ${minContacts} 名联系人，现有 ${count} 名`,
            `a target customer should have at least ${minContacts} contacts on record; found ${count}`,
          ),
          { path: ['contacts'], details: { field, required: minContacts, found: count } },
        ),
      ];
    }
    case 'verified':
      return customer.verifiedAt === undefined
        ? [
            domainError('NEVER_VERIFIED', text('客户信息从未核实', 'the customer information has never been verified'), {
              path: ['verifiedAt'],
              details: { field },
            }),
          ]
        : [];
    case 'business-type':
    case 'cargo-flows':
    case 'shipping-frequency':
    case 'cargo-traits':
    case 'time-requirement':
    case 'cost-sensitivity':
    case 'cooperation-history': {
      const key = PROFILE_KEYS[field];
      return isPresent(customer.profile?.[key]) ? [] : [missingField(field, ['profile', key])];
    }
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

/**
 * Checks which recommended customer information is missing (客户信息收集, DOMAIN.md §1 [seed
 * 002]): address, contacts and their phone or e-mail, at least 3 contacts for a target customer
 * (目标客户, [seed 003 差异性分析 (3)], configurable), the business profile (an empty list counts
 * as missing) and a verification date. Checks that do not apply are left out of the ratio: the
 * contact-details check when there are no contacts, the target-contacts check for a customer
 * that is not a target.
 *
 * @param customer - The customer.
 * @param options - The minimum contacts of a target customer and the checks to run.
 * @returns The checks run, those that failed, the completeness as passed of run, and bilingual
 *   findings with paths.
 * @throws LogisticsCustomerError `INVALID_MIN_CONTACTS` when `minContactsForTarget` is not
 *   a whole number of at least 0; `INVALID_RECOMMENDED_FIELD` for an unknown check name.
 *
 * @example
 * ```ts
 * import { parseCustomer, profileCompleteness } from 'logistics-customer/customer';
 * const c = parseCustomer({
 *   id: 'C-7', name: '桂林冷链食品', address: '桂林市七星区', nature: 'organization',
 *   industry: 'fmcg', scale: 'sme', geography: 'local',
 *   location: { kind: 'external', visibility: 'explicit' }, target: true,
 *   contacts: [{ name: '李主管', phone: '0773-5550000' }],
 *   profile: { businessType: '冷冻食品批发', cargoTraits: ['temperature-controlled', 'perishable'] },
 *   createdAt: '2025-06-01T00:00:00Z', verifiedAt: '2026-01-10T00:00:00Z',
 * });
 * const r = profileCompleteness(c);
 * [r.missing, r.completeness];
 * // => [['target-contacts', 'cargo-flows', 'shipping-frequency', 'time-requirement',
 * //      'cost-sensitivity', 'cooperation-history'],
 * //     { kind: 'rate', numerator: 6, denominator: 12 }]
 * r.findings[0]?.messages['zh-CN'];
 * // => '目标客户至少应记录 3 名联系人，现有 1 名'
 * ```
 * @category Data quality
 */
export function profileCompleteness(customer: Customer, options: ProfileCompletenessOptions = {}): ProfileCompleteness {
  const minContacts = options.minContactsForTarget ?? MIN_CONTACTS_FOR_TARGET;
  if (!Number.isSafeInteger(minContacts) || minContacts < 0) {
    throw new LogisticsCustomerError('INVALID_MIN_CONTACTS', CUSTOMER_MESSAGES.INVALID_MIN_CONTACTS, {
      received: minContacts,
    });
  }
  const requested = new Set<string>(options.recommended ?? RecommendedFieldSchema.options);
  for (const field of requested) {
    if (!RecommendedFieldSchema.safeParse(field).success) {
      throw new LogisticsCustomerError('INVALID_RECOMMENDED_FIELD', CUSTOMER_MESSAGES.INVALID_RECOMMENDED_FIELD, {
        received: field,
      });
    }
  }
  const checked: RecommendedField[] = [];
  const missing: RecommendedField[] = [];
  const findings: DomainError<CompletenessCode>[] = [];
  for (const field of RecommendedFieldSchema.options) {
    if (!requested.has(field)) continue;
    const found = findingsFor(customer, field, minContacts);
    if (found === 'not-applicable') continue;
    checked.push(field);
    if (found.length === 0) continue;
    missing.push(field);
    findings.push(...found);
  }
  return {
    customerId: customer.id,
    checked,
    missing,
    completeness: rate(checked.length - missing.length, checked.length),
    findings,
  };
}

/**
 * Which date a customer's staleness is counted from.
 *
 * @example
 * ```ts
 * import { StalenessBasisSchema } from 'logistics-customer/customer';
 * StalenessBasisSchema.options;
 * // => ['verified', 'created']
 * ```
 * @category Data quality
 */
export const StalenessBasisSchema = z.enum(['verified', 'created']);

/**
 * `verified` (the last verification) or `created` (never verified: the creation date).
 *
 * @category Data quality
 */
export type StalenessBasis = z.infer<typeof StalenessBasisSchema>;

/**
 * The zh-CN and en labels of {@link StalenessBasis}.
 *
 * @example
 * ```ts
 * import { stalenessBasisLabels } from 'logistics-customer/customer';
 * stalenessBasisLabels.created['zh-CN'];
 * // => '建档日期（从未核实）'
 * ```
 * @category Data quality
 */
export const stalenessBasisLabels = {
  verified: { 'zh-CN': '最后核实日期', en: 'Last verification' },
  created: { 'zh-CN': '建档日期（从未核实）', en: 'Creation date (never verified)' },
} as const satisfies LabelTable<StalenessBasis>;

/**
 * Options of {@link staleCustomers}.
 *
 * @category Data quality
 */
export interface StaleCustomersOptions {
  /** The moment of the check (never read from the clock). */
  readonly now: Date;
  /**
   * The longest a record may go unverified: a number of milliseconds (exact, zone-free), or a
   * date-fns `Duration` such as `{ months: 6 }` counted back from `now` on the calendar of
   * `timeZone`; `now` − `maxAge` must be a valid `Date`.
   */
  readonly maxAge: number | Duration;
  /** The IANA time zone a `Duration` is counted in; `UTC` by default. Unused for milliseconds. */
  readonly timeZone?: string;
}

/**
 * A customer whose information is due for verification, with the evidence.
 *
 * @category Data quality
 */
export interface StaleCustomer {
  /** The customer. */
  readonly customerId: CustomerId;
  /** Which date the age is counted from. */
  readonly basis: StalenessBasis;
  /** That date: the last verification, or the creation when never verified. */
  readonly since: Date;
  /** The age of the record at `now`, in milliseconds. */
  readonly ageMs: number;
  /** The age in whole days of 24 hours (rounded down). */
  readonly ageDays: number;
  /** Records last verified before this instant are stale. */
  readonly cutoff: Date;
  /** One line in both locales. */
  readonly explanation: LocalizedText;
}

const DAY_MS = 86_400_000;
const DURATION_KEYS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

function invalidMaxAge(maxAge: unknown): LogisticsCustomerError {
  return new LogisticsCustomerError('INVALID_MAX_AGE', CUSTOMER_MESSAGES.INVALID_MAX_AGE, { received: maxAge });
}

function cutoffOf(now: Date, maxAge: number | Duration, timeZone: string): number {
  const cutoff = uncheckedCutoffOf(now, maxAge, timeZone);
  // `now` − `maxAge` must itself be a Date: past the range it is NaN (a Duration) or a number no
  // Date can hold (milliseconds), and the cutoff could not be reported.
  if (!(Math.abs(cutoff) <= MAX_INSTANT_MS)) throw invalidMaxAge(maxAge);
  return cutoff;
}

function uncheckedCutoffOf(now: Date, maxAge: number | Duration, timeZone: string): number {
  if (typeof maxAge === 'number') {
    if (!Number.isFinite(maxAge) || maxAge < 0) throw invalidMaxAge(maxAge);
    return now.getTime() - maxAge;
  }
  if (typeof maxAge !== 'object' || maxAge === null) throw invalidMaxAge(maxAge);
  for (const [key, value] of Object.entries(maxAge)) {
    const known = (DURATION_KEYS as readonly string[]).includes(key);
    if (!known || (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < 0))) {
      throw invalidMaxAge(maxAge);
    }
  }
  return sub(new TZDate(now.getTime(), timeZone), maxAge).getTime();
}

/**
 * Finds the customers whose information is due to be verified again (验证并不断更新客户信息,
 * 定期“净化”客户信息, DOMAIN.md §1 [seed 003 管理步骤 (一)(3)]): those last verified — or, when
 * never verified, created — before `now` minus `maxAge`. A record exactly `maxAge` old is not
 * yet stale. Sorted oldest first, then by id (code-unit order), then by input position, so the
 * order never depends on the input's order except for repeated ids.
 *
 * @param customers - The customers.
 * @param options - `now`, `maxAge` (milliseconds or a date-fns `Duration`) and the time zone a
 *   `Duration` is counted in.
 * @returns The stale customers with their age as evidence; an empty list when none is stale.
 * @throws LogisticsCustomerError `INVALID_NOW` when `now` is not a valid `Date`;
 *   `INVALID_MAX_AGE` for a negative or non-finite number, a malformed `Duration`, or one so
 *   long that `now` − `maxAge` falls outside the range of a `Date` (±8.64e15 ms from 1970, e.g.
 *   `maxAge: 1e300` or `{ years: 300000 }`); `INVALID_TIME_ZONE` for an unknown time zone.
 *
 * @example
 * ```ts
 * import { parseCustomer, staleCustomers } from 'logistics-customer/customer';
 * const base = {
 *   nature: 'organization', industry: 'manufacturing', scale: 'large', geography: 'domestic',
 *   location: { kind: 'external', visibility: 'explicit' }, contacts: [],
 * } as const;
 * const customers = [
 *   parseCustomer({ ...base, id: 'C-1', name: '甲', createdAt: '2025-01-01T00:00:00Z', verifiedAt: '2026-02-01T00:00:00Z' }),
 *   parseCustomer({ ...base, id: 'C-2', name: '乙', createdAt: '2025-03-01T00:00:00Z' }),
 * ];
 * const stale = staleCustomers(customers, { now: new Date('2026-03-31T00:00:00Z'), maxAge: { months: 6 } });
 * stale.map((s) => [s.customerId, s.basis, s.ageDays]);
 * // => [['C-2', 'created', 395]]
 * stale[0]?.explanation.en;
 * // => 'customer C-2 was created on 2025-03-01T00:00:00.000Z and never verified: 395 days ago, before the cutoff 2025-09-30T00:00:00.000Z'
 * ```
 * @category Data quality
 */
export function staleCustomers(customers: readonly Customer[], options: StaleCustomersOptions): readonly StaleCustomer[] {
  const { now, maxAge, timeZone = 'UTC' } = options;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new LogisticsCustomerError('INVALID_NOW', CUSTOMER_MESSAGES.INVALID_NOW, { received: String(now) });
  }
  if (Number.isNaN(new TZDate(now.getTime(), timeZone).getTime())) {
    throw new LogisticsCustomerError('INVALID_TIME_ZONE', CUSTOMER_MESSAGES.INVALID_TIME_ZONE, { received: timeZone });
  }
  const cutoff = cutoffOf(now, maxAge, timeZone);
  const cutoffIso = new Date(cutoff).toISOString();
  const found: { readonly item: StaleCustomer; readonly index: number }[] = [];
  customers.forEach((customer, index) => {
    const basis: StalenessBasis = customer.verifiedAt === undefined ? 'created' : 'verified';
    const since = customer.verifiedAt ?? customer.createdAt;
    if (since.getTime() >= cutoff) return;
    const ageMs = now.getTime() - since.getTime();
    const ageDays = Math.floor(ageMs / DAY_MS);
    const sinceIso = since.toISOString();
    const explanation =
      basis === 'verified'
        ? text(
            `客户 ${customer.id} 的信息最后核实于 ${sinceIso}，距今 ${ageDays} 天，早于截止时间 ${cutoffIso}`,
            `customer ${customer.id} was last verified on ${sinceIso}: ${ageDays} days ago, before the cutoff ${cutoffIso}`,
          )
        : text(
            `客户 ${customer.id} 建档于 ${sinceIso}，从未核实，距今 ${ageDays} 天，早于截止时间 ${cutoffIso}`,
            `customer ${customer.id} was created on ${sinceIso} and never verified: ${ageDays} days ago, before the cutoff ${cutoffIso}`,
          );
    found.push({
      item: { customerId: customer.id, basis, since: new Date(since.getTime()), ageMs, ageDays, cutoff: new Date(cutoff), explanation },
      index,
    });
  });
  found.sort(
    (a, b) =>
      b.item.ageMs - a.item.ageMs ||
      (a.item.customerId < b.item.customerId ? -1 : a.item.customerId > b.item.customerId ? 1 : 0) ||
      a.index - b.index,
  );
  return found.map((entry) => entry.item);
}
