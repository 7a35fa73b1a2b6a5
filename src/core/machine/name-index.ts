/**
 * Finds a name in a short list of distinct names from its length and one character: the names
 * all have a different key `(name.charCodeAt(at) + 31 × name.length) & 127` (see
 * {@link nameKey}), so `slots[key]` is the only candidate, confirmed by one comparison. A compiled machine finds states and event types this way — a
 * table load instead of a scan whose exit the processor mispredicts.
 *
 * @category Machine
 */
export interface NameIndex {
  /** The character position at which the names' keys differ, or -1 when none does (lists are then scanned). */
  readonly at: number;
  /** The candidate position by key; -1 for none. */
  readonly slots: Int8Array;
}

/**
 * The key of a name at a character position: its length and the code of that character, mixed
 * into 0–127 (a position past the end of the name counts as code 0).
 *
 * @param name - The name.
 * @param at - The character position.
 * @returns The key, from 0 to 127.
 *
 * @example
 * ```ts
 * import { nameKey } from 'logistics-customer/core';
 * [nameKey('new', 0), nameKey('negotiating', 0), nameKey('new', 5)];
 * // => [75, 67, 0]
 * ```
 * @category Machine
 */
export function nameKey(name: string, at: number): number {
  return (name.charCodeAt(at) + 31 * name.length) & 127;
}

/**
 * Builds the {@link NameIndex} of a list of distinct names: the first character position at
 * which all their keys differ. A list of 128 names or more, or one without such a position, gets
 * `at: -1`.
 *
 * @param names - The names, distinct.
 * @returns The index.
 *
 * @example
 * ```ts
 * import { nameIndex } from 'logistics-customer/core';
 * // 'lost' and 'lose' differ at their fourth character; 'á' is 'a' + 128, the same key as 'a'.
 * [nameIndex(['prospecting', 'qualified', 'won']).at, nameIndex(['lost', 'lose']).at, nameIndex(['a', 'á']).at];
 * // => [0, 3, -1]
 * ```
 * @category Machine
 */
export function nameIndex(names: readonly string[]): NameIndex {
  // An Int8Array slot holds positions up to 127.
  const longest = names.length < 128 ? names.reduce((most, name) => Math.max(most, name.length), 0) : 0;
  for (let at = 0; at < longest; at++) {
    const slots = new Int8Array(128).fill(-1);
    const distinct = names.every((name, k) => {
      const code = nameKey(name, at);
      if (slots[code] !== -1) return false;
      slots[code] = k;
      return true;
    });
    if (distinct) return { at, slots };
  }
  return { at: -1, slots: new Int8Array(128).fill(-1) };
}

/**
 * The position of a name in the list an index was built from, or -1: the index's candidate when
 * it is the name, else a scan (a name the index cannot place, or not a string, is still answered).
 *
 * @param index - The index of `names`.
 * @param names - The names the index was built from.
 * @param name - The name to find.
 * @returns Its position, or -1.
 *
 * @example
 * ```ts
 * import { nameIndex, positionOfName } from 'logistics-customer/core';
 * const names = ['prospecting', 'qualified', 'won'];
 * const index = nameIndex(names);
 * [positionOfName(index, names, 'won'), positionOfName(index, names, 'wait')];
 * // => [2, -1]
 * ```
 * @category Machine
 */
export function positionOfName(index: NameIndex, names: readonly string[], name: string): number {
  let k: number;
  try {
    k = index.slots[nameKey(name, index.at)] as number;
  } catch {
    // Not a string (a snapshot or event read from untrusted data): no character to read.
    k = -1;
  }
  return k >= 0 && names[k] === name ? k : scan(names, name);
}

/** The position of a name found by comparing it with each: the rare path, kept out of the inlined one. */
function scan(names: readonly string[], name: string): number {
  for (let i = 0; i < names.length; i++) if (names[i] === name) return i;
  return -1;
}
