import { kvs } from '@forge/kvs';

import type { LabourRate } from '../domain/labour';
import type { LabourRepository, LabourSyncJob } from '../services/ports';

import { keys } from './keys';

type LabourRatesRecord = { readonly schemaVersion: 1; readonly rates: readonly LabourRate[] };
type LabourJobRecord = LabourSyncJob & { readonly schemaVersion: 1 };

/** Labour rates (one record per project) and the labour job record, in the Forge KVS. */
export const kvsLabourRepository: LabourRepository = {
  async listLabourRates(projectId) {
    const record = await kvs.get<LabourRatesRecord>(keys.labourRates(projectId));

    return record === undefined ? [] : [...record.rates];
  },

  // Limitation: one record holds a project's labour rates, so it is bounded by KVS's 240 KiB per
  // value (a few thousand rates); splitting it per person would remove that.
  async saveLabourRates(projectId, rates) {
    await kvs.set<LabourRatesRecord>(keys.labourRates(projectId), { schemaVersion: 1, rates });
  },

  async findSyncJob(projectId) {
    const record = await kvs.get<LabourJobRecord>(keys.labourJob(projectId));
    if (record === undefined) return undefined;
    const { schemaVersion: _schemaVersion, ...job } = record;

    return job;
  },

  async saveSyncJob(job) {
    await kvs.set<LabourJobRecord>(keys.labourJob(job.projectId), { schemaVersion: 1, ...job });
  },
};
