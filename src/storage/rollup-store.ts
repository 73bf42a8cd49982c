import { kvs, WhereConditions } from '@forge/kvs';

import type { MaterializedSeries, RollupRepository } from '../services/ports';

import { keys } from './keys';

type SeriesRecord = MaterializedSeries & { readonly schemaVersion: 1 };
type RegistryRecord = {
  readonly schemaVersion: 1;
  readonly projectId: string;
  readonly keyResultIds: readonly string[];
};

const BATCH_LIMIT = 25;

/** A key-value write a transaction applies: a set, or a delete when `value` is absent. */
export type KeyValueWrite = { readonly key: string; readonly value?: unknown };

/**
 * The writes that register an objective's JQL-narrowed key results for the daily refresh (none
 * unregisters it), dropping the series of key results no longer narrowed.
 */
export async function registryWrites(
  projectId: string,
  objectiveId: string,
  keyResultIds: readonly string[],
): Promise<KeyValueWrite[]> {
  const key = keys.jqlRegistry(objectiveId);
  const previous = await kvs.get<RegistryRecord>(key);
  const dropped = (previous?.keyResultIds ?? []).filter((id) => !keyResultIds.includes(id));
  const writes: KeyValueWrite[] = dropped.map((keyResultId) => ({
    key: keys.keyResultSeries(objectiveId, keyResultId),
  }));
  if (keyResultIds.length > 0) {
    const value: RegistryRecord = { schemaVersion: 1, projectId, keyResultIds };
    writes.push({ key, value });
  } else if (previous) {
    writes.push({ key });
  }

  return writes;
}

/** Materialized series of JQL-narrowed key results in the Forge Key-Value Store. */
export const kvsRollupRepository: RollupRepository = {
  async findSeries(refs) {
    const found = new Map<string, MaterializedSeries>();
    // Keyed `objectiveId/keyResultId` for the caller, who knows nothing of storage keys.
    const refByKey = new Map(
      refs.map((ref) => [
        keys.keyResultSeries(ref.objectiveId, ref.keyResultId),
        `${ref.objectiveId}/${ref.keyResultId}`,
      ]),
    );
    const storageKeys = [...refByKey.keys()];
    for (let start = 0; start < storageKeys.length; start += BATCH_LIMIT) {
      const batch = storageKeys.slice(start, start + BATCH_LIMIT).map((key) => ({ key }));
      const result = await kvs.batchGet<SeriesRecord>(batch);
      for (const item of result.successfulKeys) {
        const { schemaVersion: _schemaVersion, ...series } = item.value;
        found.set(refByKey.get(item.key) ?? item.key, series);
      }
    }

    return found;
  },

  async saveSeries(ref, series) {
    await kvs.set<SeriesRecord>(keys.keyResultSeries(ref.objectiveId, ref.keyResultId), {
      schemaVersion: 1,
      ...series,
    });
  },

  async listRegistered(cursor) {
    const query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(keys.jqlRegistryPrefix))
      .limit(100);
    const page = await (cursor ? query.cursor(cursor) : query).getMany<RegistryRecord>();
    const refs = page.results.flatMap(({ key, value }) =>
      value.keyResultIds.map((keyResultId) => ({
        projectId: value.projectId,
        objectiveId: key.slice(keys.jqlRegistryPrefix.length),
        keyResultId,
      })),
    );

    return { refs, ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
  },
};
