import { LimitError } from '../platform/errors';
import type { CurrencyCode } from '../shared/currencies';
import { isCurrencyCode, MAX_SAFE_MINOR_UNITS } from '../shared/currencies';

import type { RateRecord } from './cost-settings';

import { convertAt, createRateTable } from './exchange-rates';
import { money } from './money';
import type { Converter } from './totals';

/**
 * A converter to the reporting currency over a project's rate table: each amount at the last
 * rate published on or before its date (directly, inverted, or crossed through EUR), rounded
 * half-to-even once to minor units. Unknown currencies and missing rates give undefined, and
 * so does a rate so extreme that the converted amount leaves the exact range: the entry shows
 * as unconverted rather than failing every view and background job that totals it.
 */
export function createConverter(
  rates: readonly RateRecord[],
  reportingCurrency: string,
): Converter {
  if (!isCurrencyCode(reportingCurrency)) return () => undefined;
  const to: CurrencyCode = reportingCurrency;
  const table = createRateTable(
    rates.filter((rate) => isCurrencyCode(rate.base) && isCurrencyCode(rate.quote)),
  );

  return (item) => {
    if (!isCurrencyCode(item.currency)) return undefined;
    // A month's sum can exceed what one entry may hold; it stays unconverted, failing nothing.
    if (
      !Number.isSafeInteger(item.amountMinor) ||
      Math.abs(item.amountMinor) > MAX_SAFE_MINOR_UNITS
    )
      return undefined;

    try {
      return convertAt(table, money(item.amountMinor, item.currency), to, item.date)?.converted
        .amount;
    } catch (error) {
      if (error instanceof LimitError) return undefined;
      throw error;
    }
  };
}
