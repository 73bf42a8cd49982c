import { LimitError } from '../../platform/errors';
import type { IsoDate, IsoMonth } from '../../shared/contract';
import type { ObjectiveView } from '../../shared/okr-contract';
import type { AggregateCell } from '../aggregates';
import { lastDayOfMonth } from '../calendar';
import type { Converter } from '../totals';

import type { KeyResultEvaluation } from './evaluate';
import { evaluateKeyResult } from './evaluate';
import type { ForecastThresholds } from './forecast';
import { DEFAULT_FORECAST_THRESHOLDS, forecastKeyResult } from './forecast';
import type { CostKeyResult, KeyResult } from './key-result';
import type { MonthSeries } from './measure';
import type { Objective } from './objective';
import { objectiveProgressOf } from './objective';
import type { Period } from './periods';
import { lastDayOf, monthsIn, periodLabel, previousWindow, resolvePeriod } from './periods';
import { adjustmentOf } from './snapshot';

/** Everything a rollup needs besides the objective: cells, conversion, today, thresholds. */
export type RollupContext = {
  readonly cells: readonly AggregateCell[];
  readonly convert: Converter;
  readonly fiscalYearStartMonth: number;
  readonly today: IsoDate;
  readonly thresholds?: ForecastThresholds;
  /** Month series of JQL-narrowed key results, keyed `objectiveId/keyResultId`. */
  readonly materialized?: ReadonlyMap<
    string,
    { series: Readonly<Record<string, number>>; refreshedAt: string }
  >;
};

/**
 * The month series of a cost key result: the aggregate cells of its categories and kind,
 * each converted to the reporting currency at the rate in force on the month's last day
 * (rounded half-to-even once per cell), summed per month. Cells without a rate are left out.
 * A month whose sum leaves the exact range is NaN: measuring a window or baseline that holds
 * it throws (RangeError), so only key results that read that month become "too large".
 */
export function keyResultSeries(
  keyResult: Pick<CostKeyResult, 'categoryIds' | 'kind'>,
  cells: readonly AggregateCell[],
  convert: Converter,
): Map<IsoMonth, number> {
  const series = new Map<IsoMonth, number>();
  for (const cell of cells) {
    if (cell.kind !== keyResult.kind || !keyResult.categoryIds.includes(cell.categoryId)) continue;
    const amountMinor = Number(cell.amountMinor);
    if (!Number.isSafeInteger(amountMinor)) {
      series.set(cell.month, Number.NaN);
      continue;
    }
    const converted = convert({
      amountMinor,
      currency: cell.currency,
      kind: cell.kind,
      date: lastDayOfMonth(cell.month),
    });
    if (converted === undefined) continue;
    const sum = (series.get(cell.month) ?? 0) + converted;
    series.set(cell.month, Number.isSafeInteger(sum) ? sum : Number.NaN);
  }

  return series;
}

/** The months (first and last, `YYYY-MM`) whose aggregates an objective's key results read. */
export function monthsNeeded(
  objective: Objective,
  fiscalYearStartMonth: number,
): { from: string; to: string } {
  const period = resolvePeriod(objective.period, fiscalYearStartMonth);
  const baselineMonths = Math.max(
    0,
    ...objective.keyResults.map((kr) =>
      kr.type === 'cost' && kr.baseline?.type === 'window' ? kr.baseline.months : 0,
    ),
  );
  const first = baselineMonths > 0 ? previousWindow(period, baselineMonths).start : period.start;

  return { from: first.slice(0, 7), to: lastDayOf(period).slice(0, 7) };
}

/**
 * An objective with every key result evaluated, forecast and charted. Active and draft
 * objectives are measured live; a closed one shows its frozen values, with costs that arrived
 * after closing as an adjustment beside them.
 */
export function viewObjective(
  stored: { objective: Objective; version: number },
  context: RollupContext,
): ObjectiveView {
  const { objective } = stored;
  const period = resolvePeriod(objective.period, context.fiscalYearStartMonth);
  const frozen = objective.status === 'closed' ? objective.snapshot : undefined;
  const evaluations = new Map<string, KeyResultEvaluation>();
  const viewKeyResult = (keyResult: KeyResult): ObjectiveView['keyResults'][number] => {
    const narrowed = materializedOf(objective.id, keyResult, context);
    const series = seriesOf(objective.id, keyResult, context);
    const measure = { series, window: period, today: context.today };
    const live = evaluateKeyResult(keyResult, measure);
    const snapshot = frozen?.keyResults.find((k) => k.keyResultId === keyResult.id)?.evaluation;
    const evaluation = snapshot ?? live;
    evaluations.set(keyResult.id, evaluation);
    const adjustmentMinor = snapshot
      ? adjustmentOf(snapshot.currentValue, live.currentValue)
      : undefined;

    return {
      keyResult,
      evaluation,
      ...(keyResult.type === 'cost' && !frozen
        ? {
            forecast: forecastKeyResult(
              keyResult,
              measure,
              context.thresholds ?? DEFAULT_FORECAST_THRESHOLDS,
            ),
          }
        : {}),
      history: historyOf(keyResult, series, period),
      ...(adjustmentMinor !== undefined && adjustmentMinor !== 0 ? { adjustmentMinor } : {}),
      ...(narrowed ? { refreshedAt: narrowed.refreshedAt } : {}),
    };
  };

  const keyResults = objective.keyResults.map((keyResult) => {
    try {
      return viewKeyResult(keyResult);
    } catch (error) {
      // One key result whose costs are beyond exact numbers must not hide the others.
      if (!(error instanceof LimitError || error instanceof RangeError)) throw error;
      const snapshot = frozen?.keyResults.find((k) => k.keyResultId === keyResult.id);
      const evaluation = snapshot?.evaluation ?? tooLargeEvaluation(keyResult);
      evaluations.set(keyResult.id, evaluation);

      return { keyResult, evaluation, history: [] };
    }
  });

  return {
    objective: { ...objective, version: stored.version },
    periodLabel: periodLabel(objective.period),
    period,
    progress: frozen
      ? frozen.progress
      : // A key result left unmeasured for its size must not let the others read as the whole.
        [...evaluations.values()].some((e) => e.notMeasurable === 'too-large')
        ? null
        : objectiveProgressOf(objective, evaluations),
    keyResults,
    ...(frozen ? { closedOn: frozen.closedOn } : {}),
  };
}

/** A key result whose costs add up beyond exact numbers: shown, but not measured. */
function tooLargeEvaluation(keyResult: KeyResult): KeyResultEvaluation {
  const isCap = keyResult.type === 'cost' && keyResult.target.type === 'cap';

  return {
    direction: keyResult.type === 'manual' ? 'increase' : 'decrease',
    display: isCap ? 'share-used' : 'progress',
    baselineValue: undefined,
    targetValue: undefined,
    currentValue: undefined,
    progress: null,
    score: null,
    changePercent: 'n/a',
    notMeasurable: 'too-large',
  };
}

function historyOf(keyResult: KeyResult, series: MonthSeries, period: Period) {
  if (keyResult.type !== 'cost') return [];
  const baselineMonths = keyResult.baseline?.type === 'window' ? keyResult.baseline.months : 0;
  const months = [
    ...(baselineMonths > 0 ? monthsIn(previousWindow(period, baselineMonths)) : []),
    ...monthsIn(period),
  ];

  return months.map((month) => ({ month, amountMinor: series.get(month) ?? 0 }));
}

/**
 * The month series a key result is measured on: from the aggregates, or for a JQL-narrowed one
 * the series materialized in the background (empty until its first refresh).
 */
export function seriesOf(
  objectiveId: string,
  keyResult: KeyResult,
  context: RollupContext,
): Map<IsoMonth, number> {
  if (keyResult.type !== 'cost') return new Map();
  if (!keyResult.jql) return keyResultSeries(keyResult, context.cells, context.convert);

  return new Map(Object.entries(materializedOf(objectiveId, keyResult, context)?.series ?? {}));
}

function materializedOf(objectiveId: string, keyResult: KeyResult, context: RollupContext) {
  return keyResult.type === 'cost' && keyResult.jql
    ? context.materialized?.get(`${objectiveId}/${keyResult.id}`)
    : undefined;
}
