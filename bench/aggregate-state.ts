import type { AggregateDelta } from '../src/domain/aggregates';
import {
  aggregateEntries,
  aggregateId,
  applyCellDelta,
  entryDelta,
} from '../src/domain/aggregates';
import type { CostEntry } from '../src/domain/cost-entry';

/** What identifies one aggregate record (project, month, category): a delta without its cells. */
export type AggregateIdentity = Omit<AggregateDelta, 'cells'>;

/** One aggregate as the app would have it after a run of entry creates. */
export type AggregateState = {
  readonly identity: AggregateIdentity;
  /** Entry writes that touched it: the app bumps the revision once per write. */
  revision: number;
  cells: Record<string, string>;
};

/**
 * Adds created entries to running aggregates, keyed by the app's `aggregateId`: the cells are
 * summed by the app's `aggregateEntries` (merged with `applyCellDelta`), and the identity and
 * revision come from the app's `entryDelta`, one write per entry and aggregate it touches.
 */
export function addEntries(
  states: Map<string, AggregateState>,
  entries: readonly CostEntry[],
): void {
  for (const entry of entries) {
    for (const delta of entryDelta(undefined, entry)) {
      const { cells: _cells, ...identity } = delta;
      const id = aggregateId(delta);
      const state = states.get(id) ?? { identity, revision: 0, cells: {} };
      state.revision += 1;
      states.set(id, state);
    }
  }
  for (const [id, cells] of aggregateEntries(entries)) {
    const state = states.get(id);
    if (state === undefined)
      throw new Error(`aggregateEntries produced an unknown aggregate ${id}`);
    const delta = new Map(Object.entries(cells).map(([cell, value]) => [cell, BigInt(value)]));
    state.cells = applyCellDelta(state.cells, delta);
  }
}
