import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { safeParseWith } from '../../src/core/zod-issues.js';
import { ContactSchema, PhoneNumberSchema } from '../../src/customer/contact.js';
import { CustomerSchema, customerToJSON } from '../../src/customer/customer.js';
import { customerId, CustomerIdSchema } from '../../src/customer/customer-id.js';
import { CUSTOMER_MESSAGES } from '../../src/customer/messages.js';
import { CooperationRecordSchema, CustomerProfileSchema } from '../../src/customer/profile.js';
import { RecordDateSchema } from '../../src/customer/record-date.js';
import { NonBlankTextSchema } from '../../src/customer/text-field.js';
import { liuzhouAutoParts, mrZhang, thrownBy } from './fixtures.js';

function errorsOf(result: ReturnType<typeof safeParseWith>): readonly (readonly unknown[])[] {
  if (result.ok) throw new Error('expected a failure');
  return result.error.map((e) => [e.code, e.path, renderError(e, 'en'), renderError(e, 'zh-CN')]);
}

describe('customerId', () => {
  test('brands a non-empty string without changing it', () => {
    expect(customerId('C-001')).toBe('C-001');
    expect(CustomerIdSchema.parse('C-001')).toBe('C-001');
  });

  test('throws on an empty id, with the exported message', () => {
    expect(() => customerId('')).toThrow(CUSTOMER_MESSAGES.EMPTY_CUSTOMER_ID);
    const error = thrownBy(() => customerId(''));
    expect(error).toBeInstanceOf(LogisticsCustomerError);
    expect(error).toMatchObject({ code: 'EMPTY_CUSTOMER_ID', details: { received: '' } });
  });
});

describe('RecordDateSchema', () => {
  test('an ISO-8601 string with offset becomes the same instant', () => {
    expect(RecordDateSchema.parse('2026-03-31T08:00:00+08:00')).toEqual(new Date('2026-03-31T00:00:00Z'));
    expect(RecordDateSchema.parse('2026-03-31T00:00:00.123Z')).toEqual(new Date(Date.UTC(2026, 2, 31, 0, 0, 0, 123)));
  });

  test('a Date is copied, never aliased', () => {
    const input = new Date('2026-03-31T00:00:00Z');
    const out = RecordDateSchema.parse(input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
  });

  test.each([
    ['no offset', '2026-03-31T08:00:00', '"2026-03-31T08:00:00"'],
    ['date only', '2026-03-31', '"2026-03-31"'],
    ['impossible day', '2026-02-30T00:00:00Z', '"2026-02-30T00:00:00Z"'],
    ['not a date', 'yesterday', '"yesterday"'],
    ['Invalid Date', new Date('nope'), 'Invalid Date'],
    ['a number', 1774915200000, 'number'],
    ['null', null, 'null'],
  ])('rejects %s with INVALID_DATE in both locales', (_name, input, received) => {
    const result = safeParseWith(RecordDateSchema, input);
    expect(result).toEqual({
      ok: false,
      error: [
        {
          code: 'INVALID_DATE',
          message:
            'invalid date: expected a valid Date or an ISO-8601 date-time with a UTC offset, e.g. 2026-03-31T08:00:00+08:00',
          messages: {
            'zh-CN': '日期无效：应为有效的 Date，或带时区偏移的 ISO-8601 日期时间（例如 2026-03-31T08:00:00+08:00）',
            en: 'invalid date: expected a valid Date or an ISO-8601 date-time with a UTC offset, e.g. 2026-03-31T08:00:00+08:00',
          },
          path: [],
          details: { received },
        },
      ],
    });
  });
});

describe('text, phone and contact fields', () => {
  test('blank text is rejected with BLANK_TEXT, text is kept exactly as given', () => {
    expect(NonBlankTextSchema.parse(' 物流部 ')).toBe(' 物流部 ');
    expect(errorsOf(safeParseWith(NonBlankTextSchema, ' \t'))).toEqual([
      ['BLANK_TEXT', [], 'must not be empty or only whitespace', '不能为空或只含空白'],
    ]);
  });

  test.each(['0771-1234567', '+86 138 0000 0000', '(0771) 123 4567', '13800000000'])('accepts the phone %s', (phone) => {
    expect(PhoneNumberSchema.parse(phone)).toBe(phone);
  });

  test.each(['1234', 'call me', '138-0000-000a', '+123456789012345678901'])('rejects the phone %s', (phone) => {
    const result = safeParseWith(PhoneNumberSchema, phone);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.code).toBe('INVALID_PHONE');
    expect(result.error[0]?.messages['zh-CN']).toContain('电话号码无效');
  });

  test('a contact reports every bad field with its path', () => {
    expect(errorsOf(safeParseWith(ContactSchema, { name: '', phone: 'x', email: 'not-an-email', decisionMaker: 'yes' }))).toEqual([
      ['BLANK_TEXT', ['name'], 'name: must not be empty or only whitespace', 'name: 不能为空或只含空白'],
      [
        'INVALID_PHONE',
        ['phone'],
        'phone: invalid phone number: expected 5 to 20 digits, optionally with a leading +, spaces, hyphens or brackets (e.g. 0771-1234567, +86 138 0000 0000)',
        'phone: 电话号码无效：应为 5 到 20 位数字，可含开头的 +、空格、连字符或括号（例如 0771-1234567、+86 138 0000 0000）',
      ],
      ['INVALID_INPUT', ['email'], 'email: Invalid email address', 'email: 无效电子邮件'],
      [
        'INVALID_INPUT',
        ['decisionMaker'],
        'decisionMaker: Invalid input: expected boolean, received string',
        'decisionMaker: 无效输入：期望 boolean，实际接收 string',
      ],
    ]);
  });
});

describe('CustomerProfileSchema', () => {
  test('parses the textbook profile: flows, frequency, traits, time, cost, history', () => {
    const profile = CustomerProfileSchema.parse(liuzhouAutoParts()['profile']);
    expect(profile.cargoFlows).toEqual([
      { origin: '柳州', destination: '广州' },
      { origin: '柳州', destination: '重庆' },
    ]);
    expect(profile.shippingFrequency).toEqual({ count: 12, per: 'week' });
    expect(profile.cooperationHistory?.[0]?.since).toEqual(new Date('2023-03-31T16:00:00Z'));
  });

  test('repeated cargo traits are reported at their index, not merged', () => {
    expect(errorsOf(safeParseWith(CustomerProfileSchema, { cargoTraits: ['fragile', 'bulky', 'fragile'] }))).toEqual([
      [
        'DUPLICATE_CARGO_TRAIT',
        ['cargoTraits', 2],
        'cargoTraits[2]: duplicate cargo trait: "fragile" already appears at index 0',
        'cargoTraits[2]: 货物特性重复：「fragile」已在索引 0 处出现',
      ],
    ]);
  });

  test('a shipping frequency is a whole, non-negative count per known period', () => {
    const result = safeParseWith(CustomerProfileSchema, { shippingFrequency: { count: 2.5, per: 'fortnight' } });
    expect(result.ok ? [] : result.error.map((e) => e.path)).toEqual([
      ['shippingFrequency', 'count'],
      ['shippingFrequency', 'per'],
    ]);
  });

  test('a cooperation cannot end before it starts', () => {
    expect(
      errorsOf(
        safeParseWith(CooperationRecordSchema, {
          provider: '某物流公司',
          since: '2024-06-01T00:00:00Z',
          until: '2024-01-01T00:00:00Z',
        }),
      ),
    ).toEqual([['PERIOD_REVERSED', ['until'], 'until: the cooperation ends before it starts', 'until: 合作结束日期早于开始日期']]);
  });
});

describe('CustomerSchema', () => {
  test('parses the textbook customer 柳州汽配 with every dimension', () => {
    const c = CustomerSchema.parse(liuzhouAutoParts());
    expect(c.id).toBe('C-001');
    expect([c.nature, c.industry, c.scale, c.geography, c.marketingType, c.needsFocus, c.supplyChainRole]).toEqual([
      'organization',
      'manufacturing',
      'large',
      'domestic',
      'personalized',
      'time',
      'manufacturer',
    ]);
    expect(c.location).toEqual({ kind: 'external', visibility: 'explicit' });
    expect(c.contacts).toHaveLength(3);
    expect(c.createdAt).toEqual(new Date('2023-03-15T01:30:00Z'));
    expect(c.verifiedAt).toEqual(new Date('2026-01-10T02:00:00Z'));
    expect(c.target).toBe(true);
  });

  test('optional fields stay absent (not undefined) when not given', () => {
    const c = CustomerSchema.parse(mrZhang());
    expect(Object.keys(c).sort()).toEqual(
      ['contacts', 'createdAt', 'geography', 'id', 'industry', 'location', 'name', 'nature', 'scale'].sort(),
    );
  });

  test('the parsed customer is frozen and does not alias the input', () => {
    const input = liuzhouAutoParts();
    const c = CustomerSchema.parse(input);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.contacts)).toBe(true);
    expect(Object.isFrozen(c.contacts[0])).toBe(true);
    expect(c.contacts).not.toBe(input['contacts']);
  });

  test('an internal customer with its relation type (内部客户)', () => {
    const c = CustomerSchema.parse({ ...mrZhang(), location: { kind: 'internal', relation: 'process-chain' } });
    expect(c.location).toEqual({ kind: 'internal', relation: 'process-chain' });
  });

  test('a wholesaler may have a tier (一级/二级批发商); anyone else may not', () => {
    const tier1 = CustomerSchema.parse({ ...mrZhang(), supplyChainRole: 'wholesaler', wholesalerTier: 1 });
    expect(tier1.wholesalerTier).toBe(1);
    expect(errorsOf(safeParseWith(CustomerSchema, { ...mrZhang(), supplyChainRole: 'retailer', wholesalerTier: 2 }))).toEqual([
      [
        'TIER_WITHOUT_WHOLESALER',
        ['wholesalerTier'],
        'wholesalerTier: only a wholesaler has a wholesaler tier (supplyChainRole must be wholesaler)',
        'wholesalerTier: 只有批发商才有批发层级（supplyChainRole 应为 wholesaler）',
      ],
    ]);
  });

  test('a record cannot be verified before it was created', () => {
    const result = safeParseWith(CustomerSchema, { ...mrZhang(), verifiedAt: '2025-10-31T23:59:59Z' });
    expect(result).toMatchObject({
      ok: false,
      error: [
        {
          code: 'VERIFIED_BEFORE_CREATED',
          path: ['verifiedAt'],
          messages: { 'zh-CN': '核实日期早于建档日期', en: 'the record is verified before it was created' },
          details: { createdAt: '2025-11-01T00:00:00.000Z', verifiedAt: '2025-10-31T23:59:59.000Z' },
        },
      ],
    });
  });

  test('malformed data returns every issue with its path, in both locales', () => {
    const bad = {
      ...liuzhouAutoParts(),
      id: '',
      nature: 'company',
      location: { kind: 'external' },
      contacts: [{ name: '王经理' }, { name: ' ', phone: '12' }],
      createdAt: '2023-03-15',
      target: 'yes',
    };
    const rows = errorsOf(safeParseWith(CustomerSchema, bad));
    expect(rows.map(([code, path]) => [code, path])).toEqual([
      ['INVALID_INPUT', ['id']],
      ['INVALID_INPUT', ['nature']],
      ['INVALID_INPUT', ['location', 'visibility']],
      ['BLANK_TEXT', ['contacts', 1, 'name']],
      ['INVALID_PHONE', ['contacts', 1, 'phone']],
      ['INVALID_DATE', ['createdAt']],
      ['INVALID_INPUT', ['target']],
    ]);
    expect(rows[0]?.slice(2)).toEqual([
      'id: Too small: expected string to have >=1 characters',
      'id: 数值过小：期望 string >=1 字符',
    ]);
    expect(rows[1]?.slice(2)).toEqual([
      'nature: Invalid option: expected one of "individual"|"organization"',
      'nature: 无效选项：期望以下之一 "individual"|"organization"',
    ]);
  });

  test('a missing required field is reported', () => {
    const { industry: _industry, ...rest } = mrZhang();
    const result = safeParseWith(CustomerSchema, rest);
    expect(result.ok ? [] : result.error.map((e) => [e.code, e.path, e.messages.en])).toEqual([
      ['INVALID_INPUT', ['industry'], 'Invalid option: expected one of "manufacturing"|"e-commerce"|"fmcg"|"pharma"|"cross-border"|"other"'],
    ]);
  });

  test('customerToJSON writes dates as ISO strings and parses back to an equal customer', () => {
    const c = CustomerSchema.parse(liuzhouAutoParts());
    const json = customerToJSON(c);
    expect(json.createdAt).toBe('2023-03-15T01:30:00.000Z');
    expect(CustomerSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(c);
    expect(c.createdAt).toEqual(new Date('2023-03-15T01:30:00Z'));
  });
});
