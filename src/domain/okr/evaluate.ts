import type { CostKeyResult, Direction, KeyResult, ManualKeyResult } from './key-result';
import type { MeasureContext } from './measure';
import { baselineValue, manualCurrentValue, measureValue, targetValue } from './measure';
import { capScore, capShareUsed, percentChange, progressFraction, toScore } from './progress';

/**
 * Why a key result has no score: `no-data` (its window has not started), `zero-baseline`
 * (a percentage-change target against a zero baseline, shown as "n/a") or `too-large` (its
 * costs add up beyond what a number carries exactly, 2^53 minor units).
 */
export type NotMeasurableReason = 'no-data' | 'zero-baseline' | 'too-large';

/**
 * A key result's numbers at one moment. Values are minor units of the reporting currency for
 * cost key results (and for manual ones in `currency`), otherwise in the key result's unit.
 * `progress` is an unclamped fraction for display (bars clamp it); for a cap it is the share
 * of the cap used and `display` is `share-used`. `score` is a fraction in [0, 1], or null
 * when not measurable (`notMeasurable` says why). `changePercent` is the change from baseline
 * in percent units, unrounded, or 'n/a' when the baseline is zero or unknown.
 */
export type KeyResultEvaluation = {
  readonly direction: Direction;
  readonly display: 'progress' | 'share-used';
  readonly baselineValue: number | undefined;
  readonly targetValue: number | undefined;
  readonly currentValue: number | undefined;
  readonly progress: number | null;
  readonly score: number | null;
  readonly changePercent: number | 'n/a';
  readonly notMeasurable?: NotMeasurableReason;
};

/**
 * The direction of a key result: a cap always `decrease`; otherwise down when the target is
 * below the baseline (or start value) and up when above. When they are equal or the target is
 * "n/a", a percentage target follows its sign, and otherwise cost key results default to
 * `decrease` and manual ones to `increase`.
 */
export function directionOf(
  keyResult: KeyResult,
  baseline: number | undefined,
  target: number | undefined,
): Direction {
  if (keyResult.type === 'cost' && keyResult.target.type === 'cap') return 'decrease';
  if (baseline !== undefined && target !== undefined && baseline !== target) {
    return target < baseline ? 'decrease' : 'increase';
  }
  if (keyResult.type === 'manual') return 'increase';

  return keyResult.target.type === 'percent-change' && keyResult.target.percent > 0
    ? 'increase'
    : 'decrease';
}

/**
 * Progress for one key result, with the reached rule for a baseline equal to the target
 * (refused at save, but a window baseline or a rounded percentage can still land on it): then
 * progress and score are 1 once the current value is at or beyond the target in the key
 * result's direction, and 0 before.
 */
export function progressTowards(
  direction: Direction,
  values: { readonly baseline?: number; readonly target?: number; readonly current?: number },
): number | null {
  const { baseline, target, current } = values;
  if (baseline !== undefined && baseline === target && current !== undefined) {
    return current === target || isBeyond(direction, target, current) ? 1 : 0;
  }

  return progressFraction(baseline, target, current);
}

/**
 * Evaluates a cost key result from its month series (see {@link measureValue} for what the
 * current value is and how it is rounded).
 * @throws {RangeError} when a series value is not an integer or a sum leaves the safe range.
 */
export function evaluateCostKeyResult(
  keyResult: CostKeyResult,
  context: MeasureContext,
): KeyResultEvaluation {
  const current = measureValue(keyResult, context);
  const baseline = baselineValue(keyResult, context);
  const target = targetValue(keyResult, baseline);
  const direction = directionOf(keyResult, baseline, target);
  const changePercent =
    baseline === undefined || current === undefined ? 'n/a' : percentChange(baseline, current);
  const values = { baselineValue: baseline, targetValue: target, currentValue: current };

  if (keyResult.target.type === 'cap') {
    const score = capScore(current, keyResult.target.amountMinor);
    return {
      direction,
      display: 'share-used',
      ...values,
      progress: capShareUsed(current, keyResult.target.amountMinor),
      score,
      changePercent,
      ...(score === null ? { notMeasurable: 'no-data' as const } : {}),
    };
  }
  const progress = progressTowards(direction, { baseline, target, current });
  const notMeasurable: NotMeasurableReason | undefined =
    current === undefined ? 'no-data' : target === undefined ? 'zero-baseline' : undefined;

  return {
    direction,
    display: 'progress',
    ...values,
    progress,
    score: toScore(progress),
    changePercent,
    ...(notMeasurable ? { notMeasurable } : {}),
  };
}

/** Evaluates a manual key result from its latest check-in (or its start value before any). */
export function evaluateManualKeyResult(keyResult: ManualKeyResult): KeyResultEvaluation {
  const baseline = keyResult.startValue;
  const target = keyResult.targetValue;
  const current = manualCurrentValue(keyResult);
  const direction = directionOf(keyResult, baseline, target);
  const progress = progressTowards(direction, { baseline, target, current });

  return {
    direction,
    display: 'progress',
    baselineValue: baseline,
    targetValue: target,
    currentValue: current,
    progress,
    score: toScore(progress),
    changePercent: percentChange(baseline, current),
  };
}

/**
 * Evaluates any key result; manual ones ignore the context.
 * @throws {RangeError} as {@link evaluateCostKeyResult} does.
 */
export function evaluateKeyResult(
  keyResult: KeyResult,
  context: MeasureContext,
): KeyResultEvaluation {
  return keyResult.type === 'cost'
    ? evaluateCostKeyResult(keyResult, context)
    : evaluateManualKeyResult(keyResult);
}

function isBeyond(direction: Direction, target: number, current: number): boolean {
  return direction === 'decrease' ? current < target : current > target;
}
