import * as z from 'zod/mini';
import type { DomainError } from '../core/domain-error.js';
import { domainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { text } from '../core/locale.js';
import { err, ok, type Result } from '../core/result.js';
import { safeParseWith } from '../core/zod-issues.js';
import type { QualityGrouping } from './grouping.js';
import { QUALITY_MESSAGES } from './messages.js';
import type { QualityAccumulatorJSON } from './quality-accumulator-json.js';
import {
  type QualityAccumulatorOptions,
  type ResolvedQualityOptions,
  resolveQualityOptions,
  sameQualityOptions,
} from './quality-options.js';
import type { QualityReport, QualityRecordCounts, QualityReportOptions } from './quality-report.js';
import { QualityState } from './quality-state.js';
import type { ShipmentRejections } from './rejected-record.js';
import { type ShipmentRecord, ShipmentRecordSchema } from './shipment-record.js';
import { shipmentRecordProblem } from './shipment-record-problem.js';

/**
 * The report of a grouped accumulator: the records seen overall, the rejected ones (rejected
 * before grouping), and one {@link QualityReport} per group, keys sorted.
 *
 * @category Grouping
 */
export interface GroupedQualityReport {
  /** The grouping's name. */
  readonly grouping: string;
  /** Records seen, used and rejected over all groups. */
  readonly records: QualityRecordCounts;
  /** Why records were rejected. */
  readonly rejections: ShipmentRejections;
  /** One report per group key. */
  readonly groups: Readonly<Record<string, QualityReport>>;
}

/**
 * The JSON form of a grouped accumulator.
 *
 * @category Grouping
 */
export interface GroupedQualityAccumulatorJSON {
  /** Identifies the format. */
  readonly format: 'logistics-customer.grouped-quality-accumulator';
  /** The format version. */
  readonly version: 1;
  /** The grouping's name. */
  readonly grouping: string;
  /** Records seen overall, and the rejections (as an ungrouped accumulator with no lines). */
  readonly all: QualityAccumulatorJSON;
  /** One accumulator per group key, keys sorted. */
  readonly groups: Readonly<Record<string, QualityAccumulatorJSON>>;
}

/**
 * A quality accumulator that keeps one set of measures per group — by customer, by tier, by
 * period or any {@link QualityGrouping} — with the same streaming, merging and JSON guarantees as
 * {@link QualityAccumulator}.
 *
 * @category Grouping
 */
export interface GroupedQualityAccumulator {
  /** The grouping. */
  readonly grouping: QualityGrouping;
  /** The options, with every default. */
  readonly options: ResolvedQualityOptions;
  /** Records offered so far. */
  readonly seen: number;
  /** Checks one record and adds it to its group; `false` when rejected. */
  add(record: ShipmentRecord): boolean;
  /** Parses one untrusted JSON record, then adds it; `false` when rejected. */
  addInput(input: unknown): boolean;
  /** The report per group. */
  report(options?: QualityReportOptions): GroupedQualityReport;
  /** The canonical JSON form. */
  toJSON(): GroupedQualityAccumulatorJSON;
}

class Grouped implements GroupedQualityAccumulator {
  readonly grouping: QualityGrouping;
  /** Seen and rejected records overall (no lines). */
  readonly all: QualityState;
  readonly groups = new Map<string, QualityState>();

  constructor(grouping: QualityGrouping, options: ResolvedQualityOptions) {
    this.grouping = grouping;
    this.all = new QualityState(options);
  }

  get options(): ResolvedQualityOptions {
    return this.all.options;
  }

  get seen(): number {
    return this.all.seen;
  }

  add(record: ShipmentRecord): boolean {
    const problem = shipmentRecordProblem(record);
    if (problem !== null) {
      this.all.reject([problem]);
      return false;
    }
    const key = this.grouping.keyOf(record);
    if (typeof key !== 'string') {
      throw new LogisticsCustomerError('INVALID_GROUP_KEY', QUALITY_MESSAGES.INVALID_GROUP_KEY, { grouping: this.grouping.name });
    }
    let group = this.groups.get(key);
    if (group === undefined) {
      group = new QualityState(this.all.options);
      this.groups.set(key, group);
    }
    this.all.seen++;
    group.acceptChecked(record);
    return true;
  }

  addInput(input: unknown): boolean {
    const parsed = safeParseWith(ShipmentRecordSchema, input);
    if (!parsed.ok) {
      this.all.reject(parsed.error);
      return false;
    }
    return this.add(parsed.value);
  }

  report(options: QualityReportOptions = {}): GroupedQualityReport {
    const confidence = options.confidence ?? 0.95;
    const groups: Record<string, QualityReport> = {};
    let used = 0;
    for (const key of [...this.groups.keys()].sort()) {
      const state = this.groups.get(key);
      if (state === undefined) continue;
      used += state.lines;
      groups[key] = state.report(confidence);
    }
    return {
      grouping: this.grouping.name,
      records: { seen: this.all.seen, used, rejected: this.all.rejections.count },
      rejections: this.all.rejections.summary(),
      groups,
    };
  }

  toJSON(): GroupedQualityAccumulatorJSON {
    const groups: Record<string, QualityAccumulatorJSON> = {};
    for (const key of [...this.groups.keys()].sort()) {
      const state = this.groups.get(key);
      if (state !== undefined) groups[key] = state.toJSON();
    }
    return {
      format: 'logistics-customer.grouped-quality-accumulator',
      version: 1,
      grouping: this.grouping.name,
      all: { ...this.all.toJSON(), seen: this.all.rejections.count },
      groups,
    };
  }
}

/**
 * Creates an empty grouped quality accumulator.
 *
 * @param grouping - How records are grouped: `groupByCustomer()`, `groupByTier(tiers)`, `groupByPeriod('month')`,
 *   `groupByServiceKind()` or your own.
 * @param options - The accumulator options, shared by every group.
 * @returns The accumulator.
 * @throws LogisticsCustomerError for invalid options; `INVALID_GROUP_KEY` later, from
 *   `add`, if the grouping returns something other than a string.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { groupByTier, createGroupedQualityAccumulator } from 'logistics-customer/quality';
 * const acc = createGroupedQualityAccumulator(groupByTier({ 'C-001': 'A' }));
 * const line = {
 *   customerId: customerId('C-001'), orderId: 'SO-1', lineId: '1',
 *   orderedAt: new Date('2026-03-01T00:00:00Z'), promisedAt: new Date('2026-03-03T00:00:00Z'),
 *   deliveredAt: new Date('2026-03-02T00:00:00Z'),
 *   quantityOrdered: 4, quantityDelivered: 4, condition: 'intact', documentsAccurate: true,
 * } as const;
 * acc.add(line);
 * acc.add({ ...line, customerId: customerId('C-002'), condition: 'damaged' });
 * const report = acc.report();
 * [Object.keys(report.groups), report.groups['unassigned']?.reliability.damage.value];
 * // => [['A', 'unassigned'], 1]
 * ```
 * @category Grouping
 */
export function createGroupedQualityAccumulator(
  grouping: QualityGrouping,
  options: QualityAccumulatorOptions = {},
): GroupedQualityAccumulator {
  return new Grouped(grouping, resolveQualityOptions(options));
}

function groupedOf(acc: GroupedQualityAccumulator): Grouped {
  if (!(acc instanceof Grouped)) {
    throw new LogisticsCustomerError('INCOMPATIBLE_ACCUMULATORS', QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS, {
      reason: 'not an accumulator made by createGroupedQualityAccumulator',
    });
  }
  return acc;
}

/**
 * Merges two grouped accumulators into a new one equal to one pass over `a`'s records then
 * `b`'s, group by group; neither input changes.
 *
 * @param a - The first accumulator.
 * @param b - The second, with the same grouping name and options.
 * @returns The merged accumulator.
 * @throws LogisticsCustomerError `INCOMPATIBLE_ACCUMULATORS` when groupings or options
 *   differ.
 *
 * @example
 * ```ts
 * import { customerId } from 'logistics-customer/customer';
 * import { groupByCustomer, createGroupedQualityAccumulator, mergeGroupedQualityAccumulators } from 'logistics-customer/quality';
 * const line = {
 *   customerId: customerId('C-001'), orderId: 'SO-1', lineId: '1',
 *   orderedAt: new Date('2026-03-01T00:00:00Z'), promisedAt: new Date('2026-03-03T00:00:00Z'),
 *   deliveredAt: new Date('2026-03-02T00:00:00Z'),
 *   quantityOrdered: 4, quantityDelivered: 4, condition: 'intact', documentsAccurate: true,
 * } as const;
 * const a = createGroupedQualityAccumulator(groupByCustomer());
 * const b = createGroupedQualityAccumulator(groupByCustomer());
 * a.add(line);
 * b.add({ ...line, lineId: '2' });
 * mergeGroupedQualityAccumulators(a, b).report().groups['C-001']?.records;
 * // => { seen: 2, used: 2, rejected: 0 }
 * ```
 * @category Grouping
 */
export function mergeGroupedQualityAccumulators(
  a: GroupedQualityAccumulator,
  b: GroupedQualityAccumulator,
): GroupedQualityAccumulator {
  const left = groupedOf(a);
  const right = groupedOf(b);
  if (left.grouping.name !== right.grouping.name || !sameQualityOptions(left.options, right.options)) {
    throw new LogisticsCustomerError('INCOMPATIBLE_ACCUMULATORS', QUALITY_MESSAGES.INCOMPATIBLE_ACCUMULATORS, {
      a: { grouping: left.grouping.name, options: left.options },
      b: { grouping: right.grouping.name, options: right.options },
    });
  }
  const out = new Grouped(left.grouping, left.options);
  out.all.absorb(left.all);
  out.all.absorb(right.all);
  for (const source of [left, right]) {
    for (const [key, state] of source.groups) {
      const existing = out.groups.get(key);
      if (existing === undefined) out.groups.set(key, state.clone());
      else existing.absorb(state);
    }
  }
  return out;
}

const GroupedShape = z.object({
  format: z.literal('logistics-customer.grouped-quality-accumulator'),
  version: z.literal(1),
  grouping: z.string(),
  all: z.unknown(),
  groups: z.record(z.string(), z.unknown()),
});

/**
 * Restores a grouped accumulator from its JSON form, checked; the grouping function is given
 * again (functions are not JSON) and must have the stored name.
 *
 * @param json - The parsed JSON value.
 * @param grouping - The grouping it was built with.
 * @returns The accumulator or every problem, with messages in zh-CN and en.
 *
 * @example
 * ```ts
 * import { groupByCustomer, createGroupedQualityAccumulator, groupedQualityAccumulatorFromJSON } from 'logistics-customer/quality';
 * const json = JSON.parse(JSON.stringify(createGroupedQualityAccumulator(groupByCustomer())));
 * const back = groupedQualityAccumulatorFromJSON(json, groupByCustomer());
 * back.ok && back.value.seen;
 * // => 0
 * ```
 * @category Grouping
 */
export function groupedQualityAccumulatorFromJSON(
  json: unknown,
  grouping: QualityGrouping,
): Result<GroupedQualityAccumulator, readonly DomainError[]> {
  const shape = safeParseWith(GroupedShape, json);
  if (!shape.ok) return shape;
  const data = shape.value;
  if (data.grouping !== grouping.name) {
    return err([
      domainError(
        'GROUPING_MISMATCH',
        text(`分组方式不一致：数据为 ${data.grouping}，传入的是 ${grouping.name}`, `grouping mismatch: the data was grouped by ${data.grouping}, not ${grouping.name}`),
        { path: ['grouping'], details: { expected: grouping.name, received: data.grouping } },
      ),
    ]);
  }
  const problems: DomainError[] = [];
  const all = QualityState.fromJSON(data.all);
  if (!all.ok) problems.push(...all.error.map((e) => ({ ...e, path: ['all', ...e.path] })));
  const states = new Map<string, QualityState>();
  for (const [key, value] of Object.entries(data.groups)) {
    const state = QualityState.fromJSON(value);
    if (!state.ok) problems.push(...state.error.map((e) => ({ ...e, path: ['groups', key, ...e.path] })));
    else states.set(key, state.value);
  }
  if (!all.ok || problems.length > 0) return err(problems);
  const out = new Grouped(grouping, all.value.options);
  out.all.absorb(all.value);
  for (const [key, state] of [...states].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (!sameQualityOptions(state.options, out.options)) {
      problems.push(domainError('INCONSISTENT_ACCUMULATOR', text('分组的选项与整体选项不一致', 'a group has other options than the whole'), { path: ['groups', key, 'options'] }));
    }
    out.groups.set(key, state);
    out.all.seen += state.seen;
  }
  if (problems.length > 0) return err(problems);
  return ok(out);
}
