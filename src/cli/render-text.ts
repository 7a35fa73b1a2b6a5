/** Renders a document as plain text for a terminal: underlined headings, aligned tables (CJK-aware). */
import type { Align, Block } from './document.js';

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Columns a string takes in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, align: Align): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, align[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The document as plain text. Mermaid charts are left out (a terminal cannot draw them). */
export function renderText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(b.level === 1 ? `${b.text}\n${'='.repeat(displayWidth(b.text))}` : b.level === 2 ? `${b.text}\n${'-'.repeat(displayWidth(b.text))}` : `${b.text}`);
        break;
      case 'paragraph':
        out.push(b.text);
        break;
      case 'list':
        out.push(b.items.map((i) => `  • ${i}`).join('\n'));
        break;
      case 'table':
        out.push(table(b.headers, b.rows, b.align));
        break;
      case 'mermaid':
        break;
      default: {
        const unreachable: never = b;
        return unreachable;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}
