/**
 * A machine whose event types are named after `Object.prototype` members, for the tests that a
 * state allows only the handlers it has itself: `open` handles `WIN` and `valueOf`, the final
 * `won` handles nothing.
 */
import { text } from '../../../src/core/locale.js';
import { defineMachine, type StateSpec } from '../../../src/core/machine/definition.js';

export type Match = 'open' | 'won';
export type MatchEvent =
  | { readonly type: 'WIN' }
  | { readonly type: 'toString' }
  | { readonly type: 'constructor' }
  | { readonly type: 'hasOwnProperty' }
  | { readonly type: 'valueOf' };

// TypeScript already refuses this literal (its inherited `toString` is no handler): plain JavaScript callers do not.
const openOn = { WIN: { target: 'won' }, valueOf: {} } as unknown as NonNullable<StateSpec<Match, MatchEvent['type']>['on']>;

export const match = defineMachine<Match, MatchEvent, null>({
  id: 'match',
  initial: 'open',
  context: null,
  states: {
    open: { label: text('进行中', 'Open'), on: openOn },
    won: { label: text('获胜', 'Won'), final: true },
  },
  events: {
    WIN: text('获胜', 'win'),
    toString: text('转文本', 'toString'),
    constructor: text('构造', 'constructor'),
    hasOwnProperty: text('自有属性', 'hasOwnProperty'),
    valueOf: text('取值', 'valueOf'),
  },
});
