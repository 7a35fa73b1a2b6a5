import { describe, expect, test } from 'vitest';
import { domainError, formatPath, renderError } from '../../src/core/domain-error.js';
import { LogisticsCustomerError } from '../../src/core/invariant.js';
import { LOCALES, label, labelKeys, type LabelTable, text } from '../../src/core/locale.js';

describe('DomainError', () => {
  const e = domainError('EMPTY_NAME', text('名称不能为空', 'name must not be empty'), {
    path: ['contacts', 2, 'name'],
    details: { received: '' },
  });

  test('carries a stable code, both messages, the path and details', () => {
    expect(e).toEqual({
      code: 'EMPTY_NAME',
      message: 'name must not be empty',
      messages: { 'zh-CN': '名称不能为空', en: 'name must not be empty' },
      path: ['contacts', 2, 'name'],
      details: { received: '' },
    });
  });

  test('renders in both locales with its path', () => {
    expect(renderError(e, 'zh-CN')).toBe('contacts[2].name: 名称不能为空');
    expect(renderError(e, 'en')).toBe('contacts[2].name: name must not be empty');
    expect(renderError(domainError('X', text('错', 'wrong')), 'en')).toBe('wrong');
  });

  test('formatPath', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath([0, 'a', 'b', 3])).toBe('[0].a.b[3]');
  });

  test('defaults to an empty path and no details', () => {
    const plain = domainError('X', text('错', 'wrong'));
    expect(plain.path).toEqual([]);
    expect(plain.details).toEqual({});
  });

  test('the thrown error class has a code and details', () => {
    const thrown = new LogisticsCustomerError('SOME_CODE', 'message', { a: 1 });
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.name).toBe('LogisticsCustomerError');
    expect(thrown.code).toBe('SOME_CODE');
    expect(thrown.details).toEqual({ a: 1 });
    expect(new LogisticsCustomerError('C', 'm').details).toEqual({});
  });
});

describe('labels', () => {
  const sizes = {
    large: { 'zh-CN': '大型', en: 'Large' },
    small: { 'zh-CN': '中小型', en: 'SME' },
  } as const satisfies LabelTable<'large' | 'small'>;

  test('label looks up both locales', () => {
    expect(label(sizes, 'large', 'zh-CN')).toBe('大型');
    expect(label(sizes, 'small', 'en')).toBe('SME');
  });

  test('labelKeys lists the values in declaration order', () => {
    expect(labelKeys(sizes)).toEqual(['large', 'small']);
  });

  test('LOCALES lists both locales', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en']);
  });
});
