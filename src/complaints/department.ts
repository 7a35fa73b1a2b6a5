import type { LocalizedText } from '../core/locale.js';

/**
 * The departments a complaint can be assigned to (责任部门), by code, with their labels. Codes
 * are plain strings so that each firm can use its own organisation chart.
 *
 * @category Complaints
 */
export type DepartmentTable = { readonly [code: string]: LocalizedText };

/**
 * The departments of a typical logistics firm [practice]; replace them with your own through
 * the complaint machine's `departments` option.
 *
 * @example
 * ```ts
 * import { DEFAULT_DEPARTMENTS } from 'logistics-customer/complaints';
 * DEFAULT_DEPARTMENTS.warehouse?.['zh-CN'];
 * // => '仓储部'
 * ```
 * @category Complaints
 */
export const DEFAULT_DEPARTMENTS: DepartmentTable = {
  'customer-service': { 'zh-CN': '客户服务部', en: 'Customer service' },
  transport: { 'zh-CN': '运输部', en: 'Transport' },
  warehouse: { 'zh-CN': '仓储部', en: 'Warehouse' },
  delivery: { 'zh-CN': '配送部', en: 'Delivery' },
  finance: { 'zh-CN': '财务部', en: 'Finance' },
  sales: { 'zh-CN': '市场营销部', en: 'Sales and marketing' },
  it: { 'zh-CN': '信息技术部', en: 'Information technology' },
};
