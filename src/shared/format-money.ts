import { currencyExponent, isCurrencyCode } from './currencies';
import type { CurrencyCode } from './currencies';

/** Money as the front ends hold it: integer minor units plus an ISO 4217 code. */
export type MoneyLike = { readonly amount: number; readonly currency: string };

/** Display choices passed through to Intl.NumberFormat; the fraction digits are never options. */
export type FormatMoneyOptions = Pick<
  Intl.NumberFormatOptions,
  'currencyDisplay' | 'currencySign' | 'signDisplay' | 'useGrouping'
>;

const FALLBACK_LOCALE = 'en-US';
const formatters = new Map<string, Intl.NumberFormat>();
let exactStringsSupported: boolean | undefined;

/**
 * Turns a locale as Forge or a browser reports it into a BCP 47 tag Intl accepts. Forge's
 * context uses underscores (`en_US`); anything Intl still rejects becomes `en-US`.
 */
export function normalizeLocale(locale: string | undefined): string {
  const candidate = (locale ?? '').trim().replace(/_/g, '-');

  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

/**
 * The exact decimal value of an amount in minor units, with as many decimals as the
 * currency's exponent: 123456 EUR → "1234.56", 1000 JPY → "1000", 2755 KWD → "2.755",
 * -5 USD → "-0.05".
 * No rounding happens; only digits are moved.
 *
 * @throws {RangeError} when `amountMinor` is not a safe integer or the currency is unknown.
 */
export function toDecimalString(amountMinor: number, currency: CurrencyCode): string {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`Amount must be an integer number of minor units: ${amountMinor}`);
  }

  const exponent = currencyExponent(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const digits = Math.abs(amountMinor).toString();
  if (exponent === 0) {
    return sign + digits;
  }
  const padded = digits.padStart(exponent + 1, '0');

  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

/**
 * Formats money for display in a locale, with the currency symbol and exactly the currency's
 * number of decimals (JPY "¥1,000", KWD "KWD 2.755"). Nothing is rounded: Intl receives the
 * exact decimal string.
 *
 * @throws {RangeError} when the currency is not in the table or the amount is not an integer.
 */
export function formatMoney(
  money: MoneyLike,
  locale: string | undefined,
  options: FormatMoneyOptions = {},
): string {
  const currency = checkedCurrency(money.currency);
  const exponent = currencyExponent(currency);
  const formatter = cachedFormatter(normalizeLocale(locale), {
    ...options,
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });

  return formatDecimal(formatter, toDecimalString(money.amount, currency));
}

/**
 * Formats money as a user would type it in an amount field: the locale's digit grouping and
 * decimal separator, all of the currency's decimals, and no currency symbol. The result always
 * parses back to the same amount with `parseMoneyInput` in the same locale and currency.
 *
 * @throws {RangeError} when the currency is not in the table or the amount is not an integer.
 */
export function formatMoneyForInput(money: MoneyLike, locale: string | undefined): string {
  const currency = checkedCurrency(money.currency);
  const exponent = currencyExponent(currency);
  const formatter = cachedFormatter(normalizeLocale(locale), {
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });

  return formatDecimal(formatter, toDecimalString(money.amount, currency));
}

function checkedCurrency(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) {
    throw new RangeError(`Unknown currency code: ${code}`);
  }

  return code;
}

function cachedFormatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  const existing = formatters.get(key);
  if (existing) {
    return existing;
  }
  const created = new Intl.NumberFormat(locale, options);
  formatters.set(key, created);

  return created;
}

function formatDecimal(formatter: Intl.NumberFormat, decimal: string): string {
  if (supportsExactStrings()) {
    // The cast is safe: toDecimalString only ever returns a plain decimal numeral.
    return formatter.format(decimal as Intl.StringNumericLiteral);
  }

  // Engines without Intl.NumberFormat v3 turn strings into doubles. Within
  // MAX_SAFE_MINOR_UNITS (2^51 - 1) the nearest double to any amount of an exponent-e currency
  // is within a quarter of 10^-e of it, so rounding to e decimals restores the exact digits.
  return formatter.format(Number(decimal));
}

function supportsExactStrings(): boolean {
  if (exactStringsSupported === undefined) {
    const probe = new Intl.NumberFormat('en', { useGrouping: false, maximumFractionDigits: 0 });
    const value: Intl.StringNumericLiteral = '9007199254740993';
    exactStringsSupported = probe.format(value) === '9007199254740993';
  }

  return exactStringsSupported;
}
