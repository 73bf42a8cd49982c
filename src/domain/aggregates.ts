import type { CostKind, IsoMonth } from '../shared/contract';

import { monthOf } from './calendar';
import type { CostEntry } from './cost-entry';
import { occurrenceDates } from './cost-entry';

/**
 * Sums of a project's costs for one calendar year, one cell per month x category x currency x
 * kind. Cell values are integer minor units as decimal strings: a sum of many amounts may pass
 * 2^53, so they are added as BigInt and never as floats.
 */
export type YearAggregate = {
  readonly projectId: string;
  readonly year: string;
  readonly cells: Readonly<Record<string, string>>;
};

/** One aggregate cell, decoded. `amountMinor` is a BigInt of minor units of `currency`. */
export type AggregateCell = {
  readonly month: IsoMonth;
  readonly categoryId: string;
  readonly currency: string;
  readonly kind: CostKind;
  readonly amountMinor: bigint;
};

/** Changes to one project-year aggregate, per cell key, in minor units. */
export type YearDelta = {
  readonly projectId: string;
  readonly year: string;
  readonly cells: ReadonlyMap<string, bigint>;
};

const SEPARATOR = '|';

/** The cell key of a month, category, currency and kind. */
export function cellKey(cell: Omit<AggregateCell, 'amountMinor'>): string {
  return [cell.month, cell.categoryId, cell.currency, cell.kind].join(SEPARATOR);
}

/** Decodes every cell of an aggregate. */
export function readCells(aggregate: Pick<YearAggregate, 'cells'>): AggregateCell[] {
  return Object.entries(aggregate.cells).map(([key, value]) => {
    const [month = '', categoryId = '', currency = '', kind = 'actual'] = key.split(SEPARATOR);

    return { month, categoryId, currency, kind: kind as CostKind, amountMinor: BigInt(value) };
  });
}

/**
 * What replacing `before` by `after` changes in the aggregates (either may be absent for a
 * create or a delete). Every occurrence of a recurring entry counts in its own month; an entry
 * that moved to another project leaves one project's aggregates and joins the other's.
 */
export function entryDelta(before?: CostEntry, after?: CostEntry): YearDelta[] {
  const delta = new Map<string, { projectId: string; year: string; cells: Map<string, bigint> }>();
  const addEntry = (entry: CostEntry, sign: bigint) => {
    for (const date of occurrenceDates(entry)) {
      const key = cellKey({
        month: monthOf(date),
        categoryId: entry.categoryId,
        currency: entry.currency,
        kind: entry.kind,
      });
      const year = date.slice(0, 4);
      const id = `${entry.projectId}|${year}`;
      const target = delta.get(id) ?? { projectId: entry.projectId, year, cells: new Map() };
      target.cells.set(key, (target.cells.get(key) ?? 0n) + sign * BigInt(entry.amountMinor));
      delta.set(id, target);
    }
  };
  if (before) addEntry(before, -1n);
  if (after) addEntry(after, 1n);
  for (const [id, target] of delta) {
    for (const [key, value] of target.cells) if (value === 0n) target.cells.delete(key);
    if (target.cells.size === 0) delta.delete(id);
  }

  return [...delta.values()];
}

/** Adds a year's delta to its cells; cells that reach zero are dropped to keep records small. */
export function applyCellDelta(
  cells: Readonly<Record<string, string>>,
  delta: ReadonlyMap<string, bigint>,
): Record<string, string> {
  const next: Record<string, string> = { ...cells };
  for (const [key, change] of delta) {
    const value = BigInt(next[key] ?? '0') + change;
    if (value === 0n) delete next[key];
    else next[key] = value.toString();
  }

  return next;
}

/** Recomputes aggregates from entries, keyed `projectId|year`, for reconciling and tests. */
export function aggregateEntries(
  entries: readonly CostEntry[],
): Map<string, Record<string, string>> {
  const years = new Map<string, Record<string, string>>();
  for (const entry of entries) {
    for (const { projectId, year, cells } of entryDelta(undefined, entry)) {
      const id = `${projectId}|${year}`;
      years.set(id, applyCellDelta(years.get(id) ?? {}, cells));
    }
  }

  return years;
}
