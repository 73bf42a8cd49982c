import { CURRENCY_CODES } from '@shared/currencies';

/** An option of a currency picker: the ISO code as value, "EUR · Euro" as label. */
export type CurrencyOption = { readonly label: string; readonly value: string };
export type CurrencyOptionGroup = {
  readonly label: string;
  readonly options: readonly CurrencyOption[];
};

/** Currencies most teams pay in, offered first; every other ISO 4217 code follows. */
export const COMMON_CURRENCIES: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CAD',
  'AUD',
  'CHF',
  'CNY',
  'INR',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'NZD',
  'SGD',
  'BRL',
];

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

/** "EUR · Euro" in the user's language; just the code where Intl has no name for it. */
export function currencyLabel(code: string, locale: string): string {
  const name = currencyNames(locale)?.of(code);

  return name && name !== code ? `${code} · ${name}` : code;
}

function currencyNames(locale: string): Intl.DisplayNames | undefined {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'none' });
    } catch {
      // An engine without currency names still gets a working picker, showing codes only.
      names = undefined;
    }
    displayNames.set(locale, names);
  }

  return displayNames.get(locale);
}

/** The option for one code. */
export function currencyOption(code: string, locale: string): CurrencyOption {
  return { value: code, label: currencyLabel(code, locale) };
}

/**
 * Grouped options: common currencies, then all others, plus any extra codes the data already
 * uses (so an entry in a rarely used currency still shows its own currency as selected).
 */
export function currencyOptionGroups(
  locale: string,
  extraCommon: readonly string[] = [],
): CurrencyOptionGroup[] {
  const common = [...new Set([...extraCommon, ...COMMON_CURRENCIES])];
  const others = CURRENCY_CODES.filter((code) => !common.includes(code));

  return [
    { label: 'Common currencies', options: common.map((code) => currencyOption(code, locale)) },
    { label: 'All currencies', options: others.map((code) => currencyOption(code, locale)) },
  ];
}
