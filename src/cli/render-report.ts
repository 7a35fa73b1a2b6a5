/** Renders a report in one of the command's formats. */
import type { Locale } from '../core/locale.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import { reportDocument } from './report-document.js';
import type { Report } from './report-types.js';

/** The output formats of the report command. */
export type ReportFormat = 'text' | 'md' | 'json';

/** The report as text, Markdown with Mermaid charts, or JSON (the JSON is the same in every locale). */
export function renderReport(report: Report, format: ReportFormat, locale: Locale): string {
  switch (format) {
    case 'text':
      return renderText(reportDocument(report, locale, false));
    case 'md':
      return renderMarkdown(reportDocument(report, locale, true));
    case 'json':
      return renderJson(report);
    default: {
      const unreachable: never = format;
      return unreachable;
    }
  }
}
