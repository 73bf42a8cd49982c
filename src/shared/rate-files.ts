import type { IsoDate } from './contract';
import type { RateSeriesDto, RowError } from './csv-contract';
import { RATE_IMPORT_LIMITS } from './csv-contract';
import { isCurrencyCode } from './currencies';

export type { RowError };

/** The series read from a rate file, the columns left out, and the rows in error. */
export type ParsedRateFile = {
  readonly series: readonly RateSeriesDto[];
  /** Columns or currencies the app does not support (e.g. retired currencies such as CYP). */
  readonly skippedCurrencies: readonly string[];
  readonly errors: readonly RowError[];
};

const DECIMAL_RATE = /^\d{1,12}(\.\d{1,12})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MISSING = new Set(['', 'N/A', 'NA', '-']);

/**
 * Reads the ECB euro reference-rate history (rows as split by a CSV parser): a header `Date`
 * then one column per currency, each cell the units of that currency per 1 EUR; rows newest
 * first; `N/A` or an empty cell where a currency was not quoted (missing, never zero); a
 * trailing empty column from the comma that ends every line. Series come out oldest first,
 * base EUR. Currencies outside the app's ISO 4217 table are left out and listed.
 */
export function parseEcbHistory(rows: ReadonlyArray<readonly string[]>): ParsedRateFile {
  const header = (rows[0] ?? []).map((cell) => cell.trim());
  if (header[0]?.toLowerCase() !== 'date') {
    return { series: [], skippedCurrencies: [], errors: [{ row: 1, message: NOT_ECB }] };
  }
  const columns = header.slice(1).map((code, offset) => ({ code, index: offset + 1 }));
  const used = columns.filter(({ code }) => code !== '' && code !== 'EUR' && isCurrencyCode(code));
  const skippedCurrencies = columns
    .map(({ code }) => code)
    .filter((code) => code !== '' && !used.some((column) => column.code === code));
  const points = new Map<string, Array<readonly [IsoDate, string]>>();
  const errors: RowError[] = [];
  rows.slice(1).forEach((cells, offset) => {
    const row = offset + 2;
    const date = (cells[0] ?? '').trim();
    if (cells.every((cell) => cell.trim() === '')) return;
    if (!isIsoDate(date)) {
      errors.push({ row, message: `"${date}" is not a date in the form YYYY-MM-DD.` });
      return;
    }
    for (const { code, index } of used) {
      const text = (cells[index] ?? '').trim();
      if (MISSING.has(text.toUpperCase())) continue;
      if (!isRate(text)) {
        errors.push({ row, message: `${code}: "${text}" is not a rate above zero.` });
        continue;
      }
      const list = points.get(code) ?? [];
      list.push([date, text]);
      points.set(code, list);
    }
  });
  const series = [...points].map(([quote, list]) => ({
    base: 'EUR',
    quote,
    points: sortPoints(list),
  }));

  return { series, skippedCurrencies, errors };
}

/**
 * Reads a simple rate file with a header naming the columns `date`, `currency` and `rate`
 * (any order, any case; an optional `base` column), one rate a row: 1 `base` buys `rate` units
 * of `currency`. Rows without a base column use `defaultBase`. Dates are `YYYY-MM-DD`; rates
 * use a dot as decimal separator. Empty rates and `N/A` are missing, never zero.
 */
export function parseSimpleRates(
  rows: ReadonlyArray<readonly string[]>,
  defaultBase: string,
): ParsedRateFile {
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const at = { date: header.indexOf('date'), currency: header.indexOf('currency') };
  const rateIndex = header.indexOf('rate');
  const baseIndex = header.indexOf('base');
  if (at.date < 0 || at.currency < 0 || rateIndex < 0) {
    return { series: [], skippedCurrencies: [], errors: [{ row: 1, message: NOT_SIMPLE }] };
  }
  const points = new Map<string, Array<readonly [IsoDate, string]>>();
  const skipped = new Set<string>();
  const errors: RowError[] = [];
  rows.slice(1).forEach((cells, offset) => {
    const row = offset + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const date = (cells[at.date] ?? '').trim();
    const quote = (cells[at.currency] ?? '').trim().toUpperCase();
    const base = baseIndex < 0 ? defaultBase : (cells[baseIndex] ?? '').trim().toUpperCase();
    const rate = (cells[rateIndex] ?? '').trim();
    if (!isIsoDate(date)) {
      errors.push({ row, message: `"${date}" is not a date in the form YYYY-MM-DD.` });
    } else if (!isCurrencyCode(quote) || !isCurrencyCode(base)) {
      skipped.add(isCurrencyCode(quote) ? base : quote);
    } else if (quote === base) {
      errors.push({ row, message: `${quote} cannot be quoted against itself.` });
    } else if (MISSING.has(rate.toUpperCase())) {
      return;
    } else if (!isRate(rate)) {
      errors.push({ row, message: `"${rate}" is not a rate above zero such as 1.0842.` });
    } else {
      const key = `${base}/${quote}`;
      points.set(key, [...(points.get(key) ?? []), [date, rate]]);
    }
  });
  const series = [...points].map(([key, list]) => {
    const [base = '', quote = ''] = key.split('/');

    return { base, quote, points: sortPoints(list) };
  });

  return { series, skippedCurrencies: [...skipped].sort(), errors };
}

/**
 * Splits series into import batches of at most `RATE_IMPORT_LIMITS.maxPoints` points and
 * `maxSeries` series each, splitting a long series into consecutive parts, so that every call
 * stays within Forge's payload and time limits. The batches hold every point exactly once.
 */
export function toImportBatches(
  series: readonly RateSeriesDto[],
  limits: { readonly maxPoints: number; readonly maxSeries: number } = RATE_IMPORT_LIMITS,
): RateSeriesDto[][] {
  const batches: RateSeriesDto[][] = [];
  let current: RateSeriesDto[] = [];
  let size = 0;
  for (const item of series) {
    for (let start = 0; start < item.points.length;) {
      if (size === limits.maxPoints || current.length === limits.maxSeries) {
        batches.push(current);
        current = [];
        size = 0;
      }
      const take = Math.min(item.points.length - start, limits.maxPoints - size);
      current.push({ ...item, points: item.points.slice(start, start + take) });
      size += take;
      start += take;
    }
  }
  if (current.length > 0) batches.push(current);

  return batches;
}

const NOT_ECB = 'This is not an ECB history file: the first column must be "Date".';
const NOT_SIMPLE = 'The first row must name the columns date, currency and rate.';

function isRate(text: string): boolean {
  return DECIMAL_RATE.test(text) && /[1-9]/.test(text);
}

function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);

  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

function sortPoints(
  list: ReadonlyArray<readonly [IsoDate, string]>,
): Array<readonly [IsoDate, string]> {
  return [...list].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
