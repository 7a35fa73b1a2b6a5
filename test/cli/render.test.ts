import { describe, expect, test } from 'vitest';
import { buildReport } from '../../src/cli/build-report.js';
import { DocumentBuilder } from '../../src/cli/document.js';
import { renderMarkdown } from '../../src/cli/render-markdown.js';
import { renderReport } from '../../src/cli/render-report.js';
import { displayWidth, renderText } from '../../src/cli/render-text.js';
import type { Report } from '../../src/cli/report-types.js';
import { FIRM, NOW } from './fixtures.js';

const built = buildReport({ ...FIRM, source: { 'zh-CN': '样本企业', en: 'the sample firm' } }, { now: NOW });
if (!built.ok) throw new Error('the sample must build');
const report: Report = built.value;

function order(text: string, headings: readonly string[]): number[] {
  return headings.map((h) => text.indexOf(h));
}

describe('the text report', () => {
  test('prints the seven analyses in the textbook’s order, in Chinese', () => {
    const text = renderReport(report, 'text', 'zh-CN');
    const at = order(text, ['一、客户构成', '二、ABC 分析', '三、差异性分析', '四、分级服务与风险预警', '五、客户开发漏斗', '六、投诉管理与服务时限', '七、服务质量计分卡']);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('A 类（关键客户）');
    expect(text).not.toContain('```');
  });

  test('and in English, with the same numbers', () => {
    const text = renderReport(report, 'text', 'en');
    const at = order(text, ['1. The customer base', '2. ABC analysis', '3. Differentiation', '4. Service tiers', '5. The customer development funnel', '6. Complaints', '7. The service-quality scorecard']);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(`${report.complaints.count} complaints received in the period`);
  });

  test('tables align columns holding Chinese text (two columns per character)', () => {
    expect(displayWidth('A 类（关键客户）')).toBe(16);
    expect(displayWidth('abc')).toBe(3);
    const text = renderText(new DocumentBuilder().table(['类别', 'n'], [['制造业', '1'], ['IT', '22']]).blocks);
    expect(text).toBe('类别     n\n------  --\n制造业   1\nIT      22\n');
  });
});

describe('the Markdown report', () => {
  const md = renderReport(report, 'md', 'zh-CN');

  test('has the Pareto curve, the funnel bars and the three state diagrams as Mermaid', () => {
    const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)```/gu)].map((m) => m[1] ?? '');
    expect(blocks.map((b) => b.split('\n').find((line) => !line.startsWith('%%')))).toEqual(['xychart-beta', 'xychart-beta', 'stateDiagram-v2', 'stateDiagram-v2', 'stateDiagram-v2']);
    expect(blocks[0]).toContain('line [0.0, ');
    expect(blocks[1]).toContain(`bar [${report.funnel.stages.prospecting.entered}, `);
    expect(blocks[4]).toContain('state "');
  });

  test('tables are pipe tables with a header rule, pipes in cells escaped', () => {
    expect(md).toContain('| 类别 | 客户数 | 占比 |\n| --- | ---: | ---: |');
    expect(renderMarkdown(new DocumentBuilder().table(['a'], [['x|y']]).blocks)).toBe('| a |\n| --- |\n| x\\|y |\n');
  });
});

describe('the JSON report', () => {
  test('is the report with money as exact strings and dates as ISO strings', () => {
    const json = JSON.parse(renderReport(report, 'json', 'en')) as { abc: { total: unknown }; meta: { now: string } };
    expect(json.abc.total).toEqual({ amount: (report.abc.total.amount / 100).toFixed(2), currency: 'CNY' });
    expect(json.meta.now).toBe('2026-03-31T16:00:00.000Z');
    expect(renderReport(report, 'json', 'zh-CN')).toBe(renderReport(report, 'json', 'en'));
  });
});
