import { type DomainError, domainError, type ErrorPath } from '../domain-error.js';
import { type LocalizedText, text } from '../locale.js';

/**
 * The codes of the expected failures when a money amount is built from input.
 *
 * @category Money
 */
export type MoneyErrorCode =
  | 'INVALID_AMOUNT'
  | 'TOO_MANY_DECIMALS'
  | 'AMOUNT_OUT_OF_RANGE'
  | 'UNKNOWN_CURRENCY'
  | 'INVALID_SCALE'
  | 'INVALID_INPUT';

/**
 * The context of a money error: what was received, where, and what was expected.
 *
 * @category Money
 */
export interface MoneyErrorContext {
  /** The value that was wrong, as received. */
  readonly received: unknown;
  /** The currency the amount was meant for, if known. */
  readonly currency?: string;
  /** The scale the amount was meant for, if known. */
  readonly scale?: number;
  /** Where in the input the value was. */
  readonly path?: ErrorPath;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  return typeof value;
}

/** The message of each code, from the received value (already shown), currency and scale. */
type MessageOf = (received: string, currency: string, scale: number) => LocalizedText;

const invalidAmount: MessageOf = (received) =>
  text(`金额必须是十进制数字（如 "123.45"），收到 ${received}`, `the amount must be a decimal number such as "123.45"; received ${received}`);

const tooManyDecimals: MessageOf = (received, currency, scale) =>
  text(
    `金额 ${received} 的小数位超过 ${currency} 允许的 ${scale} 位（不会自动舍入）`,
    `the amount ${received} has more than the ${scale} decimal places allowed for ${currency} (no silent rounding)`,
  );

const amountOutOfRange: MessageOf = (received) =>
  text(
    `金额 ${received} 超出范围：以最小货币单位计须在 ±9007199254740991 以内`,
    `the amount ${received} is out of range: in minor units it must be within ±9007199254740991`,
  );

const unknownCurrency: MessageOf = (received) =>
  text(`未知币种 ${received}：须为有效的 ISO 4217 代码，如 CNY`, `unknown currency ${received}: expected an active ISO 4217 code such as CNY`);

const invalidScale: MessageOf = (received) =>
  text(`小数位数（scale）须为 0 到 15 的整数，收到 ${received}`, `the scale must be a whole number from 0 to 15; received ${received}`);

const invalidInput: MessageOf = (received) =>
  text(
    `金额须为对象 { amount, currency, scale? }，收到 ${received}`,
    `a money value must be an object { amount, currency, scale? }; received ${received}`,
  );

function build<K extends MoneyErrorCode>(code: K, message: MessageOf, context: MoneyErrorContext): DomainError<K> {
  const messages = message(show(context.received), context.currency ?? '', context.scale ?? 0);
  const details = {
    received: context.received,
    ...(context.currency === undefined ? {} : { currency: context.currency }),
    ...(context.scale === undefined ? {} : { scale: context.scale }),
  };
  return domainError(code, messages, { path: context.path ?? [], details });
}

/**
 * Builds the `AMOUNT_OUT_OF_RANGE` error on its own (so that `sumMoney` does not carry the
 * texts of the other money errors).
 *
 * @param context - The received value, currency, scale and path.
 * @returns The error value.
 *
 * @example
 * ```ts
 * import { amountOutOfRangeError } from 'logistics-customer/core';
 * amountOutOfRangeError({ received: '1e20', currency: 'CNY', scale: 2 }).code;
 * // => 'AMOUNT_OUT_OF_RANGE'
 * ```
 * @category Money
 */
export function amountOutOfRangeError(context: MoneyErrorContext): DomainError<'AMOUNT_OUT_OF_RANGE'> {
  return build('AMOUNT_OUT_OF_RANGE', amountOutOfRange, context);
}

function messageOf(code: MoneyErrorCode): MessageOf {
  switch (code) {
    case 'INVALID_AMOUNT':
      return invalidAmount;
    case 'TOO_MANY_DECIMALS':
      return tooManyDecimals;
    case 'AMOUNT_OUT_OF_RANGE':
      return amountOutOfRange;
    case 'UNKNOWN_CURRENCY':
      return unknownCurrency;
    case 'INVALID_SCALE':
      return invalidScale;
    case 'INVALID_INPUT':
      return invalidInput;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

/**
 * Builds the {@link DomainError} for a money amount that cannot be built from input, with its
 * message in zh-CN and en.
 *
 * @typeParam K - The code.
 * @param code - What was wrong.
 * @param context - The received value, currency, scale and path.
 * @returns The error value, with `details` holding `received`, `currency` and `scale`.
 *
 * @example
 * ```ts
 * import { moneyError } from 'logistics-customer/core';
 * moneyError('TOO_MANY_DECIMALS', { received: '1.005', currency: 'CNY', scale: 2 }).messages['zh-CN'];
 * // => '金额 "1.005" 的小数位超过 CNY 允许的 2 位（不会自动舍入）'
 * ```
 * @category Money
 */
export function moneyError<K extends MoneyErrorCode>(code: K, context: MoneyErrorContext): DomainError<K> {
  return build(code, messageOf(code), context);
}
