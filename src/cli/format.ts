/** Number, money, share and time formatting for the report, in either locale. */
import type { Locale, LocalizedText } from '../core/locale.js';
import { formatMoney } from '../core/money/format-money.js';
import type { Money } from '../core/money/money.js';
import { formatRate } from '../core/rate/format-rate.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Rate } from '../core/rate/rate.js';
import type { Ratio } from '../core/rate/ratio.js';
import { localDateOf } from '../core/time/zoned-time.js';
import { formatShare } from '../segmentation/format-share.js';

const HOUR_MS = 3_600_000;

/** The formatting functions of one locale and time zone. */
export interface Formatter {
  readonly locale: Locale;
  /** Picks the text of the locale. */
  t(text: LocalizedText): string;
  /** Picks between two literal texts. */
  tr(zh: string, en: string): string;
  /** A whole number with digit grouping. */
  int(n: number): string;
  /** A fraction (0–1) as a percentage with one decimal, or "—" for `null`. */
  pct(value: number | null, digits?: number): string;
  /** An exact share (ratio or rate) as a percentage. */
  share(value: Ratio | Rate | NoData): string;
  /** A rate as "k of n (p%)". */
  rate(value: Rate | NoData): string;
  /** Money with its symbol, exact. */
  money(value: Money): string;
  /** Milliseconds as hours with one decimal. */
  hours(ms: number | null): string;
  /** A number with a fixed number of decimals, or "—". */
  num(value: number | null, digits?: number): string;
  /** A date as YYYY-MM-DD in the report's time zone. */
  date(value: Date | null): string;
}

/** Creates the formatter of a locale and time zone. */
export function formatter(locale: Locale, timeZone: string): Formatter {
  const ints = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const dash = '—';
  return {
    locale,
    t: (text) => text[locale],
    tr: (zh, en) => (locale === 'zh-CN' ? zh : en),
    int: (n) => ints.format(n),
    pct: (value, digits = 1) => (value === null ? dash : `${(value * 100).toFixed(digits)}%`),
    share: (value) => formatShare(value, locale),
    rate: (value) => formatRate(value, locale),
    money: (value) => formatMoney(value, locale),
    hours: (ms) => (ms === null ? dash : `${(ms / HOUR_MS).toFixed(1)} h`),
    num: (value, digits = 1) => (value === null ? dash : value.toFixed(digits)),
    date: (value) => (value === null ? dash : localDateOf(value, timeZone)),
  };
}
