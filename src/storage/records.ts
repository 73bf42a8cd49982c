import type { MonthAggregate } from '../domain/aggregates';
import type { CostEntry } from '../domain/cost-entry';
import type { CostKind, EntrySourceDto, IsoDate, RecurrenceDto } from '../shared/contract';
import type { CurrencyCode } from '../shared/currencies';

/** A cost entry as stored (schema version 1). */
export type CostEntryRecord = {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly issueId: string;
  readonly issueKey: string;
  readonly projectId: string;
  readonly kind: CostKind;
  readonly amountMinor: number;
  readonly currency: string;
  readonly categoryId: string;
  readonly incurredOn: IsoDate;
  readonly description: string;
  readonly recurrence: RecurrenceDto;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly version: number;
  /** Derived entries only: where they came from. */
  readonly source?: EntrySourceDto;
  /** `source.key`, top-level so that the `by-source` index can find the entries of a source. */
  readonly sourceKey?: string;
};

/** A project x month x category aggregate as stored (schema version 1). */
export type AggregateRecord = {
  readonly schemaVersion: 1;
  readonly projectId: string;
  readonly month: string;
  readonly categoryId: string;
  readonly revision: number;
  readonly cells: Readonly<Record<string, string>>;
};

export function entryToRecord(entry: CostEntry): CostEntryRecord {
  return entry.source
    ? { schemaVersion: 1, ...entry, sourceKey: entry.source.key }
    : { schemaVersion: 1, ...entry };
}

export function entryFromRecord(record: CostEntryRecord): CostEntry {
  const { schemaVersion: _schemaVersion, sourceKey: _sourceKey, currency, ...rest } = record;

  return { ...rest, currency: currency as CurrencyCode };
}

export function aggregateFromRecord(record: AggregateRecord): MonthAggregate {
  return {
    projectId: record.projectId,
    month: record.month,
    categoryId: record.categoryId,
    cells: record.cells,
  };
}
