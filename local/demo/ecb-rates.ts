/**
 * Picks from the ECB euro reference-rate history (newest first, "N/A" gaps, a trailing comma)
 * the first published rate of each month since `fromMonth`, for a few currencies: enough for
 * the demo. The full importer is a feature of the app, not of the demo.
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
