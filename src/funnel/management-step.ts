import * as z from 'zod/mini';
import type { LabelTable } from '../core/locale.js';

/**
 * The four steps of customer management (物流客户管理步骤, DOMAIN.md §5 [seed 003, 图1-1]): collect
 * information → differentiation analysis → keep in contact → meet needs.
 *
 * @example
 * ```ts
 * import { ManagementStepSchema } from 'logistics-customer/funnel';
 * ManagementStepSchema.options;
 * // => ['collect-information', 'differentiation-analysis', 'keep-in-contact', 'meet-needs']
 * ```
 * @category Customer management
 */
export const ManagementStepSchema = z.enum(['collect-information', 'differentiation-analysis', 'keep-in-contact', 'meet-needs']);

/**
 * One customer-management step.
 *
 * @category Customer management
 */
export type ManagementStep = z.infer<typeof ManagementStepSchema>;

/**
 * The zh-CN and en labels of the customer-management steps.
 *
 * @example
 * ```ts
 * import { managementStepLabels } from 'logistics-customer/funnel';
 * managementStepLabels['keep-in-contact']['zh-CN'];
 * // => '主动与物流客户保持联系'
 * ```
 * @category Customer management
 */
export const managementStepLabels = {
  'collect-information': { 'zh-CN': '收集物流客户信息资料', en: 'Collect customer information' },
  'differentiation-analysis': { 'zh-CN': '对物流客户进行差异性分析', en: 'Differentiation analysis' },
  'keep-in-contact': { 'zh-CN': '主动与物流客户保持联系', en: 'Keep in contact' },
  'meet-needs': { 'zh-CN': '满足物流客户的需求', en: 'Meet the customer’s needs' },
} as const satisfies LabelTable<ManagementStep>;

/**
 * The practices of each customer-management step, as unit 1 of the textbook lists them
 * (DOMAIN.md §3 and §5 [seed 003]): 3 for collecting information, the 7 differentiation questions,
 * 8 ways to keep in contact and 7 ways to meet needs.
 *
 * @example
 * ```ts
 * import { ManagementPracticeSchema } from 'logistics-customer/funnel';
 * ManagementPracticeSchema.options.length;
 * // => 25
 * ```
 * @category Customer management
 */
export const ManagementPracticeSchema = z.enum([
  'collect-customer-information',
  'build-customer-database',
  'verify-and-update-information',
  'identify-key-customers',
  'find-cost-drags',
  'choose-target-relationships',
  'review-complaining-large-customers',
  'check-largest-customers-orders',
  'find-cross-sell-customers',
  'split-abc',
  'mystery-shopper-test',
  'benchmark-competitor-service',
  'calls-as-sales-opportunities',
  'test-voice-system',
  'track-customer-records',
  'proactive-contact-high-value',
  'convenient-contact-channels',
  'improve-complaint-handling',
  'improve-service-documents',
  'personalised-mail',
  'help-fill-forms',
  'preferred-information-channels',
  'identify-real-needs',
  'consult-top-ten-customers',
  'win-executive-support',
]);

/**
 * One customer-management practice.
 *
 * @category Customer management
 */
export type ManagementPractice = z.infer<typeof ManagementPracticeSchema>;

/**
 * The zh-CN and en labels of the 25 practices, close to the textbook's wording.
 *
 * @example
 * ```ts
 * import { managementPracticeLabels } from 'logistics-customer/funnel';
 * managementPracticeLabels['improve-complaint-handling']['zh-CN'];
 * // => '改善对客户抱怨的处理，提高“一次即圆满”的比率'
 * ```
 * @category Customer management
 */
export const managementPracticeLabels = {
  'collect-customer-information': { 'zh-CN': '收集物流客户的有关信息（如问卷式调查）', en: 'Collect information about the customer (e.g. questionnaires)' },
  'build-customer-database': { 'zh-CN': '建立物流客户数据库', en: 'Build the customer database' },
  'verify-and-update-information': { 'zh-CN': '验证并不断更新客户信息，定期“净化”', en: 'Verify and keep customer information up to date, cleaning it regularly' },
  'identify-key-customers': { 'zh-CN': '识别关键客户：预测本年度占客户总数 5% 的关键客户', en: 'Identify key customers: forecast this year’s top 5%' },
  'find-cost-drags': { 'zh-CN': '找出约 20% 导致成本发生的“拉后腿的客户”', en: 'Find the ≈20% of customers who cost money and sign nothing' },
  'choose-target-relationships': { 'zh-CN': '选出本年度最想建立商业关系的客户，至少记录 3 名联系人', en: 'Choose the customers to build a relationship with this year, with at least 3 contacts' },
  'review-complaining-large-customers': { 'zh-CN': '找出上年度多次抱怨的大客户，派得力人员尽快联系', en: 'Contact the large customers who complained several times last year' },
  'check-largest-customers-orders': { 'zh-CN': '检查去年最大客户今年订货量是否减少，抢在竞争对手之前拜访', en: 'Check whether last year’s largest customers order less; visit them before competitors do' },
  'find-cross-sell-customers': { 'zh-CN': '找出只订购一两种产品或服务的客户，推荐其他产品', en: 'Find customers buying only one or two services here and offer the others' },
  'split-abc': { 'zh-CN': '按价值把客户分为 A、B、C 三类，把资源从 C 类转向 A 类', en: 'Split customers into A, B and C and shift spend from C to A' },
  'mystery-shopper-test': { 'zh-CN': '以“神秘客户”试探本企业客户部门的服务质量', en: 'Test your own customer service as a mystery shopper' },
  'benchmark-competitor-service': { 'zh-CN': '向竞争对手的客户服务部门打电话，比较服务水平', en: 'Call competitors’ customer service and compare' },
  'calls-as-sales-opportunities': { 'zh-CN': '把每次电话作为一次销售机会', en: 'Treat every call as a sales opportunity' },
  'test-voice-system': { 'zh-CN': '测试客户服务中心自动语音系统的质量', en: 'Test the service centre’s voice-response system' },
  'track-customer-records': { 'zh-CN': '跟踪客户信息记录，简化步骤、缩短处理周期', en: 'Follow up customer records; simplify steps and shorten handling' },
  'proactive-contact-high-value': { 'zh-CN': '与商业价值高的客户保持更主动的联系，指定专人联络', en: 'Keep closer contact with high-value customers through a named contact' },
  'convenient-contact-channels': { 'zh-CN': '应用信息技术，提供多种方便的联系渠道', en: 'Offer several convenient contact channels with IT' },
  'improve-complaint-handling': { 'zh-CN': '改善对客户抱怨的处理，提高“一次即圆满”的比率', en: 'Improve complaint handling and the first-time-right rate' },
  'improve-service-documents': { 'zh-CN': '改进客户服务文档工作，为客户节省时间和成本', en: 'Improve service documents to save the customer time and cost' },
  'personalised-mail': { 'zh-CN': '向客户邮寄简洁、有针对性的个性化邮件', en: 'Send concise, personalised mail' },
  'help-fill-forms': { 'zh-CN': '帮助客户填写各种表格', en: 'Help the customer fill in forms' },
  'preferred-information-channels': { 'zh-CN': '收集客户期望获取企业信息的方式及频率', en: 'Ask how and how often the customer wants to hear from you' },
  'identify-real-needs': { 'zh-CN': '识别客户的真正需求', en: 'Identify the customer’s real needs' },
  'consult-top-ten-customers': { 'zh-CN': '征求名列前十位客户的意见，改进服务流程', en: 'Ask the top ten customers what they want and improve for them' },
  'win-executive-support': { 'zh-CN': '争取企业高层对客户关系管理工作的支持', en: 'Win top management’s support for customer management' },
} as const satisfies LabelTable<ManagementPractice>;

/**
 * The practices of each step, in the textbook's order.
 *
 * @example
 * ```ts
 * import { MANAGEMENT_PRACTICES_BY_STEP } from 'logistics-customer/funnel';
 * [MANAGEMENT_PRACTICES_BY_STEP['keep-in-contact'].length, MANAGEMENT_PRACTICES_BY_STEP['meet-needs'].length];
 * // => [8, 7]
 * ```
 * @category Customer management
 */
export const MANAGEMENT_PRACTICES_BY_STEP = {
  'collect-information': ['collect-customer-information', 'build-customer-database', 'verify-and-update-information'],
  'differentiation-analysis': [
    'identify-key-customers',
    'find-cost-drags',
    'choose-target-relationships',
    'review-complaining-large-customers',
    'check-largest-customers-orders',
    'find-cross-sell-customers',
    'split-abc',
  ],
  'keep-in-contact': [
    'mystery-shopper-test',
    'benchmark-competitor-service',
    'calls-as-sales-opportunities',
    'test-voice-system',
    'track-customer-records',
    'proactive-contact-high-value',
    'convenient-contact-channels',
    'improve-complaint-handling',
  ],
  'meet-needs': [
    'improve-service-documents',
    'personalised-mail',
    'help-fill-forms',
    'preferred-information-channels',
    'identify-real-needs',
    'consult-top-ten-customers',
    'win-executive-support',
  ],
} as const satisfies { readonly [S in ManagementStep]: readonly ManagementPractice[] };
