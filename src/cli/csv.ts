/**
 * A small CSV reader and writer (RFC 4180: comma-separated, fields quoted with `"` when they hold a
 * comma, a quote or a line break, quotes doubled inside). The reader takes physical lines one at a
 * time and yields records with the line and column of every field, so errors can point at them.
 */

/** One CSV record: its fields with the line and 1-based column each starts at. */
export interface CsvRecord {
  /** The line the record starts on (1-based). */
  readonly line: number;
  /** The fields. */
  readonly fields: readonly string[];
  /** For each field, where it starts. */
  readonly positions: readonly { readonly line: number; readonly column: number }[];
}

/** A CSV syntax problem. */
export interface CsvError {
  /** Line (1-based). */
  readonly line: number;
  /** Column (1-based). */
  readonly column: number;
  /** What is wrong. */
  readonly message: { readonly 'zh-CN': string; readonly en: string };
}

/** Assembles records from physical lines; a quoted field may span lines. */
export class CsvReader {
  #fields: string[] = [];
  #positions: { line: number; column: number }[] = [];
  #field = '';
  #quoted = false;
  #inQuotes = false;
  #afterQuote = false;
  #start = 0;
  #fieldStart = { line: 0, column: 1 };

  /** Whether a quoted field is open: the next line, even an empty one, continues it. */
  get inQuotes(): boolean {
    return this.#inQuotes;
  }

  /** Feeds one physical line (without its line break); returns a record when one is complete, or an error. */
  push(text: string, line: number): CsvRecord | CsvError | null {
    if (!this.#inQuotes) {
      this.#fields = [];
      this.#positions = [];
      this.#field = '';
      this.#quoted = false;
      this.#afterQuote = false;
      this.#start = line;
      this.#fieldStart = { line, column: 1 };
    } else {
      this.#field += '\n';
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (this.#inQuotes) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            this.#field += '"';
            i++;
          } else {
            this.#inQuotes = false;
            this.#afterQuote = true;
          }
        } else this.#field += ch;
        continue;
      }
      if (ch === ',') {
        this.#fields.push(this.#field);
        this.#positions.push(this.#fieldStart);
        this.#field = '';
        this.#quoted = false;
        this.#afterQuote = false;
        this.#fieldStart = { line, column: i + 2 };
        continue;
      }
      if (this.#afterQuote) {
        return { line, column: i + 1, message: { 'zh-CN': '引号字段结束后出现了多余的字符', en: 'unexpected character after a closing quote' } };
      }
      if (ch === '"') {
        if (this.#field !== '' || this.#quoted) {
          return { line, column: i + 1, message: { 'zh-CN': '未加引号的字段中出现了引号（应写成 "" 并给整个字段加引号）', en: 'a quote inside an unquoted field (quote the field and double the quote)' } };
        }
        this.#quoted = true;
        this.#inQuotes = true;
        continue;
      }
      this.#field += ch;
    }
    if (this.#inQuotes) return null;
    this.#fields.push(this.#field);
    this.#positions.push(this.#fieldStart);
    return { line: this.#start, fields: this.#fields, positions: this.#positions };
  }

  /** Called at the end of the file: an error when a quoted field was never closed. */
  end(lastLine: number): CsvError | null {
    return this.#inQuotes
      ? { line: this.#fieldStart.line, column: this.#fieldStart.column, message: { 'zh-CN': `引号字段没有结束（直到第 ${lastLine} 行文件结束）`, en: `a quoted field is never closed (the file ends at line ${lastLine})` } }
      : null;
  }
}

/** Tells a record from an error. */
export function isCsvError(value: CsvRecord | CsvError): value is CsvError {
  return 'message' in value;
}

/** One field as written: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** One record as a line (without the line break). */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}
