import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { CsvReader, csvLine, isCsvError } from '../../src/cli/csv.js';
import { formatInputProblem } from '../../src/cli/input-problem.js';
import { columnOfPath, jsonErrorOffset, parseJsonLine } from '../../src/cli/json-line.js';

function readAll(lines: readonly string[]) {
  const reader = new CsvReader();
  const out: unknown[] = [];
  lines.forEach((line, i) => {
    const r = reader.push(line, i + 1);
    if (r !== null) out.push(isCsvError(r) ? { error: [r.line, r.column] } : r);
  });
  const end = reader.end(lines.length);
  if (end !== null) out.push({ error: [end.line, end.column] });
  return out;
}

describe('CSV', () => {
  test('quoted fields hold commas, doubled quotes and line breaks; positions point at each field', () => {
    const [a, b] = readAll(['x,"a,b",y', '"say ""hi""","multi', 'line",z']) as { fields: string[]; positions: { line: number; column: number }[]; line: number }[];
    expect(a?.fields).toEqual(['x', 'a,b', 'y']);
    expect(a?.positions.map((p) => p.column)).toEqual([1, 3, 9]);
    expect(b?.fields).toEqual(['say "hi"', 'multi\nline', 'z']);
    expect(b?.line).toBe(2);
    expect(b?.positions).toEqual([{ line: 2, column: 1 }, { line: 2, column: 14 }, { line: 3, column: 7 }]);
  });

  test('syntax errors give line and column', () => {
    expect(readAll(['a,b"c'])).toEqual([{ error: [1, 4] }]);
    expect(readAll(['"a"b,c'])).toEqual([{ error: [1, 4] }]);
    expect(readAll(['ok', '"never closed', 'more'])).toMatchObject([{ fields: ['ok'] }, { error: [2, 1] }]);
  });

  test('writing then reading gives the fields back (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (fields) => {
        const lines = csvLine(fields).split('\n');
        const records = readAll(lines) as { fields: string[] }[];
        return records.length === 1 && JSON.stringify(records[0]?.fields) === JSON.stringify(fields);
      }),
    );
  });
});

describe('JSON lines', () => {
  test('the column of the first syntax error', () => {
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('{"a": x}')).toBe(6);
    expect(jsonErrorOffset('{"a":1')).toBe(6);
    expect(jsonErrorOffset('[1,2] 3')).toBe(6);
    expect(parseJsonLine('{"a": tru}')).toMatchObject({ ok: false, column: 10 });
    expect(parseJsonLine('{"a":[1,{"b":"\\u12"}]}')).toMatchObject({ ok: false, column: 16 });
    expect(parseJsonLine(' {"a":1} ')).toEqual({ ok: true, value: { a: 1 } });
  });

  test('valid JSON has no error offset (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => jsonErrorOffset(JSON.stringify(v)) === JSON.stringify(v).length));
  });

  test('the column of a field follows the path of keys', () => {
    const line = '{"id":"T-1","revenue":{"amount":"1.234","currency":"CNY"},"amount":1}';
    expect(columnOfPath(line, ['revenue', 'amount'])).toBe(24);
    expect(columnOfPath(line, ['id'])).toBe(2);
    expect(columnOfPath(line, ['nope'])).toBe(1);
    expect(columnOfPath(line, [0])).toBe(1);
  });

  test('a problem prints as file:line:column: message [CODE]', () => {
    const p = { file: 'd/t.csv', line: 3, column: 9, code: 'X', message: { 'zh-CN': '错', en: 'wrong' } };
    expect(formatInputProblem(p, 'en')).toBe('d/t.csv:3:9: wrong [X]');
    expect(formatInputProblem(p, 'zh-CN')).toBe('d/t.csv:3:9: 错 [X]');
  });
});

describe('arguments', () => {
  test('report is the default command; options are checked', () => {
    expect(parseCommandLine([])).toMatchObject({ command: 'report', data: null, locale: 'zh-CN', format: 'text', now: null, size: null });
    expect(parseCommandLine(['report', '--locale', 'en', '--format', 'md', '--size', '1_000_000', '--seed=-3'])).toMatchObject({
      locale: 'en',
      format: 'md',
      size: 1_000_000,
      seed: -3,
    });
    expect(parseCommandLine(['--now', '2026-04-01'])).toMatchObject({ now: new Date('2026-03-31T16:00:00Z') });
    expect(parseCommandLine(['--now', '2026-04-01T08:00:00Z'])).toMatchObject({ now: new Date('2026-04-01T08:00:00Z') });
    expect(parseCommandLine(['export', '--out', 'x', '--csv'])).toMatchObject({ command: 'export', out: 'x', csv: true });
    expect(parseCommandLine(['-h'])).toEqual({ command: 'help', locale: 'zh-CN' });
  });

  test('--time-zone sets the calendar zone and the midnight of a --now date; --period the days before it', () => {
    expect(parseCommandLine([])).toMatchObject({ timeZone: 'Asia/Shanghai', periodDays: null });
    expect(parseCommandLine(['--time-zone', 'Europe/Berlin', '--now', '2026-04-01', '--period', '90'])).toMatchObject({
      timeZone: 'Europe/Berlin',
      now: new Date('2026-03-31T22:00:00Z'),
      periodDays: 90,
    });
  });

  test.each([
    [['--locale', 'fr'], '--locale must be zh-CN or en'],
    [['--format', 'pdf'], '--format must be text, md or json'],
    [['--size', '0'], '--size must be a whole number from 1 to 10000000'],
    [['--size', '2.5'], '--size must be a whole number'],
    [['--now', '2026-04-01T00:00:00'], '--now must be an ISO-8601 date-time with an offset'],
    [['--now', '2026-02-30'], '--now must be'],
    [['--data', 'd', '--size', '5'], 'apply to the sample firm only'],
    [['--bogus'], 'unknown option --bogus'],
    [['export'], 'export needs --out DIR'],
    [['report', 'extra'], 'unexpected arguments: extra'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['--time-zone', 'Mars/Olympus'], '--time-zone must be an IANA time zone'],
    [['--period', '0'], '--period must be a whole number from 1 to 3660'],
    [['export', '--out', 'x', '--time-zone', 'UTC'], 'apply to the report command only'],
  ])('%j is a usage error', (argv, message) => {
    const r = parseCommandLine(argv);
    expect('usage' in r ? r.message.en : '').toContain(message);
  });

  test.each([
    [['--bogus'], '未知的选项 --bogus', 'unknown option --bogus'],
    [['-x'], '未知的选项 -x', 'unknown option -x'],
    [['--size'], '--size 需要一个值', '--size needs a value'],
    [['export', '--out', 'x', '--csv=yes'], '--csv 不接受值', '--csv takes no value'],
    [['--period', '-5'], '--period 的值以 - 开头：请写成 --period=值', 'the value of --period starts with a dash: write --period=VALUE'],
  ])('what parseArgs refuses, %j, is worded in both languages', (argv, zh, en) => {
    const r = parseCommandLine(argv);
    expect('usage' in r ? r.message : undefined).toEqual({ 'zh-CN': zh, en });
  });
});
