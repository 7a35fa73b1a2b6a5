import type { CurrencyCode } from '../core/currency.js';
import { type DomainError, domainError } from '../core/domain-error.js';
import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import { type LocalizedText, text } from '../core/locale.js';
import { currencyExponent } from '../core/money/currency-exponent.js';
import type { Money } from '../core/money/money.js';
import { moneyToString } from '../core/money/money-to-string.js';
import { isMoneyScale } from '../core/money/scale.js';
import { NO_DATA, type NoData } from '../core/rate/no-data.js';
import { type Ratio, ratio } from '../core/rate/ratio.js';
import { err, ok, type Result } from '../core/result.js';
import type { CustomerId } from '../customer/customer-id.js';
import { type AbcBasis, abcBasisLabels } from './abc-basis.js';
import { type AbcClass, abcClassLabels } from './abc-class.js';
import type { AbcEntry } from './abc-entry.js';
import type { AbcAssignment, AbcClassSummary, AbcErrorCode, AbcEvidence, AbcResult } from './abc-result.js';
import type { AbcRule } from './abc-rule.js';
import { type AbcThresholds, DEFAULT_ABC_THRESHOLDS } from './abc-thresholds.js';
import { exactFraction } from './exact-fraction.js';
import { formatShare, formatThreshold } from './format-share.js';
import { SEGMENTATION_MESSAGES } from './messages.js';

/**
 * Options of {@link classifyAbc}; every one has the textbook default.
 *
 * @typeParam C - The currency code.
 * @category ABC analysis
 */
export interface AbcOptions<C extends CurrencyCode = CurrencyCode> {
  /** Rank by revenue (default) or by profit (分析口径). */
  readonly basis?: AbcBasis;
  /** The value rule (default) or the count rule. */
  readonly rule?: AbcRule;
  /** Where A and B end; defaults to {@link DEFAULT_ABC_THRESHOLDS} for the rule. */
  readonly thresholds?: AbcThresholds;
  /** Last run's classes, for hysteresis: a customer keeps its class until it crosses a line by `margin`. */
  readonly previous?: ReadonlyMap<CustomerId, AbcClass>;
  /** The hysteresis margin as a share (0.02 = two percentage points); default 0. */
  readonly margin?: number;
  /** The currency every entry must be in; default the first entry's (CNY for no entries). */
  readonly currency?: C;
  /** Report duplicate customer ids as `DUPLICATE_CUSTOMER_ID` (costs a hash set); default `false`. */
  readonly checkDuplicates?: boolean;
}

/** A threshold as an exact fraction p/q. */
interface Fraction {
  readonly p: bigint;
  readonly q: bigint;
}

/** Everything a row needs to produce its evidence and explanation on demand. */
interface AbcContext {
  readonly currency: CurrencyCode;
  readonly scale: number;
  readonly basis: AbcBasis;
  readonly rule: AbcRule;
  readonly thresholds: AbcThresholds;
  readonly margin: number;
  readonly count: number;
  readonly base: number;
  /** Values in rank order. */
  readonly values: Float64Array;
  /** Cumulative positive values in rank order, this customer included. */
  readonly cumulative: Float64Array;
  /** The class by thresholds alone, in rank order (0 A, 1 B, 2 C). */
  readonly unadjusted: Uint8Array;
  /** The previous class in rank order (0 A, 1 B, 2 C, 3 none), when `previous` was given. */
  readonly previous: Uint8Array | null;
}

const CLASSES = ['A', 'B', 'C'] as const satisfies readonly AbcClass[];
const NONE = 3;
const TWO_POW_53 = 2 ** 53;

function share(numerator: number, denominator: number): Ratio | NoData {
  return denominator === 0 ? NO_DATA : ratio(numerator, denominator);
}

/**
 * One row of a result. A row stores only the id, the class, the run's shared context and its rank
 * index; the evidence and the explanation are derived from the context when read, so a million
 * rows cost a million small objects and nothing more. One class for every run keeps the
 * construction site monomorphic (a class per run made the optimiser throw its code away on every
 * call).
 */
class AbcRow<C extends CurrencyCode> implements AbcAssignment<C> {
  readonly customerId: CustomerId;
  readonly class: AbcClass;
  readonly #context: AbcContext;
  readonly #index: number;

  constructor(customerId: CustomerId, cls: AbcClass, context: AbcContext, index: number) {
    this.customerId = customerId;
    this.class = cls;
    this.#context = context;
    this.#index = index;
  }

  get evidence(): AbcEvidence<C> {
    return evidenceAt<C>(this.#context, this.#index);
  }

  get explanation(): LocalizedText {
    return explain(this.class, this.evidence, this.#context);
  }

  toJSON(): AbcAssignment<C> {
    return { customerId: this.customerId, class: this.class, evidence: this.evidence, explanation: this.explanation };
  }
}

function evidenceAt<C extends CurrencyCode>(c: AbcContext, i: number): AbcEvidence<C> {
  const value = c.values[i] ?? 0;
  const cumulative = c.cumulative[i] ?? 0;
  const previous = c.previous === null ? NONE : (c.previous[i] ?? NONE);
  const before = value > 0 ? cumulative - value : cumulative;
  return {
    rank: i + 1,
    customerCount: c.count,
    value: { amount: value === 0 ? 0 : value, scale: c.scale, currency: c.currency as C },
    share: share(value, c.base),
    cumulativeShare: share(cumulative, c.base),
    position: c.rule === 'value' ? share(before, c.base) : share(i, c.count),
    nonPositive: value <= 0,
    unadjustedClass: CLASSES[c.unadjusted[i] ?? 2] ?? 'C',
    previousClass: previous === NONE ? null : (CLASSES[previous] ?? null),
  };
}

function explain(cls: AbcClass, e: AbcEvidence, c: AbcContext): LocalizedText {
  const basis = abcBasisLabels[c.basis];
  const label = abcClassLabels[cls];
  if (e.nonPositive) {
    const amount = `${moneyToString(e.value)} ${e.value.currency}`;
    return text(
      `${basis['zh-CN']}为 ${amount}，不大于零：归入 C 类并单独标注`,
      `${basis.en} is ${amount}, not above zero: put in class C and flagged`,
    );
  }
  const pos = { zh: formatShare(e.position, 'zh-CN'), en: formatShare(e.position, 'en') };
  const a = formatThreshold(c.thresholds.a);
  const b = formatThreshold(c.thresholds.b);
  const head =
    c.rule === 'value'
      ? text(
          `按${basis['zh-CN']}排名第 ${e.rank}/${e.customerCount}，排在前面的客户累计占 ${pos.zh}（A 类至 ${a}，B 类至 ${b}）`,
          `ranked ${e.rank} of ${e.customerCount} by ${basis.en}; customers ranked above hold ${pos.en} (A up to ${a}, B up to ${b})`,
        )
      : text(
          `按${basis['zh-CN']}排名第 ${e.rank}/${e.customerCount}，排在前面的客户占客户数 ${pos.zh}（A 类为前 ${a}，B 类至 ${b}）`,
          `ranked ${e.rank} of ${e.customerCount} by ${basis.en}; ${pos.en} of customers rank above (A: top ${a}, B: up to ${b})`,
        );
  const held =
    e.previousClass !== null && cls !== e.unadjustedClass
      ? text(
          `；上次为 ${e.previousClass} 类，未越过 ${formatThreshold(c.margin)} 的缓冲带，保持`,
          `; was ${e.previousClass} last time and has not crossed the line by the ${formatThreshold(c.margin)} margin, so stays`,
        )
      : text('', '');
  return text(`${head['zh-CN']}${held['zh-CN']} → ${label['zh-CN']}`, `${head.en}${held.en} → ${label.en}`);
}

function fraction(value: number): Fraction {
  const r = exactFraction(value);
  return { p: BigInt(r.numerator), q: BigInt(r.denominator) };
}

function plus(x: Fraction, y: Fraction, sign: 1n | -1n): Fraction {
  return { p: x.p * y.q + sign * y.p * x.q, q: x.q * y.q };
}

/** The smallest integer position that is not below `t × whole`: `position < cutoff` exactly when `position / whole < t`. */
function cutoff(t: Fraction, whole: number): number {
  const num = t.p * BigInt(whole);
  const ceil = num >= 0n ? (num + t.q - 1n) / t.q : -(-num / t.q);
  return Number(ceil);
}

function checkedThresholds(thresholds: AbcThresholds, margin: number): { a: Fraction; b: Fraction; m: Fraction } {
  const bad = (): never => {
    throw new LogisticsCustomerError('INVALID_THRESHOLDS', SEGMENTATION_MESSAGES.INVALID_THRESHOLDS, {
      thresholds,
      margin,
    });
  };
  const { a, b } = thresholds;
  if (!(a > 0 && a <= b && b <= 1) || !(margin >= 0 && margin <= 1)) bad();
  try {
    return { a: fraction(a), b: fraction(b), m: fraction(margin) };
  } catch {
    return bad();
  }
}

function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Puts `order[from..to)` (entries of equal value, in input order) in customer-id order, stably:
 * insertion sort for the usual small groups, the built-in sort for large ones.
 */
function sortTieById(order: Uint32Array, from: number, to: number, ids: readonly string[]): void {
  if (to - from > 16) {
    // Input listed by id (the usual case) leaves the group in id order already: check first.
    let sorted = true;
    for (let i = from + 1; i < to && sorted; i++) sorted = (ids[order[i - 1] as number] as string) <= (ids[order[i] as number] as string);
    if (sorted) return;
    const group = Array.from(order.subarray(from, to));
    group.sort((x, y) => compareIds(ids[x] as string, ids[y] as string));
    order.set(group, from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const item = order[i] as number;
    const id = ids[item] as string;
    let j = i - 1;
    while (j >= from && id < (ids[order[j] as number] as string)) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = item;
  }
}

/** What pass 1 learnt besides the values: the largest scale (-1: none), whether scales differ, whether ids ascend. */
interface ReadSummary {
  readonly scale: number;
  readonly mixedScales: boolean;
  readonly idsAscending: boolean;
}

/** Pass 1: checks every entry and reads its value in minor units into `values` and its id into `ids`. */
function readValues<C extends CurrencyCode>(
  entries: readonly AbcEntry<C>[],
  basis: AbcBasis,
  currency: C,
  values: Float64Array,
  ids: CustomerId[],
  errors: DomainError<AbcErrorCode>[],
): ReadSummary {
  const n = entries.length;
  let scale = -1;
  let mixedScales = false;
  let idsAscending = true;
  for (let i = 0; i < n; i++) {
    const entry = entries[i] as AbcEntry<C>;
    ids[i] = entry.customerId;
    if (idsAscending && i > 0 && !((ids[i - 1] as string) < entry.customerId)) idsAscending = false;
    const m: Money | undefined = basis === 'revenue' ? entry.revenue : entry.profit;
    if (m === undefined) {
      errors.push(missingProfit(i, entry.customerId));
      continue;
    }
    if (m.currency !== currency) {
      errors.push(currencyMismatch(i, basis, currency, m.currency));
      continue;
    }
    if (!Number.isSafeInteger(m.amount)) {
      throw new LogisticsCustomerError('INVALID_AMOUNT', CORE_MESSAGES.INVALID_AMOUNT, { index: i, amount: m.amount });
    }
    if (m.scale !== scale) {
      if (!isMoneyScale(m.scale)) {
        throw new LogisticsCustomerError('INVALID_SCALE', CORE_MESSAGES.INVALID_SCALE, { index: i, scale: m.scale });
      }
      if (scale !== -1) mixedScales = true;
      if (m.scale > scale) scale = m.scale;
    }
    values[i] = m.amount;
  }
  return { scale, mixedScales, idsAscending };
}

/** Re-reads every value at the largest scale when the entries' scales differ. */
function rescale<C extends CurrencyCode>(
  entries: readonly AbcEntry<C>[],
  basis: AbcBasis,
  scale: number,
  values: Float64Array,
  errors: DomainError<AbcErrorCode>[],
): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as AbcEntry<C>;
    const m = (basis === 'revenue' ? entry.revenue : entry.profit) as Money;
    const scaled = m.amount * 10 ** (scale - m.scale);
    if (!Number.isSafeInteger(scaled)) errors.push(outOfRange([i, basis, 'amount'], { index: i }));
    values[i] = scaled;
  }
}

function findDuplicates(ids: readonly CustomerId[], errors: DomainError<AbcErrorCode>[]): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as CustomerId;
    const at = seen.get(id);
    if (at === undefined) seen.set(id, i);
    else errors.push(duplicate(i, at, id));
  }
}

/** The range of the values and the sums of the positive and of the other values. */
interface ValueRange {
  readonly max: number;
  readonly min: number;
  readonly positive: number;
  readonly negative: number;
  readonly nonPositiveCount: number;
}

/** Pass 2. */
function valueRange(values: Float64Array): ValueRange {
  let max = -Infinity;
  let min = Infinity;
  let positive = 0;
  let negative = 0;
  let nonPositiveCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v > max) max = v;
    if (v < min) min = v;
    if (v > 0) positive += v;
    else {
      negative += v;
      nonPositiveCount++;
    }
  }
  return { max, min, positive, negative, nonPositiveCount };
}

/** Pass 3 while `(max − min + 1) × n` is a safe integer: packed keys sorted natively. */
function rankByPackedKeys(values: Float64Array, max: number, order: Uint32Array, ranked: Float64Array): void {
  const n = values.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (max - (values[i] as number)) * n + i;
  keys.sort();
  for (let r = 0; r < n; r++) {
    const key = keys[r] as number;
    const q = Math.floor(key / n);
    order[r] = key - q * n;
    ranked[r] = max - q;
  }
}

/** Pass 3 for values too far apart to pack: a comparator sort of the indexes. */
function rankByComparator(values: Float64Array, order: Uint32Array, ranked: Float64Array): void {
  const n = values.length;
  const indexes = Array.from({ length: n }, (_, i) => i);
  indexes.sort((x, y) => {
    const vx = values[x] as number;
    const vy = values[y] as number;
    return vx > vy ? -1 : vx < vy ? 1 : x - y;
  });
  for (let r = 0; r < n; r++) {
    const i = indexes[r] as number;
    order[r] = i;
    ranked[r] = values[i] as number;
  }
}

/** Puts every run of equal values in customer-id order. */
function sortTies(order: Uint32Array, ranked: Float64Array, ids: readonly CustomerId[]): void {
  const n = ranked.length;
  for (let r = 0; r < n; ) {
    let s = r + 1;
    const v = ranked[r];
    while (s < n && ranked[s] === v) s++;
    if (s - r > 1) sortTieById(order, r, s, ids);
    r = s;
  }
}

/** The ids in rank order, gathered in a tight loop: the random reads overlap instead of stalling. */
function gather(ids: readonly CustomerId[], order: Uint32Array): CustomerId[] {
  const n = order.length;
  const rankedIds: CustomerId[] = new Array<CustomerId>(n);
  for (let r = 0; r < n; r++) rankedIds[r] = ids[order[r] as number] as CustomerId;
  return rankedIds;
}

/**
 * Without hysteresis: fills the cumulative positive values and finds where A ends (`endA`) and
 * where B ends (`endB`) in rank order.
 */
function boundaries(
  ranked: Float64Array,
  rule: AbcRule,
  cutA: number,
  cutB: number,
  cumulative: Float64Array,
): { readonly endA: number; readonly endB: number } {
  const n = ranked.length;
  const byValue = rule === 'value';
  let running = 0;
  let endA = n;
  let endB = n;
  for (let r = 0; r < n; r++) {
    const v = ranked[r] as number;
    const position = byValue ? running : r;
    if (endB === n && (v <= 0 || !(position < cutB))) endB = r;
    if (endA === n && (v <= 0 || !(position < cutA))) endA = r;
    if (v > 0) running += v;
    cumulative[r] = running;
  }
  return { endA, endB };
}

/** Puts the rows of ranks `from` to `to` (exclusive), all of one class, into `customers`. */
function fillRows<C extends CurrencyCode>(
  customers: AbcAssignment<C>[],
  rankedIds: readonly CustomerId[],
  from: number,
  to: number,
  cls: AbcClass,
  context: AbcContext,
): void {
  for (let r = from; r < to; r++) customers[r] = new AbcRow<C>(rankedIds[r] as CustomerId, cls, context, r);
}

/** The class lines in positions: without hysteresis (`cutA`, `cutB`) and moved by the margin up or down. */
interface HysteresisLines {
  readonly cutA: number;
  readonly cutB: number;
  readonly aUp: number;
  readonly aDown: number;
  readonly bUp: number;
  readonly bDown: number;
}

/** Pass 4 with hysteresis: each customer's class, its rows, the class counts and sums. */
function classifyWithPrevious<C extends CurrencyCode>(
  rankedIds: readonly CustomerId[],
  previous: ReadonlyMap<CustomerId, AbcClass>,
  lines: HysteresisLines,
  context: AbcContext,
  previousCodes: Uint8Array,
  counts: Float64Array,
  sums: Float64Array,
  customers: AbcAssignment<C>[],
): void {
  const { values: ranked, cumulative, unadjusted, rule } = context;
  const { cutA, cutB, aUp, aDown, bUp, bDown } = lines;
  const n = ranked.length;
  let running = 0;
  for (let r = 0; r < n; r++) {
    const v = ranked[r] as number;
    const id = rankedIds[r] as CustomerId;
    const position = rule === 'value' ? running : r;
    const before = previous.get(id);
    const prev = before === undefined ? NONE : before === 'A' ? 0 : before === 'B' ? 1 : 2;
    previousCodes[r] = prev;
    let code = 2;
    if (v > 0) {
      const raw = position < cutA ? 0 : position < cutB ? 1 : 2;
      unadjusted[r] = raw;
      code = raw;
      if (prev !== NONE) {
        // Hysteresis: each line moves by the margin in favour of the previous class.
        const aboveA = position < (prev === 0 ? aUp : aDown);
        const aboveB = position < (prev === 2 ? bDown : bUp);
        code = aboveA ? 0 : aboveB ? 1 : 2;
      }
      running += v;
    } else {
      unadjusted[r] = 2;
    }
    cumulative[r] = running;
    counts[code]! += 1;
    sums[code]! += v;
    customers[r] = new AbcRow<C>(id, CLASSES[code] as AbcClass, context, r);
  }
}

/**
 * ABC analysis (ABC 分类, DOMAIN.md §3 [seed 003, 004]): ranks customers by revenue or profit and
 * splits them into A 关键客户, B 合适客户 and C 一般客户 by either textbook rule.
 *
 * - Value rule (default): a customer is A while the customers ranked above it hold less than 80%
 *   of the positive total, B while they hold less than 95%, else C — the customer that crosses a
 *   line still belongs to the class above it, so with 5 customers holding exactly 80% those 5 are
 *   A and the sixth is B.
 * - Count rule: A while fewer than 5% of the customers rank above it, B below 20%, else C (100
 *   customers: 5 A, 15 B, 80 C).
 *
 * Ranking is by value descending, ties by customer id ascending (code-unit order), so equal
 * values never split differently between runs and the result does not depend on input order.
 * Customers whose value is zero or negative are always C, flagged `nonPositive` and counted in
 * `nonPositiveCount`; value shares are over the total of the positive values. Shares are exact
 * fractions of integer minor units, compared with the thresholds in integer arithmetic. With
 * `previous` and `margin` (hysteresis) a customer keeps last run's class until it crosses a line
 * by the margin. Customer ids are expected unique (the customer module's batch parsers report
 * duplicates); pass `checkDuplicates: true` to check here. The work is typed arrays and integer
 * adds: a million customers take a few hundred milliseconds.
 *
 * @typeParam C - The currency code.
 * @param entries - One entry per customer (see `abcEntries` to build them from transactions).
 * @param options - Basis, rule, thresholds, hysteresis; textbook defaults.
 * @returns Every customer in rank order with class, evidence and explanation, plus the
 *   per-class summary; or every `CURRENCY_MISMATCH` (with the entry's index), `MISSING_PROFIT`,
 *   `AMOUNT_OUT_OF_RANGE` and `DUPLICATE_CUSTOMER_ID` error. No entries give an empty result.
 * @throws LogisticsCustomerError `INVALID_THRESHOLDS` unless `0 < a ≤ b ≤ 1` and
 *   `0 ≤ margin ≤ 1`; `INVALID_AMOUNT` / `INVALID_SCALE` for a malformed `Money` value.
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { classifyAbc } from 'logistics-customer/segmentation';
 * const cny = (yuan: number) => unwrap(moneyFromMinor(yuan * 100, 'CNY'));
 * const entries = [
 *   { customerId: customerId('C-1'), revenue: cny(800) },
 *   { customerId: customerId('C-2'), revenue: cny(150) },
 *   { customerId: customerId('C-3'), revenue: cny(50) },
 * ];
 * const abc = unwrap(classifyAbc(entries));
 * abc.customers.map((c) => c.class);
 * // => ['A', 'B', 'C']
 * abc.customers[1]!.evidence.cumulativeShare;
 * // => { kind: 'ratio', numerator: 95000, denominator: 100000 }
 * abc.customers[1]!.explanation.en;
 * // => 'ranked 2 of 3 by revenue; customers ranked above hold 80.0% (A up to 80%, B up to 95%) → Class B (suitable customer)'
 * abc.classes.A.valueShare;
 * // => { kind: 'ratio', numerator: 80000, denominator: 100000 }
 * ```
 * @category ABC analysis
 */
export function classifyAbc<C extends CurrencyCode>(
  entries: readonly AbcEntry<C>[],
  options: AbcOptions<NoInfer<C>> = {},
): Result<AbcResult<C>, readonly DomainError<AbcErrorCode>[]> {
  const basis = options.basis ?? 'revenue';
  const rule = options.rule ?? 'value';
  const thresholds = options.thresholds ?? DEFAULT_ABC_THRESHOLDS[rule];
  const margin = options.margin ?? 0;
  const t = checkedThresholds(thresholds, margin);
  const n = entries.length;
  const first = entries[0];
  const currency = (options.currency ??
    (first === undefined ? 'CNY' : ((basis === 'profit' ? first.profit : undefined) ?? first.revenue).currency)) as C;

  // Each pass is its own function with one loop: a pass is optimised on its own with complete
  // type feedback, instead of the whole analysis being optimised mid-loop and thrown away when
  // it reaches code that has not run yet.
  // Pass 1: validate, and read every value as integer minor units into a typed array.
  const errors: DomainError<AbcErrorCode>[] = [];
  const values = new Float64Array(n);
  const ids: CustomerId[] = new Array<CustomerId>(n);
  const read = readValues(entries, basis, currency, values, ids, errors);
  const scale = read.scale === -1 ? currencyExponent(currency) : read.scale;
  if (read.mixedScales && errors.length === 0) rescale(entries, basis, scale, values, errors);
  if (options.checkDuplicates === true) findDuplicates(ids, errors);
  if (errors.length > 0) return err(errors);

  // Pass 2: range and totals (sums of same-signed safe integers are exact while they stay safe).
  const range = valueRange(values);
  const { max, min, positive, negative, nonPositiveCount } = range;
  if (positive > Number.MAX_SAFE_INTEGER || negative < -Number.MAX_SAFE_INTEGER) {
    return err([outOfRange([], { positiveTotal: positive, negativeTotal: negative })]);
  }

  // Pass 3: rank. Packed keys (value descending, input index) sort natively as a Float64Array;
  // ties are then put in customer-id order.
  const order = new Uint32Array(n);
  const ranked = new Float64Array(n);
  if (n > 0 && (max - min + 1) * n <= TWO_POW_53) rankByPackedKeys(values, max, order, ranked);
  else if (n > 0) rankByComparator(values, order, ranked);
  // Equal values come out in input order; when the input is listed by id that is id order.
  if (!read.idsAscending) sortTies(order, ranked, ids);
  const rankedIds = gather(ids, order);

  // Pass 4: classify in rank order.
  const whole = rule === 'value' ? positive : n;
  const cutA = cutoff(t.a, whole);
  const cutB = cutoff(t.b, whole);
  const previous = options.previous;
  const withPrevious = previous !== undefined && previous.size > 0;
  const cumulative = new Float64Array(n);
  const unadjusted = new Uint8Array(n);
  const previousCodes = withPrevious ? new Uint8Array(n).fill(NONE) : null;
  const context: AbcContext = {
    currency,
    scale,
    basis,
    rule,
    thresholds: { a: thresholds.a, b: thresholds.b },
    margin,
    count: n,
    base: positive,
    values: ranked,
    cumulative,
    unadjusted,
    previous: previousCodes,
  };
  const counts = new Float64Array(3);
  const sums = new Float64Array(3);
  const customers: AbcAssignment<C>[] = new Array<AbcAssignment<C>>(n);
  if (previousCodes === null || previous === undefined) {
    // Without hysteresis the classes follow the ranking: A for ranks below `endA`, B below
    // `endB`, C after (non-positive values rank last). One pass finds the two boundaries.
    const ends = boundaries(ranked, rule, cutA, cutB, cumulative);
    const endB = ends.endB;
    const endA = ends.endA < endB ? ends.endA : endB;
    unadjusted.fill(0, 0, endA).fill(1, endA, endB).fill(2, endB);
    counts.set([endA, endB - endA, n - endB]);
    const sumA = endA > 0 ? (cumulative[endA - 1] as number) : 0;
    const sumAB = endB > 0 ? (cumulative[endB - 1] as number) : 0;
    sums.set([sumA, sumAB - sumA, positive + negative - sumAB]);
    fillRows(customers, rankedIds, 0, endA, 'A', context);
    fillRows(customers, rankedIds, endA, endB, 'B', context);
    fillRows(customers, rankedIds, endB, n, 'C', context);
  } else {
    const lines: HysteresisLines = {
      cutA,
      cutB,
      aUp: cutoff(plus(t.a, t.m, 1n), whole),
      aDown: cutoff(plus(t.a, t.m, -1n), whole),
      bUp: cutoff(plus(t.b, t.m, 1n), whole),
      bDown: cutoff(plus(t.b, t.m, -1n), whole),
    };
    classifyWithPrevious(rankedIds, previous, lines, context, previousCodes, counts, sums, customers);
  }

  const toMoney = (amount: number): Money<C> => ({ amount: amount === 0 ? 0 : amount, scale, currency });
  const summary = (code: number): AbcClassSummary<C> => ({
    count: counts[code] as number,
    countShare: share(counts[code] as number, n),
    value: toMoney(sums[code] as number),
    valueShare: share(sums[code] as number, positive),
  });
  return ok({
    basis,
    rule,
    thresholds: { a: thresholds.a, b: thresholds.b },
    margin,
    currency,
    scale,
    customerCount: n,
    total: toMoney(positive + negative),
    positiveTotal: toMoney(positive),
    nonPositiveCount,
    classes: { A: summary(0), B: summary(1), C: summary(2) },
    customers,
  });
}

function missingProfit(index: number, id: CustomerId): DomainError<'MISSING_PROFIT'> {
  return domainError(
    'MISSING_PROFIT',
    text(`第 ${index} 项（客户 ${id}）没有利润额，无法按利润额分析`, `entry ${index} (customer ${id}) has no profit to rank by`),
    { path: [index, 'profit'], details: { index, customerId: id } },
  );
}

function currencyMismatch(
  index: number,
  basis: AbcBasis,
  expected: CurrencyCode,
  received: CurrencyCode,
): DomainError<'CURRENCY_MISMATCH'> {
  return domainError(
    'CURRENCY_MISMATCH',
    text(
      `第 ${index} 项的币种为 ${received}，与分析币种 ${expected} 不一致`,
      `entry ${index} is in ${received}, not in ${expected}, the currency of the analysis`,
    ),
    { path: [index, basis, 'currency'], details: { index, expected, received } },
  );
}

function outOfRange(path: readonly (string | number)[], details: Readonly<Record<string, unknown>>): DomainError<'AMOUNT_OUT_OF_RANGE'> {
  return domainError(
    'AMOUNT_OUT_OF_RANGE',
    text('金额超出可精确计算的范围（最小货币单位的安全整数）', 'the amount is beyond the exact range (safe integers of minor units)'),
    { path, details },
  );
}

function duplicate(index: number, firstIndex: number, id: CustomerId): DomainError<'DUPLICATE_CUSTOMER_ID'> {
  return domainError(
    'DUPLICATE_CUSTOMER_ID',
    text(`第 ${index} 项的客户编号 ${id} 与第 ${firstIndex} 项重复`, `entry ${index} repeats customer id ${id} of entry ${firstIndex}`),
    { path: [index, 'customerId'], details: { index, firstIndex, customerId: id } },
  );
}
