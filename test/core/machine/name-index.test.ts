import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nameIndex, nameKey, positionOfName } from '../../../src/core/machine/name-index.js';
import { compileMachine } from '../../../src/core/machine/compile.js';
import { FUNNEL_EVENT_TYPES, FUNNEL_STATES, funnel } from './funnel-fixture.js';

describe('nameIndex', () => {
  test('the funnel states differ at their first character, the event types too', () => {
    expect(nameIndex(FUNNEL_STATES).at).toBe(0);
    expect(nameIndex(FUNNEL_EVENT_TYPES).at).toBe(0);
    const { compiled } = compileMachine(funnel);
    expect([compiled.stateIndex.at, compiled.eventTypeIndex.at]).toEqual([0, 0]);
    expect(compiled.eventTypes).toEqual(FUNNEL_EVENT_TYPES);
    // The flat table, state-major: one cell per state and event type.
    expect(compiled.cells).toHaveLength(FUNNEL_STATES.length * FUNNEL_EVENT_TYPES.length);
    const k = compiled.states.indexOf('prospecting');
    const j = compiled.eventTypes.indexOf('QUALIFY');
    expect(compiled.cells[k * compiled.eventTypes.length + j]?.target).toBe('qualified');
    expect(compiled.cells[k * compiled.eventTypes.length + compiled.eventTypes.indexOf('WIN')]).toBeUndefined();
  });

  test('the key mixes the length and one character; past the end it is 0', () => {
    expect(nameKey('new', 0)).toBe(('n'.charCodeAt(0) + 31 * 3) & 127);
    expect(nameKey('new', 3)).toBe(0);
    // The library's funnel has 'new' and 'negotiating': the same first letter, told apart by length.
    expect(nameKey('new', 0)).not.toBe(nameKey('negotiating', 0));
  });

  test('the first position where every key differs is taken', () => {
    // 'lost' and 'lose' have the same length and share 'los': they differ at 3.
    const index = nameIndex(['lost', 'lose']);
    expect(index.at).toBe(3);
    expect(index.slots[nameKey('lost', 3)]).toBe(0);
    expect(index.slots[nameKey('lose', 3)]).toBe(1);
    // Names of different lengths may differ past the end of the shorter one.
    expect(nameIndex(['ab', 'abc', 'abd']).at).toBe(2);
  });

  test('no position, or 128 names or more: -1, and lookups scan', () => {
    // 'a' is 97 and 'á' 225 = 97 + 128: one character, equal modulo 128.
    const same = ['a', 'á'];
    expect(nameIndex(same).at).toBe(-1);
    expect(positionOfName(nameIndex(same), same, 'á')).toBe(1);
    const many = Array.from({ length: 128 }, (_, i) => `s${i}`);
    expect(nameIndex(many).at).toBe(-1);
    expect(positionOfName(nameIndex(many), many, 's127')).toBe(127);
  });

  test('characters equal modulo 128 count as the same', () => {
    // Position 0 does not tell 'ax' from 'áy', position 1 does.
    expect(nameIndex(['ax', 'áy']).at).toBe(1);
  });
});

describe('positionOfName', () => {
  const names = ['prospecting', 'qualified', 'won'];
  const index = nameIndex(names);

  test('a name of the list: its position, from one character', () => {
    expect(names.map((name) => positionOfName(index, names, name))).toEqual([0, 1, 2]);
  });

  test('a name the index points elsewhere, a shorter name, not a string: -1 without throwing', () => {
    // 'wait' shares the first character with 'won'; '' has no character at all.
    for (const name of ['wait', 'w', '', 'PROSPECTING', 'toString', '__proto__']) {
      expect(positionOfName(index, names, name)).toBe(-1);
    }
    for (const name of [undefined, null, 5, {}, Symbol('won')]) {
      expect(positionOfName(index, names, name as unknown as string)).toBe(-1);
    }
  });

  test('property: equal to indexOf for any list of distinct names and any name', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 6 }), (list, other) => {
        const built = nameIndex(list);
        for (const name of [...list, other]) expect(positionOfName(built, list, name)).toBe(list.indexOf(name));
      }),
    );
  });
});
