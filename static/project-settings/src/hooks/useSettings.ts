import type { CostSettingsDto, RateDto, SettingsLoadResponse } from '@shared/contract';
import { useCallback } from 'react';

import { showErrorFlag, showSuccessFlag } from '../../../common/src/flags';
import { useAsync } from '../../../common/src/hooks/useAsync';
import type { AsyncState } from '../../../common/src/hooks/useAsync';
import * as api from '../api';

export type SettingsModel = {
  readonly state: AsyncState<SettingsLoadResponse>;
  readonly reload: () => Promise<void>;
  /** Each action resolves true once saved and reloaded, false after reporting the failure. */
  readonly saveCostSettings: (settings: CostSettingsDto) => Promise<boolean>;
  readonly saveRate: (rate: RateDto) => Promise<boolean>;
  readonly deleteRate: (rate: RateDto) => Promise<boolean>;
};

/** The settings page's data (one `settings/load` call) and its save actions. */
export function useSettings(): SettingsModel {
  const { state, reload } = useAsync(api.loadSettings);

  const run = useCallback(
    async (action: () => Promise<void>, titles: { done: string; failed: string }) => {
      try {
        await action();
      } catch (error: unknown) {
        showErrorFlag(titles.failed, error);
        return false;
      }
      showSuccessFlag(titles.done);
      await reload();

      return true;
    },
    [reload],
  );

  const saveCostSettings = useCallback(
    (settings: CostSettingsDto) =>
      run(() => api.updateCostSettings(settings), {
        done: 'Cost settings saved',
        failed: "Couldn't save the cost settings",
      }),
    [run],
  );

  const saveRate = useCallback(
    (rate: RateDto) =>
      run(() => api.saveRate(rate), {
        done: `Rate ${rate.base}/${rate.quote} saved`,
        failed: "Couldn't save the rate",
      }),
    [run],
  );

  const deleteRate = useCallback(
    (rate: RateDto) =>
      run(() => api.deleteRate({ base: rate.base, quote: rate.quote, date: rate.date }), {
        done: `Rate ${rate.base}/${rate.quote} deleted`,
        failed: "Couldn't delete the rate",
      }),
    [run],
  );

  return { state, reload, saveCostSettings, saveRate, deleteRate };
}
