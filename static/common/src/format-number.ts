const DECIMAL = /^-?\d+(\.\d+)?$/;
// Intl.NumberFormat accepts at most 20 fraction digits in older engines (100 in newer ones).
const MAX_FRACTION_DIGITS = 20;

/** Whether text is a plain decimal numeral such as `1.1684` (no sign, exponent or grouping). */
export function isPositiveDecimalString(text: string): boolean {
  return DECIMAL.test(text) && !text.startsWith('-') && /[1-9]/.test(text);
}

/**
 * Formats an exact decimal string (an exchange rate such as `1.1684`) in a locale, keeping all
 * its digits (`1,1684` in de-DE). Intl receives the string itself, so nothing is rounded.
 */
export function formatDecimalString(decimal: string, locale: string): string {
  if (!DECIMAL.test(decimal)) return decimal;
  const fractionDigits = Math.min(decimal.split('.')[1]?.length ?? 0, MAX_FRACTION_DIGITS);
  const formatter = new Intl.NumberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });

  // The cast is safe: DECIMAL only matches plain numerals, which Intl reads exactly.
  return formatter.format(decimal as Intl.StringNumericLiteral);
}

/** Formats a whole count or a percentage-like number in a locale. */
export function formatInteger(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
