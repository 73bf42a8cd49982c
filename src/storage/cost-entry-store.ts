import { FilterConditions, Filter, WhereConditions, kvs } from '@forge/kvs';

import type { YearAggregate, YearDelta } from '../domain/aggregates';
import { applyCellDelta, entryDelta } from '../domain/aggregates';
import type { CostEntry } from '../domain/cost-entry';
import { ConflictError, StorageError } from '../platform/errors';
import type { CostEntryRepository } from '../services/ports';

import { ENTITY, INDEX, keys } from './keys';
import type { AggregateRecord, CostEntryRecord } from './records';
import { aggregateFromRecord, entryFromRecord, entryToRecord } from './records';

/** How often a write is retried when a concurrent write changed an aggregate under it. */
const MAX_WRITE_ATTEMPTS = 12;

/** Forge pages queries at 100 items. */
const PAGE_SIZE = 100;

const entries = () => kvs.entity<CostEntryRecord>(ENTITY.costEntry);
const aggregates = () => kvs.entity<AggregateRecord>(ENTITY.costAggregate);

/** Cost entries and aggregates in the Forge Custom Entity Store. */
export const kvsCostEntryRepository: CostEntryRepository = {
  async findEntry(id) {
    const record = await entries().get(keys.costEntry(id));

    return record === undefined ? undefined : entryFromRecord(record);
  },

  listIssueEntries(issueId) {
    return queryAll(INDEX.entriesByIssue, issueId);
  },

  listProjectEntries(projectId) {
    return queryAll(INDEX.entriesByProjectDate, projectId);
  },

  async saveEntryChange({ before, after }) {
    const delta = entryDelta(before, after);
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
      const current = await readAggregates(delta);
      try {
        await commit({ before, after, delta, current });
        return;
      } catch (error) {
        await explainFailedCommit({ before, after, error });
      }
    }

    throw new StorageError('The cost could not be saved because of concurrent changes; retry.');
  },

  async listYearAggregates(projectId, fromYear, toYear) {
    const result: YearAggregate[] = [];
    let cursor: string | undefined;
    do {
      const query = aggregates()
        .query()
        .index(INDEX.aggregatesByProjectYear, { partition: [projectId] })
        .where(WhereConditions.between(fromYear, toYear))
        .limit(PAGE_SIZE);
      const page = await (cursor ? query.cursor(cursor) : query).getMany();
      result.push(...page.results.map((item) => aggregateFromRecord(item.value)));
      cursor = page.nextCursor;
    } while (cursor);

    return result;
  },
};

async function queryAll(indexName: string, partition: string): Promise<CostEntry[]> {
  const result: CostEntry[] = [];
  let cursor: string | undefined;
  do {
    const query = entries()
      .query()
      .index(indexName, { partition: [partition] })
      .limit(PAGE_SIZE);
    const page = await (cursor ? query.cursor(cursor) : query).getMany();
    result.push(...page.results.map((item) => entryFromRecord(item.value)));
    cursor = page.nextCursor;
  } while (cursor);

  return result;
}

/**
 * Reads the aggregates a delta touches. A missing one is created empty first (revision 0),
 * outside the transaction: it holds no money, so a write that fails after it loses nothing, and
 * it lets every transaction guard its aggregates with a revision condition.
 */
async function readAggregates(delta: readonly YearDelta[]): Promise<Map<string, AggregateRecord>> {
  const found = new Map<string, AggregateRecord>();
  for (const { projectId, year } of delta) {
    const key = keys.costAggregate(projectId, year);
    let record = await aggregates().get(key);
    if (record === undefined) {
      record = { schemaVersion: 1, projectId, year, revision: 0, cells: {} };
      await aggregates()
        .set(key, record, { keyPolicy: 'FAIL_IF_EXISTS' })
        .catch(async () => {
          record = await aggregates().get(key);
        });
    }
    if (record === undefined) throw new StorageError('An aggregate vanished while being created.');
    found.set(key, record);
  }

  return found;
}

async function commit(input: {
  before?: CostEntry;
  after?: CostEntry;
  delta: readonly YearDelta[];
  current: ReadonlyMap<string, AggregateRecord>;
}): Promise<void> {
  const { before, after, delta, current } = input;
  const transaction = kvs.transact();
  const versionGuard =
    before === undefined
      ? undefined
      : new Filter<CostEntryRecord>().and('version', FilterConditions.equalTo(before.version));
  if (after) {
    transaction.set(keys.costEntry(after.id), entryToRecord(after), {
      entityName: ENTITY.costEntry,
      ...(versionGuard ? { conditions: versionGuard } : {}),
    });
  } else if (before && versionGuard) {
    transaction.delete(keys.costEntry(before.id), {
      entityName: ENTITY.costEntry,
      conditions: versionGuard,
    });
  }
  for (const { projectId, year, cells } of delta) {
    const key = keys.costAggregate(projectId, year);
    const record = current.get(key);
    if (!record) throw new StorageError('An aggregate was not loaded before writing.');
    const next: AggregateRecord = {
      ...record,
      revision: record.revision + 1,
      cells: applyCellDelta(record.cells, cells),
    };
    transaction.set(key, next, {
      entityName: ENTITY.costAggregate,
      conditions: new Filter<AggregateRecord>().and(
        'revision',
        FilterConditions.equalTo(record.revision),
      ),
    });
  }

  await transaction.execute();
}

/**
 * After a failed transaction: a stale entry version is the user's conflict; a changed aggregate
 * is retried by the caller; anything else is a storage failure.
 */
async function explainFailedCommit(input: {
  before?: CostEntry;
  after?: CostEntry;
  error: unknown;
}): Promise<void> {
  const { before, after, error } = input;
  const id = before?.id ?? after?.id ?? '';
  let stored: CostEntryRecord | undefined;
  try {
    stored = await entries().get(keys.costEntry(id));
  } catch (readError) {
    throw new StorageError('The cost could not be saved.', { cause: readError });
  }
  if (before && stored?.version !== before.version) {
    throw new ConflictError('This entry was changed by someone else. Reload to see the latest.');
  }
  if (!before && stored !== undefined) {
    throw new ConflictError('An entry with this id exists already.');
  }
  if (!isConditionFailure(error)) {
    throw new StorageError('The cost could not be saved.', { cause: error });
  }
}

function isConditionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;

  return typeof code === 'string' && /CONDITION|CONFLICT/.test(code);
}
