/**
 * Writes the report as a document in one locale, section by section in the textbook's order, with
 * the Mermaid charts (ABC Pareto curve, funnel bars) and state diagrams (funnel, relationship
 * lifecycle, complaint handling) drawn from the modules' own definitions.
 */
import type { LabelTable, Locale } from '../core/locale.js';
import { ratio } from '../core/rate/ratio.js';
import { complaintCategoryLabels } from '../complaints/complaint-category.js';
import { COMPLAINT_SIDE_EVENTS, complaintMermaid } from '../complaints/complaint-diagram.js';
import { complaintEventTypeLabels } from '../complaints/complaint-event.js';
import { complaintStateLabels } from '../complaints/complaint-state.js';
import { slaTargetLabels } from '../complaints/sla-target.js';
import { geographyLabels } from '../customer/geography.js';
import { industryLabels } from '../customer/industry.js';
import { externalVisibilityLabels, locationKindLabels } from '../customer/location.js';
import { marketingTypeLabels } from '../customer/marketing-type.js';
import { customerNatureLabels } from '../customer/nature.js';
import { needsFocusLabels } from '../customer/needs-focus.js';
import { customerScaleLabels } from '../customer/scale.js';
import { serviceKindLabels } from '../customer/service-kind.js';
import { supplyChainRoleLabels } from '../customer/supply-chain-role.js';
import { funnelMermaid, lifecycleMermaid } from '../funnel/diagrams.js';
import { findingChannelLabels } from '../funnel/finding-channel.js';
import { funnelStateLabels, OPEN_STAGES } from '../funnel/funnel-state.js';
import { lostReasonLabels } from '../funnel/lost-reason.js';
import { qualityDimensionLabels, scorecardMeasureLabels, SCORECARD_MEASURES } from '../quality/scorecard.js';
import { abcClassLabels } from '../segmentation/abc-class.js';
import { behaviourLabels } from '../segmentation/behaviour.js';
import { demandNatureLabels } from '../segmentation/demand-nature.js';
import { rfmSegmentLabels } from '../segmentation/rfm-segment.js';
import { riskLevelLabels } from '../segmentation/risk-level.js';
import { riskSignalKindLabels } from '../segmentation/risk-signal-kind.js';
import { serviceMeasureLabels } from '../segmentation/service-measure.js';
import { serviceTierLabels } from '../segmentation/service-tier.js';
import { timeTypeLabels } from '../segmentation/time-type.js';
import { valueTierLabels } from '../segmentation/value-tier.js';
import { type Block, DocumentBuilder } from './document.js';
import { type Formatter, formatter } from './format.js';
import type { Counts, Report } from './report-types.js';

const UNKNOWN = { 'zh-CN': '未记录', en: 'Not recorded' } as const;
const LOCATION = {
  internal: locationKindLabels.internal,
  explicit: { 'zh-CN': `${locationKindLabels.external['zh-CN']}（${externalVisibilityLabels.explicit['zh-CN']}）`, en: `${locationKindLabels.external.en} (explicit)` },
  implicit: { 'zh-CN': `${locationKindLabels.external['zh-CN']}（${externalVisibilityLabels.implicit['zh-CN']}）`, en: `${locationKindLabels.external.en} (implicit)` },
} as const;

function withUnknown<K extends string>(table: LabelTable<K>): LabelTable<K | 'unknown'> {
  return { ...table, unknown: UNKNOWN } as LabelTable<K | 'unknown'>;
}

/**
 * The first line of every chart: Mermaid's default theme draws lines and bars in a pale lavender
 * (#ECECFF) that is hard to see on white, so the charts name a darker colour themselves and read
 * the same wherever the Markdown is shown.
 */
const CHART_COLOURS = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2563eb"}}}}%%';

/** A table of counts per class with their share. */
function countsTable<K extends string>(doc: DocumentBuilder, f: Formatter, title: string, counts: Counts<K>, labels: LabelTable<K>): void {
  const total = Object.values<number>(counts).reduce((a, b) => a + b, 0);
  const rows = (Object.keys(counts) as K[]).map((k) => [f.t(labels[k]), f.int(counts[k]), total === 0 ? '—' : f.share(ratio(counts[k], total))]);
  doc.heading(3, title).table([f.tr('类别', 'Class'), f.tr('客户数', 'Customers'), f.tr('占比', 'Share')], rows);
}

function mermaidText(text: string): string {
  return text.replace(/"/gu, "'");
}

function customerBase(doc: DocumentBuilder, f: Formatter, report: Report): void {
  const { declared, derived } = report.customerBase;
  doc.heading(2, f.tr('一、客户构成（按各分类维度）', '1. The customer base by each classification'));
  doc.paragraph(
    f.tr(
      '客户沿若干相互独立的维度分类（DOMAIN.md §2）：前八项取自客户档案，后六项由交易历史按教材规则推算（截至分析时点）。',
      'Customers are classified along independent dimensions (DOMAIN.md §2): the first eight are declared in the records, the last six are derived from the history by the textbook rules as of the analysis date.',
    ),
  );
  countsTable(doc, f, f.tr('服务对象性质', 'Nature'), declared.nature, customerNatureLabels);
  countsTable(doc, f, f.tr('行业', 'Industry'), declared.industry, industryLabels);
  countsTable(doc, f, f.tr('规模', 'Scale'), declared.scale, customerScaleLabels);
  countsTable(doc, f, f.tr('地理位置', 'Geography'), declared.geography, geographyLabels);
  countsTable(doc, f, f.tr('位置（内部 / 外部）', 'Location (internal / external)'), declared.location, LOCATION);
  countsTable(doc, f, f.tr('营销角度', 'Marketing type'), declared.marketingType, withUnknown(marketingTypeLabels));
  countsTable(doc, f, f.tr('客户需求', 'Needs focus'), declared.needsFocus, withUnknown(needsFocusLabels));
  countsTable(doc, f, f.tr('供应链位置', 'Supply-chain role'), declared.supplyChainRole, withUnknown(supplyChainRoleLabels));
  countsTable(doc, f, f.tr('重要程度（ABC，按近一年销售额）', 'Importance (ABC, last year’s revenue)'), derived.abc, abcClassLabels);
  countsTable(doc, f, f.tr('客户价值', 'Value tier'), derived.valueTier, valueTierLabels);
  countsTable(doc, f, f.tr('时间（过去 / 现在 / 未来）', 'Time (past / current / future)'), derived.timeType, timeTypeLabels);
  countsTable(doc, f, f.tr('客户行为', 'Behaviour'), derived.behaviour, behaviourLabels);
  countsTable(doc, f, f.tr('需求性质', 'Demand nature'), derived.demandNature, demandNatureLabels);
  countsTable(doc, f, 'RFM', derived.rfm, rfmSegmentLabels);
}

function abc(doc: DocumentBuilder, f: Formatter, report: Report, markdown: boolean): void {
  const a = report.abc;
  doc.heading(2, f.tr('二、ABC 分析', '2. ABC analysis'));
  doc.paragraph(
    f.tr(
      `按近一年销售额排名（DOMAIN.md §3）：按金额规则，累计占销售额 ${f.pct(a.thresholds.a, 0)} 以内为 A 类、${f.pct(a.thresholds.b, 0)} 以内为 B 类，其余为 C 类；教材的按数量规则（前 5% / 其后 15% / 其余 80%）一并列出。${a.customerCount} 个客户合计 ${f.money(a.total)}，其中 ${a.nonPositiveCount} 个近一年没有正的销售额（归入 C 类）。`,
      `Ranked by last year’s revenue (DOMAIN.md §3). Value rule: A while the customers above hold less than ${f.pct(a.thresholds.a, 0)} of revenue, B below ${f.pct(a.thresholds.b, 0)}, else C; the textbook’s count rule (top 5% / next 15% / other 80%) is shown too. ${a.customerCount} customers, ${f.money(a.total)} in total; ${a.nonPositiveCount} had no positive revenue last year (class C).`,
    ),
  );
  const classRows = (classes: Report['abc']['byValue']) =>
    (['A', 'B', 'C'] as const).map((k) => [f.t(abcClassLabels[k]), f.int(classes[k].count), f.share(classes[k].countShare), f.money(classes[k].value), f.share(classes[k].valueShare)]);
  const headers = [f.tr('类别', 'Class'), f.tr('客户数', 'Customers'), f.tr('客户占比', 'Share of customers'), f.tr('销售额', 'Revenue'), f.tr('销售额占比', 'Share of revenue')];
  doc.heading(3, f.tr('按金额规则', 'Value rule')).table(headers, classRows(a.byValue));
  doc.heading(3, f.tr('按数量规则', 'Count rule')).table(headers, classRows(a.byCount));
  doc.heading(3, f.tr(`销售额前 ${a.top.length} 名`, `Top ${a.top.length} by revenue`));
  doc.table(
    [f.tr('排名', 'Rank'), f.tr('客户', 'Customer'), f.tr('类别', 'Class'), f.tr('销售额', 'Revenue'), f.tr('占比', 'Share'), f.tr('累计占比', 'Cumulative')],
    a.top.map((r) => [String(r.rank), `${r.customer.name} (${r.customer.id})`, r.class, f.money(r.revenue), f.share(r.share), f.share(r.cumulativeShare)]),
  );
  if (markdown && a.curve.length > 1) {
    doc.mermaid(
      [
        CHART_COLOURS,
        'xychart-beta',
        `  title "${mermaidText(f.tr('ABC 帕累托曲线', 'ABC Pareto curve'))}"`,
        `  x-axis "${mermaidText(f.tr('客户累计占比（%）', 'Cumulative share of customers (%)'))}" [${a.curve.map((p) => Math.round(p.customerShare * 100)).join(', ')}]`,
        `  y-axis "${mermaidText(f.tr('销售额累计占比（%）', 'Cumulative share of revenue (%)'))}" 0 --> 100`,
        `  line [${a.curve.map((p) => (p.revenueShare * 100).toFixed(1)).join(', ')}]`,
      ].join('\n'),
    );
  }
}

function differentiation(doc: DocumentBuilder, f: Formatter, report: Report): void {
  const d = report.differentiation;
  const who = (c: { readonly name: string; readonly id: string }) => `${c.name} (${c.id})`;
  doc.heading(2, f.tr('三、差异性分析（七个问题）', '3. Differentiation analysis (the seven questions)'));
  doc.heading(3, f.tr(`1. 今年的关键客户（按上年销售额预测前 5%）：${d.keyCustomers.count} 个`, `1. This year’s key customers (top 5% by last year’s revenue): ${d.keyCustomers.count}`));
  doc.list(d.keyCustomers.top.map((k) => `${who(k.customer)} — ${f.money(k.revenue)}`));
  doc.heading(3, f.tr(`2. 拉后腿的客户（一年多未签单）：${d.costDrags.count} 个，占 ${f.share(d.costDrags.share)}`, `2. Cost drags (no order for over a year): ${d.costDrags.count}, ${f.share(d.costDrags.share)} of customers`));
  doc.list(
    d.costDrags.top.map((c) =>
      c.lastOrderAt === null
        ? f.tr(`${who(c.customer)} — 建档 ${c.daysIdle} 天，无订单记录`, `${who(c.customer)} — on record for ${c.daysIdle} days, no order on record`)
        : f.tr(`${who(c.customer)} — ${c.daysIdle} 天未下单（上次 ${f.date(c.lastOrderAt)}）`, `${who(c.customer)} — ${c.daysIdle} days idle (last order ${f.date(c.lastOrderAt)})`),
    ),
  );
  doc.heading(3, f.tr(`3. 今年最想建立关系的客户：${d.relationshipTargets.count} 个，其中 ${d.relationshipTargets.ready} 个已记录至少 3 名联系人`, `3. The customers to build a relationship with this year: ${d.relationshipTargets.count}, ${d.relationshipTargets.ready} with at least 3 contacts on record`));
  doc.list(d.relationshipTargets.notReady.map((t) => f.tr(`${who(t.customer)} — 还需 ${t.missingContacts} 名联系人`, `${who(t.customer)} — ${t.missingContacts} more contact(s) needed`)));
  doc.heading(3, f.tr(`4. 上年多次投诉的大客户：${d.complainingLarge.count} 个`, `4. Large customers who complained several times last year: ${d.complainingLarge.count}`));
  doc.list(d.complainingLarge.top.map((c) => f.tr(`${who(c.customer)} — ${c.complaints} 次（最近 ${f.date(c.lastComplaintAt)}）`, `${who(c.customer)} — ${c.complaints} complaints (latest ${f.date(c.lastComplaintAt)})`)));
  doc.heading(3, f.tr(`5. 上年最大的客户今年订货减少：${d.shrinkingTop.count} 个（应赶在竞争对手之前拜访）`, `5. Last year’s largest customers ordering less this year: ${d.shrinkingTop.count} (visit them before competitors do)`));
  doc.list(d.shrinkingTop.top.map((s) => `${who(s.customer)} — ${f.money(s.previousRevenue)} → ${f.money(s.revenue)} (${f.share(s.change)})`));
  doc.heading(3, f.tr(`6. 只购买一两种服务的客户（交叉销售）：${d.crossSell.count} 个`, `6. Customers buying only one or two services here (cross-sell): ${d.crossSell.count}`));
  doc.list(d.crossSell.top.map((c) => `${who(c.customer)} — ${c.services.map((s) => f.t(serviceKindLabels[s])).join(f.tr('、', ', '))}`));
  doc.heading(3, f.tr('7. 把资源从 C 类客户转向 A 类客户', '7. Shift resources from class C to class A'));
  const shift = d.resourceShift;
  if (shift === null) doc.paragraph(f.tr('数据中没有服务成本，无法计算。', 'The data has no cost of service, so this cannot be computed.'));
  else {
    doc.paragraph(f.tr('按本期各类客户的服务成本：', 'By the cost of serving each class in the period:'));
    doc.table(
      [f.tr('类别', 'Class'), f.tr('调整前', 'Before'), f.tr('调整后', 'After')],
      (['A', 'B', 'C'] as const).map((k) => [k, f.money(shift.before[k]), f.money(shift.after[k])]),
    );
    doc.paragraph(f.t(shift.explanation));
  }
}

function tiers(doc: DocumentBuilder, f: Formatter, report: Report): void {
  const t = report.tiers;
  doc.heading(2, f.tr('四、分级服务与风险预警', '4. Service tiers and risk warnings'));
  doc.paragraph(f.tr('按需求性质分级（核心、潜力、一般/临时、流失挽回），每级对应教材的差异化服务措施（DOMAIN.md §6）。', 'Tiers by demand nature (core, potential, general/temporary, win-back), each with the textbook’s differentiated service measures (DOMAIN.md §6).'));
  doc.table(
    [f.tr('服务层级', 'Tier'), f.tr('客户数', 'Customers'), f.tr('近一年销售额', 'Revenue, last year'), f.tr('服务政策', 'Service policy')],
    t.tiers.map((r) => [f.t(serviceTierLabels[r.tier]), f.int(r.customers), f.money(r.revenue), r.measures.map((m) => f.t(serviceMeasureLabels[m])).join(f.tr('、', '; '))]),
    ['left', 'right', 'right', 'left'],
  );
  countsTable(doc, f, f.tr('风险等级', 'Risk level'), t.risk.byLevel, riskLevelLabels);
  countsTable(doc, f, f.tr('预警信号', 'Warning signals'), t.risk.bySignal, riskSignalKindLabels);
  doc.paragraph(
    f.tr(
      '信号（DOMAIN.md §6）：近一季度业务量比上一季度下降 30% 以上、一季度内投诉 2 次以上、60 天以上未下单、付款逾期（需要发票数据，本报告的数据中没有）。风险等级按信号个数：1 个低、2 个中、3 个以上高。',
      'Signals (DOMAIN.md §6): revenue down more than 30% on the previous quarter, 2 or more complaints in a quarter, no order for more than 60 days, overdue payment (needs invoices, which this data does not have). The level counts the signals: 1 low, 2 medium, 3 or more high.',
    ),
  );
  if (t.risk.top.length > 0) {
    doc.heading(3, f.tr('需要优先处理的客户', 'Customers to act on first'));
    doc.table(
      [f.tr('客户', 'Customer'), f.tr('风险', 'Risk'), f.tr('信号', 'Signals'), f.tr('近一年销售额', 'Revenue, last year')],
      t.risk.top.map((r) => [`${r.customer.name} (${r.customer.id})`, f.t(riskLevelLabels[r.level]), r.signals.map((s) => f.t(riskSignalKindLabels[s])).join(f.tr('、', ', ')), f.money(r.revenue)]),
      ['left', 'left', 'left', 'right'],
    );
  }
}

function funnel(doc: DocumentBuilder, f: Formatter, report: Report, markdown: boolean, locale: Locale): void {
  const r = report.funnel;
  doc.heading(2, f.tr('五、客户开发漏斗', '5. The customer development funnel'));
  doc.paragraph(
    f.tr(
      `本期（${f.date(r.period.start)} 至 ${f.date(r.period.end)}）找到的 ${r.deals} 个商机、${r.episodes} 轮开发：成交 ${r.outcomes.won}、丢单 ${r.outcomes.lost}、不合格 ${r.outcomes.disqualified}、进行中 ${r.outcomes.open}；成交率 ${f.rate(r.winRate.rate)}，合同金额 ${f.money(r.wonValue)}。`,
      `${r.deals} deals found in the period (${f.date(r.period.start)} to ${f.date(r.period.end)}), ${r.episodes} episodes: ${r.outcomes.won} won, ${r.outcomes.lost} lost, ${r.outcomes.disqualified} disqualified, ${r.outcomes.open} open; win rate ${f.rate(r.winRate.rate)}, ${f.money(r.wonValue)} won.`,
    ),
  );
  const stages = ['prospecting', 'qualified', 'approaching', 'negotiating', 'won', 'lost', 'disqualified'] as const;
  doc.table(
    [f.tr('阶段', 'Stage'), f.tr('进入', 'Entered'), f.tr('离开', 'Exited'), f.tr('当前', 'Current')],
    stages.map((s) => [f.t(funnelStateLabels[s]), f.int(r.stages[s].entered), f.int(r.stages[s].exited), f.int(r.stages[s].current)]),
  );
  doc.heading(3, f.tr('阶段转化率', 'Stage conversion'));
  doc.table(
    [f.tr('从', 'From'), f.tr('到', 'To'), f.tr('转化', 'Conversion'), f.tr('95% 区间', '95% interval')],
    r.conversions.map((c) => [f.t(funnelStateLabels[c.from]), f.t(funnelStateLabels[c.to]), f.rate(c.conversion.rate), c.conversion.interval === null ? '—' : `${f.pct(c.conversion.interval.lower)}–${f.pct(c.conversion.interval.upper)}`]),
    ['left', 'left', 'left', 'left'],
  );
  doc.heading(3, f.tr('阶段停留时间（日历日 / 工作日）', 'Time in stage (calendar / business days)'));
  doc.table(
    [f.tr('阶段', 'Stage'), f.tr('次数', 'Count'), f.tr('中位数', 'Median'), f.tr('平均', 'Mean'), f.tr('P90', 'P90'), f.tr('工作日中位数', 'Business-day median')],
    [
      ...OPEN_STAGES.map((s) => ({ label: f.t(funnelStateLabels[s]), d: r.timeInStage[s] })),
      { label: f.tr('销售周期（找到→成交）', 'Sales cycle (found → won)'), d: r.salesCycle },
    ].map(({ label, d }) => [
      label,
      f.int(d.calendarDays?.count ?? 0),
      f.num(d.calendarDays?.median ?? null),
      f.num(d.calendarDays?.mean ?? null),
      f.num(d.calendarDays?.p90 ?? null),
      f.num(d.businessDays?.median ?? null),
    ]),
  );
  const lost = Object.entries(r.lostReasons);
  if (lost.length > 0) {
    doc.heading(3, f.tr('丢单原因', 'Why deals were lost'));
    doc.table(
      [f.tr('原因', 'Reason'), f.tr('次数', 'Count')],
      lost.map(([code, n]) => [code in lostReasonLabels ? f.t(lostReasonLabels[code as keyof typeof lostReasonLabels]) : code, f.int(n)]),
    );
  }
  const channels = Object.entries(r.byChannel).slice(0, 8);
  if (channels.length > 0) {
    doc.heading(3, f.tr('按寻找渠道', 'By finding channel'));
    doc.table(
      [f.tr('渠道', 'Channel'), f.tr('找到', 'Found'), f.tr('成交', 'Won'), f.tr('丢单', 'Lost'), f.tr('不合格', 'Disqualified'), f.tr('进行中', 'Open'), f.tr('成交率', 'Win rate')],
      channels.map(([code, c]) => [code in findingChannelLabels ? f.t(findingChannelLabels[code as keyof typeof findingChannelLabels]) : code, f.int(c.found), f.int(c.won), f.int(c.lost), f.int(c.disqualified), f.int(c.open), f.share(c.winRate.rate)]),
    );
  }
  const items: string[] = [];
  if (r.weightedPipeline.ok) {
    items.push(f.tr(`在途商机金额 ${f.money(r.weightedPipeline.value.total)}，按阶段成交概率加权 ${f.money(r.weightedPipeline.value.weightedTotal)}`, `Open pipeline ${f.money(r.weightedPipeline.value.total)}, weighted by stage win probability ${f.money(r.weightedPipeline.value.weightedTotal)}`));
  } else {
    items.push(f.tr('加权商机：样本不足，无法估计阶段成交概率', 'Weighted pipeline: too few closed deals to learn the stage probabilities'));
  }
  if (r.velocity !== null) {
    items.push(f.tr(`销售速度：每天约 ${f.money(r.velocity.valuePerDay)}（在途 ${r.velocity.openDeals} 个 × 平均合同 ${f.money(r.velocity.averageDealValue)} × 成交率 ÷ 平均周期 ${f.num(r.velocity.averageCycleDays)} 天）`, `Pipeline velocity: about ${f.money(r.velocity.valuePerDay)} per day (${r.velocity.openDeals} open × average deal ${f.money(r.velocity.averageDealValue)} × win rate ÷ mean cycle ${f.num(r.velocity.averageCycleDays)} days)`));
  }
  doc.list(items);
  if (markdown) {
    const bars = (['prospecting', 'qualified', 'approaching', 'negotiating', 'won'] as const).map((s) => ({ label: f.t(funnelStateLabels[s]), n: r.stages[s].entered }));
    doc.mermaid(
      [
        CHART_COLOURS,
        'xychart-beta',
        `  title "${mermaidText(f.tr('各阶段进入数', 'Entries per stage'))}"`,
        `  x-axis [${bars.map((b) => `"${mermaidText(b.label)}"`).join(', ')}]`,
        `  y-axis "${mermaidText(f.tr('商机轮次', 'Episodes'))}" 0 --> ${Math.max(1, ...bars.map((b) => b.n))}`,
        `  bar [${bars.map((b) => b.n).join(', ')}]`,
      ].join('\n'),
    );
    doc.heading(3, f.tr('开发流程状态图', 'The funnel machine'));
    doc.mermaid(funnelMermaid(locale));
    doc.heading(3, f.tr('客户关系生命周期', 'The relationship lifecycle'));
    doc.mermaid(lifecycleMermaid(locale));
  }
}

function complaints(doc: DocumentBuilder, f: Formatter, report: Report, markdown: boolean, locale: Locale): void {
  const m = report.complaints;
  doc.heading(2, f.tr('六、投诉管理与服务时限', '6. Complaints and service levels'));
  doc.paragraph(
    f.tr(
      `本期受理投诉 ${m.count} 件${m.perThousandShipments === undefined ? '' : `，每千个订单行 ${f.num(m.perThousandShipments.numerator / m.perThousandShipments.denominator, 2)} 件`}；一次即圆满率 ${f.rate(m.firstContactResolution)}，重开率 ${f.rate(m.reopenRate)}，判定不成立 ${f.rate(m.rejectedShare)}；赔偿合计 ${f.money(m.compensation.total)}。`,
      `${m.count} complaints received in the period${m.perThousandShipments === undefined ? '' : `, ${f.num(m.perThousandShipments.numerator / m.perThousandShipments.denominator, 2)} per 1,000 order lines`}; first-time resolution (一次即圆满) ${f.rate(m.firstContactResolution)}, reopened ${f.rate(m.reopenRate)}, assessed invalid ${f.rate(m.rejectedShare)}; ${f.money(m.compensation.total)} paid in compensation.`,
    ),
  );
  doc.heading(3, f.tr('按类别（帕累托排序）', 'By category (Pareto order)'));
  doc.table(
    [f.tr('类别', 'Category'), f.tr('件数', 'Count'), f.tr('占比', 'Share'), f.tr('累计', 'Cumulative'), f.tr('关键少数', 'Vital few')],
    m.byCategory.map((c) => [f.t(complaintCategoryLabels[c.category]), f.int(c.count), f.share(c.share), f.share(c.cumulativeShare), c.vitalFew ? '✓' : '']),
  );
  doc.heading(3, f.tr('服务时限达成（工作时间）', 'Service-level compliance (business time)'));
  doc.table(
    [f.tr('时限', 'Target'), f.tr('达成率', 'Compliance'), f.tr('达成', 'Met'), f.tr('超时', 'Breached'), f.tr('计时中', 'Running'), f.tr('预警', 'Warning')],
    (Object.keys(m.sla) as (keyof typeof m.sla)[]).map((k) => {
      const s = m.sla[k];
      return [f.t(slaTargetLabels[k]), f.rate(s.compliance), f.int(s.counts.met), f.int(s.counts.breached), f.int(s.counts.running), f.int(s.counts.warning)];
    }),
    ['left', 'left', 'right', 'right', 'right', 'right'],
  );
  const times = [
    { label: f.tr('确认用时', 'Time to acknowledge'), s: m.timeToAcknowledge },
    { label: f.tr('处理用时', 'Time to resolve'), s: m.timeToResolve },
  ];
  doc.table(
    [f.tr('用时（工作时间）', 'Handling time (business time)'), f.tr('件数', 'Count'), f.tr('中位数', 'Median'), 'P90', f.tr('最长', 'Longest')],
    times.map(({ label, s }) => (s.kind === 'durations' ? [label, f.int(s.count), f.hours(s.medianMs), f.hours(s.p90Ms), f.hours(s.maxMs)] : [label, '0', '—', '—', '—'])),
  );
  doc.paragraph(
    `${f.tr('截至期末的状态', 'States at the end of the period')}: ${Object.entries(m.byState)
      .filter(([, n]) => n > 0)
      .map(([state, n]) => `${f.t(complaintStateLabels[state as keyof typeof complaintStateLabels])} ${n}`)
      .join(f.tr('，', ', '))}`,
  );
  if (markdown) {
    doc.heading(3, f.tr('投诉处理流程状态图', 'The complaint handling machine'));
    doc.mermaid(complaintMermaid(locale));
    doc.paragraph(
      `${f.tr('图中为主流程；以下事件几乎在每个处理中的状态都可发生，未画出', 'The main path; these events are allowed in almost every open state and are not drawn')}: ${COMPLAINT_SIDE_EVENTS.map((e) => f.t(complaintEventTypeLabels[e])).join(f.tr('、', '; '))}${f.tr('。', '.')}`,
    );
  }
}

function quality(doc: DocumentBuilder, f: Formatter, report: Report): void {
  const q = report.quality;
  const r = q.report;
  doc.heading(2, f.tr('七、服务质量计分卡', '7. The service-quality scorecard'));
  doc.paragraph(
    f.tr(
      `本期 ${f.int(r.records.used)} 个订单行${r.orders === null ? '' : `、${f.int(r.orders.orders)} 个订单`}，按教材的三个维度——可得性、作业完成绩效、可靠性（DOMAIN.md §8）。目标值为示例值。`,
      `${f.int(r.records.used)} order lines${r.orders === null ? '' : ` in ${f.int(r.orders.orders)} orders`} in the period, on the textbook’s three dimensions — availability, operational performance, reliability (DOMAIN.md §8). The targets are illustrative.`,
    ),
  );
  doc.table(
    [f.tr('维度', 'Dimension'), f.tr('得分', 'Score')],
    [
      ...(Object.keys(q.scorecard.dimensions) as (keyof typeof q.scorecard.dimensions)[]).map((d) => [f.t(qualityDimensionLabels[d]), f.pct(q.scorecard.dimensions[d].score)]),
      [f.tr('综合', 'Overall'), f.pct(q.scorecard.overall)],
    ],
  );
  const value = (measure: keyof typeof SCORECARD_MEASURES, v: number | null): string =>
    measure === 'cycle-time-mean' || measure === 'response-time-mean' ? f.hours(v) : measure === 'cycle-time-cv' ? f.num(v, 3) : f.pct(v);
  doc.table(
    [f.tr('指标', 'Measure'), f.tr('维度', 'Dimension'), f.tr('实际', 'Actual'), f.tr('目标', 'Target'), f.tr('达标', 'Met')],
    Object.values(q.scorecard.dimensions).flatMap((d) =>
      d.lines.map((l) => [f.t(scorecardMeasureLabels[l.measure]), f.t(qualityDimensionLabels[SCORECARD_MEASURES[l.measure].dimension]), value(l.measure, l.actual), value(l.measure, l.target), l.met === null ? '—' : l.met ? '✓' : '✗']),
    ),
    ['left', 'left', 'right', 'right', 'left'],
  );
  doc.heading(3, f.tr('客户调查', 'Customer surveys'));
  doc.list([
    f.tr(`NPS（净推荐值）：${f.num(q.nps.score)}（${q.nps.respondents} 份答卷，推荐者 ${f.pct(q.nps.promoters.value)}，贬损者 ${f.pct(q.nps.detractors.value)}）`, `NPS: ${f.num(q.nps.score)} (${q.nps.respondents} answers, promoters ${f.pct(q.nps.promoters.value)}, detractors ${f.pct(q.nps.detractors.value)})`),
    f.tr(`CSAT（满意度，4–5 分占比）：${f.pct(q.csat.satisfied.value)}，平均 ${f.num(q.csat.mean, 2)}`, `CSAT (share answering 4–5 of 5): ${f.pct(q.csat.satisfied.value)}, mean ${f.num(q.csat.mean, 2)}`),
    f.tr(`CES（费力度，越高越省力）：平均 ${f.num(q.ces.mean, 2)}（${q.ces.respondents} 份）`, `CES (higher is easier): mean ${f.num(q.ces.mean, 2)} (${q.ces.respondents} answers)`),
  ]);
}

/**
 * The report as a document in one locale: a title with what was read, then the seven sections in
 * the textbook's order. Mermaid blocks are added only when `markdown` is set.
 */
export function reportDocument(report: Report, locale: Locale, markdown: boolean): readonly Block[] {
  const f = formatter(locale, report.meta.timeZone);
  const doc = new DocumentBuilder();
  const m = report.meta;
  doc.heading(1, f.tr('物流客户开发与服务报告', 'Logistics customer development and service report'));
  doc.list([
    `${f.tr('数据', 'Data')}: ${f.t(m.source)}`,
    `${f.tr('分析时点', 'As of')}: ${f.date(m.now)} (${m.timeZone}); ${f.tr('统计期', 'period')}: ${f.date(m.period.start)} – ${f.date(m.period.end)}`,
    `${f.tr('记录', 'Records')}: ${f.tr('客户', 'customers')} ${f.int(m.counts.customers)}, ${f.tr('交易', 'transactions')} ${f.int(m.counts.transactions)}, ${f.tr('商机', 'deals')} ${f.int(m.counts.deals)}, ${f.tr('投诉', 'complaints')} ${f.int(m.counts.complaints)}, ${f.tr('订单行', 'order lines')} ${f.int(m.counts.shipments)}, ${f.tr('调查答卷', 'survey answers')} ${f.int(m.counts.surveys)}`,
  ]);
  customerBase(doc, f, report);
  abc(doc, f, report, markdown);
  differentiation(doc, f, report);
  tiers(doc, f, report);
  funnel(doc, f, report, markdown, locale);
  complaints(doc, f, report, markdown, locale);
  quality(doc, f, report);
  return doc.blocks;
}
