import { isCurrencyCode } from '../shared/currencies';
import { toDecimalString } from '../shared/format-money';

import type { CostEntry } from './cost-entry';
import { occurrenceDates } from './cost-entry';
import type { Converter } from './totals';
import { computeTotals } from './totals';

/**
 * What the app writes to an issue's `okr-cost-summary` entity property so that JQL can find
 * issues by cost (`okrCostTotal > 1000`, `okrCostCategory = cloud`). It is a derived cache,
 * rebuilt from the entries; nothing reads it back as money.
 */
export type IssueCostSummary = {
  /** Actual costs in the reporting currency, in major units (JQL compares plain numbers). */
  readonly total: number;
  readonly planned: number;
  readonly currency: string;
  readonly categories: readonly string[];
  readonly currencies: readonly string[];
  readonly entries: number;
  /** Entries left out of `total` because no rate converts them. */
  readonly unconverted: number;
};

/**
 * The summary of an issue's entries: totals in the reporting currency (each occurrence converted
 * at its own date's rate, rounded half-to-even once) turned into major units for JQL.
 */
export function summarizeIssue(
  entries: readonly CostEntry[],
  reportingCurrency: string,
  convert: Converter,
): IssueCostSummary {
  const items = entries.flatMap((entry) =>
    occurrenceDates(entry).map((date) => ({
      amountMinor: entry.amountMinor,
      currency: entry.currency,
      kind: entry.kind,
      date,
    })),
  );
  const { reporting } = computeTotals(items, reportingCurrency, convert);
  const toMajor = (minor: number) =>
    isCurrencyCode(reportingCurrency) ? Number(toDecimalString(minor, reportingCurrency)) : 0;

  return {
    total: toMajor(reporting.actual),
    planned: toMajor(reporting.planned),
    currency: reportingCurrency,
    categories: [...new Set(entries.map((entry) => entry.categoryId))].sort(),
    currencies: [...new Set(entries.map((entry) => entry.currency))].sort(),
    entries: entries.length,
    unconverted: reporting.unconvertedCount,
  };
}
