import { CORE_MESSAGES, LogisticsCustomerError } from '../core/invariant.js';
import { assertLocale, type LabelTable, type Locale, type LocalizedText, text } from '../core/locale.js';
import { formatMoney } from '../core/money/format-money.js';
import type { Money } from '../core/money/money.js';
import { isTimeZone } from '../core/time/time-zone.js';
import { complainantMotiveLabels } from './complainant-motive.js';
import { complaintCategoryLabels } from './complaint-category.js';
import { complaintChannelLabels } from './complaint-channel.js';
import type { AcceptanceForm, HandlingForm } from './complaint-forms.js';
import { complaintPriorityLabels } from './complaint-priority.js';
import { complaintSeverityLabels } from './complaint-severity.js';
import { complaintStateLabels } from './complaint-state.js';
import { DEFAULT_DEPARTMENTS, type DepartmentTable } from './department.js';
import { handlingPrincipleLabels } from './handling-principle.js';
import { perfectOrderComponentLabels } from './perfect-order-component.js';

/**
 * One printed line of a form: the field's key, its label and its value as text.
 *
 * @category Complaint forms
 */
export interface ComplaintFormRow {
  /** The form field. */
  readonly key: string;
  /** The field's label in the locale asked. */
  readonly label: string;
  /** The value as text in the locale asked; empty when there is none. */
  readonly value: string;
}

/**
 * Options of {@link complaintFormRows}.
 *
 * @category Complaint forms
 */
export interface ComplaintFormRowsOptions {
  /** The IANA time zone dates are printed in (default `'Asia/Shanghai'`). */
  readonly timeZone?: string;
  /** The department labels (default {@link DEFAULT_DEPARTMENTS}); unknown codes print as they are. */
  readonly departments?: DepartmentTable;
}

/**
 * How a form field's value is printed: as text, a date, money, yes/no, a count, a department, or
 * the label(s) of a code in a label table.
 *
 * @category Complaint forms
 */
export type ComplaintFormFieldKind =
  | { readonly type: 'text' }
  | { readonly type: 'date' }
  | { readonly type: 'money' }
  | { readonly type: 'yes-no' }
  | { readonly type: 'count' }
  | { readonly type: 'department' }
  | { readonly type: 'label'; readonly table: LabelTable<string> }
  | { readonly type: 'labels'; readonly table: LabelTable<string> };

/**
 * A field of a printed form: which value, its label and how it is printed.
 *
 * @typeParam F - The form.
 * @category Complaint forms
 */
export interface ComplaintFormField<F> {
  /** The form field. */
  readonly key: keyof F & string;
  /** Its label. */
  readonly label: LocalizedText;
  /** How its value is printed. */
  readonly kind: ComplaintFormFieldKind;
}

const TEXT: ComplaintFormFieldKind = { type: 'text' };
const DATE: ComplaintFormFieldKind = { type: 'date' };

/**
 * The printed layout of the complaint acceptance form (投诉受理表): its fields in order with
 * their zh-CN and en labels.
 *
 * @example
 * ```ts
 * import { ACCEPTANCE_FORM_FIELDS } from 'logistics-customer/complaints';
 * ACCEPTANCE_FORM_FIELDS[0]?.label['zh-CN'];
 * // => '投诉编号'
 * ```
 * @category Complaint forms
 */
export const ACCEPTANCE_FORM_FIELDS: readonly ComplaintFormField<AcceptanceForm>[] = [
  { key: 'complaintId', label: text('投诉编号', 'Complaint no.'), kind: TEXT },
  { key: 'receivedAt', label: text('受理时间', 'Received at'), kind: DATE },
  { key: 'receivedBy', label: text('受理人', 'Received by'), kind: TEXT },
  { key: 'channel', label: text('投诉方式', 'Channel'), kind: { type: 'label', table: complaintChannelLabels } },
  { key: 'complainantName', label: text('投诉人', 'Complainant'), kind: TEXT },
  { key: 'company', label: text('单位', 'Company'), kind: TEXT },
  { key: 'phone', label: text('联系电话', 'Phone'), kind: TEXT },
  { key: 'email', label: text('电子邮件', 'Email'), kind: TEXT },
  { key: 'customerId', label: text('客户编号', 'Customer no.'), kind: TEXT },
  { key: 'shipmentId', label: text('运单号', 'Waybill no.'), kind: TEXT },
  { key: 'orderId', label: text('订单号', 'Order no.'), kind: TEXT },
  { key: 'category', label: text('投诉类别', 'Category'), kind: { type: 'label', table: complaintCategoryLabels } },
  { key: 'severity', label: text('严重程度', 'Severity'), kind: { type: 'label', table: complaintSeverityLabels } },
  { key: 'priority', label: text('优先级', 'Priority'), kind: { type: 'label', table: complaintPriorityLabels } },
  { key: 'brokenComponent', label: text('涉及完美订单要素', 'Perfect-order component'), kind: { type: 'label', table: perfectOrderComponentLabels } },
  { key: 'description', label: text('投诉内容', 'Description'), kind: TEXT },
  { key: 'demand', label: text('客户要求', 'Customer’s demand'), kind: TEXT },
  { key: 'motives', label: text('投诉心态', 'Complainant’s motives'), kind: { type: 'labels', table: complainantMotiveLabels } },
  { key: 'principles', label: text('处理要点', 'Handling principles'), kind: { type: 'labels', table: handlingPrincipleLabels } },
  { key: 'acknowledgedAt', label: text('确认时间', 'Acknowledged at'), kind: DATE },
  {
    key: 'assessment',
    label: text('是否成立', 'Assessment'),
    kind: { type: 'label', table: { valid: text('成立', 'Valid'), invalid: text('不成立', 'Invalid') } },
  },
  { key: 'explanation', label: text('不成立的解释', 'Explanation given'), kind: TEXT },
];

/**
 * The printed layout of the complaint handling form (投诉处理表): its fields in order with their
 * zh-CN and en labels.
 *
 * @example
 * ```ts
 * import { HANDLING_FORM_FIELDS } from 'logistics-customer/complaints';
 * HANDLING_FORM_FIELDS.find((f) => f.key === 'instruction')?.label['zh-CN'];
 * // => '领导批示'
 * ```
 * @category Complaint forms
 */
export const HANDLING_FORM_FIELDS: readonly ComplaintFormField<HandlingForm>[] = [
  { key: 'complaintId', label: text('投诉编号', 'Complaint no.'), kind: TEXT },
  { key: 'state', label: text('处理状态', 'State'), kind: { type: 'label', table: complaintStateLabels } },
  { key: 'category', label: text('投诉类别', 'Category'), kind: { type: 'label', table: complaintCategoryLabels } },
  { key: 'severity', label: text('严重程度', 'Severity'), kind: { type: 'label', table: complaintSeverityLabels } },
  { key: 'priority', label: text('优先级', 'Priority'), kind: { type: 'label', table: complaintPriorityLabels } },
  { key: 'department', label: text('责任部门', 'Responsible department'), kind: { type: 'department' } },
  { key: 'assignedAt', label: text('分派时间', 'Assigned at'), kind: DATE },
  { key: 'cause', label: text('原因调查', 'Cause'), kind: TEXT },
  { key: 'remedy', label: text('处理方案', 'Remedy'), kind: TEXT },
  { key: 'compensation', label: text('赔偿金额', 'Compensation offered'), kind: { type: 'money' } },
  { key: 'compensationPaid', label: text('已付赔偿', 'Compensation paid'), kind: { type: 'money' } },
  { key: 'approvedBy', label: text('批示人', 'Approved by'), kind: TEXT },
  { key: 'approvedAt', label: text('批示时间', 'Approved at'), kind: DATE },
  { key: 'instruction', label: text('领导批示', 'Management’s instruction'), kind: TEXT },
  { key: 'implementedAt', label: text('处理完成并告知客户时间', 'Implemented and customer informed at'), kind: DATE },
  { key: 'followUpAt', label: text('回访时间', 'Followed up at'), kind: DATE },
  { key: 'followUpBy', label: text('回访人', 'Followed up by'), kind: TEXT },
  { key: 'satisfied', label: text('客户是否满意', 'Customer satisfied'), kind: { type: 'yes-no' } },
  { key: 'feedback', label: text('客户意见', 'Customer’s feedback'), kind: TEXT },
  { key: 'reopenCount', label: text('重新处理次数', 'Times reopened'), kind: { type: 'count' } },
  { key: 'closedAt', label: text('结案时间', 'Closed at'), kind: DATE },
  { key: 'closedBy', label: text('结案人', 'Closed by'), kind: TEXT },
  { key: 'summary', label: text('总结', 'Summary'), kind: TEXT },
  { key: 'archivedAt', label: text('归档时间', 'Archived at'), kind: DATE },
];

function formatDate(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

function labelOf(table: LabelTable<string>, value: string, locale: Locale): string {
  return Object.hasOwn(table, value) ? (table[value]?.[locale] ?? value) : value;
}

function formatValue(value: unknown, kind: ComplaintFormFieldKind, locale: Locale, timeZone: string, departments: DepartmentTable): string {
  if (value === undefined) return '';
  switch (kind.type) {
    case 'text':
      return String(value);
    case 'date':
      return formatDate(value as Date, timeZone);
    case 'money':
      return formatMoney(value as Money, locale);
    case 'yes-no':
      return value === true ? (locale === 'zh-CN' ? '是' : 'Yes') : locale === 'zh-CN' ? '否' : 'No';
    case 'count':
      return String(value);
    case 'department':
      return labelOf(departments, String(value), locale);
    case 'label':
      return labelOf(kind.table, String(value), locale);
    case 'labels':
      return (value as readonly string[]).map((v) => labelOf(kind.table, v, locale)).join(locale === 'zh-CN' ? '、' : ', ');
    default: {
      const unreachable: never = kind;
      return String(unreachable);
    }
  }
}

/**
 * Renders a complaint form as labelled rows in a locale, for printing or a CRM view: every field
 * of the form's layout ({@link ACCEPTANCE_FORM_FIELDS} or {@link HANDLING_FORM_FIELDS}) with its
 * label, codes shown by their labels, dates as `yyyy-MM-dd HH:mm` in the given time zone, money
 * formatted exactly, missing values as empty text.
 *
 * @param form - The acceptance or handling form.
 * @param locale - The locale of labels and values.
 * @param options - The time zone of dates and the department labels.
 * @returns The rows, in the layout's order.
 * @throws {@link LogisticsCustomerError} `INVALID_LOCALE` for a locale other than `'zh-CN'` and `'en'`;
 *   `INVALID_CALENDAR` (as `localDateOf`) for a `timeZone` option that is not a time zone the
 *   runtime knows, such as `'Nowhere/X'` or `''`, with the `timeZone` received in `details`.
 *
 * @example
 * ```ts
 * import { acceptanceForm, complaintFormRows } from 'logistics-customer/complaints';
 * const r = acceptanceForm({ id: 'C-5', events: [
 *   { type: 'RECEIVE', at: new Date('2026-03-02T01:00:00Z'), by: 'wang', complainant: { name: '张三' },
 *     channel: 'phone', category: 'delay', severity: 'moderate', description: '晚到两天' },
 * ] });
 * const rows = r.ok ? complaintFormRows(r.value, 'zh-CN') : [];
 * rows.slice(0, 4).map((row) => `${row.label}：${row.value}`);
 * // => ['投诉编号：C-5', '受理时间：2026-03-02 09:00', '受理人：wang', '投诉方式：电话']
 * ```
 * @category Complaint forms
 */
export function complaintFormRows(form: AcceptanceForm | HandlingForm, locale: Locale, options: ComplaintFormRowsOptions = {}): readonly ComplaintFormRow[] {
  assertLocale(locale);
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw new LogisticsCustomerError('INVALID_CALENDAR', CORE_MESSAGES.INVALID_CALENDAR, { reason: 'unknown time zone', timeZone });
  }
  const departments = options.departments ?? DEFAULT_DEPARTMENTS;
  const rows: ComplaintFormRow[] = [];
  if (form.kind === 'acceptance') {
    for (const field of ACCEPTANCE_FORM_FIELDS) {
      rows.push({ key: field.key, label: field.label[locale], value: formatValue(form[field.key], field.kind, locale, timeZone, departments) });
    }
  } else {
    for (const field of HANDLING_FORM_FIELDS) {
      rows.push({ key: field.key, label: field.label[locale], value: formatValue(form[field.key], field.kind, locale, timeZone, departments) });
    }
  }
  return rows;
}
