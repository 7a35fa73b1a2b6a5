import fc from 'fast-check';
import type { Money } from '../../src/core/money/money.js';
import type { Contact } from '../../src/customer/contact.js';
import type { Customer } from '../../src/customer/customer.js';
import { type CustomerId, customerId } from '../../src/customer/customer-id.js';
import { GeographySchema } from '../../src/customer/geography.js';
import { IndustrySchema } from '../../src/customer/industry.js';
import { ExternalVisibilitySchema, InternalRelationSchema, type Location } from '../../src/customer/location.js';
import { MarketingTypeSchema } from '../../src/customer/marketing-type.js';
import { CustomerNatureSchema } from '../../src/customer/nature.js';
import { NeedsFocusSchema } from '../../src/customer/needs-focus.js';
import {
  CargoTraitSchema,
  type CooperationRecord,
  CostSensitivitySchema,
  type CustomerProfile,
  ShippingPeriodSchema,
  TimeRequirementLevelSchema,
} from '../../src/customer/profile.js';
import { CustomerScaleSchema } from '../../src/customer/scale.js';
import { ServiceKindSchema } from '../../src/customer/service-kind.js';
import { SupplyChainRoleSchema } from '../../src/customer/supply-chain-role.js';
import type { Transaction } from '../../src/customer/transaction.js';

/**
 * fast-check arbitraries of valid customer-module values (the parsed, output form). Shared with
 * the segmentation tests: every value generated here parses back to itself.
 */

const MIN_DATE = new Date('2000-01-01T00:00:00.000Z');
const MAX_DATE = new Date('2099-12-31T23:59:59.999Z');

/** A valid instant between 2000 and 2099, with milliseconds. */
export const dateArbitrary: fc.Arbitrary<Date> = fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true });

/** Non-blank free text: mostly ASCII, sometimes Chinese, sometimes with surrounding spaces. */
export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 16 }).filter((s) => /\S/u.test(s)),
  fc.constantFrom('柳州汽配有限公司', '王经理', '南宁', '广州', ' 物流部 ', '冷链食品', 'Zhang Wei'),
);

const idArbitrary: fc.Arbitrary<string> = fc.stringMatching(/^[A-Z]{1,2}-\d{1,6}$/);

/** A branded customer id such as `C-123`. */
export const customerIdArbitrary: fc.Arbitrary<CustomerId> = idArbitrary.map(customerId);

const phoneArbitrary = fc.stringMatching(/^\+?\d{3,4}-?\d{5,8}$/);
const emailArbitrary = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/), fc.constantFrom('example.com', 'wuliu.cn', 'mail.example.org'))
  .map(([user, domain]) => `${user}@${domain}`);

/** A valid contact with any mix of optional fields. */
export const contactArbitrary: fc.Arbitrary<Contact> = fc.record(
  { name: textArbitrary, title: textArbitrary, phone: phoneArbitrary, email: emailArbitrary, decisionMaker: fc.boolean() },
  { requiredKeys: ['name'] },
);

const locationArbitrary: fc.Arbitrary<Location> = fc.oneof(
  fc.record({ kind: fc.constant('external' as const), visibility: fc.constantFrom(...ExternalVisibilitySchema.options) }),
  fc.record({ kind: fc.constant('internal' as const), relation: fc.constantFrom(...InternalRelationSchema.options) }),
);

const cooperationArbitrary: fc.Arbitrary<CooperationRecord> = fc
  .record(
    {
      provider: textArbitrary,
      period: fc.tuple(dateArbitrary, dateArbitrary).map(([a, b]): readonly [Date, Date] => (a <= b ? [a, b] : [b, a])),
      hasSince: fc.boolean(),
      hasUntil: fc.boolean(),
      services: fc.uniqueArray(fc.constantFrom(...ServiceKindSchema.options), { maxLength: 4 }),
      feedback: textArbitrary,
    },
    { requiredKeys: ['provider', 'period', 'hasSince', 'hasUntil'] },
  )
  .map(({ period, hasSince, hasUntil, ...rest }) => ({
    ...rest,
    ...(hasSince ? { since: period[0] } : {}),
    ...(hasUntil ? { until: period[1] } : {}),
  }));

/** A valid business profile with any mix of optional fields. */
export const profileArbitrary: fc.Arbitrary<CustomerProfile> = fc.record(
  {
    businessType: textArbitrary,
    cargoFlows: fc.array(fc.record({ origin: textArbitrary, destination: textArbitrary }), { maxLength: 3 }),
    shippingFrequency: fc.record({ count: fc.nat({ max: 1000 }), per: fc.constantFrom(...ShippingPeriodSchema.options) }),
    cargoTraits: fc.uniqueArray(fc.constantFrom(...CargoTraitSchema.options), { maxLength: 4 }),
    timeRequirement: fc.record(
      {
        level: fc.constantFrom(...TimeRequirementLevelSchema.options),
        maxLeadTimeHours: fc.integer({ min: 1, max: 720 }),
      },
      { requiredKeys: ['level'] },
    ),
    costSensitivity: fc.constantFrom(...CostSensitivitySchema.options),
    cooperationHistory: fc.array(cooperationArbitrary, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/** Options of {@link customerArbitrary}. */
export interface CustomerArbitraryOptions {
  /** The id arbitrary; `C-…` ids by default. */
  readonly id?: fc.Arbitrary<CustomerId>;
  /** The contacts; 0 to 4 by default. */
  readonly contacts?: fc.Arbitrary<readonly Contact[]>;
}

/** A valid customer (the parsed form): every dimension, optional fields present or absent. */
export function customerArbitrary(options: CustomerArbitraryOptions = {}): fc.Arbitrary<Customer> {
  return fc
    .record(
      {
        id: options.id ?? customerIdArbitrary,
        name: textArbitrary,
        address: textArbitrary,
        nature: fc.constantFrom(...CustomerNatureSchema.options),
        industry: fc.constantFrom(...IndustrySchema.options),
        scale: fc.constantFrom(...CustomerScaleSchema.options),
        geography: fc.constantFrom(...GeographySchema.options),
        location: locationArbitrary,
        marketingType: fc.constantFrom(...MarketingTypeSchema.options),
        needsFocus: fc.constantFrom(...NeedsFocusSchema.options),
        supplyChain: fc.oneof(
          fc.record({ supplyChainRole: fc.constantFrom(...SupplyChainRoleSchema.options) }),
          fc.record({ supplyChainRole: fc.constant('wholesaler' as const), wholesalerTier: fc.constantFrom(1 as const, 2 as const) }),
        ),
        contacts: options.contacts ?? fc.array(contactArbitrary, { maxLength: 4 }),
        profile: profileArbitrary,
        dates: fc.tuple(dateArbitrary, dateArbitrary, fc.boolean()),
        target: fc.boolean(),
      },
      { requiredKeys: ['id', 'name', 'nature', 'industry', 'scale', 'geography', 'location', 'contacts', 'dates'] },
    )
    .map(({ supplyChain, dates: [a, b, verified], ...rest }) => {
      const [createdAt, verifiedAt] = a <= b ? [a, b] : [b, a];
      return {
        ...rest,
        ...(supplyChain ?? {}),
        createdAt,
        ...(verified ? { verifiedAt } : {}),
      } as Customer;
    });
}

/** Currencies with different exponents: CNY 2, JPY 0, KWD 3. */
const CURRENCY_EXPONENTS = { CNY: 2, JPY: 0, KWD: 3 } as const;

/** An exact money amount (up to ±10^12 minor units) at the currency's exponent or up to 2 more digits. */
export function moneyArbitrary(currency: keyof typeof CURRENCY_EXPONENTS): fc.Arbitrary<Money> {
  const exponent = CURRENCY_EXPONENTS[currency];
  return fc.record({
    amount: fc.integer({ min: -1e12, max: 1e12 }),
    scale: fc.integer({ min: exponent, max: exponent + 2 }),
    currency: fc.constant(currency),
  });
}

/** Options of {@link transactionArbitrary}. */
export interface TransactionArbitraryOptions {
  /** The customer ids to draw from; any id by default. */
  readonly customerIds?: readonly CustomerId[];
  /** The transaction id arbitrary; `T-…` ids by default. */
  readonly id?: fc.Arbitrary<string>;
}

/** A valid transaction (the parsed form), profit present or absent, in CNY, JPY or KWD. */
export function transactionArbitrary(options: TransactionArbitraryOptions = {}): fc.Arbitrary<Transaction> {
  const ids = options.customerIds;
  return fc
    .constantFrom(...(Object.keys(CURRENCY_EXPONENTS) as (keyof typeof CURRENCY_EXPONENTS)[]))
    .chain((currency) =>
      fc.record(
        {
          id: options.id ?? fc.stringMatching(/^T-\d{1,8}$/),
          customerId: ids !== undefined && ids.length > 0 ? fc.constantFrom(...ids) : customerIdArbitrary,
          date: dateArbitrary,
          revenue: moneyArbitrary(currency),
          profit: moneyArbitrary(currency),
          services: fc.uniqueArray(fc.constantFrom(...ServiceKindSchema.options), { minLength: 1, maxLength: 4 }),
        },
        { requiredKeys: ['id', 'customerId', 'date', 'revenue', 'services'] },
      ),
    ) as fc.Arbitrary<Transaction>;
}
