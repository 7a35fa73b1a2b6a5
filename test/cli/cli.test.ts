import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildReport } from '../../src/cli/build-report.js';
import { renderReport } from '../../src/cli/render-report.js';
import { EXIT, run } from '../../src/cli/run.js';
import { FIRM, memoryIO, NOW } from './fixtures.js';

const root = resolve(import.meta.dirname, '..', '..');
let dir = '';
const NDJSON = () => join(dir, 'ndjson');
const CSV = () => join(dir, 'csv');

/** A copy of an export with one file changed. */
function corrupt(from: string, name: string, change: (lines: string[]) => void): string {
  const target = mkdtempSync(join(dir, 'bad-'));
  for (const f of readdirSync(from)) writeFileSync(join(target, f), readFileSync(join(from, f)));
  const lines = readFileSync(join(target, name), 'utf8').split('\n');
  change(lines);
  writeFileSync(join(target, name), lines.join('\n'));
  return target;
}

function withoutSource(json: string): unknown {
  const value = JSON.parse(json) as { meta: { source?: unknown } };
  delete value.meta.source;
  return value;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lc-cli-'));
  const io = memoryIO();
  expect(await run(['export', '--out', NDJSON(), '--size', '300', '--quiet'], io)).toBe(EXIT.OK);
  expect(await run(['export', '--out', CSV(), '--size', '300', '--csv', '--quiet'], io)).toBe(EXIT.OK);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the report command', () => {
  test('on the sample firm: the same report as building it in memory', async () => {
    const io = memoryIO();
    expect(await run(['report', '--size', '300', '--format', 'json', '--quiet'], io)).toBe(EXIT.OK);
    const expected = buildReport({ ...FIRM, source: { 'zh-CN': '', en: '' } }, { now: NOW });
    if (!expected.ok) throw new Error('the sample must build');
    expect(withoutSource(io.out())).toEqual(withoutSource(renderReport(expected.value, 'json', 'en')));
    expect(io.err()).toBe('');
  });

  test('exported as NDJSON or CSV and read back with --data: the same report', async () => {
    const memory = memoryIO();
    await run(['report', '--size', '300', '--format', 'json', '--quiet'], memory);
    for (const d of [NDJSON(), CSV()]) {
      const io = memoryIO();
      expect(await run(['report', '--data', d, '--now', '2026-04-01', '--format', 'json'], io)).toBe(EXIT.OK);
      expect(withoutSource(io.out())).toEqual(withoutSource(memory.out()));
    }
    expect(readdirSync(CSV()).sort()).toEqual(['complaint-events.ndjson', 'customers.ndjson', 'deal-events.ndjson', 'shipments.csv', 'surveys.csv', 'transactions.csv']);
  });

  test('--time-zone and --period reach the report: its zone, its period and the business calendar', async () => {
    const io = memoryIO();
    expect(await run(['--size', '300', '--format', 'json', '--quiet', '--time-zone', 'America/New_York', '--period', '90', '--now', '2026-04-01'], io)).toBe(EXIT.OK);
    const meta = (JSON.parse(io.out()) as { meta: { timeZone: string; now: string; period: { start: string; end: string } } }).meta;
    // Midnight of 1 April in New York (EDT, UTC−4), and the 90 days before it.
    expect(meta).toMatchObject({ timeZone: 'America/New_York', now: '2026-04-01T04:00:00.000Z', period: { start: '2026-01-01T04:00:00.000Z', end: '2026-04-01T04:00:00.000Z' } });
    const text = memoryIO();
    expect(await run(['--size', '300', '--quiet', '--locale', 'en', '--time-zone', 'America/New_York', '--now', '2026-04-01'], text)).toBe(EXIT.OK);
    expect(text.out()).toContain('As of: 2026-04-01 (America/New_York)');
  });

  test('--out writes the whole report to a file', async () => {
    const out = join(dir, 'report.md');
    const io = memoryIO();
    expect(await run(['--size', '50', '--format', 'md', '--locale', 'en', '--out', out], io)).toBe(EXIT.OK);
    expect(io.out()).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# Logistics customer development and service report\n/u);
  });

  test('a file the system refuses is a message and exit code 3, in either locale, not a stack trace', async () => {
    // --out into a directory that does not exist: the message names the file asked for.
    const missing = join(dir, 'no-such-dir', 'report.md');
    const en = memoryIO();
    expect(await run(['--size', '50', '--locale', 'en', '--out', missing], en)).toBe(EXIT.FILE_SYSTEM);
    expect(en.err()).toBe(`cannot access ${missing}: no such file or directory [ENOENT]\n`);
    expect(en.out()).toBe('');
    const zh = memoryIO();
    expect(await run(['--size', '50', '--out', missing], zh)).toBe(EXIT.FILE_SYSTEM);
    expect(zh.err()).toBe(`无法访问 ${missing}：文件或目录不存在 [ENOENT]\n`);
    // --out onto an existing directory: nothing left behind beside it.
    const before = readdirSync(dir).length;
    const onDir = memoryIO();
    expect(await run(['--size', '50', '--locale', 'en', '--out', dir], onDir)).toBe(EXIT.FILE_SYSTEM);
    expect(onDir.err()).toMatch(/^cannot access .+: it is a directory \[EISDIR\]\n$/u);
    expect(readdirSync(dir).length).toBe(before);
    // A dataset "file" that is a directory: reading it fails.
    const data = mkdtempSync(join(dir, 'dir-as-file-'));
    for (const f of readdirSync(NDJSON())) writeFileSync(join(data, f), readFileSync(join(NDJSON(), f)));
    rmSync(join(data, 'customers.ndjson'));
    mkdirSync(join(data, 'customers.ndjson'));
    const read = memoryIO();
    expect(await run(['report', '--data', data, '--now', '2026-04-01', '--locale', 'en'], read)).toBe(EXIT.FILE_SYSTEM);
    expect(read.err()).toContain(`: it is a directory [EISDIR]\n`);
    expect(read.err()).not.toContain('    at ');
    // export under a path whose parent is a file.
    writeFileSync(join(dir, 'a-file'), 'x');
    const underFile = join(dir, 'a-file', 'export');
    const exp = memoryIO();
    expect(await run(['export', '--out', underFile, '--size', '20', '--quiet', '--locale', 'en'], exp)).toBe(EXIT.FILE_SYSTEM);
    expect(exp.err()).toMatch(/: a part of the path is not a directory \[ENOTDIR\]\n$/u);
  });

  test('help, and usage errors exit with 2', async () => {
    const help = memoryIO();
    expect(await run(['--help', '--locale', 'en'], help)).toBe(EXIT.OK);
    expect(help.out()).toContain('Usage: logistics-customer');
    const bad = memoryIO();
    expect(await run(['--locale', 'fr'], bad)).toBe(EXIT.USAGE);
    expect(bad.err()).toContain('--locale 应为 zh-CN 或 en');
    expect(bad.out()).toBe('');
    const exists = memoryIO();
    expect(await run(['export', '--out', NDJSON(), '--size', '3'], exists)).toBe(EXIT.USAGE);
    // A usage error is worded in the locale the arguments ask for, in either form, and only then.
    const equals = memoryIO();
    expect(await run(['--locale=en', '--bogus'], equals)).toBe(EXIT.USAGE);
    expect(equals.err()).toBe('unknown option --bogus\nRun with --help for usage.\n');
    const spaced = memoryIO();
    expect(await run(['--bogus', '--locale', 'en'], spaced)).toBe(EXIT.USAGE);
    expect(spaced.err()).toContain('unknown option --bogus');
    const named = memoryIO();
    expect(await run(['report', 'en', '--bogus'], named)).toBe(EXIT.USAGE);
    expect(named.err()).toBe('未知的选项 --bogus\n用 --help 查看用法。\n');
  });
});

describe('bad input files: file, line and column, exit 1, nothing written', () => {
  test('a CSV amount with too many decimals and a bad date', async () => {
    const bad = corrupt(CSV(), 'transactions.csv', (lines) => {
      const f = lines[5]!.split(',');
      f[3] = '12.345';
      lines[5] = f.join(',');
      const g = lines[9]!.split(',');
      g[2] = '2025-13-01';
      lines[9] = g.join(',');
    });
    const io = memoryIO();
    const out = join(dir, 'never.txt');
    expect(await run(['report', '--data', bad, '--now', '2026-04-01', '--locale', 'en', '--out', out], io)).toBe(EXIT.BAD_INPUT);
    const column = lines5Column(bad);
    expect(io.err()).toContain(`${join(bad, 'transactions.csv')}:6:${column}: revenue.amount: the amount "12.345" has more than the 2 decimal places allowed for CNY`);
    expect(io.err()).toMatch(/transactions\.csv:10:\d+: date: invalid date/u);
    expect(io.err()).toContain('no report was written');
    expect(io.out()).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  test('a line that is not JSON: the column of the syntax error', async () => {
    const bad = corrupt(NDJSON(), 'customers.ndjson', (lines) => {
      lines[2] = `${lines[2]!.slice(0, 30)}}`;
    });
    const io = memoryIO();
    expect(await run(['--data', bad, '--now', '2026-04-01'], io)).toBe(EXIT.BAD_INPUT);
    expect(io.err()).toMatch(/customers\.ndjson:3:\d+: 不是有效的 JSON/u);
  });

  test('an order line for a customer who is not on file, and a deal log out of order', async () => {
    const unknown = corrupt(CSV(), 'shipments.csv', (lines) => {
      lines[4] = lines[4]!.replace(/^C-\d+/u, 'C-999999');
    });
    const io = memoryIO();
    expect(await run(['--data', unknown, '--now', '2026-04-01', '--locale', 'en'], io)).toBe(EXIT.BAD_INPUT);
    expect(io.err()).toContain(`${join(unknown, 'shipments.csv')}:5:1: customerId: customer C-999999 is not in the customer list [UNKNOWN_CUSTOMER]`);

    const swapped = corrupt(NDJSON(), 'deal-events.ndjson', (lines) => {
      [lines[1], lines[2]] = [lines[2]!, lines[1]!];
    });
    const io2 = memoryIO();
    expect(await run(['--data', swapped, '--now', '2026-04-01', '--locale', 'en'], io2)).toBe(EXIT.BAD_INPUT);
    expect(io2.err()).toMatch(/deal-events\.ndjson:[23]:1: .*\[(NOT_ALLOWED_IN_STATE|EVENT_OUT_OF_ORDER|GUARD_REJECTED)\]/u);
  });

  test('a transaction repeated in an export is an error at the repeat, not revenue counted twice', async () => {
    for (const [from, file] of [[CSV(), 'transactions.csv'], [NDJSON(), 'transactions.ndjson']] as const) {
      const repeated = corrupt(from, file, (lines) => {
        lines.splice(7, 0, lines[5]!);
      });
      const en = memoryIO();
      expect(await run(['--data', repeated, '--now', '2026-04-01', '--locale', 'en'], en)).toBe(EXIT.BAD_INPUT);
      // Line 8 repeats line 6 (record 5 of a CSV, whose header is line 1; record 6 of NDJSON).
      const record = file.endsWith('.csv') ? 5 : 6;
      expect(en.err()).toMatch(new RegExp(`${file.replace('.', '\\.')}:8:\\d+: id: duplicate transaction id "[^"]+" \\(first at record ${record}\\) \\[DUPLICATE_TRANSACTION_ID\\]`, 'u'));
      const zh = memoryIO();
      expect(await run(['--data', repeated, '--now', '2026-04-01'], zh)).toBe(EXIT.BAD_INPUT);
      expect(zh.err()).toMatch(new RegExp(`交易编号「[^」]+」重复（首次出现在第 ${record} 条记录）`, 'u'));
    }
  });

  test('an unknown field: named, with where the fields are documented (not an API option)', async () => {
    const bad = corrupt(NDJSON(), 'customers.ndjson', (lines) => {
      lines[3] = lines[3]!.replace(/^\{/u, '{"fax":"020-1234",');
    });
    const io = memoryIO();
    expect(await run(['--data', bad, '--now', '2026-04-01', '--locale', 'en'], io)).toBe(EXIT.BAD_INPUT);
    expect(io.err()).toMatch(/customers\.ndjson:4:\d+: .*unknown field "fax": the fields of each file are in the docs page "The report command and its data"; logistics-customer export --out DIR writes an example of every file \[UNKNOWN_FIELD\]/u);
    expect(io.err()).not.toContain('unknownKeys');
  });

  test('a repeated CSV column, a file that is not UTF-8 and an amount not in CNY are errors at their place', async () => {
    // Before: the second "revenue" column silently replaced the first one's values.
    const twice = corrupt(CSV(), 'transactions.csv', (lines) => {
      lines[0] = lines[0]!.replace('profit', 'revenue');
    });
    const io = memoryIO();
    expect(await run(['--data', twice, '--now', '2026-04-01', '--locale', 'en'], io)).toBe(EXIT.BAD_INPUT);
    expect(io.err()).toMatch(/transactions\.csv:1:\d+: the column "revenue" appears twice in the header \[DUPLICATE_COLUMN\]/u);

    // Before: a file saved in another encoding was read as garbled names.
    const gbk = corrupt(NDJSON(), 'customers.ndjson', () => undefined);
    const raw = readFileSync(join(gbk, 'customers.ndjson'));
    const at = raw.indexOf(Buffer.from('"name":"', 'utf8')) + 8;
    writeFileSync(join(gbk, 'customers.ndjson'), Buffer.concat([raw.subarray(0, at), Buffer.from([0xc1, 0xf8]), raw.subarray(at)]));
    const io2 = memoryIO();
    expect(await run(['--data', gbk, '--now', '2026-04-01', '--locale', 'en'], io2)).toBe(EXIT.BAD_INPUT);
    expect(io2.err()).toMatch(/customers\.ndjson:1:\d+: not valid UTF-8 text \(the file must be encoded in UTF-8\) \[NOT_UTF8\]/u);

    // Before: a firm whose transactions were all in USD crashed with a stack trace in the tiers.
    const usd = corrupt(CSV(), 'transactions.csv', (lines) => {
      for (let i = 1; i < lines.length; i++) lines[i] = lines[i]!.replace(',CNY,', ',USD,');
    });
    const io3 = memoryIO();
    expect(await run(['--data', usd, '--now', '2026-04-01', '--locale', 'en'], io3)).toBe(EXIT.BAD_INPUT);
    expect(io3.err()).toMatch(/transactions\.csv:2:\d+: revenue\.currency: the amount is in USD; the report is in CNY \[CURRENCY_MISMATCH\]/u);
    expect(io3.err()).not.toMatch(/\n\s+at /u);
  });

  test('an empty line inside a quoted CSV field is part of the value', async () => {
    // Before: the empty line was skipped, and the value lost one of its line breaks.
    const quoted = corrupt(CSV(), 'transactions.csv', (lines) => {
      const f = lines[1]!.split(',');
      lines.splice(1, 1, `${f[0]},"${f[1]}`, '', `B",${f.slice(2).join(',')}`);
    });
    const io = memoryIO();
    expect(await run(['--data', quoted, '--now', '2026-04-01', '--locale', 'en'], io)).toBe(EXIT.BAD_INPUT);
    expect(io.err()).toMatch(/transactions\.csv:2:\d+: customerId: customer C-\d+\n\nB is not in the customer list \[UNKNOWN_CUSTOMER\]/u);
  });

  test('a missing required file', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    const io = memoryIO();
    expect(await run(['--data', empty, '--now', '2026-04-01', '--locale', 'en'], io)).toBe(EXIT.BAD_INPUT);
    expect(io.err()).toContain('customers.ndjson:1:1: the required file customers.ndjson is missing [MISSING_FILE]');
  });

  test('the real command (a spawned process) exits non-zero with the message', () => {
    const bad = corrupt(CSV(), 'surveys.csv', (lines) => {
      lines[1] = lines[1]!.replace(/,(\d+),(\d+),/u, ',11,$2,');
    });
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'report', '--data', bad, '--now', '2026-04-01', '--locale', 'en'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/Los_Angeles' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/surveys\.csv:2:\d+: nps: .*\[INVALID_INPUT\]/u);
  });

  test('the real command refuses a --size out of range itself, without starting a process with a larger heap', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', '--size', '1e12', '--locale', 'en'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(EXIT.USAGE);
    expect(r.stderr).toContain('--size must be a whole number');
    expect(r.stderr).not.toContain('--max-old-space-size');
  });
});

/** The column of the revenue field on line 6 of the corrupted CSV. */
function lines5Column(d: string): number {
  const line = readFileSync(join(d, 'transactions.csv'), 'utf8').split('\n')[5]!;
  return line.split(',').slice(0, 3).join(',').length + 2;
}
