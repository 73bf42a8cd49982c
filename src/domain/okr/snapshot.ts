import type { IsoDate } from '../../shared/contract';

import type { KeyResultEvaluation } from './evaluate';
import type { KeyResult } from './key-result';
import { objectiveProgress } from './progress';

/** A key result's evaluation frozen when its objective was closed. */
export type KeyResultSnapshot = {
  readonly keyResultId: string;
  readonly evaluation: KeyResultEvaluation;
};

/**
 * An objective's values frozen on `closedOn`: its progress (fraction 0-1, or null when not
 * measurable) and each key result's evaluation. Closed objectives show these, not live values.
 */
export type ObjectiveSnapshot = {
  readonly closedOn: IsoDate;
  readonly progress: number | null;
  readonly keyResults: readonly KeyResultSnapshot[];
};

/**
 * A frozen key result next to its live value: `adjustment = liveValue - frozenValue` (minor
 * units for cost key results), the costs dated inside the closed period that arrived, changed
 * or were deleted after closing. Undefined when either value is unknown.
 */
export type KeyResultAdjustment = {
  readonly keyResultId: string;
  readonly frozenValue: number | undefined;
  readonly liveValue: number | undefined;
  readonly adjustment: number | undefined;
  readonly hasAdjustment: boolean;
};

/** A key result with its evaluation at the moment its objective is closed. */
export type KeyResultToFreeze = {
  readonly keyResult: KeyResult;
  readonly evaluation: KeyResultEvaluation;
};

/**
 * Freezes an objective's key results when it is closed. The frozen progress is the weighted
 * mean of the non-archived key results' scores (see objectiveProgress), not rounded.
 * @throws {ValidationError} when a key result weight is negative or not finite.
 */
export function freezeObjective(
  closedOn: IsoDate,
  keyResults: readonly KeyResultToFreeze[],
): ObjectiveSnapshot {
  const progress = objectiveProgress(
    keyResults.map(({ keyResult, evaluation }) => ({
      weight: keyResult.weight,
      score: evaluation.score,
      active: !keyResult.archived,
    })),
  );

  return {
    closedOn,
    progress,
    keyResults: keyResults.map(({ keyResult, evaluation }) => ({
      keyResultId: keyResult.id,
      evaluation,
    })),
  };
}

/**
 * The late change to a frozen value: `liveValue - frozenValue`, exact for integer minor units;
 * undefined when either is unknown, 0 when nothing changed.
 */
export function adjustmentOf(
  frozenValue: number | undefined,
  liveValue: number | undefined,
): number | undefined {
  if (frozenValue === undefined || liveValue === undefined) return undefined;

  return liveValue - frozenValue;
}

/**
 * Compares each frozen key result of a snapshot with its live evaluation (by key result id),
 * for showing adjustments next to frozen values. Key results without a live evaluation (since
 * deleted) get an undefined live value and no adjustment.
 */
export function adjustmentsSince(
  snapshot: ObjectiveSnapshot,
  live: ReadonlyMap<string, KeyResultEvaluation>,
): KeyResultAdjustment[] {
  return snapshot.keyResults.map(({ keyResultId, evaluation }) => {
    const frozenValue = evaluation.currentValue;
    const liveValue = live.get(keyResultId)?.currentValue;
    const adjustment = adjustmentOf(frozenValue, liveValue);

    return {
      keyResultId,
      frozenValue,
      liveValue,
      adjustment,
      hasAdjustment: adjustment !== undefined && adjustment !== 0,
    };
  });
}
