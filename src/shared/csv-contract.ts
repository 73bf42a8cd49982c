import type { CostEntryDto, CostEntryInput, IsoDate } from './contract';

/**
 * Request and response types of the CSV features (exchange-rate import, cost export), shared by
 * the settings resolver and the settings page. Kept apart from contract.ts so they can grow
 * without touching the core contract.
 */

/** Where imported rates came from: the ECB reference-rate history or a simple CSV file. */
export type RateImportSource = 'ecb' | 'csv';

/** A rate point as sent over the wire: `[date, rate]`, the rate a positive decimal string. */
export type RatePointDto = readonly [IsoDate, string];

/** The points of one currency pair to import: 1 `base` buys `rate` units of `quote`. */
export type RateSeriesDto = {
  readonly base: string;
  readonly quote: string;
  readonly points: readonly RatePointDto[];
};

/** One batch of an import; the page sends a file in several batches (see RATE_IMPORT_LIMITS). */
export type ImportRatesRequest = {
  readonly source: RateImportSource;
  readonly series: readonly RateSeriesDto[];
};

/** What the project holds of an imported currency pair. */
export type RateSeriesSummaryDto = {
  readonly base: string;
  readonly quote: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly count: number;
  readonly source: RateImportSource;
  /** ISO timestamp of the last import into this pair. */
  readonly importedAt: string;
};

export type ImportRatesResponse = {
  /** Points of this batch that were new or changed a stored rate. */
  readonly changedCount: number;
  readonly series: readonly RateSeriesSummaryDto[];
};

export type ListRateSeriesResponse = { readonly series: readonly RateSeriesSummaryDto[] };

export type DeleteRateSeriesRequest = { readonly base: string; readonly quote: string };

/** A project's cost entries for export, oldest first. */
export type ExportEntriesResponse = { readonly entries: readonly CostEntryDto[] };

/**
 * Limits of one rate import call, so a batch stays well inside Forge's invocation payload and
 * its 25 s time limit: at most this many points and series per call.
 */
export const RATE_IMPORT_LIMITS = { maxPoints: 20000, maxSeries: 50 } as const;

/** A problem with one record of an imported file; `row` is its 1-based number, header = 1. */
export type RowError = { readonly row: number; readonly message: string };

/** One validated row of a cost CSV: the issue it goes to (by key) and the entry. */
export type EntryImportRowDto = {
  readonly row: number;
  readonly issueKey: string;
  readonly entry: CostEntryInput;
};

/**
 * One batch of a cost CSV import. `importId` (from the file's content and the chosen options)
 * and `row` make each entry's id, so a resumed import skips the rows already written. With
 * `dryRun` the rows are only checked.
 */
export type ImportEntriesRequest = {
  readonly importId: string;
  readonly dryRun: boolean;
  readonly rows: readonly EntryImportRowDto[];
};

/** What a batch did: entries written, rows already imported, and rows refused (then none). */
export type ImportEntriesResponse = {
  readonly created: number;
  readonly skipped: number;
  readonly errors: readonly RowError[];
};

/** Rows per cost import call: each is one KVS transaction, so a batch stays well within 25 s. */
export const ENTRY_IMPORT_BATCH_SIZE = 50;
