import type { ComplainantMotive } from '../complaints/complainant-motive.js';
import type { ComplaintCategory } from '../complaints/complaint-category.js';
import type { ComplaintChannel } from '../complaints/complaint-channel.js';
import type { ComplaintEvent } from '../complaints/complaint-event.js';
import type { Complaint } from '../complaints/complaint-replay.js';
import type { ComplaintSeverity } from '../complaints/complaint-severity.js';
import type { Customer } from '../customer/customer.js';
import type { Transaction } from '../customer/transaction.js';
import type { ShipmentRecord } from '../quality/shipment-record.js';
import type { SamplePrng } from './prng.js';
import type { ResolvedSampleFirmOptions } from './sample-options.js';
import { cny } from './sample-transactions.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const STAFF = ['CS-01', 'CS-02', 'CS-03', 'CS-04', 'CS-05', 'CS-06'];
const MANAGERS = ['MGR-01', 'MGR-02'];

const DEPARTMENT: { readonly [C in ComplaintCategory]: string } = {
  delay: 'transport',
  damage: 'warehouse',
  loss: 'transport',
  'wrong-delivery': 'warehouse',
  'staff-attitude': 'customer-service',
  billing: 'finance',
  information: 'it',
  other: 'customer-service',
};

const DESCRIPTION: { readonly [C in ComplaintCategory]: readonly [description: string, demand: string, cause: string, remedy: string] } = {
  delay: ['货物比约定时间晚到，影响生产安排', '说明原因并减免运费', '中转站装车延误', '减免本单运费并优化中转排班'],
  damage: ['到货时外包装破损，部分货物受损', '按货值赔偿', '装卸搬运不当', '按实际损失赔偿并加强装卸培训'],
  loss: ['货物在途丢失，至今未找到', '全额赔偿', '分拨中心交接漏扫', '按保价赔偿并整改交接流程'],
  'wrong-delivery': ['到货数量与订单不符', '尽快补发', '拣货复核缺失', '补发缺少的货物并增加复核'],
  'staff-attitude': ['送货员态度恶劣', '道歉并处理当事人', '员工服务意识不足', '当面致歉并开展服务礼仪培训'],
  billing: ['账单金额与合同报价不符', '更正账单', '计费系统费率配置错误', '更正账单并退还多收费用'],
  information: ['物流信息长时间不更新，无法查询', '及时更新轨迹', '扫描设备故障', '修复设备并主动推送轨迹'],
  other: ['其他问题', '尽快处理', '沟通不畅', '专人跟进'],
};

const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** Moves an instant to office hours (08:30–18:30 Beijing time) of its day: complaints come in by day. */
function officeHours(rng: SamplePrng, at: number): number {
  const local = at + BEIJING_OFFSET_MS;
  const midnight = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  return midnight - BEIJING_OFFSET_MS + Math.floor((8.5 + rng.next() * 10) * HOUR_MS);
}

function hours(rng: SamplePrng, median: number, spread = 0.6): number {
  return Math.max(0.05, median * Math.exp(spread * rng.normal())) * HOUR_MS;
}

function problemOf(rng: SamplePrng, line: ShipmentRecord): ComplaintCategory | null {
  const promised = line.promisedAt ?? line.promisedWindow?.end;
  if (line.condition === 'lost') return rng.chance(0.9) ? 'loss' : null;
  if (line.condition === 'damaged') return rng.chance(0.5) ? 'damage' : null;
  if (line.quantityDelivered < line.quantityOrdered) return rng.chance(0.25) ? 'wrong-delivery' : null;
  if (promised !== undefined && line.deliveredAt !== undefined && line.deliveredAt > promised) return rng.chance(0.12) ? 'delay' : null;
  if (!line.documentsAccurate) return rng.chance(0.15) ? 'billing' : null;
  return null;
}

function severityOf(rng: SamplePrng, category: ComplaintCategory): ComplaintSeverity {
  switch (category) {
    case 'loss':
      return rng.pick(['serious', 'critical'] as const);
    case 'damage':
      return rng.pick(['moderate', 'serious'] as const);
    case 'delay':
    case 'wrong-delivery':
      return rng.pick(['minor', 'moderate', 'moderate'] as const);
    case 'staff-attitude':
    case 'billing':
    case 'information':
    case 'other':
      return rng.pick(['minor', 'minor', 'moderate'] as const);
    default: {
      const unreachable: never = category;
      return unreachable;
    }
  }
}

type Path = 'standard' | 'wait' | 'dissatisfied' | 'rejected' | 'escalated' | 'withdrawn' | 'reopened';

/** Builds the log event by event; events after `now` are dropped (the case is still open). */
class LogBuilder {
  readonly events: ComplaintEvent[] = [];
  at: number;
  readonly #now: number;
  readonly #rng: SamplePrng;

  constructor(rng: SamplePrng, at: number, now: number) {
    this.#rng = rng;
    this.at = at;
    this.#now = now;
  }

  push(after: number, make: (at: Date, by: string) => ComplaintEvent, by = this.#rng.pick(STAFF)): void {
    this.at += Math.floor(after);
    if (this.at > this.#now) return;
    this.events.push(make(new Date(this.at), by));
  }
}

function handle(rng: SamplePrng, log: LogBuilder, category: ComplaintCategory, withWait: boolean, withEscalation: boolean, compensation: number): void {
  const [, , cause, remedy] = DESCRIPTION[category];
  log.push(hours(rng, 1), (at, by) => ({ type: 'ASSIGN', at, by, department: DEPARTMENT[category] }));
  log.push(hours(rng, 3), (at, by) => ({ type: 'INVESTIGATE', at, by }));
  if (withWait) {
    log.push(hours(rng, 4), (at, by) => ({ type: 'WAIT', at, by, reason: rng.pick(['awaiting-information', 'awaiting-confirmation'] as const) }));
    log.push(hours(rng, 20), (at, by) => ({ type: 'RESUME', at, by }));
  }
  if (withEscalation) {
    log.push(hours(rng, 6), (at, by) => ({ type: 'ESCALATE', at, by, level: 'management', reason: '客户要求主管处理' }));
    log.push(hours(rng, 8), (at, by) => ({ type: 'DEESCALATE', at, by, decision: '由主管督办，维持调查' }), rng.pick(MANAGERS));
  }
  log.push(hours(rng, 10), (at, by) =>
    compensation > 0 ? { type: 'PROPOSE', at, by, cause, remedy, compensation: cny(compensation) } : { type: 'PROPOSE', at, by, cause, remedy },
  );
  log.push(hours(rng, 3), (at, by) => ({ type: 'APPROVE', at, by, instruction: '同意' }), rng.pick(MANAGERS));
  log.push(hours(rng, 6), (at, by) => ({ type: 'IMPLEMENT', at, by }));
}

function compensationOf(rng: SamplePrng, category: ComplaintCategory, orderFen: number): number {
  switch (category) {
    case 'loss':
      return Math.max(10_000, Math.round(orderFen * rng.between(0.5, 1)));
    case 'damage':
      return Math.max(5_000, Math.round(orderFen * rng.between(0.05, 0.4)));
    case 'delay':
      return rng.chance(0.6) ? Math.max(2_000, Math.round(orderFen * rng.between(0.02, 0.1))) : 0;
    case 'billing':
      return rng.chance(0.5) ? Math.max(1_000, Math.round(orderFen * rng.between(0.01, 0.05))) : 0;
    case 'wrong-delivery':
    case 'staff-attitude':
    case 'information':
    case 'other':
      return 0;
    default: {
      const unreachable: never = category;
      return unreachable;
    }
  }
}

function complaintLog(
  rng: SamplePrng,
  customer: Customer,
  category: ComplaintCategory,
  receivedMs: number,
  nowMs: number,
  order: { readonly id: string; readonly fen: number; readonly line?: string } | null,
): readonly ComplaintEvent[] {
  const contact = customer.contacts[0];
  const [description, demand] = DESCRIPTION[category];
  const motives: ComplainantMotive[] = rng.chance(0.5) ? ['venting'] : [];
  if (category === 'loss' || category === 'damage' || rng.chance(0.3)) motives.push('compensation');
  if (motives.length === 0 || rng.chance(0.2)) motives.push('respect');
  const path = rng.weighted<Path>([
    ['standard', 62],
    ['wait', 10],
    ['dissatisfied', 8],
    ['rejected', 7],
    ['escalated', 5],
    ['withdrawn', 4],
    ['reopened', 4],
  ]);
  const log = new LogBuilder(rng, receivedMs, nowMs);
  log.push(0, (at, by) => ({
    type: 'RECEIVE',
    at,
    by,
    complainant: {
      name: contact?.name ?? customer.name,
      ...(customer.nature === 'organization' ? { company: customer.name } : {}),
      ...(contact?.phone === undefined ? {} : { phone: contact.phone }),
      customerId: customer.id,
    },
    channel: rng.weighted<ComplaintChannel>([['phone', 45], ['online', 30], ['email', 10], ['visit', 10], ['letter', 5]]),
    category,
    severity: severityOf(rng, category),
    description,
    demand,
    ...(order === null ? {} : { orderId: order.id, ...(order.line === undefined ? {} : { shipmentId: `${order.id}/${order.line}` }) }),
    motives,
  }));
  // Most acknowledgements are within the 2-business-hour target; some are not.
  log.push(hours(rng, rng.chance(0.85) ? 0.4 : 5, 0.8), (at, by) => ({ type: 'ACKNOWLEDGE', at, by }));
  if (rng.chance(0.5)) log.push(hours(rng, 1.5), (at, by) => ({ type: 'RESPOND', at, by, message: '已收到您的投诉，正在核实处理' }));
  if (path === 'rejected') {
    log.push(hours(rng, 6), (at, by) => ({ type: 'REJECT', at, by, explanation: '经核实，货物按合同约定时间与数量送达，感谢您的反馈' }));
    log.push(hours(rng, 48), (at, by) => ({ type: 'ARCHIVE', at, by }));
    return log.events;
  }
  if (path === 'withdrawn') {
    log.push(hours(rng, 5), (at, by) => ({ type: 'WITHDRAW', at, by, reason: '客户表示问题已自行解决' }), contact?.name ?? customer.name);
    log.push(hours(rng, 24), (at, by) => ({ type: 'ARCHIVE', at, by }));
    return log.events;
  }
  log.push(hours(rng, 3), (at, by) => ({ type: 'ACCEPT', at, by }));
  const compensation = compensationOf(rng, category, order?.fen ?? 0);
  handle(rng, log, category, path === 'wait', path === 'escalated', compensation);
  if (path === 'dissatisfied') {
    log.push(hours(rng, 30), (at, by) => ({ type: 'FOLLOW_UP', at, by, satisfied: false, feedback: '处理结果不满意' }));
    handle(rng, log, category, false, false, compensation > 0 ? Math.round(compensation * 1.5) : 0);
  }
  log.push(hours(rng, 30), (at, by) => ({ type: 'FOLLOW_UP', at, by, satisfied: true, feedback: '满意' }));
  log.push(hours(rng, 4), (at, by) => ({ type: 'CLOSE', at, by, summary: '已按方案处理，客户确认满意' }));
  if (path === 'reopened') {
    log.push(rng.between(1, 5) * DAY_MS, (at, by) => ({ type: 'REOPEN', at, by, reason: '同类问题再次发生' }), contact?.name ?? customer.name);
    handle(rng, log, category, false, false, 0);
    log.push(hours(rng, 30), (at, by) => ({ type: 'FOLLOW_UP', at, by, satisfied: true, feedback: '满意' }));
    log.push(hours(rng, 4), (at, by) => ({ type: 'CLOSE', at, by, summary: '再次处理完毕' }));
  }
  log.push(hours(rng, 72), (at, by) => ({ type: 'ARCHIVE', at, by }));
  return log.events;
}

/**
 * Generates a customer's complaints (投诉, DOMAIN.md §7) with full lifecycles: most from shipment
 * problems (a late, damaged, lost or short line, wrong documents), a few about staff attitude,
 * billing or tracking; each handled along the textbook flow — receive, acknowledge, assess,
 * assign, investigate, propose, approve, implement, follow up, close, archive — with the usual
 * detours (waiting on the customer, escalation, a dissatisfied follow-up, rejection, withdrawal,
 * reopening). Logs are cut at `now`, so recent complaints are still open.
 *
 * @param rng - The generator of this index's complaints.
 * @param customer - The customer.
 * @param transactions - Its transactions.
 * @param shipments - Its order lines.
 * @param options - The resolved options.
 * @returns The complaints, in order of receipt.
 *
 * @example
 * ```ts no-run
 * sampleComplaints(rng, customer, transactions, shipments, options)
 * ```
 * @internal
 */
export function sampleComplaints(
  rng: SamplePrng,
  customer: Customer,
  transactions: readonly Transaction[],
  shipments: readonly ShipmentRecord[],
  options: ResolvedSampleFirmOptions,
): readonly Complaint[] {
  const nowMs = options.now.getTime();
  const fenOf = new Map(transactions.map((t) => [t.id, t.revenue.amount]));
  const raw: { readonly receivedMs: number; readonly category: ComplaintCategory; readonly order: { readonly id: string; readonly fen: number; readonly line?: string } | null }[] = [];
  for (const line of shipments) {
    const category = problemOf(rng, line);
    if (category === null) continue;
    const base = line.deliveredAt ?? line.promisedAt ?? line.promisedWindow?.end ?? line.orderedAt;
    raw.push({ receivedMs: officeHours(rng, base.getTime() + Math.floor(rng.between(1, 72) * HOUR_MS)), category, order: { id: line.orderId, fen: fenOf.get(line.orderId) ?? 0, line: line.lineId } });
  }
  for (const t of transactions) {
    if (!rng.chance(0.004)) continue;
    const category = rng.weighted<ComplaintCategory>([['staff-attitude', 4], ['billing', 3], ['information', 3], ['other', 1]]);
    raw.push({ receivedMs: officeHours(rng, t.date.getTime() + Math.floor(rng.between(2, 240) * HOUR_MS)), category, order: { id: t.id, fen: t.revenue.amount } });
  }
  raw.sort((a, b) => a.receivedMs - b.receivedMs);
  const number = customer.id.slice(2);
  const out: Complaint[] = [];
  for (const r of raw) {
    if (r.receivedMs > nowMs) continue;
    const events = complaintLog(rng, customer, r.category, r.receivedMs, nowMs, r.order);
    out.push({ id: `TS-${number}-${String(out.length + 1).padStart(3, '0')}`, events });
  }
  return out;
}
