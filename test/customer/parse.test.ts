import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { CUSTOMER_MESSAGES } from '../../src/customer/messages.js';
import {
  parseCustomer,
  parseTransaction,
  safeParseCustomer,
  safeParseCustomers,
  safeParseTransaction,
  safeParseTransactions,
} from '../../src/customer/parse.js';
import { freightTransaction, liuzhouAutoParts, mrZhang, thrownBy } from './fixtures.js';

function withExtras(): Record<string, unknown> {
  const input = liuzhouAutoParts();
  const contacts = input['contacts'] as Record<string, unknown>[];
  const profile = input['profile'] as Record<string, unknown>;
  return {
    ...input,
    fax: '0772-7654321',
    location: { kind: 'external', visibility: 'explicit', region: '华南' },
    contacts: [{ ...contacts[0], wechat: 'wang_lz' }, ...contacts.slice(1)],
    profile: { ...profile, shippingFrequency: { count: 12, per: 'week', peak: 'Q4' }, notes: '重点客户' },
  };
}

describe('safeParseCustomer: unknown fields', () => {
  test('are reported by default, one UNKNOWN_FIELD per field with its full path, in both locales', () => {
    const result = safeParseCustomer(withExtras());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => [e.code, e.path])).toEqual([
      ['UNKNOWN_FIELD', ['location', 'region']],
      ['UNKNOWN_FIELD', ['contacts', 0, 'wechat']],
      ['UNKNOWN_FIELD', ['profile', 'shippingFrequency', 'peak']],
      ['UNKNOWN_FIELD', ['profile', 'notes']],
      ['UNKNOWN_FIELD', ['fax']],
    ]);
    expect(renderError(result.error[4]!, 'en')).toBe(`fax: unknown field "fax" (pass { unknownKeys: 'strip' } to drop unknown fields)`);
    expect(renderError(result.error[4]!, 'zh-CN')).toBe(`fax: 未知字段「fax」（如需删除未知字段，请传入 { unknownKeys: 'strip' }）`);
    expect(result.error[4]?.details).toEqual({ field: 'fax' });
  });

  test('reject is the same as the default', () => {
    expect(safeParseCustomer(withExtras(), { unknownKeys: 'reject' })).toEqual(safeParseCustomer(withExtras()));
  });

  test('are dropped, at every depth, when stripping is asked for explicitly', () => {
    const input = withExtras();
    const before = structuredClone(input);
    const result = safeParseCustomer(input, { unknownKeys: 'strip' });
    expect(result).toEqual(safeParseCustomer(liuzhouAutoParts()));
    expect(result.ok).toBe(true);
    expect(input).toEqual(before);
  });

  test('stripping does not hide other problems', () => {
    const result = safeParseCustomer({ ...withExtras(), scale: 'giant' }, { unknownKeys: 'strip' });
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.path])).toEqual([['INVALID_INPUT', ['scale']]]);
  });

  test('a non-object input is one error at the root', () => {
    const result = safeParseCustomer('C-001');
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.path, e.messages.en])).toEqual([
      ['INVALID_INPUT', [], 'Invalid input: expected object, received string'],
    ]);
  });
});

describe('parseCustomer (trusted input)', () => {
  test('returns the customer', () => {
    expect(parseCustomer(mrZhang()).name).toBe('张先生');
  });

  test('throws INVALID_CUSTOMER listing every problem, with the errors as details', () => {
    const error = thrownBy(() => parseCustomer({ ...mrZhang(), name: '', fax: '1' }));
    expect(error).toBeInstanceOf(LogisticsCustomerError);
    expect(error).toMatchObject({
      code: 'INVALID_CUSTOMER',
      message: `${CUSTOMER_MESSAGES.INVALID_CUSTOMER} name: must not be empty or only whitespace; fax: unknown field "fax" (pass { unknownKeys: 'strip' } to drop unknown fields)`,
    });
    expect((error as LogisticsCustomerError).details['errors']).toHaveLength(2);
  });

  test('strips on request', () => {
    expect(parseCustomer({ ...mrZhang(), fax: '1' }, { unknownKeys: 'strip' })).toEqual(parseCustomer(mrZhang()));
  });
});

describe('safeParseCustomers (batch)', () => {
  test('returns every customer in input order', () => {
    const result = safeParseCustomers([liuzhouAutoParts(), mrZhang()]);
    expect(result.ok ? result.value.map((c) => c.id) : []).toEqual(['C-001', 'C-002']);
  });

  test('an empty batch is an empty list', () => {
    expect(safeParseCustomers([])).toEqual({ ok: true, value: [] });
  });

  test('every issue has its path starting with the record index', () => {
    const result = safeParseCustomers([
      mrZhang(),
      { ...liuzhouAutoParts(), id: 'C-003', contacts: [{ name: '王经理', phone: '12' }] },
      { ...mrZhang(), id: 'C-004', createdAt: '2025-11-01', extra: 1 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_PHONE', [1, 'contacts', 0, 'phone']],
      ['INVALID_DATE', [2, 'createdAt']],
      ['UNKNOWN_FIELD', [2, 'extra']],
    ]);
    expect(renderError(result.error[0]!, 'zh-CN')).toMatch(/^\[1\]\.contacts\[0\]\.phone: 电话号码无效/u);
  });

  test('duplicate ids are reported with both indexes, never merged', () => {
    const result = safeParseCustomers([
      liuzhouAutoParts(),
      mrZhang(),
      { ...mrZhang(), name: '张先生（重复录入）' },
      { ...liuzhouAutoParts(), name: '柳州汽配（旧档）' },
      { ...mrZhang(), id: 'C-002' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => [e.code, e.path, e.details])).toEqual([
      ['DUPLICATE_CUSTOMER_ID', [2, 'id'], { id: 'C-002', firstIndex: 1, index: 2 }],
      ['DUPLICATE_CUSTOMER_ID', [3, 'id'], { id: 'C-001', firstIndex: 0, index: 3 }],
      ['DUPLICATE_CUSTOMER_ID', [4, 'id'], { id: 'C-002', firstIndex: 1, index: 4 }],
    ]);
    expect(result.error[0]?.messages).toEqual({
      'zh-CN': '客户编号「C-002」重复：索引 1 与索引 2',
      en: 'duplicate customer id "C-002" at indexes 1 and 2',
    });
  });

  test('duplicates are found even when the records are otherwise invalid', () => {
    const result = safeParseCustomers([{ ...mrZhang(), scale: 'x' }, { ...mrZhang(), name: '' }]);
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_INPUT', [0, 'scale']],
      ['BLANK_TEXT', [1, 'name']],
      ['DUPLICATE_CUSTOMER_ID', [1, 'id']],
    ]);
  });

  test('unknown fields follow the option in a batch too', () => {
    const inputs = [{ ...mrZhang(), fax: '1' }, liuzhouAutoParts()];
    expect(safeParseCustomers(inputs, { unknownKeys: 'strip' })).toEqual(safeParseCustomers([mrZhang(), liuzhouAutoParts()]));
    const rejected = safeParseCustomers(inputs);
    expect(rejected.ok ? [] : rejected.error.map((e) => e.path)).toEqual([[0, 'fax']]);
  });

  test('a non-array input is NOT_AN_ARRAY', () => {
    expect(safeParseCustomers({ 0: mrZhang() })).toEqual({
      ok: false,
      error: [
        {
          code: 'NOT_AN_ARRAY',
          message: 'expected an array of records',
          messages: { 'zh-CN': '应为记录数组', en: 'expected an array of records' },
          path: [],
          details: { received: 'object' },
        },
      ],
    });
    expect(safeParseCustomers(null)).toMatchObject({ ok: false, error: [{ details: { received: 'null' } }] });
  });

  test('the inputs are not mutated', () => {
    const inputs = [withExtras(), mrZhang(), { ...mrZhang() }];
    const before = structuredClone(inputs);
    safeParseCustomers(inputs);
    safeParseCustomers(inputs, { unknownKeys: 'strip' });
    expect(inputs).toEqual(before);
  });
});

describe('transactions', () => {
  test('parseTransaction reads exact money and the date', () => {
    const t = parseTransaction(freightTransaction());
    expect(t.revenue).toEqual({ amount: 1280000, scale: 2, currency: 'CNY' });
    expect(t.profit).toEqual({ amount: 153650, scale: 2, currency: 'CNY' });
    expect(t.date).toEqual(new Date('2026-03-02T02:00:00Z'));
    expect(t.services).toEqual(['transport', 'warehousing']);
  });

  test('parseTransaction throws INVALID_TRANSACTION for bad input', () => {
    const error = thrownBy(() => parseTransaction({ ...freightTransaction(), services: [] }));
    expect(error).toBeInstanceOf(LogisticsCustomerError);
    expect(error).toMatchObject({ code: 'INVALID_TRANSACTION' });
    expect((error as Error).message.startsWith(CUSTOMER_MESSAGES.INVALID_TRANSACTION)).toBe(true);
  });

  test('bad money, dates and services are reported with paths, in both locales', () => {
    const result = safeParseTransaction({
      ...freightTransaction(),
      customerId: '',
      revenue: { amount: '12800.001', currency: 'CNY' },
      profit: { amount: 'lots', currency: 'CNY' },
      services: ['transport', 'teleport', 'transport'],
      date: 'last Monday',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => [e.code, e.path])).toEqual([
      ['INVALID_INPUT', ['customerId']],
      ['INVALID_DATE', ['date']],
      ['TOO_MANY_DECIMALS', ['revenue', 'amount']],
      ['INVALID_AMOUNT', ['profit', 'amount']],
      ['INVALID_INPUT', ['services', 1]],
    ]);
    for (const e of result.error) {
      expect(e.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/u);
      expect(e.messages.en).toMatch(/[a-z]/u);
    }
  });

  test('repeated services are reported once the list is otherwise valid', () => {
    const result = safeParseTransaction({ ...freightTransaction(), services: ['transport', 'packaging', 'transport'] });
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.path, e.messages['zh-CN']])).toEqual([
      ['DUPLICATE_SERVICE', ['services', 2], '服务项目重复：「transport」已在索引 0 处出现'],
    ]);
  });

  test('a number amount is refused: it would be ambiguous with minor units', () => {
    const t = parseTransaction(freightTransaction());
    const result = safeParseTransaction({ ...freightTransaction(), revenue: t.revenue });
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.path, e.messages['zh-CN']])).toEqual([
      [
        'AMOUNT_NOT_STRING',
        ['revenue', 'amount'],
        '金额应为十进制字符串（例如 "12800.00"）：数字形式的金额可能与最小货币单位（分）混淆',
      ],
    ]);
  });

  test('a profit in another currency than the revenue is refused', () => {
    const result = safeParseTransaction({ ...freightTransaction(), profit: { amount: '100', currency: 'USD' } });
    expect(result).toMatchObject({
      ok: false,
      error: [
        {
          code: 'PROFIT_CURRENCY_MISMATCH',
          path: ['profit', 'currency'],
          messages: { 'zh-CN': '利润与收入的币种必须相同', en: 'the profit must be in the currency of the revenue' },
          details: { expected: 'CNY', received: 'USD' },
        },
      ],
    });
  });

  test('unknown fields inside money are reported or stripped like any other', () => {
    const input = { ...freightTransaction(), revenue: { amount: '12800.00', currency: 'CNY', note: '含税' } };
    const rejected = safeParseTransaction(input);
    expect(rejected.ok ? [] : rejected.error.map((e) => [e.code, e.path])).toEqual([['UNKNOWN_FIELD', ['revenue', 'note']]]);
    expect(safeParseTransaction(input, { unknownKeys: 'strip' })).toEqual(safeParseTransaction(freightTransaction()));
  });

  test('a negative revenue (a credit note) is allowed; an unknown currency is not', () => {
    const { profit: _profit, ...withoutProfit } = freightTransaction();
    const credit = parseTransaction({ ...withoutProfit, revenue: { amount: '-200.00', currency: 'CNY' } });
    expect(credit.revenue).toEqual({ amount: -20000, scale: 2, currency: 'CNY' });
    expect('profit' in credit).toBe(false);
    const result = safeParseTransaction({ ...freightTransaction(), revenue: { amount: '1', currency: 'RMB' } });
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.path])).toEqual([['UNKNOWN_CURRENCY', ['revenue', 'currency']]]);
  });

  test('an optional field given as undefined is refused: absent and undefined are not the same', () => {
    const result = safeParseTransaction({ ...freightTransaction(), profit: undefined });
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.path])).toEqual([['INVALID_INPUT', ['profit']]]);
  });

  test('safeParseTransactions reports duplicate transaction ids with both indexes', () => {
    const result = safeParseTransactions([freightTransaction(), { ...freightTransaction(), id: 'T-0002' }, freightTransaction()]);
    expect(result).toMatchObject({
      ok: false,
      error: [
        {
          code: 'DUPLICATE_TRANSACTION_ID',
          path: [2, 'id'],
          details: { id: 'T-0001', firstIndex: 0, index: 2 },
          messages: { 'zh-CN': '交易编号「T-0001」重复：索引 0 与索引 2', en: 'duplicate transaction id "T-0001" at indexes 0 and 2' },
        },
      ],
    });
    expect(safeParseTransactions([freightTransaction(), { ...freightTransaction(), id: 'T-0002' }])).toMatchObject({
      ok: true,
      value: [{ id: 'T-0001' }, { id: 'T-0002' }],
    });
  });

  test('the inputs are not mutated', () => {
    const inputs = [freightTransaction(), { ...freightTransaction(), id: 'T-9', extra: true }];
    const before = structuredClone(inputs);
    safeParseTransactions(inputs, { unknownKeys: 'strip' });
    expect(inputs).toEqual(before);
  });
});
