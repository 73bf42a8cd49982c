import { ValidationError } from '../../platform/errors';
import type { IsoMonth } from '../../shared/contract';
import { monthOf } from '../calendar';
import { toSafeNumber } from '../totals';

import { evaluateCostKeyResult } from './evaluate';
import type { CostKeyResult } from './key-result';
import type { MeasureContext, MonthSeries } from './measure';
import { divideHalfEven } from './measure';
import { monthAfter, monthsIn } from './periods';

/** Where a key result is heading: by its projected score, or no data to project from yet. */
export type ForecastStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/**
 * Projected scores (fractions 0-1) from which a key result counts as on track or at risk;
 * below `atRisk` it is off track. Set per project.
 */
export type ForecastThresholds = { readonly onTrack: number; readonly atRisk: number };

/** One projected month of a forecast, in minor units of the reporting currency. */
export type ProjectedMonth = { readonly month: IsoMonth; readonly amountMinor: number };

/**
 * A cost key result's forecast. `runRateMinor` is the recent monthly run-rate projected from,
 * `projectedValueMinor` the key result's measure at the end of its window (minor units) and
 * `projectedScore` its score then (fraction 0-1). `projectedMonths` are the months from the
 * current one to the window's end as projected (empty once the window has ended). The optional
 * fields are absent when the status is `no-data`, except that a key result that is not
 * measurable (a percentage target against a zero baseline) keeps its projected value.
 * `ended` marks a window that is over: the projection is then the final value, and views call
 * it a result rather than a forecast.
 */
export type Forecast = {
  readonly status: ForecastStatus;
  readonly ended?: true;
  readonly runRateMinor?: number;
  readonly projectedValueMinor?: number;
  readonly projectedScore?: number;
  readonly projectedMonths: readonly ProjectedMonth[];
};

/** The thresholds a project starts with. */
export const DEFAULT_FORECAST_THRESHOLDS: ForecastThresholds = { onTrack: 0.7, atRisk: 0.4 };

/** How many recent complete months the projected run-rate averages, at most. */
export const FORECAST_RUN_RATE_MONTHS = 3;

/**
 * Checks a project's forecast thresholds: fractions with 0 <= atRisk <= onTrack <= 1.
 * @throws {ValidationError} when they are out of range or in the wrong order.
 */
export function validateForecastThresholds(thresholds: ForecastThresholds): void {
  const { onTrack, atRisk } = thresholds;
  if (!(atRisk >= 0 && onTrack <= 1 && atRisk <= onTrack)) {
    const message = 'Thresholds must be between 0% and 100%, with "at risk" not above "on track".';
    throw new ValidationError(message, [{ path: 'forecastThresholds', message }]);
  }
}

/** The status for a projected score (fraction 0-1): on track, at risk or off track. */
export function statusForScore(
  projectedScore: number,
  thresholds: ForecastThresholds = DEFAULT_FORECAST_THRESHOLDS,
): Exclude<ForecastStatus, 'no-data'> {
  if (projectedScore >= thresholds.onTrack) return 'on-track';

  return projectedScore >= thresholds.atRisk ? 'at-risk' : 'off-track';
}

/**
 * Projects an actual-cost key result to the end of its window. The run-rate is the mean of the
 * last up to 3 complete months inside the window, rounded half-to-even to minor units; each
 * month from the current one to the window's end is projected at that run-rate, or at what is
 * already recorded for it when that is more (recorded costs do not go away). The measure is
 * then taken over the projected series as of the window's end, so a total becomes
 * spent-so-far + projected months and a run-rate measure becomes the mean of the window's
 * last N months. `no-data` before the first complete month of the window.
 * Planned costs are already a plan for the whole window, so a planned key result is not
 * projected: its forecast is its current score.
 * @throws {RangeError} when a series value is not an integer or a sum leaves the safe range.
 */
export function forecastKeyResult(
  keyResult: CostKeyResult,
  context: MeasureContext,
  thresholds: ForecastThresholds = DEFAULT_FORECAST_THRESHOLDS,
): Forecast {
  const { series, window, today } = context;
  const currentMonth = monthOf(today);
  const windowMonths = monthsIn(window);
  const complete = windowMonths.filter((month) => month < currentMonth);
  const ended = complete.length === windowMonths.length;
  if (keyResult.kind === 'actual' && complete.length === 0) {
    return { status: 'no-data', projectedMonths: [] };
  }

  const recent = complete.slice(-FORECAST_RUN_RATE_MONTHS);
  const runRateMinor =
    recent.length === 0
      ? undefined
      : toSafeNumber(divideHalfEven(sumOf(series, recent), BigInt(recent.length)));
  const projectedMonths =
    keyResult.kind === 'planned' || runRateMinor === undefined
      ? []
      : windowMonths
          .filter((month) => month >= currentMonth)
          .map((month) => ({ month, amountMinor: Math.max(series.get(month) ?? 0, runRateMinor) }));
  const projectedSeries = withMonths(series, projectedMonths);
  const projected = evaluateCostKeyResult(keyResult, {
    series: projectedSeries,
    window,
    today: `${monthAfter(window)}-01`,
  });

  return {
    status: projected.score === null ? 'no-data' : statusForScore(projected.score, thresholds),
    ...(ended ? { ended: true as const } : {}),
    ...(runRateMinor === undefined ? {} : { runRateMinor }),
    ...(projected.currentValue === undefined
      ? {}
      : { projectedValueMinor: projected.currentValue }),
    ...(projected.score === null ? {} : { projectedScore: projected.score }),
    projectedMonths,
  };
}

function withMonths(series: MonthSeries, months: readonly ProjectedMonth[]): MonthSeries {
  const next = new Map(series);
  for (const { month, amountMinor } of months) next.set(month, amountMinor);

  return next;
}

function sumOf(series: MonthSeries, months: readonly IsoMonth[]): bigint {
  return months.reduce((total, month) => total + BigInt(series.get(month) ?? 0), 0n);
}
