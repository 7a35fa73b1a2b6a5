/** A problem in an input file, located by file, line and column, and how it is printed. */
import type { Locale, LocalizedText } from '../core/locale.js';

/** Where and what. */
export interface InputProblem {
  /** The file (as given on the command line, joined with its directory). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** The stable code. */
  readonly code: string;
  /** What is wrong, with the field when known. */
  readonly message: LocalizedText;
}

/** `file:line:column: message [CODE]`, the form editors and terminals link to. */
export function formatInputProblem(p: InputProblem, locale: Locale): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message[locale]} [${p.code}]`;
}
