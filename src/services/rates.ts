import type { CostEntry } from '../domain/cost-entry';
import { occurrenceDates } from '../domain/cost-entry';
import type { RateRecord } from '../domain/cost-settings';
import { yearOf } from '../domain/rate-series';

import type { SettingsRepository } from './ports';

/** An amount to convert: its currency and the date (or month `YYYY-MM`) it is converted on. */
type Dated = { readonly currency: string; readonly date: string };

/**
 * The rates needed to convert `items` to the reporting currency: none when every item is in
 * that currency already, else the hand-entered rates plus the imported years the items fall in
 * (an issue with costs in 1990 and 2030 reads those two years, not the forty between).
 */
export async function loadRatesFor(
  settings: SettingsRepository,
  projectId: string,
  items: readonly Dated[],
  reportingCurrency: string,
): Promise<RateRecord[]> {
  const foreign = items.filter((item) => item.currency !== reportingCurrency);
  if (foreign.length === 0) return [];
  const years = [...new Set(foreign.map((item) => yearOf(item.date)))].sort((a, b) => a - b);

  return settings.listRates(projectId, {
    currencies: [...new Set(foreign.map((item) => item.currency))],
    reportingCurrency,
    years,
  });
}

/** An aggregate cell as an amount to convert (only its month's year matters for loading). */
export function monthDated(cell: { readonly currency: string; readonly month: string }): Dated {
  return { currency: cell.currency, date: cell.month };
}

/** Every occurrence of an entry as an amount to convert. */
export function occurrencesDated(entry: CostEntry): Dated[] {
  return occurrenceDates(entry).map((date) => ({ currency: entry.currency, date }));
}
