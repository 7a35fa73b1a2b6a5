import type { CurrencyCode } from '../core/currency.js';
import { type DomainError, domainError } from '../core/domain-error.js';
import { LogisticsCustomerError } from '../core/invariant.js';
import { type LocalizedText, text } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import { moneyToString } from '../core/money/money-to-string.js';
import { sumMoney } from '../core/money/sum-money.js';
import { type Ratio, ratio } from '../core/rate/ratio.js';
import { err, ok, type Result } from '../core/result.js';
import type { Customer } from '../customer/customer.js';
import type { Classification } from './classification.js';
import type { ComplaintRecord } from './complaint-record.js';
import { compareShare } from './compare-share.js';
import { exactFraction } from './exact-fraction.js';
import { type ActivityErrorCode, customerActivity, type HistoryTransaction } from './customer-activity.js';
import { formatShare, formatThreshold } from './format-share.js';
import type { InvoiceRecord } from './invoice-record.js';
import { SEGMENTATION_MESSAGES } from './messages.js';
import { checkedCount, checkedDays, checkedNow, MAX_WINDOW_DAYS } from './option-checks.js';
import { checkRecords } from './record-checks.js';
import { type RiskLevel, riskLevelLabels } from './risk-level.js';

/** A day in milliseconds (whole 24-hour days from `now`, in no time zone). */
const DAY_MS = 86_400_000;

/**
 * Options of {@link riskWarnings}; thresholds are [practice] defaults.
 *
 * @category Risk warning
 */
export interface RiskWarningOptions {
  /** The moment of analysis. */
  readonly now: Date;
  /** The period compared with the one before, in days (default 90: a quarter). */
  readonly periodDays?: number;
  /** A drop in revenue against the period before that raises a signal, above 0 and at most 1 (default 0.3: −30%). */
  readonly dropThreshold?: number;
  /** Complaints within the period that raise a signal (default 2). */
  readonly complaintThreshold?: number;
  /** Days since the last order that raise a signal (more than; default 60). */
  readonly silenceDays?: number;
  /** Days past due a payment may be before it raises a signal (more than; default 0). */
  readonly graceDays?: number;
  /** Complaints, when known. */
  readonly complaints?: readonly ComplaintRecord[];
  /** Invoices, when known. */
  readonly invoices?: readonly InvoiceRecord[];
  /** The currency of every amount; default the first transaction's or invoice's. */
  readonly currency?: CurrencyCode;
}

/**
 * One warning signal with its evidence.
 *
 * @category Risk warning
 */
export type RiskSignal =
  | {
      /** Revenue fell against the period before. */
      readonly kind: 'falling-volume';
      /** Revenue in the period. */
      readonly revenue: Money;
      /** Revenue in the period before. */
      readonly previousRevenue: Money;
      /** (revenue − previous) / previous. */
      readonly change: Ratio;
    }
  | {
      /** Complaints piled up. */
      readonly kind: 'repeated-complaints';
      /** Complaints within the period. */
      readonly complaints: number;
    }
  | {
      /** No order for a long time. */
      readonly kind: 'long-silence';
      /** Whole days since the last order. */
      readonly daysSinceLastOrder: number;
    }
  | {
      /** Payments late. */
      readonly kind: 'overdue-payment';
      /** Unpaid invoices past due (beyond the grace days). */
      readonly overdueInvoices: number;
      /** Invoices paid late within the period. */
      readonly latePaidInvoices: number;
      /** The most days any of them was or is past due. */
      readonly maxDaysLate: number;
      /** The total still unpaid on the overdue invoices. */
      readonly unpaid: Money;
    };

/**
 * What a risk level was derived from.
 *
 * @category Risk warning
 */
export interface RiskEvidence {
  /** The signals raised, in the order falling volume, complaints, silence, payment. */
  readonly signals: readonly RiskSignal[];
}

const LEVELS = ['none', 'low', 'medium', 'high'] as const satisfies readonly RiskLevel[];

function describe(signal: RiskSignal, o: { periodDays: number; dropThreshold: number }): LocalizedText {
  switch (signal.kind) {
    case 'falling-volume':
      return text(
        `销售额较上一个 ${o.periodDays} 天变化 ${formatShare(signal.change, 'zh-CN')}（下降线 ${formatThreshold(o.dropThreshold)}）`,
        `revenue ${formatShare(signal.change, 'en')} on the previous ${o.periodDays} days (alert at −${formatThreshold(o.dropThreshold)})`,
      );
    case 'repeated-complaints':
      return text(`近 ${o.periodDays} 天投诉 ${signal.complaints} 次`, `${signal.complaints} complaints in ${o.periodDays} days`);
    case 'long-silence':
      return text(`已 ${signal.daysSinceLastOrder} 天未下单`, `no order for ${signal.daysSinceLastOrder} days`);
    case 'overdue-payment': {
      const unpaid = `${moneyToString(signal.unpaid)} ${signal.unpaid.currency}`;
      return text(
        `${signal.overdueInvoices} 张账单逾期未付（${unpaid}），${signal.latePaidInvoices} 张逾期支付，最长逾期 ${signal.maxDaysLate} 天`,
        `${signal.overdueInvoices} invoices overdue (${unpaid} unpaid), ${signal.latePaidInvoices} paid late, up to ${signal.maxDaysLate} days late`,
      );
    }
    default: {
      const unreachable: never = signal;
      return unreachable;
    }
  }
}

/**
 * Customer risk warning (风险预警, DOMAIN.md §6 [seed 002]): for every customer, the warning
 * signals it raises and a level. Signals [practice, thresholds are parameters]: revenue in the
 * last 90 days down by 30% or more on the 90 days before; 2 or more complaints in the last 90 days;
 * more than 60 days since the last order; an invoice unpaid past its due date or paid late in the
 * last 90 days. The level is the number of signals: none, low (1), medium (2), high (3 or more).
 *
 * @param customers - The customers (only `id` is read).
 * @param transactions - Their transactions.
 * @param options - `now`, thresholds, and complaints and invoices when known.
 * @returns One warning per customer, in the customers' order, or every error in the records.
 * @throws LogisticsCustomerError for bad options: `INVALID_NOW`; `INVALID_DAYS` for
 *   `periodDays` (1 to 100,000,000), `silenceDays` or `graceDays`; `INVALID_COUNT` for `complaintThreshold`;
 *   `INVALID_SHARE` unless `dropThreshold` is above 0 and at most 1 (a drop of 0 or less would
 *   flag flat or growing revenue); `INVALID_FRACTION` for a drop threshold that cannot be read
 *   exactly (more than 15 significant digits).
 *
 * @example
 * ```ts
 * import { unwrap, moneyFromMinor } from 'logistics-customer/core';
 * import { customerId } from 'logistics-customer/customer';
 * import { riskWarnings } from 'logistics-customer/segmentation';
 * const id = customerId('C-1');
 * const cny = (yuan: number) => unwrap(moneyFromMinor(yuan * 100, 'CNY'));
 * const [w] = unwrap(riskWarnings([{ id }], [
 *   { customerId: id, date: new Date('2025-11-15T00:00:00Z'), revenue: cny(1000) },
 *   { customerId: id, date: new Date('2026-01-10T00:00:00Z'), revenue: cny(400) },
 * ], {
 *   now: new Date('2026-03-31T00:00:00Z'),
 *   invoices: [{ customerId: id, amount: cny(400), dueDate: new Date('2026-02-28T00:00:00Z') }],
 * }));
 * [w!.class, w!.evidence.signals.map((s) => s.kind)];
 * // => ['high', ['falling-volume', 'long-silence', 'overdue-payment']]
 * ```
 * @category Risk warning
 */
export function riskWarnings(
  customers: readonly Pick<Customer, 'id'>[],
  transactions: readonly HistoryTransaction[],
  options: RiskWarningOptions,
): Result<readonly Classification<RiskLevel, RiskEvidence>[], readonly DomainError<ActivityErrorCode>[]> {
  const now = checkedNow(options.now);
  const periodDays = checkedDays(options.periodDays ?? 90, 'periodDays', 1, MAX_WINDOW_DAYS);
  const complaintThreshold = checkedCount(options.complaintThreshold ?? 2, 'complaintThreshold');
  const silenceDays = checkedDays(options.silenceDays ?? 60, 'silenceDays');
  const graceDays = checkedDays(options.graceDays ?? 0, 'graceDays', 0);
  const dropThreshold = options.dropThreshold ?? 0.3;
  if (!(typeof dropThreshold === 'number' && dropThreshold > 0 && dropThreshold <= 1)) {
    throw new LogisticsCustomerError('INVALID_SHARE', SEGMENTATION_MESSAGES.INVALID_SHARE, {
      option: 'dropThreshold',
      received: dropThreshold,
      exclusiveMin: 0,
      max: 1,
    });
  }
  exactFraction(dropThreshold); // a threshold that cannot be read exactly throws before any work
  const complaints = options.complaints ?? [];
  const invoices = options.invoices ?? [];
  const currency = options.currency ?? transactions[0]?.revenue.currency ?? invoices[0]?.amount.currency ?? 'CNY';

  const activity = customerActivity(customers, transactions, { now: options.now, windowDays: periodDays, periods: 1, currency });
  if (!activity.ok) return activity;
  const known = new Set<string>(customers.map((c) => c.id));
  const errors: DomainError<ActivityErrorCode>[] = [
    ...checkRecords(known, complaints, 'complaints', ['at']),
    ...checkRecords(known, invoices, 'invoices', ['dueDate', 'paidDate']),
  ];
  invoices.forEach((invoice, i) => {
    if (invoice.amount.currency !== currency) {
      errors.push(
        domainError(
          'CURRENCY_MISMATCH',
          text(`第 ${i} 张账单的币种为 ${invoice.amount.currency}，与分析币种 ${currency} 不一致`, `invoice ${i} is in ${invoice.amount.currency}, not in ${currency}`),
          { path: ['invoices', i, 'amount', 'currency'], details: { index: i, expected: currency, received: invoice.amount.currency } },
        ),
      );
    }
  });
  if (errors.length > 0) return err(errors);

  const periodStart = now - periodDays * DAY_MS;
  const complaintCount = new Map<string, number>();
  for (const c of complaints) {
    const t = c.at.getTime();
    if (t > periodStart && t <= now) complaintCount.set(c.customerId, (complaintCount.get(c.customerId) ?? 0) + 1);
  }
  const payment = new Map<string, { overdue: number; late: number; maxDays: number; unpaid: Money[] }>();
  for (const invoice of invoices) {
    const due = invoice.dueDate.getTime();
    const paid = invoice.paidDate?.getTime();
    let days = -1;
    let overdue = false;
    if (paid === undefined) {
      days = Math.floor((now - due) / DAY_MS);
      overdue = true;
    } else if (paid > periodStart && paid <= now) {
      days = Math.floor((paid - due) / DAY_MS);
    }
    if (days <= graceDays || due > now) continue;
    const entry = payment.get(invoice.customerId) ?? { overdue: 0, late: 0, maxDays: 0, unpaid: [] };
    payment.set(invoice.customerId, {
      overdue: entry.overdue + (overdue ? 1 : 0),
      late: entry.late + (overdue ? 0 : 1),
      maxDays: Math.max(entry.maxDays, days),
      unpaid: overdue ? [...entry.unpaid, invoice.amount] : entry.unpaid,
    });
  }

  const out: Classification<RiskLevel, RiskEvidence>[] = [];
  for (const a of activity.value) {
    const signals: RiskSignal[] = [];
    const previous = a.previousRevenue.amount;
    const current = a.revenue.amount;
    if (previous > 0 && compareShare(previous - current, previous, dropThreshold) >= 0) {
      signals.push({ kind: 'falling-volume', revenue: a.revenue, previousRevenue: a.previousRevenue, change: ratio(current - previous, previous) });
    }
    const complaintsInPeriod = complaintCount.get(a.customerId) ?? 0;
    if (complaintsInPeriod >= complaintThreshold) signals.push({ kind: 'repeated-complaints', complaints: complaintsInPeriod });
    if (a.daysSinceLastOrder !== null && a.daysSinceLastOrder > silenceDays) {
      signals.push({ kind: 'long-silence', daysSinceLastOrder: a.daysSinceLastOrder });
    }
    const pay = payment.get(a.customerId);
    if (pay !== undefined) {
      const unpaid = sumMoney(pay.unpaid, currency);
      if (!unpaid.ok) return err([unpaid.error]);
      signals.push({ kind: 'overdue-payment', overdueInvoices: pay.overdue, latePaidInvoices: pay.late, maxDaysLate: pay.maxDays, unpaid: unpaid.value });
    }
    const level = LEVELS[Math.min(signals.length, 3)] as RiskLevel;
    const parts = signals.map((s) => describe(s, { periodDays, dropThreshold }));
    const label = riskLevelLabels[level];
    out.push({
      customerId: a.customerId,
      class: level,
      evidence: { signals },
      explanation:
        parts.length === 0
          ? text(`无预警信号 → ${label['zh-CN']}`, `no warning signal → ${label.en}`)
          : text(`${parts.map((p) => p['zh-CN']).join('；')} → ${label['zh-CN']}`, `${parts.map((p) => p.en).join('; ')} → ${label.en}`),
    });
  }
  return ok(out);
}
