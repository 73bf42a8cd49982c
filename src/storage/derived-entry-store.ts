import { Filter, FilterConditions, kvs } from '@forge/kvs';

import { applyCellDelta, entryDelta } from '../domain/aggregates';
import type { CostEntry } from '../domain/cost-entry';
import { ConflictError, StorageError } from '../platform/errors';

import {
  BACKOFF_STEP_MS,
  createEmptyAggregate,
  isConditionFailure,
  MAX_TRANSACTION_OPERATIONS,
  MAX_WRITE_ATTEMPTS,
  sleep,
} from './cost-entry-store';
import { ENTITY, keys } from './keys';
import type { AggregateRecord, CostEntryRecord } from './records';
import { entryFromRecord, entryToRecord } from './records';

/** `before` is the entry as the caller last read it (a hint for grouping; the store re-reads it). */
type DerivedChange = { readonly before?: CostEntry; readonly after?: CostEntry };

/**
 * Bulk writes of derived entries (imports). Changes are sorted by the aggregate they fall in and
 * cut into chunks of at most 25 operations (entries plus their aggregates, usually 24 + 1). Each
 * chunk is one batch read and one transaction; every aggregate in it is guarded by its revision,
 * which every write of an entry in that aggregate bumps, so a concurrent write makes the chunk
 * fail and it is retried on fresh data. Entries need no condition of their own: the stored
 * entry read in the same batch is the `before` of the aggregate delta.
 */
export async function saveDerivedEntries(
  changes: readonly DerivedChange[],
): Promise<{ written: number; deleted: number }> {
  let written = 0;
  let deleted = 0;
  for (const chunk of chunksOf([...changes].sort(byAggregate))) {
    const outcome = await saveChunk(chunk);
    written += outcome.written;
    deleted += outcome.deleted;
  }

  return { written, deleted };
}

function aggregateKeyOf(entry: Pick<CostEntry, 'projectId' | 'incurredOn' | 'categoryId'>) {
  return keys.costAggregate(entry.projectId, entry.incurredOn.slice(0, 7), entry.categoryId);
}

function expectedAggregate(change: DerivedChange): string {
  const entry = change.after ?? change.before;

  return entry ? aggregateKeyOf(entry) : '';
}

function byAggregate(a: DerivedChange, b: DerivedChange): number {
  return expectedAggregate(a).localeCompare(expectedAggregate(b)) || idOf(a).localeCompare(idOf(b));
}

function idOf(change: DerivedChange): string {
  return change.after?.id ?? change.before?.id ?? '';
}

/** Greedy chunks whose entries plus expected aggregates fit one transaction. */
function chunksOf(changes: readonly DerivedChange[]): DerivedChange[][] {
  const chunks: DerivedChange[][] = [];
  let current: DerivedChange[] = [];
  let aggregates = new Set<string>();
  for (const change of changes) {
    const next = new Set([...aggregates, expectedAggregate(change)]);
    if (current.length > 0 && current.length + 1 + next.size > MAX_TRANSACTION_OPERATIONS) {
      chunks.push(current);
      current = [];
      aggregates = new Set([expectedAggregate(change)]);
    } else {
      aggregates = next;
    }
    current.push(change);
  }
  if (current.length > 0) chunks.push(current);

  return chunks;
}

async function saveChunk(
  chunk: readonly DerivedChange[],
): Promise<{ written: number; deleted: number }> {
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
    const stored = await readStored(chunk);
    const pending = chunk.flatMap((change) => {
      const before = stored.get(idOf(change));
      const after = change.after && continueFrom(before, change.after);
      if (!before && !after) return [];
      if (before && after && sameContent(before, after)) return [];
      return [{ before, after }];
    });
    if (pending.length === 0) return { written: 0, deleted: 0 };
    const touched = touchedAggregates(pending);
    // An entry stored elsewhere than the caller expected (its issue moved) can need one more
    // aggregate than planned: halve the chunk then.
    if (chunk.length > 1 && pending.length + touched.size > MAX_TRANSACTION_OPERATIONS) {
      const half = Math.ceil(chunk.length / 2);
      const first = await saveChunk(chunk.slice(0, half));
      const second = await saveChunk(chunk.slice(half));
      return { written: first.written + second.written, deleted: first.deleted + second.deleted };
    }
    try {
      await commitChunk(pending, touched);
      return {
        written: pending.filter((p) => p.after).length,
        deleted: pending.filter((p) => !p.after).length,
      };
    } catch (error) {
      if (!isConditionFailure(error)) {
        throw new StorageError('The imported costs could not be saved.', { cause: error });
      }
      await sleep(Math.random() * BACKOFF_STEP_MS * attempt);
    }
  }

  throw new ConflictError('Many costs are being saved at once. Try the import again in a moment.');
}

async function readStored(chunk: readonly DerivedChange[]): Promise<Map<string, CostEntry>> {
  const batch = await kvs.batchGet<CostEntryRecord>(
    chunk.map((change) => ({ key: keys.costEntry(idOf(change)), entityName: ENTITY.costEntry })),
  );
  if (batch.failedKeys.some((failure) => failure.error.code !== 'KEY_NOT_FOUND')) {
    throw new StorageError('The imported costs could not be read before saving.');
  }

  return new Map(batch.successfulKeys.map((item) => [item.key, entryFromRecord(item.value)]));
}

/** The new entry, continuing the stored one's version and creation. */
function continueFrom(before: CostEntry | undefined, after: CostEntry): CostEntry {
  return before
    ? {
        ...after,
        version: before.version + 1,
        createdAt: before.createdAt,
        createdBy: before.createdBy,
      }
    : { ...after, version: 1 };
}

/** Whether writing `after` would change anything people or rollups see. */
function sameContent(before: CostEntry, after: CostEntry): boolean {
  return (
    before.issueId === after.issueId &&
    before.issueKey === after.issueKey &&
    before.projectId === after.projectId &&
    before.kind === after.kind &&
    before.amountMinor === after.amountMinor &&
    before.currency === after.currency &&
    before.categoryId === after.categoryId &&
    before.incurredOn === after.incurredOn &&
    before.description === after.description &&
    JSON.stringify(before.recurrence) === JSON.stringify(after.recurrence) &&
    before.source?.key === after.source?.key &&
    before.source?.label === after.source?.label
  );
}

type AggregateTarget = { projectId: string; month: string; categoryId: string };

function touchedAggregates(pending: readonly DerivedChange[]): Map<string, AggregateTarget> {
  const touched = new Map<string, AggregateTarget>();
  for (const { before, after } of pending) {
    for (const entry of [before, after]) {
      if (!entry) continue;
      const month = entry.incurredOn.slice(0, 7);
      touched.set(aggregateKeyOf(entry), {
        projectId: entry.projectId,
        month,
        categoryId: entry.categoryId,
      });
    }
  }

  return touched;
}

async function commitChunk(
  pending: readonly DerivedChange[],
  touched: ReadonlyMap<string, AggregateTarget>,
): Promise<void> {
  const deltas = pending.flatMap(({ before, after }) => entryDelta(before, after));
  const read = await kvs.batchGet<AggregateRecord>(
    [...touched.keys()].map((key) => ({ key, entityName: ENTITY.costAggregate })),
  );
  if (read.failedKeys.some((failure) => failure.error.code !== 'KEY_NOT_FOUND')) {
    throw new StorageError('The aggregates could not be read before saving.');
  }
  const found = new Map(read.successfulKeys.map((item) => [item.key, item.value]));
  const transaction = kvs.transact();
  for (const { before, after } of pending) {
    if (after) {
      transaction.set(keys.costEntry(after.id), entryToRecord(after), {
        entityName: ENTITY.costEntry,
      });
    } else if (before) {
      transaction.delete(keys.costEntry(before.id), { entityName: ENTITY.costEntry });
    }
  }
  for (const [key, target] of touched) {
    const record = found.get(key) ?? (await createEmptyAggregate(key, target));
    const cells = deltas
      .filter((d) => keys.costAggregate(d.projectId, d.month, d.categoryId) === key)
      .reduce((current, d) => applyCellDelta(current, d.cells), record.cells);
    const next: AggregateRecord = { ...record, revision: record.revision + 1, cells };
    const guard = {
      entityName: ENTITY.costAggregate,
      conditions: new Filter<AggregateRecord>().and(
        'revision',
        FilterConditions.equalTo(record.revision),
      ),
    };
    // As for single writes: an aggregate whose last cell reached zero goes.
    if (Object.keys(cells).length === 0) transaction.delete(key, guard);
    else transaction.set(key, next, guard);
  }

  await transaction.execute();
}
