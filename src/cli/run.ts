/**
 * The command runner: arguments in, exit code out, every effect through the injected {@link CliIO}
 * (plus the file system for `--data`, `--out` and `export`). The report is written only when it is
 * complete, so a bad input file never leaves half a report behind.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Locale, LocalizedText } from '../core/locale.js';
import { sampleFirmBundles } from '../sample/sample-bundle.js';
import { SAMPLE_DEFAULTS, type SampleFirmOptions } from '../sample/sample-options.js';
import { type Command, type ExportCommand, helpText, parseCommandLine, type ReportCommand } from './args.js';
import { createReportBuilder, type ReportBuilder } from './build-report.js';
import type { ReportStep } from './report-data.js';
import { exportSample } from './export-data.js';
import { formatInputProblem, type InputProblem } from './input-problem.js';
import type { CliIO } from './io.js';
import { loadData, locateReportProblems } from './load-data.js';
import { createProgress, type Progress } from './progress.js';
import { renderReport } from './render-report.js';
import type { Report, ReportProblem } from './report-types.js';

/** Exit codes. */
export const EXIT = { OK: 0, BAD_INPUT: 1, USAGE: 2, FILE_SYSTEM: 3 } as const;

function t(locale: Locale, zh: string, en: string): string {
  return locale === 'zh-CN' ? zh : en;
}

function sampleOptions(command: ReportCommand | ExportCommand, now: Date): SampleFirmOptions {
  return {
    seed: command.seed ?? SAMPLE_DEFAULTS.seed,
    customers: command.size ?? SAMPLE_DEFAULTS.customers,
    years: command.years ?? SAMPLE_DEFAULTS.years,
    now,
  };
}

/** Feeds the sample firm into the builder, one customer bundle at a time. */
function feedSample(builder: ReportBuilder, options: SampleFirmOptions, progress: Progress, locale: Locale): void {
  const task = t(locale, '生成样本企业', 'generating the sample firm');
  let n = 0;
  for (const b of sampleFirmBundles(options)) {
    builder.addCustomer(b.customer);
    for (const x of b.transactions) builder.addTransaction(x);
    for (const x of b.shipments) builder.addShipment(x);
    for (const x of b.surveys) builder.addSurvey(x);
    for (const x of b.deals) builder.addDeal(x);
    for (const x of b.complaints) builder.addComplaint(x);
    progress.tick(task, ++n, options.customers);
  }
  progress.done(task, n);
}

const STEPS: { readonly [S in ReportStep]: LocalizedText } = {
  abc: { 'zh-CN': 'ABC 分类', en: 'ABC analysis' },
  classifications: { 'zh-CN': '客户分类', en: 'classifications' },
  differentiation: { 'zh-CN': '差异性分析与风险预警', en: 'differentiation and risk warnings' },
  funnel: { 'zh-CN': '客户开发漏斗', en: 'the funnel' },
  complaints: { 'zh-CN': '投诉指标', en: 'complaint metrics' },
  quality: { 'zh-CN': '服务质量', en: 'service quality' },
};

/** Prints each step of the analysis on stderr, with the time since the first. */
function stepReporter(io: CliIO, locale: Locale, enabled: () => boolean = () => true): (step: ReportStep) => void {
  let started: number | null = null;
  return (step) => {
    if (!enabled()) return;
    const now = performance.now();
    started ??= now;
    io.stderr.write(`${t(locale, '计算', 'computing')} ${STEPS[step][locale]} (+${((now - started) / 1000).toFixed(1)} s)\n`);
  };
}

function printProblems(io: CliIO, locale: Locale, problems: readonly InputProblem[], limit = 20): void {
  for (const p of problems.slice(0, limit)) io.stderr.write(`${formatInputProblem(p, locale)}\n`);
  if (problems.length > limit) io.stderr.write(t(locale, `……另有 ${problems.length - limit} 个问题\n`, `… and ${problems.length - limit} more problems\n`));
  io.stderr.write(t(locale, '输入数据有误，未生成报告。\n', 'The input data has problems; no report was written.\n'));
}

/** Writes text to a file atomically: a temporary file beside it, renamed into place. */
function writeAtomically(path: string, text: string): void {
  const target = resolve(path);
  const temp = join(dirname(target), `.${Date.now().toString(36)}-${process.pid}.partial`);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    // Name the file asked for, not the temporary one beside it.
    const refused = fileSystemError(e);
    throw refused === undefined ? e : Object.assign(new Error(`${refused.code}: ${target}`), { ...refused, path: target });
  }
}

/** The report's time zone and period, as the command line gave them. */
function calendarOptions(command: ReportCommand): { readonly timeZone: string; readonly periodDays?: number } {
  return command.periodDays === null ? { timeZone: command.timeZone } : { timeZone: command.timeZone, periodDays: command.periodDays };
}

async function report(command: ReportCommand, io: CliIO): Promise<number> {
  const { locale } = command;
  let result: { readonly ok: true; readonly value: Report } | { readonly ok: false; readonly error: readonly ReportProblem[] };
  if (command.data === null) {
    const now = command.now ?? SAMPLE_DEFAULTS.now;
    const options = sampleOptions(command, now);
    const large = !command.quiet && options.customers >= 50_000;
    const builder = createReportBuilder({ now, ...calendarOptions(command), ...(large ? { onStep: stepReporter(io, locale) } : {}) });
    const progress = createProgress(io.stderr, locale, large, 50_000);
    feedSample(builder, options, progress, locale);
    const source: LocalizedText = {
      'zh-CN': `内置样本企业（种子 ${options.seed}，${options.customers} 个客户，${options.years ?? SAMPLE_DEFAULTS.years} 年历史）`,
      en: `the bundled sample firm (seed ${options.seed}, ${options.customers} customers, ${options.years ?? SAMPLE_DEFAULTS.years} years of history)`,
    };
    result = builder.finish(source);
    if (!result.ok) {
      // The sample is valid by construction; a problem here is a bug.
      io.stderr.write(`${result.error.map((p) => `${p.dataset}[${p.index}]: ${p.error.messages[locale]}`).join('\n')}\n`);
      return EXIT.BAD_INPUT;
    }
  } else {
    const now = command.now ?? io.clock();
    // Steps are shown for large inputs only (a hundred thousand records or more).
    const large = (): boolean => builder.counts.transactions + builder.counts.shipments >= 100_000;
    const builder: ReportBuilder = createReportBuilder({ now, ...calendarOptions(command), ...(command.quiet ? {} : { onStep: stepReporter(io, locale, large) }) });
    const progress = createProgress(io.stderr, locale, !command.quiet);
    const loaded = await loadData(command.data, builder, progress);
    if (loaded.problems.length > 0) {
      printProblems(io, locale, loaded.problems);
      return EXIT.BAD_INPUT;
    }
    result = builder.finish({ 'zh-CN': `导出文件目录 ${command.data}`, en: `the exports in ${command.data}` });
    if (!result.ok) {
      printProblems(io, locale, locateReportProblems(result.error, loaded.sources));
      return EXIT.BAD_INPUT;
    }
  }
  const text = renderReport(result.value, command.format, locale);
  if (command.out === null) io.stdout.write(text);
  else writeAtomically(command.out, text);
  return EXIT.OK;
}

async function exportCommand(command: ExportCommand, io: CliIO): Promise<number> {
  const now = command.now ?? SAMPLE_DEFAULTS.now;
  const options = sampleOptions(command, now);
  const progress = createProgress(io.stderr, command.locale, !command.quiet && options.customers >= 50_000, 50_000);
  try {
    const files = await exportSample(sampleFirmBundles(options), command.out, command.csv, progress, options.customers);
    if (!command.quiet) io.stderr.write(`${files.join('\n')}\n`);
    return EXIT.OK;
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('EXISTS:')) {
      io.stderr.write(t(command.locale, `目标目录已存在：${e.message.slice(7)}\n`, `the target directory already exists: ${e.message.slice(7)}\n`));
      return EXIT.USAGE;
    }
    throw e;
  }
}

/** An error of the operating system's file calls (`ENOENT`, `EACCES`, `EISDIR`, …), as Node reports them. */
function fileSystemError(e: unknown): { readonly code: string; readonly syscall: string; readonly path: string | undefined } | undefined {
  if (!(e instanceof Error)) return undefined;
  const { code, syscall, path } = e as Error & { code?: unknown; syscall?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof syscall !== 'string') return undefined;
  return { code, syscall, path: typeof path === 'string' ? path : undefined };
}

/** Why a file call fails, in words, for the codes a user meets; the code itself for the others. */
const FILE_SYSTEM_REASONS: { readonly [code: string]: LocalizedText } = {
  ENOENT: { 'zh-CN': '文件或目录不存在', en: 'no such file or directory' },
  EACCES: { 'zh-CN': '没有权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '不允许的操作', en: 'operation not permitted' },
  EISDIR: { 'zh-CN': '这是一个目录', en: 'it is a directory' },
  ENOTDIR: { 'zh-CN': '路径中有一部分不是目录', en: 'a part of the path is not a directory' },
  ENOSPC: { 'zh-CN': '磁盘空间不足', en: 'no space left on the device' },
  EROFS: { 'zh-CN': '只读文件系统', en: 'read-only file system' },
};

/** Runs a command; a file the system refuses to read or write is a message and exit code 3, not a stack trace. */
async function withFileErrors(locale: Locale, io: CliIO, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (e) {
    const refused = fileSystemError(e);
    if (refused === undefined) throw e;
    const reason = FILE_SYSTEM_REASONS[refused.code]?.[locale] ?? refused.code;
    const path = refused.path ?? '?';
    io.stderr.write(t(locale, `无法访问 ${path}：${reason} [${refused.code}]\n`, `cannot access ${path}: ${reason} [${refused.code}]\n`));
    return EXIT.FILE_SYSTEM;
  }
}

/**
 * The locale the arguments ask for, for a usage error (the arguments did not parse): `en` for
 * `--locale en` or `--locale=en`, Chinese otherwise — not any argument that happens to read `en`.
 */
function localeAsked(argv: readonly string[]): Locale {
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--locale') asked = argv[++i];
    else if (arg.startsWith('--locale=')) asked = arg.slice('--locale='.length);
  }
  return asked === 'en' ? 'en' : 'zh-CN';
}

/** Runs the command line and returns the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command: Command | { readonly usage: true; readonly message: LocalizedText } = parseCommandLine(argv);
  if ('usage' in command) {
    const locale = localeAsked(argv);
    io.stderr.write(`${command.message[locale]}\n${t(locale, '用 --help 查看用法。', 'Run with --help for usage.')}\n`);
    return EXIT.USAGE;
  }
  switch (command.command) {
    case 'help':
      io.stdout.write(helpText(command.locale));
      return EXIT.OK;
    case 'report':
      return withFileErrors(command.locale, io, () => report(command, io));
    case 'export':
      return withFileErrors(command.locale, io, () => exportCommand(command, io));
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}
