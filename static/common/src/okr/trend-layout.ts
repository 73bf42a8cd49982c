import type { IsoMonth } from '@shared/contract';

import type { TrendModel, TrendPoint, TrendReference } from './trend-model';
import { niceTicks } from './trend-model';

/** How the chart writes numbers and months; the caller binds locale and currency. */
export type TrendFormat = {
  readonly axisMoney: (amountMinor: number) => string;
  readonly monthShort: (month: IsoMonth) => string;
  readonly year: (month: IsoMonth) => string;
};

/** Where everything of a trend chart goes, in CSS pixels of an SVG `width` × `height`. */
export type TrendLayout = {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
  readonly stepX: number;
  readonly xs: readonly number[];
  readonly ticks: ReadonlyArray<{ readonly y: number; readonly label: string }>;
  readonly xLabels: ReadonlyArray<{
    readonly x: number;
    readonly label: string;
    readonly year: string | undefined;
  }>;
  readonly paths: { readonly window: string; readonly actual: string; readonly forecast: string };
  readonly dots: ReadonlyArray<{ readonly x: number; readonly y: number; readonly index: number }>;
  readonly references: ReadonlyArray<TrendReference & { readonly y: number }>;
  readonly windowBandRight: number | undefined;
  readonly todayX: number | undefined;
  readonly y: (valueMinor: number) => number;
};

const AXIS_FONT_PX = 11;
const MIN_LABEL_SPACING_PX = 44;
const MAX_DOTS = 24;

/** Lays out a trend chart: scales, gridlines, axis labels and line paths. */
export function layoutTrend(
  model: TrendModel,
  size: { readonly width: number; readonly height: number },
  format: TrendFormat,
): TrendLayout {
  const { points, references } = model;
  const values = [
    ...points.flatMap((p) => [p.actual, p.forecast]),
    ...references.map((r) => r.valueMinor),
  ].filter((v): v is number => v !== undefined);
  const tickValues = niceTicks(Math.min(0, ...values), Math.max(1, ...values), 4);
  const low = tickValues[0] ?? 0;
  const high = tickValues[tickValues.length - 1] ?? 1;
  const tickLabels = tickValues.map((v) => format.axisMoney(v));
  // Axis labels are short ("€40K"); their width is estimated, not measured, to stay pure.
  const labelWidth = Math.max(...tickLabels.map((l) => l.length)) * AXIS_FONT_PX * 0.62;
  const plot = {
    left: Math.ceil(labelWidth) + 8,
    top: 10,
    // Room for half of the last month's label, which is centred on the last point.
    right: size.width - 16,
    bottom: size.height - 32,
  };
  const plotWidth = Math.max(1, plot.right - plot.left);
  const count = points.length;
  const stepX = count > 1 ? plotWidth / (count - 1) : plotWidth;
  const xs = points.map((_, i) => (count > 1 ? plot.left + i * stepX : plot.left + plotWidth / 2));
  const y = (value: number) =>
    plot.bottom - ((value - low) / (high - low || 1)) * (plot.bottom - plot.top);
  const every = Math.max(1, Math.ceil((MIN_LABEL_SPACING_PX * count) / plotWidth));
  const lastWindow = points.map((p) => p.inBaselineWindow).lastIndexOf(true);
  const today = points.findIndex((p) => p.month === model.currentMonth);

  return {
    width: size.width,
    height: size.height,
    plot,
    stepX,
    xs,
    ticks: tickValues.map((v, i) => ({ y: y(v), label: tickLabels[i] ?? '' })),
    xLabels: points.flatMap((p, i) => {
      if (i % every !== 0) return [];
      const previous = points[i - every];
      const showYear = !previous || format.year(previous.month) !== format.year(p.month);
      return [
        {
          x: xs[i] ?? 0,
          label: format.monthShort(p.month),
          year: showYear ? format.year(p.month) : undefined,
        },
      ];
    }),
    paths: {
      window: linePath(points, xs, y, (p) => (p.inBaselineWindow ? p.actual : undefined)),
      actual: linePath(points, xs, y, (p) => (p.inBaselineWindow ? undefined : p.actual)),
      forecast: linePath(points, xs, y, (p) => p.forecast),
    },
    dots:
      count > MAX_DOTS
        ? []
        : points.flatMap((p, i) =>
            p.actual === undefined ? [] : [{ x: xs[i] ?? 0, y: y(p.actual), index: i }],
          ),
    references: references.map((r) => ({ ...r, y: y(r.valueMinor) })),
    windowBandRight:
      lastWindow < 0 ? undefined : Math.min(plot.right, (xs[lastWindow] ?? 0) + stepX / 2),
    todayX: today < 0 ? undefined : xs[today],
    y,
  };
}

/** The nearest point index to a horizontal position, for pointer hover. */
export function indexAt(layout: TrendLayout, x: number): number {
  const count = layout.xs.length;
  if (count <= 1) return 0;

  return Math.min(count - 1, Math.max(0, Math.round((x - layout.plot.left) / layout.stepX)));
}

function linePath(
  points: readonly TrendPoint[],
  xs: readonly number[],
  y: (value: number) => number,
  pick: (point: TrendPoint) => number | undefined,
): string {
  let path = '';
  let drawing = false;
  points.forEach((point, i) => {
    const value = pick(point);
    if (value === undefined) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${(xs[i] ?? 0).toFixed(1)} ${y(value).toFixed(1)} `;
    drawing = true;
  });

  return path.trim();
}
