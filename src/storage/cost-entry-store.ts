import { FilterConditions, Filter, WhereConditions, kvs } from '@forge/kvs';

import type { AggregateDelta, MonthAggregate } from '../domain/aggregates';
import { applyCellDelta, entryDelta } from '../domain/aggregates';
import type { AuditEvent } from '../domain/audit';
import type { CostEntry } from '../domain/cost-entry';
import { ConflictError, StorageError } from '../platform/errors';
import { logger } from '../platform/logger';
import type { AggregateReplacement, CostEntryRepository } from '../services/ports';

import { AUDIT_TTL, kvsAuditRepository, toAuditRecord } from './audit-store';
import { saveDerivedEntries } from './derived-entry-store';
import { ENTITY, INDEX, keys } from './keys';
import type { AggregateRecord, CostEntryRecord } from './records';
import { aggregateFromRecord, entryFromRecord, entryToRecord } from './records';

/** How often a write is retried when a concurrent write changed an aggregate under it. */
export const MAX_WRITE_ATTEMPTS = 25;

/** Back-off between attempts grows by up to this much each time, randomly (milliseconds). */
export const BACKOFF_STEP_MS = 8;

/** Forge applies at most 25 operations in one transaction. */
export const MAX_TRANSACTION_OPERATIONS = 25;

/** Forge reads at most 25 keys in one batch. */
const MAX_BATCH_KEYS = 25;

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

  async findEntries(ids) {
    const found = new Map<string, CostEntry>();
    for (let start = 0; start < ids.length; start += MAX_BATCH_KEYS) {
      const batch = await kvs.batchGet<CostEntryRecord>(
        ids
          .slice(start, start + MAX_BATCH_KEYS)
          .map((id) => ({ key: keys.costEntry(id), entityName: ENTITY.costEntry })),
      );
      if (batch.failedKeys.some((failure) => failure.error.code !== 'KEY_NOT_FOUND')) {
        throw new StorageError('Costs could not be read.');
      }
      for (const item of batch.successfulKeys) {
        const entry = entryFromRecord(item.value);
        found.set(entry.id, entry);
      }
    }

    return found;
  },

  listIssueEntries(issueId) {
    return queryAll(INDEX.entriesByIssue, issueId);
  },

  listProjectEntries(projectId) {
    return queryAll(INDEX.entriesByProjectDate, projectId);
  },

  listProjectEntriesBetween(projectId, from, to) {
    return queryAll(INDEX.entriesByProjectDate, projectId, { from, to });
  },

  listSourceEntries(sourceKey) {
    return queryAll(INDEX.entriesBySource, sourceKey);
  },

  async saveEntryChange({ before, after, audit }) {
    const delta = entryDelta(before, after);
    const id = before?.id ?? after?.id ?? '';
    // One operation for the entry, one per aggregate, one for the audit event when it fits.
    const auditInTransaction =
      audit !== undefined && delta.length + 2 <= MAX_TRANSACTION_OPERATIONS;
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
      const { stored, current } = await readForWrite(id, delta);
      if (!before && stored) return entryFromRecord(stored);
      let committed = false;
      try {
        await commit({
          before,
          after,
          delta,
          current,
          audit: auditInTransaction ? audit : undefined,
        });
        committed = true;
      } catch (error) {
        await explainFailedCommit({ before, after, error });
        // Writers racing for one aggregate: wait a random, growing while so they spread out.
        await sleep(Math.random() * BACKOFF_STEP_MS * attempt);
      }
      if (committed) {
        // Limitation: an edit that moves all twelve occurrences of a recurring entry to other
        // months leaves no room in the transaction, so its audit event is written just after it.
        if (audit && !auditInTransaction) await saveAuditAfterCommit(audit);
        return undefined;
      }
    }

    throw new ConflictError('Many costs are being saved at once. Try again in a moment.');
  },

  async listMonthAggregates(projectId, fromMonth, toMonth) {
    const result: MonthAggregate[] = [];
    let cursor: string | undefined;
    do {
      const query = aggregates()
        .query()
        .index(INDEX.aggregatesByProjectMonth, { partition: [projectId] })
        .where(WhereConditions.between(fromMonth, toMonth))
        .limit(PAGE_SIZE);
      const page = await (cursor ? query.cursor(cursor) : query).getMany();
      result.push(...page.results.map((item) => aggregateFromRecord(item.value)));
      cursor = page.nextCursor;
    } while (cursor);

    return result;
  },

  saveDerivedEntries,

  async replaceAggregates(projectId, records) {
    for (let start = 0; start < records.length; start += MAX_TRANSACTION_OPERATIONS) {
      await replaceAggregateChunk(
        projectId,
        records.slice(start, start + MAX_TRANSACTION_OPERATIONS),
      );
    }
  },
};

async function queryAll(
  indexName: string,
  partition: string,
  range?: { from: string; to: string },
): Promise<CostEntry[]> {
  const result: CostEntry[] = [];
  let cursor: string | undefined;
  do {
    const query = entries()
      .query()
      .index(indexName, { partition: [partition] })
      .limit(PAGE_SIZE);
    const ranged = range ? query.where(WhereConditions.between(range.from, range.to)) : query;
    const page = await (cursor ? ranged.cursor(cursor) : ranged).getMany();
    result.push(...page.results.map((item) => entryFromRecord(item.value)));
    cursor = page.nextCursor;
  } while (cursor);

  return result;
}

/**
 * Reads the stored entry and every aggregate a delta touches in one batch call. A missing
 * aggregate is then created empty (revision 0), outside the transaction: it holds no money, so
 * a write that fails after it loses nothing, and every aggregate in the transaction can be
 * guarded by a revision condition. That costs one extra call per project, month and category, once.
 */
async function readForWrite(
  entryId: string,
  delta: readonly AggregateDelta[],
): Promise<{ stored: CostEntryRecord | undefined; current: Map<string, AggregateRecord> }> {
  const aggregateKeys = delta.map((d) => keys.costAggregate(d.projectId, d.month, d.categoryId));
  const batch = await kvs.batchGet<CostEntryRecord | AggregateRecord>([
    { key: keys.costEntry(entryId), entityName: ENTITY.costEntry },
    ...aggregateKeys.map((key) => ({ key, entityName: ENTITY.costAggregate })),
  ]);
  const unexpected = batch.failedKeys.find((failure) => failure.error.code !== 'KEY_NOT_FOUND');
  if (unexpected) throw new StorageError('The cost could not be read before saving.');
  const found = new Map(
    batch.successfulKeys.map((item) => [`${item.entityName ?? ''}/${item.key}`, item.value]),
  );
  const stored = found.get(`${ENTITY.costEntry}/${keys.costEntry(entryId)}`) as
    CostEntryRecord | undefined;
  const current = new Map<string, AggregateRecord>();
  for (const [index, target] of delta.entries()) {
    const key = aggregateKeys[index] ?? '';
    const record = found.get(`${ENTITY.costAggregate}/${key}`) as AggregateRecord | undefined;
    current.set(key, record ?? (await createEmptyAggregate(key, target)));
  }

  return { stored, current };
}

export async function createEmptyAggregate(
  key: string,
  target: Pick<AggregateDelta, 'projectId' | 'month' | 'categoryId'>,
): Promise<AggregateRecord> {
  const { projectId, month, categoryId } = target;
  const empty: AggregateRecord = {
    schemaVersion: 1,
    projectId,
    month,
    categoryId,
    revision: 0,
    cells: {},
  };
  try {
    await aggregates().set(key, empty, { keyPolicy: 'FAIL_IF_EXISTS' });
    return empty;
  } catch {
    // Another write created it first; use theirs.
    const record = await aggregates().get(key);
    if (record === undefined) throw new StorageError('An aggregate vanished while being created.');
    return record;
  }
}

async function commit(input: {
  before?: CostEntry;
  after?: CostEntry;
  delta: readonly AggregateDelta[];
  current: ReadonlyMap<string, AggregateRecord>;
  audit: AuditEvent | undefined;
}): Promise<void> {
  const { before, after, delta, current, audit } = input;
  const transaction = kvs.transact();
  if (audit) {
    transaction.set(
      keys.auditEvent(audit.id),
      toAuditRecord(audit),
      { entityName: ENTITY.auditEvent },
      { ttl: AUDIT_TTL },
    );
  }
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
  for (const { projectId, month, categoryId, cells } of delta) {
    const key = keys.costAggregate(projectId, month, categoryId);
    const record = current.get(key);
    if (!record) throw new StorageError('An aggregate was not loaded before writing.');
    const next: AggregateRecord = {
      ...record,
      revision: record.revision + 1,
      cells: applyCellDelta(record.cells, cells),
    };
    const guard = {
      entityName: ENTITY.costAggregate,
      conditions: new Filter<AggregateRecord>().and(
        'revision',
        FilterConditions.equalTo(record.revision),
      ),
    };
    // An aggregate whose last cell reached zero goes, so deleted costs leave no records behind;
    // a writer that read it meanwhile fails its revision condition and retries.
    if (Object.keys(next.cells).length === 0) transaction.delete(key, guard);
    else transaction.set(key, next, guard);
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

/**
 * Writes up to 25 recounted aggregates in one transaction. Each must still hold the cells the
 * caller compared, and is guarded by its revision from here to the commit.
 */
async function replaceAggregateChunk(
  projectId: string,
  records: readonly AggregateReplacement[],
): Promise<void> {
  const targets = records.map((record) => ({
    ...record,
    projectId,
    key: keys.costAggregate(projectId, record.month, record.categoryId),
  }));
  const batch = await kvs.batchGet<AggregateRecord>(
    targets.map(({ key }) => ({ key, entityName: ENTITY.costAggregate })),
  );
  if (batch.failedKeys.some((failure) => failure.error.code !== 'KEY_NOT_FOUND')) {
    throw new StorageError('The aggregates could not be read before repairing them.');
  }
  const found = new Map(batch.successfulKeys.map((item) => [item.key, item.value]));
  const transaction = kvs.transact();
  for (const target of targets) {
    const current = found.get(target.key) ?? (await createEmptyAggregate(target.key, target));
    // Limitation: the check compares cells, not revisions (the caller reads MonthAggregates,
    // which carry none), so two concurrent entry writes that cancel out exactly in this
    // aggregate while it is being checked go unnoticed; passing revisions would remove that.
    if (!sameCells(current.cells, target.previous)) throw reconcileConflict();
    transaction.set(
      target.key,
      { ...current, revision: current.revision + 1, cells: { ...target.cells } },
      {
        entityName: ENTITY.costAggregate,
        conditions: new Filter<AggregateRecord>().and(
          'revision',
          FilterConditions.equalTo(current.revision),
        ),
      },
    );
  }

  try {
    await transaction.execute();
  } catch (error) {
    if (isConditionFailure(error)) throw reconcileConflict();
    throw new StorageError('The aggregates could not be repaired.', { cause: error });
  }
}

function sameCells(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  const keysOfA = Object.keys(a);

  return keysOfA.length === Object.keys(b).length && keysOfA.every((key) => a[key] === b[key]);
}

function reconcileConflict(): ConflictError {
  return new ConflictError('Costs changed while they were being checked. Run the check again.');
}

export function isConditionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;

  return typeof code === 'string' && /CONDITION|CONFLICT/.test(code);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Writes an audit event after its change committed; a failure must not undo the answer. */
async function saveAuditAfterCommit(audit: AuditEvent): Promise<void> {
  try {
    await kvsAuditRepository.saveEvent(audit);
  } catch (error) {
    logger.error('[CostEntryStore] Lost the audit event of a committed change', {
      target: audit.target,
      error,
    });
  }
}
