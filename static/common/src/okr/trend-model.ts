import type { CostKind, IsoDate, IsoMonth } from '@shared/contract';
import type { KeyResultView } from '@shared/okr-contract';

/**
 * One month of a key result's trend, in minor units of the reporting currency. `actual` and
 * `forecast` are what the chart plots: running totals within each window for a `total`
 * measure, the month's own costs for a run-rate measure.
 */
export type TrendPoint = {
  readonly month: IsoMonth;
  /** A month of the baseline window before the key result's period. */
  readonly inBaselineWindow: boolean;
  /** Costs recorded for the month so far; undefined for months still to come. */
  readonly recordedMinor: number | undefined;
  /** The forecast's amount for the month, for months from the current one on. */
  readonly projectedMinor: number | undefined;
  readonly actual: number | undefined;
  readonly forecast: number | undefined;
};

/** A horizontal line on the chart: the baseline, the target or the cap, in minor units. */
export type TrendReference = {
  readonly kind: 'baseline' | 'target' | 'cap';
  readonly valueMinor: number;
};

/**
 * What a cost key result's chart shows. `cumulative` charts running totals (a `total` measure
 * is compared with its baseline and target as sums); `monthly` charts each month's costs (a
 * run-rate is a monthly mean, comparable month by month).
 */
export type TrendModel = {
  readonly mode: 'cumulative' | 'monthly';
  readonly kind: CostKind;
  readonly currency: string;
  readonly currentMonth: IsoMonth;
  readonly points: readonly TrendPoint[];
  readonly references: readonly TrendReference[];
};

/**
 * The chart of a cost key result from its view: its monthly history (baseline window, then
 * its period), its forecast continued from the last measured month, and its baseline and
 * target (or cap) lines. Actual costs count up to today's month (a running total includes
 * the current month so far; a monthly chart only complete months); planned costs are a plan
 * for the whole period and count in full. Undefined for manual key results, which have no
 * monthly history.
 */
export function buildTrend(
  view: KeyResultView,
  period: { readonly start: IsoDate },
  today: IsoDate,
): TrendModel | undefined {
  const { keyResult } = view;
  if (keyResult.type !== 'cost' || view.history.length === 0) return undefined;

  const mode = keyResult.measure.type === 'total' ? 'cumulative' : 'monthly';
  const startMonth = period.start.slice(0, 7);
  const currentMonth = today.slice(0, 7);
  const isMeasured = (month: IsoMonth) =>
    keyResult.kind === 'planned' ||
    (mode === 'cumulative' ? month <= currentMonth : month < currentMonth);
  const projected = new Map(
    (view.forecast?.projectedMonths ?? []).map((p) => [p.month, p.amountMinor] as const),
  );
  let running = 0;
  let runningForecast: number | undefined;
  let previousInWindow: boolean | undefined;
  const points = view.history.map(({ month, amountMinor }): TrendPoint => {
    const inBaselineWindow = month < startMonth;
    if (previousInWindow !== undefined && previousInWindow !== inBaselineWindow) running = 0;
    const measured = isMeasured(month);
    const recordedMinor =
      month <= currentMonth || keyResult.kind === 'planned' ? amountMinor : undefined;
    const projectedMinor = projected.get(month);
    if (measured) running += amountMinor;
    const actual = measured ? (mode === 'cumulative' ? running : amountMinor) : undefined;
    let forecast: number | undefined;
    if (projectedMinor !== undefined) {
      // The forecast continues from the running total of the months before it.
      runningForecast =
        (runningForecast ?? running - (measured ? amountMinor : 0)) + projectedMinor;
      forecast = mode === 'cumulative' ? runningForecast : projectedMinor;
    }
    previousInWindow = inBaselineWindow;

    return { month, inBaselineWindow, recordedMinor, projectedMinor, actual, forecast };
  });

  return {
    mode,
    kind: keyResult.kind,
    currency: keyResult.currency,
    currentMonth,
    points: anchorForecast(points),
    references: referencesOf(view),
  };
}

/** The last measured month before the forecast also starts the forecast line, joining both. */
function anchorForecast(points: readonly TrendPoint[]): TrendPoint[] {
  const first = points.findIndex((p) => p.forecast !== undefined);
  const anchor = points[first - 1];
  if (first <= 0 || !anchor || anchor.actual === undefined || anchor.inBaselineWindow) {
    return [...points];
  }

  return points.map((p, i) => (i === first - 1 ? { ...p, forecast: anchor.actual } : p));
}

function referencesOf(view: KeyResultView): TrendReference[] {
  const { evaluation } = view;
  if (evaluation.display === 'share-used') {
    return evaluation.targetValue === undefined
      ? []
      : [{ kind: 'cap', valueMinor: evaluation.targetValue }];
  }

  return [
    ...(evaluation.baselineValue === undefined
      ? []
      : [{ kind: 'baseline' as const, valueMinor: evaluation.baselineValue }]),
    ...(evaluation.targetValue === undefined
      ? []
      : [{ kind: 'target' as const, valueMinor: evaluation.targetValue }]),
  ];
}

/**
 * Round tick values from `min` to `max` (minor units): about `count` steps of 1, 2 or 5 times
 * a power of ten, never finer than one minor unit. Always includes zero when the range does.
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const low = Math.min(min, max);
  const high = Math.max(min, max, low + 1);
  const rough = (high - low) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power);
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let value = first; value <= last; value += step) ticks.push(value);

  return ticks;
}
