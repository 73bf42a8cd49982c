import type { IsoDate } from '@shared/contract';
import { currencyExponent, isCurrencyCode } from '@shared/currencies';
import { toDecimalString } from '@shared/format-money';
import type { KeyResultDto } from '@shared/okr-contract';

import { formatMoneySafely } from '../components/FormattedMoney';

/**
 * A fraction as a whole percentage in a locale, unclamped: 1.34 → "134%", -0.12 → "-12%".
 * Progress may lie outside 0-100%; only bars are clamped.
 */
export function formatPercent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction,
  );
}

/** A change in percent units (-13.1) with its sign: "−13%", "+4%"; "n/a" stays as words. */
export function formatChangePercent(percent: number | 'n/a', locale: string): string {
  if (percent === 'n/a') return 'n/a';

  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(percent / 100);
}

/**
 * A key result's value in its unit: money in minor units for cost key results and manual ones
 * in a currency, a percentage for manual `percent` key results (40 → "40%"), else a number.
 */
export function formatKeyResultValue(
  keyResult: KeyResultDto,
  value: number,
  locale: string,
): string {
  if (keyResult.type === 'cost') {
    return formatMoneySafely({ amount: value, currency: keyResult.currency }, locale);
  }
  if (keyResult.unit === 'currency' && keyResult.currency) {
    return formatMoneySafely({ amount: value, currency: keyResult.currency }, locale);
  }
  if (keyResult.unit === 'percent') {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
      value / 100,
    );
  }

  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Money with an explicit sign, for adjustments: "+€1,200.00", "−€300.00". */
export function formatSignedMoney(amountMinor: number, currency: string, locale: string): string {
  const text = formatMoneySafely({ amount: Math.abs(amountMinor), currency }, locale);

  return `${amountMinor < 0 ? '−' : '+'}${text}`;
}

/**
 * Money for chart axes: compact ("€40K", "4 Mio. €") because ticks have little room. The
 * amount becomes a float here, at the display edge only; nothing is computed from it.
 */
export function formatCompactMoney(amountMinor: number, currency: string, locale: string): string {
  if (!isCurrencyCode(currency)) return String(amountMinor);
  const major = Number(toDecimalString(Math.round(amountMinor), currency));

  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: currencyExponent(currency) === 0 ? 0 : 1,
  }).format(major);
}

/** The last day of a half-open period [start, end): the day before `end`. */
export function lastDayOf(period: { readonly end: IsoDate }): IsoDate {
  // An ObjectiveView's dates are always YYYY-MM-DD: three numeric parts.
  const [year, month, day] = period.end.split('-').map(Number) as [number, number, number];

  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** The month `YYYY-MM` of a date. */
export function monthOfDate(date: IsoDate): string {
  return date.slice(0, 7);
}
