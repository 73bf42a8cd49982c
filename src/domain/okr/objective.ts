import type { ValidationDetail } from '../../platform/errors';
import { ValidationError } from '../../platform/errors';

import type { KeyResultEvaluation } from './evaluate';
import type { KeyResult } from './key-result';
import { keyResultProblems } from './key-result';
import type { Period, PeriodSpec } from './periods';
import { resolvePeriod } from './periods';
import { objectiveProgress } from './progress';
import type { ObjectiveSnapshot } from './snapshot';

/** Where an objective is in its life: only `active` ones are measured live. */
export type ObjectiveStatus = 'draft' | 'active' | 'closed' | 'archived';

/**
 * An objective of a project: what the team wants to achieve in a period, measured by its key
 * results. `snapshot` holds the values frozen when it was closed.
 */
export type Objective = {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly ownerAccountId: string;
  readonly period: PeriodSpec;
  readonly status: ObjectiveStatus;
  readonly keyResults: readonly KeyResult[];
  readonly snapshot?: ObjectiveSnapshot;
};

/** The most key results one objective may have. */
export const MAX_KEY_RESULTS = 20;
/** The longest objective description, in characters. */
export const MAX_DESCRIPTION_LENGTH = 5000;

const TRANSITIONS: Readonly<Record<ObjectiveStatus, readonly ObjectiveStatus[]>> = {
  draft: ['active', 'archived'],
  active: ['closed', 'archived'],
  closed: ['active', 'archived'],
  archived: ['draft', 'closed'],
};

/**
 * Checks an objective before it is saved and returns its period's dates for a project whose
 * fiscal year starts in `fiscalYearStartMonth`. Key result problems are reported with paths
 * like `keyResults.0.target`.
 * @throws {ValidationError} when the period is invalid (reported alone, first), or when any
 *   other field or key result is invalid (all reported at once).
 */
export function validateObjective(objective: Objective, fiscalYearStartMonth: number): Period {
  const period = resolvePeriod(objective.period, fiscalYearStartMonth);

  const title = objective.title.trim();
  const ids = objective.keyResults.map((keyResult) => keyResult.id);
  const details: ValidationDetail[] = [
    ...check(title.length > 0, 'title', 'Enter a title for the objective.'),
    ...check(title.length <= 255, 'title', 'Keep the title within 255 characters.'),
    ...check(
      objective.description.length <= MAX_DESCRIPTION_LENGTH,
      'description',
      `Keep the description within ${MAX_DESCRIPTION_LENGTH} characters.`,
    ),
    ...check(objective.ownerAccountId.length > 0, 'ownerAccountId', 'Choose an owner.'),
    ...check(
      objective.keyResults.length <= MAX_KEY_RESULTS,
      'keyResults',
      `An objective can have at most ${MAX_KEY_RESULTS} key results.`,
    ),
    ...check(new Set(ids).size === ids.length, 'keyResults', 'Each key result needs its own id.'),
    ...check(
      objective.keyResults.every((kr) => kr.archived) ||
        objective.keyResults.some((kr) => !kr.archived && kr.weight > 0),
      'keyResults',
      'Give at least one key result a weight above 0: the objective’s progress is their ' +
        'weighted average.',
    ),
    ...objective.keyResults.flatMap((keyResult, index) =>
      keyResultProblems(keyResult).map((d) => ({ ...d, path: `keyResults.${index}.${d.path}` })),
    ),
  ];
  if (details.length > 0) {
    throw new ValidationError(details.map((d) => d.message).join(' '), details);
  }

  return period;
}

/** Whether an objective may move from one status to another (closing freezes its values). */
export function canChangeStatus(from: ObjectiveStatus, to: ObjectiveStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * Checks a status change.
 * @throws {ValidationError} when the objective cannot move from `from` to `to`.
 */
export function assertStatusChange(from: ObjectiveStatus, to: ObjectiveStatus): void {
  if (canChangeStatus(from, to)) return;
  const allowed = TRANSITIONS[from].join(' or ');
  const message = `An objective that is ${from} can only become ${allowed}.`;

  throw new ValidationError(message, [{ path: 'status', message }]);
}

/**
 * An objective's live progress as a fraction 0-1 from its key results' evaluations (by key
 * result id): the weighted mean of the non-archived key results' scores; null when not
 * measurable (see objectiveProgress). Key results without an evaluation are left out.
 * @throws {ValidationError} when a weight is negative or not finite.
 */
export function objectiveProgressOf(
  objective: Pick<Objective, 'keyResults'>,
  evaluations: ReadonlyMap<string, KeyResultEvaluation>,
): number | null {
  return objectiveProgress(
    objective.keyResults.map((keyResult) => ({
      weight: keyResult.weight,
      score: evaluations.get(keyResult.id)?.score ?? null,
      active: !keyResult.archived,
    })),
  );
}

function check(ok: boolean, path: string, message: string): ValidationDetail[] {
  return ok ? [] : [{ path, message }];
}
