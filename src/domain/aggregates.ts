import type { CostKind, IsoMonth } from '../shared/contract';

import { monthOf } from './calendar';
import type { CostEntry } from './cost-entry';
import { occurrenceDates } from './cost-entry';

/**
 * Sums of a project's costs in one category and month, one cell per currency x kind. Cell
 * values are integer minor units as decimal strings: a sum of many amounts may pass 2^53, so
 * they are added as BigInt and never as floats. Small records keep every write cheap (Forge
 * bills KVS writes by size) and far from the 240 KiB value limit.
 */
export type MonthAggregate = {
  readonly projectId: string;
  readonly month: IsoMonth;
  readonly categoryId: string;
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

/** Changes to one project x month x category aggregate, per cell key, in minor units. */
export type AggregateDelta = {
  readonly projectId: string;
  readonly month: IsoMonth;
  readonly categoryId: string;
  readonly cells: ReadonlyMap<string, bigint>;
};

const SEPARATOR = '|';

/** The cell key of a currency and kind within an aggregate. */
export function cellKey(cell: Pick<AggregateCell, 'currency' | 'kind'>): string {
  return `${cell.currency}${SEPARATOR}${cell.kind}`;
}

/** The identity of an aggregate, `projectId|month|categoryId`. */
export function aggregateId(
  aggregate: Pick<MonthAggregate, 'projectId' | 'month' | 'categoryId'>,
): string {
  return [aggregate.projectId, aggregate.month, aggregate.categoryId].join(SEPARATOR);
}

/** Decodes every cell of an aggregate. */
export function readCells(aggregate: MonthAggregate): AggregateCell[] {
  return Object.entries(aggregate.cells).map(([key, value]) => {
    const [currency = '', kind = 'actual'] = key.split(SEPARATOR);

    return {
      month: aggregate.month,
      categoryId: aggregate.categoryId,
      currency,
      kind: kind === 'planned' ? 'planned' : 'actual',
      amountMinor: BigInt(value),
    };
  });
}

/**
 * What replacing `before` by `after` changes in the aggregates (either may be absent for a
 * create or a delete). Every occurrence of a recurring entry counts in its own month; an entry
 * that moved to another project leaves one project's aggregates and joins the other's.
 */
export function entryDelta(before?: CostEntry, after?: CostEntry): AggregateDelta[] {
  const delta = new Map<
    string,
    { projectId: string; month: IsoMonth; categoryId: string; cells: Map<string, bigint> }
  >();
  const addEntry = (entry: CostEntry, sign: bigint) => {
    for (const date of occurrenceDates(entry)) {
      const target = {
        projectId: entry.projectId,
        month: monthOf(date),
        categoryId: entry.categoryId,
      };
      const id = aggregateId(target);
      const found = delta.get(id) ?? { ...target, cells: new Map<string, bigint>() };
      const key = cellKey(entry);
      found.cells.set(key, (found.cells.get(key) ?? 0n) + sign * BigInt(entry.amountMinor));
      delta.set(id, found);
    }
  };
  if (before) addEntry(before, -1n);
  if (after) addEntry(after, 1n);
  for (const [id, found] of delta) {
    for (const [key, value] of found.cells) if (value === 0n) found.cells.delete(key);
    if (found.cells.size === 0) delta.delete(id);
  }

  return [...delta.values()];
}

/** Adds a delta to an aggregate's cells; cells that reach zero are dropped. */
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

/** Recomputes aggregates from entries, keyed by `aggregateId`, for reconciling and tests. */
export function aggregateEntries(
  entries: readonly CostEntry[],
): Map<string, Record<string, string>> {
  const result = new Map<string, Record<string, string>>();
  for (const entry of entries) {
    for (const delta of entryDelta(undefined, entry)) {
      const id = aggregateId(delta);
      result.set(id, applyCellDelta(result.get(id) ?? {}, delta.cells));
    }
  }

  return result;
}
