import Papa from 'papaparse';

import type { RateSeriesDto } from '../../src/shared/csv-contract';
import { parseEcbHistory, toImportBatches } from '../../src/shared/rate-files';

/**
 * Reads the ECB euro reference-rate history (newest first, "N/A" gaps, a trailing comma) into
 * the batches the settings page would send to `rates/import`, with the same parser the page
 * uses. `currencies` narrows the pairs (the demo needs a few); all supported ones otherwise.
 */
export function readEcbImportBatches(
  csv: string,
  currencies?: readonly string[],
): RateSeriesDto[][] {
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const parsed = parseEcbHistory(rows);
  if (parsed.errors.length > 0) {
    throw new Error(`The ECB file has errors, first on row ${parsed.errors[0]?.row ?? '?'}`);
  }
  const series = currencies
    ? parsed.series.filter((s) => currencies.includes(s.quote))
    : parsed.series;

  return toImportBatches(series);
}

/**
 * Picks from the ECB euro reference-rate history (newest first, "N/A" gaps, a trailing comma)
 * the first published rate of each month since `fromMonth`, for a few currencies: enough for
 * the benchmark's rate table (entered through `rates/save`).
 */
export function readEcbMonthlyRates(
  csv: string,
  currencies: readonly string[],
  fromMonth: string,
): Array<{ base: string; quote: string; rate: string; date: string }> {
  const [header = '', ...rows] = csv.trim().split(/\r?\n/);
  const columns = header.split(',').map((c) => c.trim());
  const firstOfMonth = new Map<string, string[]>();
  for (const row of rows) {
    const cells = row.split(',');
    const date = cells[0] ?? '';
    if (date.slice(0, 7) < fromMonth) break;
    // Rows are newest first, so the last row seen for a month is its first business day.
    firstOfMonth.set(date.slice(0, 7), cells);
  }

  return [...firstOfMonth.values()].flatMap((cells) =>
    currencies.flatMap((quote) => {
      const rate = cells[columns.indexOf(quote)]?.trim();
      return rate && rate !== 'N/A' ? [{ base: 'EUR', quote, rate, date: cells[0] ?? '' }] : [];
    }),
  );
}
