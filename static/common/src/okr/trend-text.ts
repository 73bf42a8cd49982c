import type { IsoMonth } from '@shared/contract';

import type { TrendModel, TrendReference } from './trend-model';

/** Formatters bound to the viewer's locale and the reporting currency. */
export type TrendTextFormat = {
  readonly money: (amountMinor: number) => string;
  readonly monthLong: (month: IsoMonth) => string;
};

const REFERENCE_NAMES: Readonly<Record<TrendReference['kind'], string>> = {
  baseline: 'Baseline',
  target: 'Target',
  cap: 'Cap',
};

/** The name of the chart's main line: what is plotted per month. */
export function actualSeriesName(model: TrendModel): string {
  const costs = model.kind === 'planned' ? 'planned costs' : 'costs';

  return model.mode === 'cumulative' ? `Total ${costs} to date` : `Monthly ${costs}`;
}

/** "Target €34,000.00" and the like, for the legend. */
export function referenceText(reference: TrendReference, format: TrendTextFormat): string {
  return `${REFERENCE_NAMES[reference.kind]} ${format.money(reference.valueMinor)}`;
}

/**
 * What the chart's tooltip says about one month: a heading (the month, marked as baseline
 * window or current month) and one line per value, in the viewer's locale and currency.
 */
export function trendTooltip(
  model: TrendModel,
  index: number,
  format: TrendTextFormat,
): { readonly heading: string; readonly lines: readonly string[] } {
  const point = model.points[index];
  if (!point) return { heading: '', lines: [] };
  const isCurrent = point.month === model.currentMonth;
  const suffix = point.inBaselineWindow ? ' (baseline window)' : isCurrent ? ' (this month)' : '';
  const lines: string[] = [];
  if (point.recordedMinor !== undefined) {
    const so = isCurrent && model.kind === 'actual' ? ' so far' : '';
    lines.push(`Costs that month${so}: ${format.money(point.recordedMinor)}`);
  }
  if (model.mode === 'cumulative' && point.actual !== undefined) {
    const label = point.inBaselineWindow ? 'Running total' : 'Total to date';
    lines.push(`${label}: ${format.money(point.actual)}`);
  }
  if (point.projectedMinor !== undefined && point.forecast !== undefined) {
    const label = model.mode === 'cumulative' ? 'Forecast total' : 'Forecast for the month';
    lines.push(`${label}: ${format.money(point.forecast)}`);
  }
  if (!point.inBaselineWindow) {
    lines.push(
      ...model.references.map((r) => `${REFERENCE_NAMES[r.kind]}: ${format.money(r.valueMinor)}`),
    );
  }

  return { heading: `${format.monthLong(point.month)}${suffix}`, lines };
}
