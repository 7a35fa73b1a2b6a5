/**
 * A small document model the report is written in once, then rendered as plain text or as
 * Markdown: headings, paragraphs, lists, tables and Mermaid charts (which only Markdown shows).
 */

/** Column alignment. */
export type Align = 'left' | 'right';

/** One block of a document. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly align: readonly Align[] }
  | { readonly kind: 'mermaid'; readonly source: string };

/** Builds blocks in order. */
export class DocumentBuilder {
  readonly blocks: Block[] = [];

  heading(level: 1 | 2 | 3, text: string): this {
    this.blocks.push({ kind: 'heading', level, text });
    return this;
  }

  paragraph(text: string): this {
    this.blocks.push({ kind: 'paragraph', text });
    return this;
  }

  list(items: readonly string[]): this {
    if (items.length > 0) this.blocks.push({ kind: 'list', items });
    return this;
  }

  /** A table; numeric-looking columns are right-aligned unless `align` says otherwise. */
  table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): this {
    const guessed = headers.map((_, i): Align => (rows.length > 0 && rows.every((r) => /^[-+]?(?:[A-Z]{0,3}[¥$€£])?-?[\d,.]+(?:%|\s|$)/u.test(r[i] ?? '')) ? 'right' : 'left'));
    this.blocks.push({ kind: 'table', headers, rows, align: align ?? guessed });
    return this;
  }

  mermaid(source: string): this {
    this.blocks.push({ kind: 'mermaid', source });
    return this;
  }
}
