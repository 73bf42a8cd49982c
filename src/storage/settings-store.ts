import { kvs } from '@forge/kvs';

import type { CostSettings, RateRecord } from '../domain/cost-settings';
import type { SettingsRepository } from '../services/ports';

import { keys } from './keys';

type CostSettingsRecord = CostSettings & { readonly schemaVersion: 1 };
type RatesRecord = { readonly schemaVersion: 1; readonly rates: readonly RateRecord[] };

/** Project cost settings and rate tables in the Forge Key-Value Store. */
export const kvsSettingsRepository: SettingsRepository = {
  async findCostSettings(projectId) {
    const record = await kvs.get<CostSettingsRecord>(keys.costSettings(projectId));
    if (record === undefined) return undefined;
    const { schemaVersion: _schemaVersion, ...settings } = record;

    return settings;
  },

  async saveCostSettings(projectId, settings) {
    await kvs.set<CostSettingsRecord>(keys.costSettings(projectId), { schemaVersion: 1, ...settings });
  },

  async listRates(projectId) {
    const record = await kvs.get<RatesRecord>(keys.rates(projectId));

    return record === undefined ? [] : [...record.rates];
  },

  // Limitation: one record holds a project's whole rate table, so it is bounded by KVS's 240 KiB
  // per value (about 3,000 rates); a full ECB history needs the table split per currency pair.
  async saveRates(projectId, rates) {
    await kvs.set<RatesRecord>(keys.rates(projectId), { schemaVersion: 1, rates });
  },
};
