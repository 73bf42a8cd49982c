import { ValidationError } from '../../platform/errors';

import type { Direction } from './key-result';

/** What an objective's rollup needs of one key result; `score` is a fraction 0-1 or null. */
export type ScoredKeyResult = {
  readonly weight: number;
  readonly score: number | null;
  readonly active: boolean;
};

/** How a change of value reads for a key result's direction, for colours and arrows. */
export type ChangeTone = 'improvement' | 'worsening' | 'unchanged';

/**
 * Progress from baseline to target as an unclamped fraction: (current - baseline) / (target -
 * baseline). One formula for decreasing and increasing targets; below 0 means worse than the
 * baseline and above 1 means past the target. Not rounded: round only for display. Null when a
 * value is missing or not finite, or when baseline equals target (nothing to divide by; see
 * the reached rule in evaluate.ts).
 */
export function progressFraction(
  baseline: number | undefined,
  target: number | undefined,
  current: number | undefined,
): number | null {
  if (!isFiniteNumber(baseline) || !isFiniteNumber(target) || !isFiniteNumber(current)) {
    return null;
  }
  if (baseline === target) return null;

  return (current - baseline) / (target - baseline);
}

/** A key result's score: its progress fraction clamped to [0, 1]; null stays null. */
export function toScore(progress: number | null): number | null {
  if (progress === null || Number.isNaN(progress)) return null;

  return Math.min(1, Math.max(0, progress));
}

/**
 * A cap key result's score: 1 while `currentMinor` is within the cap (equal counts as
 * within), 0 once over. Null when the current value is unknown.
 */
export function capScore(currentMinor: number | undefined, capMinor: number): number | null {
  if (currentMinor === undefined) return null;

  return currentMinor <= capMinor ? 1 : 0;
}

/**
 * The share of a cap used so far, as an unclamped fraction (1.2 = 20% over). Null when the
 * current value is unknown or the cap is not above zero (validation refuses such caps).
 */
export function capShareUsed(currentMinor: number | undefined, capMinor: number): number | null {
  if (currentMinor === undefined || !(capMinor > 0)) return null;

  return currentMinor / capMinor;
}

/**
 * An objective's progress as a fraction 0-1: the weighted mean Σ(weight · score) / Σ weight
 * over its active key results whose score is known. Key results that are not measurable yet
 * (null score) are left out rather than counted as 0. Null ("not measurable", shown unlike 0%)
 * when no active key result has a score or their total weight is 0. Not rounded.
 * @throws {ValidationError} when a weight is negative or not finite.
 */
export function objectiveProgress(keyResults: readonly ScoredKeyResult[]): number | null {
  if (keyResults.some((keyResult) => !isFiniteNumber(keyResult.weight) || keyResult.weight < 0)) {
    const message = 'Each key result weight must be a number of zero or more.';
    throw new ValidationError(message, [{ path: 'keyResults.weight', message }]);
  }

  const counted = keyResults.filter((keyResult) => keyResult.active && keyResult.score !== null);
  const totalWeight = counted.reduce((total, keyResult) => total + keyResult.weight, 0);
  if (totalWeight === 0) return null;
  const weighted = counted.reduce(
    (total, keyResult) => total + keyResult.weight * (keyResult.score ?? 0),
    0,
  );

  return weighted / totalWeight;
}

/**
 * Whether moving from `from` to `to` is good for a key result: a fall for `decrease`, a rise for
 * `increase`. No change is not an improvement.
 */
export function isImprovement(direction: Direction, from: number, to: number): boolean {
  return direction === 'decrease' ? to < from : to > from;
}

/** How a change reads for a key result's direction: colours follow direction, not sign. */
export function changeTone(direction: Direction, from: number, to: number): ChangeTone {
  if (from === to) return 'unchanged';

  return isImprovement(direction, from, to) ? 'improvement' : 'worsening';
}

/**
 * The change from `from` to `to` in percent of |from| (-20 for a fall from 1,000 to 800), not
 * rounded. 'n/a' when `from` is 0 or a value is not finite: never Infinity, NaN or 0%.
 */
export function percentChange(from: number, to: number): number | 'n/a' {
  if (from === 0 || !isFiniteNumber(from) || !isFiniteNumber(to)) return 'n/a';

  return ((to - from) / Math.abs(from)) * 100;
}

function isFiniteNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
