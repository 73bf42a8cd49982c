import type { CostEntryDto, CostEntryInput, PanelLoadResponse } from '@shared/contract';
import { useCallback, useState } from 'react';

import { ApiError, isConflict } from '../../../common/src/api-error';
import { showErrorFlag, showSuccessFlag } from '../../../common/src/flags';
import { useAsync } from '../../../common/src/hooks/useAsync';
import type { AsyncState } from '../../../common/src/hooks/useAsync';
import * as api from '../api';
import { fieldOfErrorPath } from '../entry-form';
import type { EntryFormErrors } from '../entry-form';

/**
 * How a save or delete ended: `conflict` means someone else changed the entry first (the panel
 * then asks for a reload), `invalid` carries the server's per-field messages, and `failed` has
 * already been reported with an error flag.
 */
export type SaveOutcome =
  | { readonly status: 'saved' }
  | { readonly status: 'conflict' }
  | { readonly status: 'invalid'; readonly errors: EntryFormErrors }
  | { readonly status: 'failed' };

export type PanelModel = {
  readonly state: AsyncState<PanelLoadResponse>;
  readonly reload: () => Promise<void>;
  /** True after a save or delete hit a newer version; cleared by reloadLatest. */
  readonly hasConflict: boolean;
  readonly reloadLatest: () => Promise<void>;
  /** `id` is generated when the form opens, so that retrying the same create is idempotent. */
  readonly createEntry: (id: string, input: CostEntryInput) => Promise<SaveOutcome>;
  readonly updateEntry: (entry: CostEntryDto, input: CostEntryInput) => Promise<SaveOutcome>;
  readonly deleteEntry: (entry: CostEntryDto) => Promise<SaveOutcome>;
};

/** The issue panel's data (one `panel/load` call) and its create, update and delete actions. */
export function usePanel(): PanelModel {
  const { state, reload } = useAsync(api.loadPanel);
  const [hasConflict, setHasConflict] = useState(false);

  const failed = useCallback((error: unknown, title: string): SaveOutcome => {
    if (isConflict(error)) {
      setHasConflict(true);
      return { status: 'conflict' };
    }
    const errors = fieldErrors(error);
    if (errors) return { status: 'invalid', errors };
    showErrorFlag(title, error);

    return { status: 'failed' };
  }, []);

  const run = useCallback(
    async (action: () => Promise<unknown>, titles: { done: string; failed: string }) => {
      try {
        await action();
      } catch (error: unknown) {
        return failed(error, titles.failed);
      }
      showSuccessFlag(titles.done);
      await reload();

      return { status: 'saved' } satisfies SaveOutcome;
    },
    [failed, reload],
  );

  const createEntry = useCallback(
    (id: string, input: CostEntryInput) =>
      run(() => api.createEntry({ ...input, id }), {
        done: 'Cost added',
        failed: 'Could not add the cost',
      }),
    [run],
  );

  const updateEntry = useCallback(
    (entry: CostEntryDto, input: CostEntryInput) =>
      run(() => api.updateEntry({ ...input, id: entry.id, version: entry.version }), {
        done: 'Cost updated',
        failed: 'Could not save the cost',
      }),
    [run],
  );

  const deleteEntry = useCallback(
    (entry: CostEntryDto) =>
      run(() => api.deleteEntry({ id: entry.id, version: entry.version }), {
        done: 'Cost deleted',
        failed: 'Could not delete the cost',
      }),
    [run],
  );

  const reloadLatest = useCallback(async () => {
    setHasConflict(false);
    await reload();
  }, [reload]);

  return { state, reload, hasConflict, reloadLatest, createEntry, updateEntry, deleteEntry };
}

/** The server's per-field validation messages, when every one of them names a form field. */
function fieldErrors(error: unknown): EntryFormErrors | undefined {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION' || error.details.length === 0) {
    return undefined;
  }
  const errors: EntryFormErrors = {};
  for (const detail of error.details) {
    const field = fieldOfErrorPath(detail.path);
    if (field === undefined) return undefined;
    errors[field] = detail.message;
  }

  return errors;
}
