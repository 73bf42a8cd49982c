import type { ReconcileResponse } from '@shared/contract';
import { useCallback, useState } from 'react';

import { showErrorFlag, showSuccessFlag } from '../../../common/src/flags';
import * as api from '../api';

export type ReconcileState = {
  /** What runs now: a check (`repair: false`) or a repair. */
  readonly running: 'none' | 'check' | 'repair';
  /** The latest answer; after a repair, `repaired` is true and `drifted` lists what was fixed. */
  readonly result?: ReconcileResponse;
};

export type ReconcileModel = {
  readonly state: ReconcileState;
  readonly check: () => Promise<void>;
  readonly repair: () => Promise<void>;
};

/** Checks the project's month aggregates against a recount (`costs/reconcile`) and repairs them. */
export function useReconcile(): ReconcileModel {
  const [state, setState] = useState<ReconcileState>({ running: 'none' });

  const run = useCallback(async (repair: boolean) => {
    setState((current) => ({ ...current, running: repair ? 'repair' : 'check' }));
    try {
      const result = await api.reconcileCosts({ repair });
      setState({ running: 'none', result });
      if (repair && result.repaired) showSuccessFlag('Aggregates repaired');
    } catch (error: unknown) {
      setState((current) => ({ ...current, running: 'none' }));
      showErrorFlag(
        repair ? 'Could not repair the aggregates' : 'Could not check the aggregates',
        error,
      );
    }
  }, []);

  const check = useCallback(() => run(false), [run]);
  const repair = useCallback(() => run(true), [run]);

  return { state, check, repair };
}
