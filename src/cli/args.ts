/** Command-line arguments of `logistics-customer`, parsed with node:util parseArgs and checked. */
import { parseArgs } from 'node:util';
import type { Locale } from '../core/locale.js';
import { isTimeZone } from '../core/time/time-zone.js';
import { wallTimeToInstant } from '../core/time/zoned-time.js';
import type { ReportFormat } from './render-report.js';

/** The `report` command. */
export interface ReportCommand {
  readonly command: 'report';
  /** The directory of exports, or `null` for the bundled sample firm. */
  readonly data: string | null;
  readonly locale: Locale;
  readonly format: ReportFormat;
  /** "Now", or `null` for the default (the sample's, or the clock for `--data`). */
  readonly now: Date | null;
  readonly size: number | null;
  readonly seed: number | null;
  readonly years: number | null;
  /** Write the report to this file instead of stdout. */
  readonly out: string | null;
  readonly quiet: boolean;
  /** The time zone of the business calendar, of `--now` dates and of the dates shown. */
  readonly timeZone: string;
  /** The period of the funnel, complaint and quality sections, in days before "now" (`null`: 365). */
  readonly periodDays: number | null;
}

/** The `export` command: write the sample firm as files. */
export interface ExportCommand {
  readonly command: 'export';
  readonly out: string;
  readonly csv: boolean;
  readonly locale: Locale;
  readonly now: Date | null;
  readonly size: number | null;
  readonly seed: number | null;
  readonly years: number | null;
  readonly quiet: boolean;
}

/** `help`. */
export interface HelpCommand {
  readonly command: 'help';
  readonly locale: Locale;
}

/** A parsed command line. */
export type Command = ReportCommand | ExportCommand | HelpCommand;

/** A usage error, in both locales. */
export interface UsageError {
  readonly usage: true;
  readonly message: { readonly 'zh-CN': string; readonly en: string };
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/u;

function usage(zh: string, en: string): UsageError {
  return { usage: true, message: { 'zh-CN': zh, en } };
}

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number | null | UsageError {
  if (value === undefined) return null;
  const n = Number(value.replace(/_/gu, ''));
  if (!/^-?[\d_]+$/u.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    return usage(`--${name} 应为 ${min} 到 ${max} 之间的整数，收到 "${value}"`, `--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

function parseNow(value: string | undefined, timeZone: string): Date | null | UsageError {
  if (value === undefined) return null;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
    try {
      return wallTimeToInstant(value, '00:00', timeZone);
    } catch {
      // fall through to the error below
    }
  } else if (ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Date(value);
  }
  return usage(
    `--now 应为带时区偏移的 ISO-8601 时间（如 2026-04-01T00:00:00+08:00）或日期 YYYY-MM-DD（按 ${timeZone} 的零点），收到 "${value}"`,
    `--now must be an ISO-8601 date-time with an offset (e.g. 2026-04-01T00:00:00+08:00) or a date YYYY-MM-DD (midnight in ${timeZone}), got "${value}"`,
  );
}

function isError(value: unknown): value is UsageError {
  return typeof value === 'object' && value !== null && 'usage' in value;
}

/**
 * A usage error in both languages for what `parseArgs` refuses — it words its errors in English
 * only: an unknown option, an option without its value, a value given to a switch, a value that
 * starts with a dash (`--period -5`). Other errors keep parseArgs' words.
 */
function parseArgsUsage(e: unknown): UsageError {
  const message = e instanceof Error ? e.message : String(e);
  const code: unknown = (e as { code?: unknown } | null)?.code;
  // parseArgs names the option first, in single quotes: '--size <value>', '--csv', '-x'.
  const option = /'(-[^' ]*)/u.exec(message)?.[1] ?? '?';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usage(`未知的选项 ${option}`, `unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('argument missing')) return usage(`${option} 需要一个值`, `${option} needs a value`);
    if (message.includes('does not take an argument')) return usage(`${option} 不接受值`, `${option} takes no value`);
    if (message.includes('ambiguous')) {
      return usage(`${option} 的值以 - 开头：请写成 ${option}=值`, `the value of ${option} starts with a dash: write ${option}=VALUE`);
    }
  }
  return usage(`参数错误：${message}`, `bad arguments: ${message}`);
}

/** Parses and checks the arguments (without the node and script paths). */
export function parseCommandLine(argv: readonly string[], defaultTimeZone = 'Asia/Shanghai'): Command | UsageError {
  let parsed: ReturnType<typeof parseArgs<{
    options: {
      data: { type: 'string' };
      locale: { type: 'string' };
      format: { type: 'string' };
      now: { type: 'string' };
      size: { type: 'string' };
      seed: { type: 'string' };
      years: { type: 'string' };
      out: { type: 'string' };
      'time-zone': { type: 'string' };
      period: { type: 'string' };
      csv: { type: 'boolean' };
      quiet: { type: 'boolean' };
      help: { type: 'boolean'; short: 'h' };
    };
    allowPositionals: true;
    strict: true;
  }>>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        locale: { type: 'string' },
        format: { type: 'string' },
        now: { type: 'string' },
        size: { type: 'string' },
        seed: { type: 'string' },
        years: { type: 'string' },
        out: { type: 'string' },
        'time-zone': { type: 'string' },
        period: { type: 'string' },
        csv: { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return parseArgsUsage(e);
  }
  const v = parsed.values;
  const requested = v.locale ?? 'zh-CN';
  if (requested !== 'zh-CN' && requested !== 'en') return usage(`--locale 应为 zh-CN 或 en，收到 "${requested}"`, `--locale must be zh-CN or en, got "${requested}"`);
  const locale: Locale = requested;
  const [command = 'report', ...rest] = parsed.positionals;
  if (v.help === true || command === 'help') return { command: 'help', locale };
  if (rest.length > 0) return usage(`多余的参数：${rest.join(' ')}`, `unexpected arguments: ${rest.join(' ')}`);
  const timeZone = v['time-zone'] ?? defaultTimeZone;
  if (!isTimeZone(timeZone)) {
    return usage(`--time-zone 应为 IANA 时区名（如 Asia/Shanghai、Europe/Berlin），收到 "${timeZone}"`, `--time-zone must be an IANA time zone (e.g. Asia/Shanghai, Europe/Berlin), got "${timeZone}"`);
  }
  const now = parseNow(v.now, timeZone);
  const size = wholeNumber('size', v.size, 1, 10_000_000);
  const seed = wholeNumber('seed', v.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const years = wholeNumber('years', v.years, 1, 5);
  const periodDays = wholeNumber('period', v.period, 1, 3660);
  for (const x of [now, size, seed, years, periodDays]) if (isError(x)) return x;
  const common = { locale, now: now as Date | null, size: size as number | null, seed: seed as number | null, years: years as number | null, quiet: v.quiet === true };
  if (command === 'report') {
    const format = v.format ?? 'text';
    if (format !== 'text' && format !== 'md' && format !== 'json') return usage(`--format 应为 text、md 或 json，收到 "${format}"`, `--format must be text, md or json, got "${format}"`);
    if (v.csv === true) return usage('--csv 只用于 export 命令', '--csv applies to the export command only');
    const data = v.data ?? null;
    if (data !== null && (size !== null || seed !== null || years !== null)) {
      return usage('--size、--seed、--years 只用于样本企业，不能与 --data 同时使用', '--size, --seed and --years apply to the sample firm only, not with --data');
    }
    return { command: 'report', data, format, out: v.out ?? null, timeZone, periodDays: periodDays as number | null, ...common };
  }
  if (command === 'export') {
    if (v.out === undefined) return usage('export 需要 --out 目录', 'export needs --out DIR');
    if (v.data !== undefined || v.format !== undefined) return usage('export 不接受 --data 或 --format', 'export takes neither --data nor --format');
    if (v['time-zone'] !== undefined || v.period !== undefined) return usage('--time-zone 与 --period 只用于 report 命令', '--time-zone and --period apply to the report command only');
    return { command: 'export', out: v.out, csv: v.csv === true, ...common };
  }
  return usage(`未知的命令 "${command}"（可用：report、export、help）`, `unknown command "${command}" (use report, export or help)`);
}

/** The help text. */
export function helpText(locale: Locale): string {
  const zh = `用法：logistics-customer [report] [选项]
      logistics-customer export --out 目录 [--csv] [样本选项]

report  按教材顺序输出分析：客户构成、ABC 分析、差异性分析、分级服务与风险预警、
        客户开发漏斗、投诉与服务时限、服务质量计分卡。
  --data 目录       读取导出文件（customers.ndjson、transactions.ndjson|csv、deal-events.ndjson、
                    complaint-events.ndjson、shipments.ndjson|csv、surveys.ndjson|csv）；
                    不给则使用内置的样本企业
  --locale zh-CN|en 语言（默认 zh-CN）
  --format text|md|json  输出格式（默认 text；md 含 Mermaid 图表）
  --now 时间        分析时点：带偏移的 ISO-8601 时间或 YYYY-MM-DD（默认：样本为 2026-04-01，
                    --data 为当前时间）
  --period 天数     漏斗、投诉与服务质量的统计期：分析时点之前的天数（默认 365）
  --time-zone 时区  工作日历（周一至周五 9:00–18:00）与日期所用的 IANA 时区（默认 Asia/Shanghai）
  --out 文件        写入文件而不是标准输出
  --quiet           不在标准错误输出进度
样本选项：--size 客户数（默认 2000，最多 10,000,000）、--seed 种子（默认 2014）、--years 年数（默认 2）

退出码：0 成功；1 输入数据有误（错误信息给出 文件:行:列）；2 参数错误；3 文件无法读写。
`;
  const en = `Usage: logistics-customer [report] [options]
       logistics-customer export --out DIR [--csv] [sample options]

report  prints the textbook's analyses in order: the customer base by each classification, the
        ABC table, the differentiation findings, service tiers and risk warnings, the funnel,
        complaints and service levels, the service-quality scorecard.
  --data DIR        read exports (customers.ndjson, transactions.ndjson|csv, deal-events.ndjson,
                    complaint-events.ndjson, shipments.ndjson|csv, surveys.ndjson|csv);
                    without it the bundled sample firm is used
  --locale zh-CN|en language (default zh-CN)
  --format text|md|json  output format (default text; md has Mermaid charts)
  --now TIME        the moment of analysis: ISO-8601 with an offset, or YYYY-MM-DD (default: the
                    sample's 2026-04-01, or the clock with --data)
  --period DAYS     the period of the funnel, complaint and quality sections: the days before
                    --now (default 365)
  --time-zone ZONE  the IANA time zone of the business calendar (Monday–Friday 9:00–18:00) and of
                    the dates (default Asia/Shanghai)
  --out FILE        write to a file instead of stdout
  --quiet           no progress on stderr
Sample options: --size customers (default 2000, at most 10,000,000), --seed (default 2014),
--years of history (default 2).

Exit codes: 0 done; 1 bad input data (messages give file:line:column); 2 bad arguments; 3 a file could not be read or written.
`;
  return locale === 'zh-CN' ? zh : en;
}
