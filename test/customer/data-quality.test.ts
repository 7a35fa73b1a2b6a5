import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import type { Customer } from '../../src/customer/customer.js';
import {
  MIN_CONTACTS_FOR_TARGET,
  profileCompleteness,
  RecommendedFieldSchema,
  staleCustomers,
  type StaleCustomersOptions,
} from '../../src/customer/data-quality.js';
import { CUSTOMER_MESSAGES } from '../../src/customer/messages.js';
import { parseCustomer } from '../../src/customer/parse.js';
import { customerArbitrary } from './arbitraries.js';
import { liuzhouAutoParts, mrZhang, thrownBy } from './fixtures.js';

const DAY = 86_400_000;

describe('profileCompleteness (客户信息收集, DOMAIN.md §1)', () => {
  test('the fully profiled target customer 柳州汽配 with 3 contacts is complete', () => {
    const result = profileCompleteness(parseCustomer(liuzhouAutoParts()));
    expect(result).toEqual({
      customerId: 'C-001',
      checked: [...RecommendedFieldSchema.options],
      missing: [],
      completeness: { kind: 'rate', numerator: 12, denominator: 12 },
      findings: [],
    });
  });

  test('a target customer with fewer than 3 contacts is reported (差异性分析 (3))', () => {
    const input = liuzhouAutoParts();
    const customer = parseCustomer({ ...input, contacts: (input['contacts'] as unknown[]).slice(0, 2) });
    const result = profileCompleteness(customer);
    expect(result.missing).toEqual(['target-contacts']);
    expect(result.completeness).toEqual({ kind: 'rate', numerator: 11, denominator: 12 });
    expect(result.findings).toHaveLength(1);
    const finding = result.findings[0]!;
    expect([finding.code, finding.path, finding.details]).toEqual([
      'TOO_FEW_CONTACTS',
      ['contacts'],
      { field: 'target-contacts', required: 3, found: 2 },
    ]);
    expect(renderError(finding, 'zh-CN')).toBe('contacts: 目标客户至少应记录 3 名联系人，现有 2 名');
    expect(renderError(finding, 'en')).toBe('contacts: a target customer should have at least 3 contacts on record; found 2');
    expect(MIN_CONTACTS_FOR_TARGET).toBe(3);
  });

  test('the minimum is configurable', () => {
    const input = liuzhouAutoParts();
    const customer = parseCustomer({ ...input, contacts: (input['contacts'] as unknown[]).slice(0, 2) });
    expect(profileCompleteness(customer, { minContactsForTarget: 2 }).missing).toEqual([]);
    expect(profileCompleteness(customer, { minContactsForTarget: 5 }).findings[0]?.details).toMatchObject({ required: 5 });
  });

  test('the contact rule does not apply to a customer that is not a target', () => {
    const input = liuzhouAutoParts();
    const customer = parseCustomer({ ...input, target: false, contacts: (input['contacts'] as unknown[]).slice(0, 1) });
    const result = profileCompleteness(customer);
    expect(result.checked).not.toContain('target-contacts');
    expect(result.completeness).toEqual({ kind: 'rate', numerator: 11, denominator: 11 });
  });

  test('a bare record misses every profile field; contact details do not apply without contacts', () => {
    const result = profileCompleteness(parseCustomer(mrZhang()));
    expect(result.checked).toEqual([
      'address',
      'contacts',
      'business-type',
      'cargo-flows',
      'shipping-frequency',
      'cargo-traits',
      'time-requirement',
      'cost-sensitivity',
      'cooperation-history',
      'verified',
    ]);
    expect(result.missing).toEqual(result.checked);
    expect(result.completeness).toEqual({ kind: 'rate', numerator: 0, denominator: 10 });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['MISSING_FIELD', ['address']],
      ['MISSING_FIELD', ['contacts']],
      ['MISSING_FIELD', ['profile', 'businessType']],
      ['MISSING_FIELD', ['profile', 'cargoFlows']],
      ['MISSING_FIELD', ['profile', 'shippingFrequency']],
      ['MISSING_FIELD', ['profile', 'cargoTraits']],
      ['MISSING_FIELD', ['profile', 'timeRequirement']],
      ['MISSING_FIELD', ['profile', 'costSensitivity']],
      ['MISSING_FIELD', ['profile', 'cooperationHistory']],
      ['NEVER_VERIFIED', ['verifiedAt']],
    ]);
    expect(result.findings[3]?.messages).toEqual({
      'zh-CN': '缺少建议收集的信息：货物流向',
      en: 'missing recommended information: Cargo flows',
    });
    expect(result.findings[9]?.messages['zh-CN']).toBe('客户信息从未核实');
  });

  test('an empty list counts as missing; a contact without phone or e-mail is reported at its index', () => {
    const input = liuzhouAutoParts();
    const customer = parseCustomer({
      ...input,
      contacts: [{ name: '王经理', phone: '0772-1234567' }, { name: '刘会计' }, { name: '陈司机', email: 'chen@example.com' }],
      profile: { ...(input['profile'] as object), cargoFlows: [] },
    });
    const result = profileCompleteness(customer);
    expect(result.missing).toEqual(['contact-details', 'cargo-flows']);
    expect(result.findings.map((f) => [f.code, f.path, f.messages['zh-CN']])).toEqual([
      ['CONTACT_WITHOUT_DETAILS', ['contacts', 1], '联系人「刘会计」没有电话或电子邮件'],
      ['MISSING_FIELD', ['profile', 'cargoFlows'], '缺少建议收集的信息：货物流向'],
    ]);
  });

  test('only the requested checks run, in the canonical order', () => {
    const result = profileCompleteness(parseCustomer(mrZhang()), { recommended: ['verified', 'address', 'verified'] });
    expect(result.checked).toEqual(['address', 'verified']);
    expect(result.completeness).toEqual({ kind: 'rate', numerator: 0, denominator: 2 });
    expect(profileCompleteness(parseCustomer(mrZhang()), { recommended: [] }).completeness).toEqual({
      kind: 'no-data',
      numerator: 0,
      denominator: 0,
    });
  });

  test('bad options throw LogisticsCustomerError with the exported messages', () => {
    const c = parseCustomer(mrZhang());
    for (const bad of [-1, 2.5, Number.NaN]) {
      const error = thrownBy(() => profileCompleteness(c, { minContactsForTarget: bad }));
      expect(error).toBeInstanceOf(LogisticsCustomerError);
      expect(error).toMatchObject({ code: 'INVALID_MIN_CONTACTS', message: CUSTOMER_MESSAGES.INVALID_MIN_CONTACTS });
    }
    const error = thrownBy(() => profileCompleteness(c, { recommended: ['fax' as never] }));
    expect(error).toMatchObject({ code: 'INVALID_RECOMMENDED_FIELD', message: CUSTOMER_MESSAGES.INVALID_RECOMMENDED_FIELD });
  });

  test('property: missing ⊆ checked, the rate counts them, one finding at least per missing check; input not mutated', () => {
    fc.assert(
      fc.property(customerArbitrary(), (customer) => {
        const before = structuredClone(customer);
        const result = profileCompleteness(customer);
        expect(result.missing.every((f) => result.checked.includes(f))).toBe(true);
        expect(result.completeness).toEqual(
          result.checked.length === 0
            ? { kind: 'no-data', numerator: 0, denominator: 0 }
            : { kind: 'rate', numerator: result.checked.length - result.missing.length, denominator: result.checked.length },
        );
        expect(new Set(result.findings.map((f) => f.details['field']))).toEqual(new Set(result.missing));
        expect(customer).toEqual(before);
      }),
    );
  });
});

function customerAt(id: string, createdAt: string, verifiedAt?: string): Customer {
  return parseCustomer({ ...mrZhang(), id, createdAt, ...(verifiedAt === undefined ? {} : { verifiedAt }) });
}

describe('staleCustomers (验证并不断更新客户信息, DOMAIN.md §1)', () => {
  const now = new Date('2026-03-31T00:00:00Z');
  const customers = [
    customerAt('C-1', '2024-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
    customerAt('C-2', '2025-03-01T00:00:00Z'),
    customerAt('C-3', '2024-01-01T00:00:00Z', '2025-06-15T00:00:00Z'),
    customerAt('C-4', '2026-01-01T00:00:00Z'),
  ];

  test('finds the records not verified within maxAge, oldest first, with the evidence', () => {
    const stale = staleCustomers(customers, { now, maxAge: 180 * DAY });
    expect(stale.map((s) => [s.customerId, s.basis, s.ageDays])).toEqual([
      ['C-2', 'created', 395],
      ['C-3', 'verified', 289],
    ]);
    expect(stale[1]).toEqual({
      customerId: 'C-3',
      basis: 'verified',
      since: new Date('2025-06-15T00:00:00Z'),
      ageMs: 289 * DAY,
      ageDays: 289,
      cutoff: new Date('2025-10-02T00:00:00Z'),
      explanation: {
        'zh-CN': '客户 C-3 的信息最后核实于 2025-06-15T00:00:00.000Z，距今 289 天，早于截止时间 2025-10-02T00:00:00.000Z',
        en: 'customer C-3 was last verified on 2025-06-15T00:00:00.000Z: 289 days ago, before the cutoff 2025-10-02T00:00:00.000Z',
      },
    });
  });

  test('a record exactly maxAge old is not yet stale; one millisecond older is', () => {
    const c = [customerAt('C-9', '2025-01-01T00:00:00Z')];
    const age = now.getTime() - new Date('2025-01-01T00:00:00Z').getTime();
    expect(staleCustomers(c, { now, maxAge: age })).toEqual([]);
    expect(staleCustomers(c, { now, maxAge: age - 1 }).map((s) => s.ageMs)).toEqual([age]);
  });

  test('a calendar Duration is counted back from now (6 months before 2026-03-31 is 2025-09-30)', () => {
    const stale = staleCustomers(customers, { now, maxAge: { months: 6 } });
    expect(stale.map((s) => s.customerId)).toEqual(['C-2', 'C-3']);
    expect(stale[0]?.cutoff).toEqual(new Date('2025-09-30T00:00:00Z'));
  });

  test('a Duration is counted on the calendar of the given time zone, not the machine’s', () => {
    const at = new Date('2026-03-30T16:30:00Z'); // 2026-03-31 00:30 in Shanghai
    const c = [customerAt('C-5', '2026-02-28T00:00:00Z')];
    const utc = staleCustomers(c, { now: at, maxAge: { months: 1 } });
    const shanghai = staleCustomers(c, { now: at, maxAge: { months: 1 }, timeZone: 'Asia/Shanghai' });
    // UTC: 2026-03-30 16:30 − 1 month = 2026-02-28 16:30Z; Shanghai: 2026-03-31 00:30 − 1 month
    // = 2026-02-28 00:30 (+08:00) = 2026-02-27 16:30Z.
    expect(utc.map((s) => s.cutoff)).toEqual([new Date('2026-02-28T16:30:00Z')]);
    expect(shanghai).toEqual([]);
  });

  test('the order does not depend on the input order; ties are broken by id', () => {
    const same = [customerAt('B', '2024-01-01T00:00:00Z'), customerAt('A', '2024-01-01T00:00:00Z'), customerAt('C', '2023-01-01T00:00:00Z')];
    const expected = ['C', 'A', 'B'];
    expect(staleCustomers(same, { now, maxAge: DAY }).map((s) => s.customerId)).toEqual(expected);
    expect(staleCustomers([...same].reverse(), { now, maxAge: DAY }).map((s) => s.customerId)).toEqual(expected);
  });

  test('property: the result is a permutation-invariant, sorted subset; input not mutated', () => {
    fc.assert(
      fc.property(
        fc.array(customerArbitrary(), { maxLength: 12 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        fc.integer({ min: 0, max: 40 * 365 }),
        ([list, shuffled], days) => {
          const before = structuredClone(list);
          const options = { now: new Date('2060-01-01T00:00:00Z'), maxAge: days * DAY };
          const a = staleCustomers(list, options);
          const b = staleCustomers(shuffled, options);
          expect(b.map((s) => [s.customerId, s.ageMs])).toEqual(a.map((s) => [s.customerId, s.ageMs]));
          for (let i = 1; i < a.length; i += 1) expect(a[i - 1]!.ageMs).toBeGreaterThanOrEqual(a[i]!.ageMs);
          for (const s of a) expect(s.ageMs).toBeGreaterThan(days * DAY);
          expect(list).toEqual(before);
        },
      ),
    );
  });

  test('outputs never alias the customers’ dates', () => {
    const [first] = staleCustomers(customers, { now, maxAge: DAY });
    expect(first?.since).not.toBe(customers[1]?.createdAt);
  });

  test('bad arguments throw LogisticsCustomerError with the exported messages', () => {
    const cases: readonly [() => unknown, string, string][] = [
      [() => staleCustomers(customers, { now: new Date('nope'), maxAge: DAY }), 'INVALID_NOW', CUSTOMER_MESSAGES.INVALID_NOW],
      [() => staleCustomers(customers, { now, maxAge: -1 }), 'INVALID_MAX_AGE', CUSTOMER_MESSAGES.INVALID_MAX_AGE],
      [() => staleCustomers(customers, { now, maxAge: Number.POSITIVE_INFINITY }), 'INVALID_MAX_AGE', CUSTOMER_MESSAGES.INVALID_MAX_AGE],
      [() => staleCustomers(customers, { now, maxAge: { months: -6 } }), 'INVALID_MAX_AGE', CUSTOMER_MESSAGES.INVALID_MAX_AGE],
      [() => staleCustomers(customers, { now, maxAge: { fortnights: 1 } as never }), 'INVALID_MAX_AGE', CUSTOMER_MESSAGES.INVALID_MAX_AGE],
      [() => staleCustomers(customers, { now, maxAge: null as never }), 'INVALID_MAX_AGE', CUSTOMER_MESSAGES.INVALID_MAX_AGE],
      [() => staleCustomers(customers, { now, maxAge: DAY, timeZone: 'Mars/Olympus' }), 'INVALID_TIME_ZONE', CUSTOMER_MESSAGES.INVALID_TIME_ZONE],
    ];
    for (const [call, code, message] of cases) {
      const error = thrownBy(call);
      expect(error).toBeInstanceOf(LogisticsCustomerError);
      expect(error).toMatchObject({ code, message });
    }
  });

  test('a cutoff outside the range of a Date is INVALID_MAX_AGE, never a native RangeError', () => {
    const earliest = -8.64e15;
    const cases: readonly StaleCustomersOptions[] = [
      { now, maxAge: 9e15 },
      { now, maxAge: 1e300 },
      { now, maxAge: now.getTime() - earliest + 1 },
      { now, maxAge: { years: 300_000 } },
      { now: new Date(earliest), maxAge: 1 },
      { now: new Date(earliest), maxAge: { days: 1 } },
    ];
    for (const options of cases) {
      const error = thrownBy(() => staleCustomers(customers, options));
      expect(error).toBeInstanceOf(LogisticsCustomerError);
      expect(error).toMatchObject({ code: 'INVALID_MAX_AGE', message: CUSTOMER_MESSAGES.INVALID_MAX_AGE, details: { received: options.maxAge } });
    }
    // Up to the edge of the range the cutoff is a Date and nothing is stale.
    expect(staleCustomers(customers, { now, maxAge: now.getTime() - earliest })).toEqual([]);
    expect(staleCustomers(customers, { now, maxAge: { years: 270_000 } })).toEqual([]);
    expect(staleCustomers(customers, { now: new Date(earliest), maxAge: 0 })).toEqual([]);
  });

  test('no customers, no stale customers', () => {
    expect(staleCustomers([], { now, maxAge: 0 })).toEqual([]);
  });
});
