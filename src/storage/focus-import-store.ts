import { kvs } from '@forge/kvs';

import type { FocusImportRepository, StagedFocusBatch } from '../services/ports';
import type { FocusMappingDto } from '../shared/focus-contract';

import { keys } from './keys';

type MappingRecord = { readonly schemaVersion: 1; readonly mapping: FocusMappingDto };
type BatchRecord = { readonly schemaVersion: 1; readonly batch: StagedFocusBatch };

/** A staged batch lives a day: long enough to finish an upload, short enough to leave no litter. */
const BATCH_TTL = { value: 1, unit: 'DAYS' } as const;

/** Forge reads at most 25 keys per batch call. */
const BATCH_GET_LIMIT = 25;

/** FOCUS import mappings and staged import batches in the Forge Key-Value Store. */
export const kvsFocusImportRepository: FocusImportRepository = {
  async findMapping(projectId) {
    return (await kvs.get<MappingRecord>(keys.focusMapping(projectId)))?.mapping;
  },

  async saveMapping(projectId, mapping) {
    await kvs.set<MappingRecord>(keys.focusMapping(projectId), { schemaVersion: 1, mapping });
  },

  async saveBatch(projectId, runId, batchIndex, batch) {
    await kvs.set<BatchRecord>(
      keys.focusBatch(projectId, runId, batchIndex),
      { schemaVersion: 1, batch },
      { ttl: BATCH_TTL },
    );
  },

  async listBatches(projectId, runId, batchCount) {
    const wanted = Array.from({ length: batchCount }, (_, index) =>
      keys.focusBatch(projectId, runId, index),
    );
    const found = new Map<string, StagedFocusBatch>();
    for (let start = 0; start < wanted.length; start += BATCH_GET_LIMIT) {
      const page = await kvs.batchGet<BatchRecord>(
        wanted.slice(start, start + BATCH_GET_LIMIT).map((key) => ({ key })),
      );
      for (const item of page.successfulKeys) found.set(item.key, item.value.batch);
    }

    return wanted.map((key) => found.get(key));
  },
};
