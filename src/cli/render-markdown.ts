/** Renders a document as Markdown with Mermaid code blocks, so charts and diagrams show as pictures. */
import type { Block } from './document.js';

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');
}

/** The document as GitHub-flavoured Markdown. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}`);
        break;
      case 'paragraph':
        out.push(b.text);
        break;
      case 'list':
        out.push(b.items.map((i) => `- ${i}`).join('\n'));
        break;
      case 'table':
        out.push(
          [
            `| ${b.headers.map(cell).join(' | ')} |`,
            `| ${b.align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`,
            ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
      case 'mermaid':
        out.push(`\`\`\`mermaid\n${b.source}\n\`\`\``);
        break;
      default: {
        const unreachable: never = b;
        return unreachable;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}
