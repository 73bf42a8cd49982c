import type { EntryHistoryResponse } from '@shared/contract';
import { useCallback } from 'react';

import { useAsync } from '../../../common/src/hooks/useAsync';
import type { AsyncResource } from '../../../common/src/hooks/useAsync';
import * as api from '../api';

/** One entry's audit events (`entries/history`), loaded when the history dialog opens. */
export function useEntryHistory(entryId: string): AsyncResource<EntryHistoryResponse> {
  const load = useCallback(() => api.entryHistory({ id: entryId }), [entryId]);

  return useAsync(load);
}
