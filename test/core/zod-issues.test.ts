import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { renderError } from '../../src/core/domain-error.js';
import { text } from '../../src/core/locale.js';
import { customIssue, safeParseWith, zodIssueToError } from '../../src/core/zod-issues.js';

const Contact = z.strictObject({
  name: z.string().min(1),
  phone: z.string().regex(/^\d{11}$/),
  role: z.enum(['buyer', 'manager']),
});
const Customer = z
  .strictObject({ id: z.string(), contacts: z.array(Contact), employees: z.number().int().nonnegative() })
  .superRefine((c, ctx) => {
    if (c.contacts.length < 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'at least one contact is needed',
        path: ['contacts'],
        params: customIssue('NO_CONTACT', text('至少需要一位联系人', 'at least one contact is needed'), { min: 1 }),
      });
    }
  });

describe('safeParseWith', () => {
  test('returns the parsed value on success', () => {
    const input = { id: 'c1', contacts: [{ name: '王经理', phone: '13800000000', role: 'manager' }], employees: 10 };
    expect(safeParseWith(Customer, input)).toEqual({ ok: true, value: input });
  });

  test('returns every issue with its path, renderable in both locales', () => {
    const result = safeParseWith(Customer, {
      id: 7,
      contacts: [{ name: '', phone: '123', role: 'boss' }],
      employees: -1,
      extra: true,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const rendered = result.error.map((e) => [e.code, renderError(e, 'en'), renderError(e, 'zh-CN')]);
    expect(rendered).toEqual([
      ['INVALID_INPUT', 'id: Invalid input: expected string, received number', 'id: 无效输入：期望 string，实际接收 数字'],
      ['INVALID_INPUT', 'contacts[0].name: Too small: expected string to have >=1 characters', 'contacts[0].name: 数值过小：期望 string >=1 字符'],
      ['INVALID_INPUT', 'contacts[0].phone: Invalid string: must match pattern /^\\d{11}$/', 'contacts[0].phone: 无效字符串：必须满足正则表达式 /^\\d{11}$/'],
      ['INVALID_INPUT', 'contacts[0].role: Invalid option: expected one of "buyer"|"manager"', 'contacts[0].role: 无效选项：期望以下之一 "buyer"|"manager"'],
      ['INVALID_INPUT', 'employees: Too small: expected number to be >=0', 'employees: 数值过小：期望 number >=0'],
      ['INVALID_INPUT', 'Unrecognized key: "extra"', '出现未知的键(key): "extra"'],
    ]);
    expect(result.error[0]?.details).toMatchObject({ zodCode: 'invalid_type', expected: 'string' });
    expect(result.error[0]?.details).not.toHaveProperty('input');
  });

  test('custom issues keep their own code and bilingual message', () => {
    const result = safeParseWith(Customer, { id: 'c1', contacts: [], employees: 1 });
    expect(result).toEqual({
      ok: false,
      error: [
        {
          code: 'NO_CONTACT',
          message: 'at least one contact is needed',
          messages: { 'zh-CN': '至少需要一位联系人', en: 'at least one contact is needed' },
          path: ['contacts'],
          details: { min: 1 },
        },
      ],
    });
  });

  test('does not depend on or change global zod configuration', () => {
    const before = z.config();
    safeParseWith(Customer, {});
    expect(z.config()).toBe(before);
  });

  test('zodIssueToError on a custom issue without params falls back to zod texts', () => {
    const schema = z.string().refine((s) => s.length > 2, { message: 'too short' });
    const parsed = schema.safeParse('a');
    expect(parsed.success).toBe(false);
    const e = zodIssueToError(parsed.error!.issues[0]!);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.messages.en).toBe('Invalid input');
  });

  test('custom params that are not as customIssue builds them fall back to the generic texts, never a TypeError', () => {
    const odd: readonly unknown[] = [
      { domainCode: 'X', messages: null },
      { domainCode: 'X', messages: 'both' },
      { domainCode: 'X', messages: { en: 'only en' } },
      { domainCode: 'X', messages: { 'zh-CN': '中文', en: 7 } },
      { domainCode: 'X', messages: { 'zh-CN': '中文', en: 'en' }, details: 'not an object' },
      { domainCode: 7, messages: { 'zh-CN': '中文', en: 'en' } },
    ];
    for (const params of odd) {
      const e = zodIssueToError({ code: 'custom', path: ['x'], message: 'm', input: 1, params } as unknown as z.core.$ZodIssue);
      expect([params, e.code, e.path, e.messages]).toEqual([params, 'INVALID_INPUT', ['x'], { 'zh-CN': '无效输入', en: 'Invalid input' }]);
    }
    const schema = z.string().superRefine((_s, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'bad', params: { domainCode: 'X', messages: null } });
    });
    const r = safeParseWith(schema, 'a');
    expect(!r.ok && r.error.map((e) => [e.code, e.messages.en])).toEqual([['INVALID_INPUT', 'Invalid input']]);
    const good = zodIssueToError({ code: 'custom', path: [], message: 'm', params: customIssue('X', text('中', 'en')) } as unknown as z.core.$ZodIssue);
    expect([good.code, good.messages, good.details]).toEqual(['X', { 'zh-CN': '中', en: 'en' }, {}]);
  });
});
