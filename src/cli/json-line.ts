/** Parses one line of NDJSON, with the column of the first syntax error when it is not valid JSON. */

/** A parsed line, or where and why it is not JSON. */
export type JsonLineResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly column: number; readonly message: string };

/** Finds the offset of the first JSON syntax error in `text` (its length when the text just ends too early). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw new RangeError(String(i));
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = (): void => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      const ch = text.charCodeAt(i);
      if (ch < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/u.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/u.exec(text.slice(i));
    if (m === null) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : text.length;
  } catch (e) {
    if (e instanceof RangeError) return Number(e.message);
    throw e;
  }
}

/** Parses a line of JSON; on failure gives the 1-based column of the first error. */
export function parseJsonLine(text: string): JsonLineResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const offset = jsonErrorOffset(text);
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, column: Math.min(offset, text.length) + 1, message: reason };
  }
}

/**
 * The 1-based column where a field of a JSON object line is written, following the keys of `path`
 * (array indexes are skipped); the start of the line when a key is not found.
 */
export function columnOfPath(text: string, path: readonly (string | number)[]): number {
  let offset = 0;
  let found = 0;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const re = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}"\\s*:`, 'gu');
    re.lastIndex = offset;
    const m = re.exec(text);
    if (m === null) break;
    offset = m.index + m[0].length;
    found = m.index;
  }
  return found + 1;
}
