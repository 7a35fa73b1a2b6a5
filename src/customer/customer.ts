import * as z from 'zod/mini';
import { text } from '../core/locale.js';
import { customIssue } from '../core/zod-issues.js';
import { ContactSchema } from './contact.js';
import { CustomerIdSchema } from './customer-id.js';
import { GeographySchema } from './geography.js';
import { IndustrySchema } from './industry.js';
import { LocationSchema } from './location.js';
import { MarketingTypeSchema } from './marketing-type.js';
import { CustomerNatureSchema } from './nature.js';
import { NeedsFocusSchema } from './needs-focus.js';
import { CustomerProfileSchema } from './profile.js';
import { RecordDateSchema } from './record-date.js';
import { CustomerScaleSchema } from './scale.js';
import { SupplyChainRoleSchema, WholesalerTierSchema } from './supply-chain-role.js';
import { NonBlankTextSchema } from './text-field.js';

const VERIFIED_BEFORE_CREATED = text('核实日期早于建档日期', 'the record is verified before it was created');
const TIER_WITHOUT_WHOLESALER = text(
  '只有批发商才有批发层级（supplyChainRole 应为 wholesaler）',
  'only a wholesaler has a wholesaler tier (supplyChainRole must be wholesaler)',
);

/**
 * The schema of a logistics customer (物流客户, DOMAIN.md §1): the party that receives logistics
 * services and pays for them, known by name and profile, classified along the independent
 * dimensions of DOMAIN.md §2 (nature, industry, scale, geography, location, and optionally
 * marketing type, needs focus and supply-chain role). Dates accept a `Date` or an ISO-8601 string
 * with offset and come out as `Date`s. Unknown fields are rejected here; `safeParseCustomer`
 * can strip them on request. Cross-field checks: `verifiedAt` not before `createdAt`
 * (`VERIFIED_BEFORE_CREATED`), `wholesalerTier` only for a wholesaler (`TIER_WITHOUT_WHOLESALER`).
 *
 * @example
 * ```ts
 * import { CustomerSchema } from 'logistics-customer/customer';
 * const c = CustomerSchema.parse({
 *   id: 'C-001',
 *   name: '柳州汽配有限公司',
 *   nature: 'organization',
 *   industry: 'manufacturing',
 *   scale: 'large',
 *   geography: 'domestic',
 *   location: { kind: 'external', visibility: 'explicit' },
 *   contacts: [{ name: '王经理', phone: '0772-1234567' }],
 *   createdAt: '2025-01-06T09:00:00+08:00',
 * });
 * c.createdAt;
 * // => new Date('2025-01-06T01:00:00Z')
 * ```
 * @category Customer
 */
export const CustomerSchema = z.readonly(
  z
    .strictObject({
      /** The customer's id (客户编号). */
      id: CustomerIdSchema,
      /** The name on record: a company name or a person's name. */
      name: NonBlankTextSchema,
      /** The address on record. */
      address: z.exactOptional(NonBlankTextSchema),
      /** 个体型 or 组织型. */
      nature: CustomerNatureSchema,
      /** The industry (行业). */
      industry: IndustrySchema,
      /** The size of the business (规模). */
      scale: CustomerScaleSchema,
      /** Where it is relative to the firm (地理位置). */
      geography: GeographySchema,
      /** Internal or external (位置). */
      location: LocationSchema,
      /** The marketing type (营销角度), when known. */
      marketingType: z.exactOptional(MarketingTypeSchema),
      /** What its needs centre on (客户需求), when known. */
      needsFocus: z.exactOptional(NeedsFocusSchema),
      /** Where it sits along the supply chain, when known. */
      supplyChainRole: z.exactOptional(SupplyChainRoleSchema),
      /** 1 or 2, for a wholesaler only. */
      wholesalerTier: z.exactOptional(WholesalerTierSchema),
      /** The contact people (联系人); may be empty. */
      contacts: z.readonly(z.array(ContactSchema)),
      /** The business profile, when collected. */
      profile: z.exactOptional(CustomerProfileSchema),
      /** When the record was created (建档). */
      createdAt: RecordDateSchema,
      /** When the record was last verified (核实), if ever. */
      verifiedAt: z.exactOptional(RecordDateSchema),
      /** Whether the firm wants a relationship with this customer this year (目标客户). */
      target: z.exactOptional(z.boolean()),
    })
    .check(
      z.superRefine((customer, ctx) => {
        if (customer.verifiedAt !== undefined && customer.verifiedAt < customer.createdAt) {
          ctx.addIssue({
            code: 'custom',
            path: ['verifiedAt'],
            message: VERIFIED_BEFORE_CREATED.en,
            params: customIssue('VERIFIED_BEFORE_CREATED', VERIFIED_BEFORE_CREATED, {
              createdAt: customer.createdAt.toISOString(),
              verifiedAt: customer.verifiedAt.toISOString(),
            }),
          });
        }
        if (customer.wholesalerTier !== undefined && customer.supplyChainRole !== 'wholesaler') {
          ctx.addIssue({
            code: 'custom',
            path: ['wholesalerTier'],
            message: TIER_WITHOUT_WHOLESALER.en,
            params: customIssue('TIER_WITHOUT_WHOLESALER', TIER_WITHOUT_WHOLESALER, {
              supplyChainRole: customer.supplyChainRole ?? null,
            }),
          });
        }
      }),
    ),
);

/**
 * A logistics customer (物流客户), as parsed by {@link CustomerSchema}.
 *
 * @category Customer
 */
export type Customer = z.infer<typeof CustomerSchema>;

/**
 * What {@link CustomerSchema} accepts: a customer with its dates as `Date`s or ISO-8601 strings
 * with offset.
 *
 * @category Customer
 */
export type CustomerInput = z.input<typeof CustomerSchema>;

/**
 * Serializes a customer to plain JSON data (dates as ISO-8601 UTC strings) that
 * {@link CustomerSchema} parses back to an equal customer.
 *
 * @param customer - The customer.
 * @returns A new plain object; the customer is not changed.
 *
 * @example
 * ```ts
 * import { CustomerSchema, customerToJSON } from 'logistics-customer/customer';
 * const c = CustomerSchema.parse({
 *   id: 'C-002', name: '张先生', nature: 'individual', industry: 'other', scale: 'micro',
 *   geography: 'local', location: { kind: 'external', visibility: 'implicit' }, contacts: [],
 *   createdAt: new Date('2026-01-05T00:00:00Z'),
 * });
 * customerToJSON(c).createdAt;
 * // => '2026-01-05T00:00:00.000Z'
 * ```
 * @category Customer
 */
export function customerToJSON(customer: Customer): CustomerInput {
  // A customer holds only strings, numbers, booleans, arrays, plain objects and Dates, and a
  // Date serializes to its ISO-8601 UTC string: JSON round-tripping is exact.
  return JSON.parse(JSON.stringify(customer)) as CustomerInput;
}
