import { expectTypeOf, test } from 'vitest';
import type { LabelTable, Locale, LocalizedText } from '../../src/core/locale.js';

test('a label table must label every value, in every locale, and nothing else', () => {
  type Size = 'large' | 'small';
  const complete = {
    large: { 'zh-CN': '大型', en: 'Large' },
    small: { 'zh-CN': '小型', en: 'Small' },
  } as const satisfies LabelTable<Size>;
  expectTypeOf(complete.large).toExtend<LocalizedText>();

  // @ts-expect-error a value is missing
  const missing = { large: { 'zh-CN': '大型', en: 'Large' } } as const satisfies LabelTable<Size>;
  // @ts-expect-error a locale is missing
  const noEnglish = { large: { 'zh-CN': '大型' }, small: { 'zh-CN': '小型', en: 'Small' } } as const satisfies LabelTable<Size>;
  const extra = {
    large: { 'zh-CN': '大型', en: 'Large' },
    small: { 'zh-CN': '小型', en: 'Small' },
    // @ts-expect-error an extra value is not allowed
    huge: { 'zh-CN': '巨型', en: 'Huge' },
  } as const satisfies LabelTable<Size>;
  void missing;
  void noEnglish;
  void extra;
  expectTypeOf<Locale>().toEqualTypeOf<'zh-CN' | 'en'>();
});
