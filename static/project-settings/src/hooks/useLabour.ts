import type { LabourRateDto, LabourSyncJobDto } from '@shared/labour-contract';
import { useCallback, useEffect, useState } from 'react';

import { errorMessage } from '../../../common/src/api-error';
import { useAsync } from '../../../common/src/hooks/useAsync';
import * as api from '../api';

/** How often the page asks for the job's progress while it runs (milliseconds). */
export const LABOUR_POLL_MS = 2000;

export type LabourModel = ReturnType<typeof useLabour>;

/**
 * The Labour tab's data: rates, the recomputation job (polled while it runs) and the writes.
 * Each write answers an error message, or undefined when it worked.
 */
export function useLabour() {
  const resource = useAsync(api.loadLabour);
  const [rates, setRates] = useState<readonly LabourRateDto[] | undefined>();
  const [job, setJob] = useState<LabourSyncJobDto | undefined>();
  const { state } = resource;

  useEffect(() => {
    if (state.status !== 'ready') return;
    setRates(state.data.rates);
    setJob(state.data.job);
  }, [state]);

  const running = job?.status === 'running';
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => {
      api.labourStatus().then(
        (answer) => setJob(answer.job),
        () => undefined,
      );
    }, LABOUR_POLL_MS);

    return () => clearInterval(timer);
  }, [running]);

  const run = useCallback(
    async (write: () => Promise<{ rates?: readonly LabourRateDto[]; job?: LabourSyncJobDto }>) => {
      try {
        const answer = await write();
        if (answer.rates) setRates(answer.rates);
        setJob(answer.job);
        return undefined;
      } catch (error: unknown) {
        return errorMessage(error);
      }
    },
    [],
  );

  return {
    state,
    reload: resource.reload,
    rates: rates ?? [],
    job,
    saveRate: (rate: LabourRateDto) => run(() => api.saveLabourRate(rate)),
    deleteRate: (rate: LabourRateDto) =>
      run(() =>
        api.deleteLabourRate({
          ...(rate.accountId === undefined ? {} : { accountId: rate.accountId }),
          from: rate.from,
        }),
      ),
    startBackfill: () => run(() => api.startLabourBackfill()),
  };
}
