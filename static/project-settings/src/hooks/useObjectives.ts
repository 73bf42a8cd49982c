import type {
  CheckInRequest,
  ContributionsRequest,
  ContributionsResponse,
  ObjectiveView,
  ObjectivesResponse,
  SaveObjectiveRequest,
} from '@shared/okr-contract';
import { useCallback } from 'react';

import { ApiError, isConflict } from '../../../common/src/api-error';
import { showErrorFlag, showSuccessFlag } from '../../../common/src/flags';
import { useAsync } from '../../../common/src/hooks/useAsync';
import type { AsyncState } from '../../../common/src/hooks/useAsync';
import * as api from '../api';
import { errorsFromDetails } from '../objectives/form-errors';
import type { FieldErrors } from '../objectives/form-errors';

/**
 * How a write ended: `conflict` means someone else saved the objective first, `invalid`
 * carries the server's messages by field path, `failed` was already reported with a flag.
 */
export type WriteOutcome =
  | { readonly status: 'saved' }
  | { readonly status: 'conflict' }
  | { readonly status: 'invalid'; readonly errors: FieldErrors }
  | { readonly status: 'failed' };

export type ObjectivesModel = {
  readonly state: AsyncState<ObjectivesResponse>;
  readonly reload: () => Promise<void>;
  readonly save: (request: SaveObjectiveRequest) => Promise<WriteOutcome>;
  readonly remove: (view: ObjectiveView) => Promise<WriteOutcome>;
  readonly checkIn: (request: CheckInRequest) => Promise<WriteOutcome>;
  /** The issues behind a cost key result's value (read-only; the drill-down loads it). */
  readonly loadContributions: (request: ContributionsRequest) => Promise<ContributionsResponse>;
};

/** The project's objectives (one `objectives/list` call) and their write actions. */
export function useObjectives(): ObjectivesModel {
  const { state, reload } = useAsync(api.listObjectives);

  const run = useCallback(
    async (action: () => Promise<unknown>, titles: { done: string; failed: string }) => {
      try {
        await action();
      } catch (error: unknown) {
        return failure(error, titles.failed);
      }
      showSuccessFlag(titles.done);
      await reload();

      return { status: 'saved' } satisfies WriteOutcome;
    },
    [reload],
  );

  const save = useCallback(
    (request: SaveObjectiveRequest) =>
      run(() => api.saveObjective(request), {
        done: request.version === 0 ? 'Objective created' : 'Objective saved',
        failed: "Couldn't save the objective",
      }),
    [run],
  );

  const remove = useCallback(
    (view: ObjectiveView) =>
      run(() => api.deleteObjective({ id: view.objective.id, version: view.objective.version }), {
        done: 'Objective deleted',
        failed: "Couldn't delete the objective",
      }),
    [run],
  );

  const checkIn = useCallback(
    (request: CheckInRequest) =>
      run(() => api.checkIn(request), {
        done: 'Check-in recorded',
        failed: "Couldn't record the check-in",
      }),
    [run],
  );

  return { state, reload, save, remove, checkIn, loadContributions: api.keyResultContributions };
}

function failure(error: unknown, title: string): WriteOutcome {
  if (isConflict(error)) return { status: 'conflict' };
  if (error instanceof ApiError && error.code === 'VALIDATION' && error.details.length > 0) {
    return { status: 'invalid', errors: errorsFromDetails(error.details) };
  }
  showErrorFlag(title, error);

  return { status: 'failed' };
}
