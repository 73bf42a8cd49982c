import type { EvaluationDto, ForecastDto, ObjectiveStatusDto } from '@shared/okr-contract';

/** The appearances @atlaskit/lozenge offers. */
export type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

type LozengeSpec = { readonly text: string; readonly appearance: LozengeAppearance };

const OBJECTIVE_STATUS: Readonly<Record<ObjectiveStatusDto, LozengeSpec>> = {
  draft: { text: 'Draft', appearance: 'default' },
  active: { text: 'Active', appearance: 'inprogress' },
  closed: { text: 'Closed', appearance: 'success' },
  archived: { text: 'Archived', appearance: 'moved' },
};

const FORECAST_STATUS: Readonly<Record<ForecastDto['status'], LozengeSpec>> = {
  'on-track': { text: 'On track', appearance: 'success' },
  'at-risk': { text: 'At risk', appearance: 'moved' },
  'off-track': { text: 'Off track', appearance: 'removed' },
  'no-data': { text: 'No data yet', appearance: 'default' },
};

/** The lozenge of an objective's status. */
export function objectiveStatusLozenge(status: ObjectiveStatusDto): LozengeSpec {
  return OBJECTIVE_STATUS[status];
}

/** The lozenge of a forecast status ("On track", "At risk", "Off track", "No data yet"). */
export function forecastLozenge(status: ForecastDto['status']): LozengeSpec {
  return FORECAST_STATUS[status];
}

/**
 * The lozenge of a key result's forecast. Once its window has ended there is nothing left to
 * forecast, so it reads as the result: a cap kept or exceeded, a target met or missed (amber
 * when the final score still reached "at risk", red below it).
 */
export function outlookLozenge(
  forecast: ForecastDto,
  display: EvaluationDto['display'],
): LozengeSpec {
  if (!forecast.ended) return forecastLozenge(forecast.status);
  const score = forecast.projectedScore;
  if (score === undefined) return { text: 'Ended', appearance: 'default' };
  if (display === 'share-used') {
    return score >= 1
      ? { text: 'Within cap', appearance: 'success' }
      : { text: 'Over cap', appearance: 'removed' };
  }
  if (score >= 1) return { text: 'Target met', appearance: 'success' };

  return {
    text: 'Target missed',
    appearance: forecast.status === 'off-track' ? 'removed' : 'moved',
  };
}

/** How a change reads for a key result: colours follow its direction, not the sign. */
export type ChangeTone = 'improvement' | 'worsening' | 'unchanged';

/**
 * Whether the change from baseline to now is good: for a decrease key result a fall is an
 * improvement, for an increase key result a rise. Undefined when there is no change to judge
 * (no baseline, a zero baseline, or a cap, which is judged by the share used instead).
 */
export function changeTone(evaluation: EvaluationDto): ChangeTone | undefined {
  const { changePercent, direction, display } = evaluation;
  if (display === 'share-used' || changePercent === 'n/a') return undefined;
  if (changePercent === 0) return 'unchanged';
  const fell = changePercent < 0;

  return fell === (direction === 'decrease') ? 'improvement' : 'worsening';
}

/** Why a key result has no progress, in words. */
export function notMeasurableText(evaluation: EvaluationDto): string {
  if (evaluation.notMeasurable === 'too-large') {
    return (
      'Not measurable: its costs add up to more than can be shown exactly; ' +
      'check for mistyped amounts'
    );
  }
  if (evaluation.notMeasurable === 'zero-baseline') {
    return 'Not measurable: the baseline is zero, so a percentage change has no target';
  }

  return 'Not measurable yet: its period has not started';
}
