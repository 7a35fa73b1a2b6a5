import { expectTypeOf, test } from 'vitest';
import type { Money } from '../../src/core/money/money.js';
import type { Contact } from '../../src/customer/contact.js';
import type { Customer, CustomerInput } from '../../src/customer/customer.js';
import { type CustomerId, customerId } from '../../src/customer/customer-id.js';
import type { Industry } from '../../src/customer/industry.js';
import type { Location } from '../../src/customer/location.js';
import { safeParseCustomer, safeParseCustomers } from '../../src/customer/parse.js';
import type { ServiceKind } from '../../src/customer/service-kind.js';
import type { Transaction } from '../../src/customer/transaction.js';
import type { DomainError } from '../../src/core/domain-error.js';
import type { Result } from '../../src/core/result.js';

declare const customer: Customer;
declare const transaction: Transaction;

test('CustomerId is branded: a plain string does not assign, the helper and the schema brand it', () => {
  // @ts-expect-error a plain string is not a CustomerId
  const plain: CustomerId = 'C-001';
  void plain;
  const branded: CustomerId = customerId('C-001');
  expectTypeOf(branded).toExtend<string>();
  expectTypeOf<string>().not.toExtend<CustomerId>();
  expectTypeOf(customer.id).toEqualTypeOf<CustomerId>();
  expectTypeOf(transaction.customerId).toEqualTypeOf<CustomerId>();
  // @ts-expect-error a transaction id is not a customer id
  const wrong: CustomerId = transaction.id;
  void wrong;
});

test('dimensions are literal unions', () => {
  expectTypeOf<Industry>().toEqualTypeOf<'manufacturing' | 'e-commerce' | 'fmcg' | 'pharma' | 'cross-border' | 'other'>();
  expectTypeOf(customer.nature).toEqualTypeOf<'individual' | 'organization'>();
  expectTypeOf(customer.marketingType).toEqualTypeOf<'economic' | 'ethical' | 'personalized' | 'convenience' | undefined>();
  expectTypeOf<Location>().toEqualTypeOf<
    | { readonly kind: 'external'; readonly visibility: 'explicit' | 'implicit' }
    | { readonly kind: 'internal'; readonly relation: 'horizontal-support' | 'process-chain' | 'team-cooperation' }
  >();
  expectTypeOf(transaction.services).toEqualTypeOf<readonly ServiceKind[]>();
});

test('records are readonly all the way down', () => {
  // @ts-expect-error fields are readonly
  customer.name = '新名称';
  // @ts-expect-error lists are readonly
  customer.contacts.push({ name: '新联系人' });
  const contact: Contact = { name: '王经理' };
  // @ts-expect-error contacts are readonly
  contact.name = '李经理';
  // @ts-expect-error the profile is readonly
  customer.profile!.cargoTraits = [];
});

test('optional fields are exactly optional: absent, not undefined', () => {
  expectTypeOf(customer.verifiedAt).toEqualTypeOf<Date | undefined>();
  const base: Omit<Customer, 'verifiedAt'> = customer;
  // @ts-expect-error undefined is not a value of an exactly-optional field
  const withUndefined: Customer = { ...base, verifiedAt: undefined };
  void withUndefined;
});

test('money fields are Money, dates are Dates; input accepts ISO strings', () => {
  expectTypeOf(transaction.revenue).toEqualTypeOf<Money>();
  expectTypeOf(transaction.profit).toEqualTypeOf<Money | undefined>();
  expectTypeOf(customer.createdAt).toEqualTypeOf<Date>();
  expectTypeOf<CustomerInput['createdAt']>().toEqualTypeOf<Date | string>();
});

test('parsing returns Results of readonly DomainError lists', () => {
  expectTypeOf(safeParseCustomer).returns.toEqualTypeOf<Result<Customer, readonly DomainError[]>>();
  expectTypeOf(safeParseCustomers).returns.toEqualTypeOf<Result<readonly Customer[], readonly DomainError[]>>();
  // @ts-expect-error only 'reject' and 'strip' are policies
  safeParseCustomer({}, { unknownKeys: 'keep' });
});
