/**
 * Whether a string names a time zone this runtime knows (an IANA name such as `'Asia/Shanghai'`,
 * or `'UTC'`), as `Intl.DateTimeFormat` accepts it.
 *
 * @param value - The name to check.
 * @returns `true` for a known time zone.
 *
 * @example
 * ```ts no-run
 * [isTimeZone('Asia/Shanghai'), isTimeZone('Mars/Olympus')]; // => [true, false]
 * ```
 * @internal
 */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
