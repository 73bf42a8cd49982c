import { kvs } from '@forge/kvs';

import type { CostSettings, RateRecord } from '../domain/cost-settings';
import type { KeyResultIndexEntry, SettingsRepository } from '../services/ports';

import { keys } from './keys';
import { deleteSeries, readScopedRates, readSeriesIndex, writeSeries } from './rate-series-store';

/**
 * A project's configuration record: cost settings (absent until an admin saves them) and the
 * index of active cost key results, kept together so the issue panel reads both at once.
 */
type ProjectConfigRecord = {
  readonly schemaVersion: 1;
  readonly settings?: CostSettings;
  readonly keyResultIndex?: readonly KeyResultIndexEntry[];
};
type RatesRecord = { readonly schemaVersion: 1; readonly rates: readonly RateRecord[] };

const readConfig = (projectId: string) =>
  kvs.get<ProjectConfigRecord>(keys.costSettings(projectId));

/**
 * The key and new value of a project's configuration record with another key result index, for
 * a transaction that writes it together with the objective it follows from.
 */
export async function keyResultIndexWrite(
  projectId: string,
  keyResultIndex: readonly KeyResultIndexEntry[],
): Promise<{ key: string; value: ProjectConfigRecord }> {
  const current = await readConfig(projectId);

  return {
    key: keys.costSettings(projectId),
    value: { ...current, keyResultIndex, schemaVersion: 1 },
  };
}

// Limitation: settings and the key result index are written by read-modify-write of one record,
// so an admin saving settings while another saves an objective can lose one of the two writes;
// a transaction with a version condition would remove that.
async function updateConfig(
  projectId: string,
  change: Partial<ProjectConfigRecord>,
): Promise<void> {
  const current = await readConfig(projectId);
  await kvs.set<ProjectConfigRecord>(keys.costSettings(projectId), {
    ...current,
    ...change,
    schemaVersion: 1,
  });
}

/** Project cost settings and rate tables in the Forge Key-Value Store. */
export const kvsSettingsRepository: SettingsRepository = {
  async findCostSettings(projectId) {
    return (await readConfig(projectId))?.settings;
  },

  async findProjectConfig(projectId) {
    const record = await readConfig(projectId);

    return { settings: record?.settings, keyResultIndex: [...(record?.keyResultIndex ?? [])] };
  },

  async saveCostSettings(projectId, settings) {
    await updateConfig(projectId, { settings });
  },

  async listRates(projectId, scope) {
    const { manual: record, imported } = scope
      ? await readScopedRates<RatesRecord>(projectId, scope)
      : { manual: await kvs.get<RatesRecord>(keys.rates(projectId)), imported: [] };
    const manual = record === undefined ? [] : [...record.rates];
    const byHand = new Set(manual.map((rate) => `${rate.base}/${rate.quote}/${rate.date}`));

    return [
      ...manual,
      ...imported.filter((rate) => !byHand.has(`${rate.base}/${rate.quote}/${rate.date}`)),
    ];
  },

  // Rates entered by hand stay in one record, bounded by KVS's 240 KiB per value (about 3,000
  // rates); imported histories are stored per pair and year (rate-series-store).
  async saveRates(projectId, rates) {
    await kvs.set<RatesRecord>(keys.rates(projectId), { schemaVersion: 1, rates });
  },

  saveRateSeries: writeSeries,
  listRateSeries: readSeriesIndex,
  deleteRateSeries: deleteSeries,
};
