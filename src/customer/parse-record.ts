import * as z from 'zod/mini';
import { type DomainError, domainError, type ErrorPath } from '../core/domain-error.js';
import { type LabelTable, type LocalizedText, text } from '../core/locale.js';
import { err, ok, type Result } from '../core/result.js';
import { zodIssueToError } from '../core/zod-issues.js';

/**
 * What parsing does with fields a record schema does not know: `reject` reports each one as an
 * `UNKNOWN_FIELD` error (the default), `strip` drops them. They are never kept by accident.
 *
 * @example
 * ```ts
 * import { UnknownKeysSchema } from 'logistics-customer/customer';
 * UnknownKeysSchema.options;
 * // => ['reject', 'strip']
 * ```
 * @category Parsing
 */
export const UnknownKeysSchema = z.enum(['reject', 'strip']);

/**
 * `reject` or `strip`.
 *
 * @category Parsing
 */
export type UnknownKeys = z.infer<typeof UnknownKeysSchema>;

/**
 * The zh-CN and en labels of {@link UnknownKeys}.
 *
 * @example
 * ```ts
 * import { unknownKeysLabels } from 'logistics-customer/customer';
 * unknownKeysLabels.strip['zh-CN'];
 * // => '删除未知字段'
 * ```
 * @category Parsing
 */
export const unknownKeysLabels = {
  reject: { 'zh-CN': '未知字段报错', en: 'Report unknown fields' },
  strip: { 'zh-CN': '删除未知字段', en: 'Drop unknown fields' },
} as const satisfies LabelTable<UnknownKeys>;

/**
 * Options of the `safeParse…` functions of this module.
 *
 * @category Parsing
 */
export interface RecordParseOptions {
  /** What to do with unknown fields; `reject` by default. */
  readonly unknownKeys?: UnknownKeys;
}

/**
 * How a batch parse reports two records with the same id.
 *
 * @category Parsing
 */
export interface DuplicateIdRule {
  /** The stable code, e.g. `DUPLICATE_CUSTOMER_ID`. */
  readonly code: string;
  /** What the records are, in both locales (a noun: 客户 / customer). */
  readonly what: LocalizedText;
}

type Path = readonly PropertyKey[];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A copy of `value` without `keys` in the object at `path`; everything off the path is shared. */
function omitAt(value: unknown, path: Path, keys: readonly string[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined) {
    if (!isRecord(value)) return value;
    const drop = new Set(keys);
    return Object.fromEntries(Object.entries(value).filter(([key]) => !drop.has(key)));
  }
  if (Array.isArray(value) && typeof head === 'number') {
    return value.map((item, index) => (index === head ? omitAt(item, rest, keys) : item));
  }
  if (isRecord(value) && typeof head === 'string' && Object.hasOwn(value, head)) {
    return { ...value, [head]: omitAt(value[head], rest, keys) };
  }
  return value;
}

function errorPath(path: Path): ErrorPath {
  return path.filter((key): key is string | number => typeof key !== 'symbol');
}

function unknownFieldErrors(issue: z.core.$ZodIssueUnrecognizedKeys): readonly DomainError[] {
  return issue.keys.map((key) =>
    domainError(
      'UNKNOWN_FIELD',
      text(
        `未知字段「${key}」（如需删除未知字段，请传入 { unknownKeys: 'strip' }）`,
        `unknown field "${key}" (pass { unknownKeys: 'strip' } to drop unknown fields)`,
      ),
      { path: [...errorPath(issue.path), key], details: { field: key } },
    ),
  );
}

// Stripping removes every unknown field reported in one pass, and the retry sees the same
// shape, so one retry suffices; the bound only guards against a schema that keeps inventing keys.
const MAX_STRIP_PASSES = 4;

/**
 * Parses one untrusted record with a zod schema under an unknown-fields policy: every problem
 * comes back as a {@link DomainError} with its path and a message in both locales; unknown
 * fields are reported (`UNKNOWN_FIELD`, one error per field) or, with `unknownKeys: 'strip'`,
 * dropped. The schema should use strict objects so unknown fields are seen at all. The input is
 * never changed.
 *
 * @typeParam S - The schema.
 * @param schema - A schema built from `z.strictObject`s.
 * @param input - The untrusted input.
 * @param options - The unknown-fields policy.
 * @returns The parsed record, or every problem.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { safeParseRecord } from 'logistics-customer/customer';
 * const Point = z.strictObject({ x: z.number() });
 * safeParseRecord(Point, { x: 1, note: 'hi' }, { unknownKeys: 'strip' });
 * // => { ok: true, value: { x: 1 } }
 * safeParseRecord(Point, { x: 1, note: 'hi' }).ok;
 * // => false
 * ```
 * @category Parsing
 */
export function safeParseRecord<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: RecordParseOptions = {},
): Result<z.output<S>, readonly DomainError[]> {
  const strip = (options.unknownKeys ?? 'reject') === 'strip';
  let current = input;
  for (let pass = 0; ; pass += 1) {
    const parsed = z.safeParse(schema, current, { reportInput: true });
    if (parsed.success) return ok(parsed.data);
    const unknown = parsed.error.issues.filter(
      (issue): issue is z.core.$ZodIssueUnrecognizedKeys => issue.code === 'unrecognized_keys',
    );
    if (strip && unknown.length > 0 && pass < MAX_STRIP_PASSES) {
      current = unknown.reduce<unknown>((value, issue) => omitAt(value, issue.path, issue.keys), current);
      continue;
    }
    return err(
      parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys' ? unknownFieldErrors(issue) : [zodIssueToError(issue)],
      ),
    );
  }
}

/**
 * Parses a batch of untrusted records: every problem of every record with its path starting at
 * the record's index, plus one error for each record whose `id` repeats an earlier one (at path
 * `[index, 'id']`, with both indexes in the details and the message) — duplicates are never
 * merged or dropped. A non-array input fails with `NOT_AN_ARRAY`.
 *
 * @typeParam S - The schema of one record.
 * @param schema - The record schema (strict objects with an `id`).
 * @param inputs - The untrusted array.
 * @param duplicate - How to report a repeated id.
 * @param options - The unknown-fields policy.
 * @returns All records in input order, or every problem in input order.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { text } from 'logistics-customer/core';
 * import { safeParseRecordBatch } from 'logistics-customer/customer';
 * const Item = z.strictObject({ id: z.string() });
 * const r = safeParseRecordBatch(Item, [{ id: 'a' }, { id: 'a' }], { code: 'DUPLICATE_ITEM_ID', what: text('条目', 'item') });
 * r.ok ? [] : r.error.map((e) => [e.code, e.path, e.details]);
 * // => [['DUPLICATE_ITEM_ID', [1, 'id'], { id: 'a', firstIndex: 0, index: 1 }]]
 * ```
 * @category Parsing
 */
export function safeParseRecordBatch<S extends z.core.$ZodType>(
  schema: S,
  inputs: unknown,
  duplicate: DuplicateIdRule,
  options: RecordParseOptions = {},
): Result<readonly z.output<S>[], readonly DomainError[]> {
  if (!Array.isArray(inputs)) {
    return err([
      domainError('NOT_AN_ARRAY', text('应为记录数组', 'expected an array of records'), {
        details: { received: inputs === null ? 'null' : typeof inputs },
      }),
    ]);
  }
  const values: z.output<S>[] = [];
  const errors: DomainError[] = [];
  const firstIndexOf = new Map<string, number>();
  inputs.forEach((input: unknown, index) => {
    const parsed = safeParseRecord(schema, input, options);
    if (parsed.ok) values.push(parsed.value);
    else for (const e of parsed.error) errors.push({ ...e, path: [index, ...e.path] });
    const id = isRecord(input) ? input['id'] : undefined;
    if (typeof id !== 'string' || id === '') return;
    const first = firstIndexOf.get(id);
    if (first === undefined) {
      firstIndexOf.set(id, index);
      return;
    }
    errors.push(
      domainError(
        duplicate.code,
        text(
          `${duplicate.what['zh-CN']}编号「${id}」重复：索引 ${first} 与索引 ${index}`,
          `duplicate ${duplicate.what.en} id "${id}" at indexes ${first} and ${index}`,
        ),
        { path: [index, 'id'], details: { id, firstIndex: first, index } },
      ),
    );
  });
  return errors.length > 0 ? err(errors) : ok(values);
}
