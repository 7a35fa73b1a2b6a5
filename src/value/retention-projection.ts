import type { Decimal } from 'decimal.js';
import { type DecimalInput, LcDecimal } from '../core/decimal.js';
import { type DomainError, domainError } from '../core/domain-error.js';
import { type LocalizedText, text } from '../core/locale.js';
import type { Ratio } from '../core/rate/ratio.js';
import { err, ok, type Result } from '../core/result.js';
import { type RateInput, rateInputToDecimal } from './rate-input.js';

/**
 * The textbook's defaults for {@link projectRetention} (DOMAIN.md §4, 知识小贴士 [seed 003]):
 * "根据一般企业的经验，客户每年流失 1/3 左右 … 不出 5 年，老客户必将消失殆尽" — about one third of
 * customers are lost each year, so without new customers the base is nearly gone within five
 * years. No new customers, and a threshold of 15 % of the initial base for "nearly gone" (the
 * threshold is [practice], not in the text: (2/3)^4 ≈ 19.8 % is still above it, (2/3)^5 ≈ 13.2 %
 * below).
 *
 * @example
 * ```ts
 * import { TEXTBOOK_RETENTION } from 'logistics-customer/value';
 * [TEXTBOOK_RETENTION.annualChurn, TEXTBOOK_RETENTION.years];
 * // => [{ kind: 'ratio', numerator: 1, denominator: 3 }, 5]
 * ```
 * @category Customer value
 */
export const TEXTBOOK_RETENTION: {
  readonly annualChurn: Ratio;
  readonly years: number;
  readonly newPerYear: DecimalInput;
  readonly threshold: RateInput;
} = Object.freeze({
  annualChurn: Object.freeze({ kind: 'ratio', numerator: 1, denominator: 3 } as const),
  years: 5,
  newPerYear: 0,
  threshold: '0.15',
});

/**
 * The input of {@link projectRetention}; everything but `initial` defaults to
 * {@link TEXTBOOK_RETENTION}.
 *
 * @category Customer value
 */
export interface RetentionProjectionInput {
  /** The customer base at the start (a count above 0; decimals allowed for averages). */
  readonly initial: DecimalInput;
  /** The share of the customers at the start of a year that are lost during it, 0 to 1; default 1/3. */
  readonly annualChurn?: RateInput;
  /** How many years to project, a whole number from 1 to 1000; default 5. */
  readonly years?: number;
  /** New customers won each year (they are not lost in the year they are won); default 0. */
  readonly newPerYear?: DecimalInput;
  /** The share of the initial base below which it counts as nearly gone, 0 to 1; default 0.15. */
  readonly threshold?: RateInput;
}

/**
 * One year of a retention projection. Every figure is computed as an exact fraction and
 * divided once, to 40 significant digits, when it is reported.
 *
 * @category Customer value
 */
export interface RetentionYear {
  /** The year, 1 for the first. */
  readonly year: number;
  /** Customers at the start of the year. */
  readonly start: Decimal;
  /** Customers lost during the year: start × churn. */
  readonly lost: Decimal;
  /** New customers won during the year. */
  readonly gained: Decimal;
  /** Customers at the end of the year: start − lost + gained. */
  readonly end: Decimal;
  /** The end-of-year base as a share of the initial base. */
  readonly endShare: Decimal;
  /** Of the original customers, those still there: initial × (1 − churn)^year. */
  readonly originalRemaining: Decimal;
  /** The share of the original customers still there: (1 − churn)^year. */
  readonly originalShare: Decimal;
}

/**
 * A retention projection: the parameters used, one row per year and the year the base falls
 * below the threshold.
 *
 * @category Customer value
 */
export interface RetentionProjection {
  /** The initial base. */
  readonly initial: Decimal;
  /** The annual churn used. */
  readonly annualChurn: Decimal;
  /** New customers per year. */
  readonly newPerYear: Decimal;
  /** The threshold share used. */
  readonly threshold: Decimal;
  /** One row per year. */
  readonly rows: readonly RetentionYear[];
  /** The first year whose end-of-year base is below threshold × initial; `null` if none within the horizon. */
  readonly belowThresholdYear: number | null;
}

interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function fraction(n: bigint, d: bigint): Fraction {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d < 0n ? -d : d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

const plus = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
const minus = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
const times = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
const compare = (a: Fraction, b: Fraction): number => {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
};
const ONE: Fraction = { n: 1n, d: 1n };

function toDecimal(f: Fraction): Decimal {
  return new LcDecimal(f.n.toString()).div(f.d.toString());
}

function decimalToFraction(d: Decimal): Fraction {
  const [n, den] = d.toFraction() as [Decimal, Decimal];
  return fraction(BigInt(n.toFixed(0)), BigInt(den.toFixed(0)));
}

function parse(input: RateInput, field: string, errors: DomainError[]): Fraction | null {
  if (typeof input === 'object' && input !== null && (input as { kind?: unknown }).kind === 'ratio') {
    const r = input as Ratio;
    if (Number.isSafeInteger(r.numerator) && Number.isSafeInteger(r.denominator) && r.denominator !== 0) {
      return fraction(BigInt(r.numerator), BigInt(r.denominator));
    }
  }
  const d = rateInputToDecimal(input, [field]);
  if (!d.ok) {
    errors.push(d.error);
    return null;
  }
  return decimalToFraction(d.value);
}

function check(ok: boolean, code: string, field: string, messages: LocalizedText, received: unknown, errors: DomainError[]): void {
  if (ok) return;
  const shown = typeof received === 'object' && received !== null ? JSON.stringify(received) : String(received);
  const full = text(`${messages['zh-CN']}，收到 ${shown}`, `${messages.en}; received ${shown}`);
  errors.push(domainError(code, full, { path: [field], details: { received } }));
}

/**
 * Projects a customer base year by year under a constant annual churn, with optional new
 * customers each year — the textbook's rule of thumb (客户每年流失 1/3 左右，不出 5 年老客户必将
 * 消失殆尽, DOMAIN.md §4 [seed 003]). With the defaults, (2/3)^5 = 32/243 ≈ 13 % of the base is
 * left after five years.
 *
 * Each year: end = start × (1 − churn) + new customers. The arithmetic is exact (fractions, so
 * a churn of `ratio(1, 3)` stays exactly one third); each reported figure is divided once, to
 * 40 significant digits; round only when you format.
 *
 * @param input - The initial base and the parameters (defaults: {@link TEXTBOOK_RETENTION}).
 * @returns The projection, or every parameter problem: `INVALID_INITIAL` (not above 0),
 *   `CHURN_OUT_OF_RANGE` (outside 0–1), `INVALID_YEARS`, `INVALID_NEW_CUSTOMERS` (below 0),
 *   `THRESHOLD_OUT_OF_RANGE` (outside 0–1) or `INVALID_NUMBER`.
 *
 * @example
 * ```ts
 * import { projectRetention } from 'logistics-customer/value';
 * const p = projectRetention({ initial: 300 });
 * p.ok && p.value.rows.map((r) => r.end.toFixed(1));
 * // => ['200.0', '133.3', '88.9', '59.3', '39.5']
 * p.ok && p.value.rows[4]?.endShare.times(100).toFixed(0);
 * // => '13'
 * p.ok && p.value.belowThresholdYear;
 * // => 5
 * ```
 * @category Customer value
 */
export function projectRetention(input: RetentionProjectionInput): Result<RetentionProjection, readonly DomainError[]> {
  const errors: DomainError[] = [];
  const years = input.years ?? TEXTBOOK_RETENTION.years;
  const initial = parse(input.initial, 'initial', errors);
  const churn = parse(input.annualChurn ?? TEXTBOOK_RETENTION.annualChurn, 'annualChurn', errors);
  const gained = parse(input.newPerYear ?? TEXTBOOK_RETENTION.newPerYear, 'newPerYear', errors);
  const threshold = parse(input.threshold ?? TEXTBOOK_RETENTION.threshold, 'threshold', errors);
  if (initial !== null) {
    check(initial.n > 0n, 'INVALID_INITIAL', 'initial', text('初始客户数须大于 0', 'the initial customer base must be above 0'), input.initial, errors);
  }
  if (churn !== null) {
    check(
      churn.n >= 0n && compare(churn, ONE) <= 0,
      'CHURN_OUT_OF_RANGE',
      'annualChurn',
      text('年流失率须在 0 到 1 之间', 'the annual churn must be between 0 and 1'),
      input.annualChurn,
      errors,
    );
  }
  check(
    Number.isSafeInteger(years) && years >= 1 && years <= 1000,
    'INVALID_YEARS',
    'years',
    text('预测年数须为 1 到 1000 的整数', 'the number of years must be a whole number from 1 to 1000'),
    years,
    errors,
  );
  if (gained !== null) {
    check(gained.n >= 0n, 'INVALID_NEW_CUSTOMERS', 'newPerYear', text('每年新增客户数不能为负', 'new customers per year cannot be negative'), input.newPerYear, errors);
  }
  if (threshold !== null) {
    check(
      threshold.n >= 0n && compare(threshold, ONE) <= 0,
      'THRESHOLD_OUT_OF_RANGE',
      'threshold',
      text('阈值（占初始客户数的比例）须在 0 到 1 之间', 'the threshold (a share of the initial base) must be between 0 and 1'),
      input.threshold,
      errors,
    );
  }
  if (errors.length > 0 || initial === null || churn === null || gained === null || threshold === null) return err(errors);

  const retention = minus(ONE, churn);
  const floor = times(threshold, initial);
  const rows: RetentionYear[] = [];
  let start = initial;
  let survivors = ONE;
  let belowThresholdYear: number | null = null;
  for (let year = 1; year <= years; year++) {
    const lost = times(start, churn);
    const end = plus(minus(start, lost), gained);
    survivors = times(survivors, retention);
    rows.push({
      year,
      start: toDecimal(start),
      lost: toDecimal(lost),
      gained: toDecimal(gained),
      end: toDecimal(end),
      endShare: toDecimal(fraction(end.n * initial.d, end.d * initial.n)),
      originalRemaining: toDecimal(times(initial, survivors)),
      originalShare: toDecimal(survivors),
    });
    if (belowThresholdYear === null && compare(end, floor) < 0) belowThresholdYear = year;
    start = end;
  }
  return ok({
    initial: toDecimal(initial),
    annualChurn: toDecimal(churn),
    newPerYear: toDecimal(gained),
    threshold: toDecimal(threshold),
    rows,
    belowThresholdYear,
  });
}
