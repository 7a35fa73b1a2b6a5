import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CustomerSchema, customerToJSON } from '../../src/customer/customer.js';
import { safeParseCustomer, safeParseCustomers, safeParseTransaction, safeParseTransactions } from '../../src/customer/parse.js';
import { TransactionSchema, transactionToJSON } from '../../src/customer/transaction.js';
import { customerId } from '../../src/customer/customer-id.js';
import { customerArbitrary, transactionArbitrary } from './arbitraries.js';

function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('JSON round trip (property)', () => {
  test('parse(serialize(customer)) equals the customer', () => {
    fc.assert(
      fc.property(customerArbitrary(), (customer) => {
        const before = structuredClone(customer);
        expect(safeParseCustomer(throughJson(customerToJSON(customer)))).toEqual({ ok: true, value: customer });
        expect(customer).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  test('a parsed customer is itself valid input and parses to an equal, fresh value', () => {
    fc.assert(
      fc.property(customerArbitrary(), (customer) => {
        const result = CustomerSchema.safeParse(customer);
        expect(result.success && result.data).toEqual(customer);
        expect(result.success && result.data).not.toBe(customer);
      }),
    );
  });

  test('parse(serialize(transaction)) equals the transaction, money exact', () => {
    fc.assert(
      fc.property(transactionArbitrary(), (transaction) => {
        const json = throughJson(transactionToJSON(transaction));
        expect(safeParseTransaction(json)).toEqual({ ok: true, value: transaction });
        expect(TransactionSchema.parse(json)).toEqual(transaction);
        // A parsed transaction is not JSON input: its minor-unit amounts would be misread.
        expect(TransactionSchema.safeParse(transaction).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unknown fields (property)', () => {
  const extraKey = fc.stringMatching(/^x_[a-z]{1,6}$/);

  test('reject reports exactly the extra fields; strip gives the customer back', () => {
    fc.assert(
      fc.property(customerArbitrary(), fc.uniqueArray(extraKey, { minLength: 1, maxLength: 3 }), (customer, keys) => {
        const json = { ...(throughJson(customerToJSON(customer)) as object), ...Object.fromEntries(keys.map((k) => [k, 1])) };
        const rejected = safeParseCustomer(json);
        expect(rejected.ok ? [] : rejected.error.map((e) => [e.code, e.path])).toEqual(keys.map((k) => ['UNKNOWN_FIELD', [k]]));
        expect(safeParseCustomer(json, { unknownKeys: 'strip' })).toEqual({ ok: true, value: customer });
      }),
    );
  });
});

describe('batches (property)', () => {
  test('distinct ids parse to the same customers in the same order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(customerArbitrary(), { maxLength: 8, selector: (c) => c.id }), (customers) => {
        expect(safeParseCustomers(customers.map((c) => throughJson(customerToJSON(c))))).toEqual({ ok: true, value: customers });
      }),
    );
  });

  test('every repeated id is reported once per repetition, with the index of its first occurrence', () => {
    fc.assert(
      fc.property(
        fc.array(customerArbitrary({ id: fc.constantFrom(customerId('C-1'), customerId('C-2'), customerId('C-3')) }), {
          maxLength: 10,
        }),
        (customers) => {
          const result = safeParseCustomers(customers.map(customerToJSON));
          const firstIndex = new Map<string, number>();
          const expected: [number, number][] = [];
          customers.forEach((c, i) => {
            const first = firstIndex.get(c.id);
            if (first === undefined) firstIndex.set(c.id, i);
            else expected.push([first, i]);
          });
          const reported = result.ok ? [] : result.error.map((e) => [e.details['firstIndex'], e.details['index']]);
          expect(reported).toEqual(expected);
          expect(result.ok).toBe(expected.length === 0);
        },
      ),
    );
  });

  test('transactions with distinct ids parse in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(transactionArbitrary(), { maxLength: 8, selector: (t) => t.id }), (transactions) => {
        expect(safeParseTransactions(throughJson(transactions.map(transactionToJSON)))).toEqual({ ok: true, value: transactions });
      }),
    );
  });
});
