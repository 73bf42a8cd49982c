/**
 * Exact decimal arithmetic for FOCUS cost columns. FOCUS files state costs as decimal text with
 * up to 11 decimal places; they are read into BigInt values scaled by 10^11, summed exactly, and
 * rounded once to a currency's minor units.
 */

/** Decimal places every FOCUS amount is scaled to. */
export const FOCUS_SCALE = 11;

const SCALE_FACTOR = 10n ** BigInt(FOCUS_SCALE);
/** Digits before the point that an amount may have: far beyond any bill, far below BigInt trouble. */
const MAX_INTEGER_DIGITS = 18;
const MAX_EXPONENT = 30;
const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A decimal text that is not a number, or that needs more than 11 decimal places. */
export class FocusDecimalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FocusDecimalError';
  }
}

/**
 * Parses a decimal text (`-0.00001605990`, `12`, `1.5E-7`) into an integer scaled by 10^11.
 * No float arithmetic is involved.
 * @throws {FocusDecimalError} when the text is not a plain decimal number, has significant
 *   digits beyond the 11th decimal place, or has more than 18 digits before the point.
 */
export function parseFocusDecimal(text: string): bigint {
  const match = DECIMAL.exec(text.trim());
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match ?? [];
  if (!match || whole.length + fraction.length === 0) {
    throw new FocusDecimalError(`"${clip(text)}" is not a number.`);
  }
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) {
    throw new FocusDecimalError(`"${clip(text)}" is out of range.`);
  }
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
  // The value is digits x 10^(exponent - fraction.length); shift it to 11 decimal places.
  const shift = FOCUS_SCALE + exponent - fraction.length;
  let scaled: bigint;
  if (shift >= 0) {
    scaled = BigInt(digits) * 10n ** BigInt(shift);
  } else {
    const dropped = digits.slice(shift);
    if (/[1-9]/.test(dropped)) {
      throw new FocusDecimalError(`"${clip(text)}" has more than ${FOCUS_SCALE} decimal places.`);
    }
    scaled = BigInt(digits.slice(0, shift) || '0');
  }
  if (abs(scaled) >= 10n ** BigInt(MAX_INTEGER_DIGITS) * SCALE_FACTOR) {
    throw new FocusDecimalError(`"${clip(text)}" is too large.`);
  }

  return sign === '-' ? -scaled : scaled;
}

/**
 * Rounds an amount scaled by 10^11 to integer minor units of a currency with `exponent` decimal
 * places, half to even (banker's rounding): 0.125 USD becomes 12 cents, 0.135 USD 14 cents.
 */
export function roundHalfEvenToMinor(scaled: bigint, exponent: number): bigint {
  const divisor = 10n ** BigInt(FOCUS_SCALE - exponent);
  const magnitude = abs(scaled);
  let quotient = magnitude / divisor;
  const twiceRemainder = (magnitude % divisor) * 2n;
  if (twiceRemainder > divisor || (twiceRemainder === divisor && quotient % 2n === 1n)) {
    quotient += 1n;
  }

  return scaled < 0n ? -quotient : quotient;
}

/** An amount scaled by 10^11 as plain decimal text with 11 places (`-0.00001605990`). */
export function formatFocusDecimal(scaled: bigint): string {
  const digits = abs(scaled)
    .toString()
    .padStart(FOCUS_SCALE + 1, '0');

  return `${scaled < 0n ? '-' : ''}${digits.slice(0, -FOCUS_SCALE)}.${digits.slice(-FOCUS_SCALE)}`;
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
