import { unwrap } from '../../src/core/invariant.js';
import { type Money, money } from '../../src/core/money/money.js';
import type { Score } from '../../src/value/measure.js';

export const cny = (value: string | number): Money<'CNY'> => unwrap(money(value, 'CNY'));
export const usd = (value: string | number): Money<'USD'> => unwrap(money(value, 'USD'));
export const TEN = { min: 0, max: 10 } as const;
export const s10 = (value: number): Score => ({ kind: 'score', value, scale: { min: 0, max: 10 } });
