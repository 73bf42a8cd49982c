import { token } from '@atlaskit/tokens';

import type { TrendModel } from '../../okr/trend-model';
import { actualSeriesName, referenceText } from '../../okr/trend-text';
import type { TrendTextFormat } from '../../okr/trend-text';

/** The colours of a trend chart's lines: design tokens, so both themes work. */
export const TREND_COLORS = {
  actual: token('color.chart.brand'),
  forecast: token('color.chart.brand'),
  window: token('color.chart.gray.bold'),
  baseline: token('color.chart.gray.bolder'),
  target: token('color.chart.success.bold'),
  cap: token('color.chart.danger.bold'),
  axis: token('color.text.subtlest'),
} as const;

type Item = { readonly label: string; readonly color: string; readonly dash?: string };

/** Names each line of a trend chart, with the baseline, target or cap values. */
export function TrendLegend({
  model,
  format,
}: {
  readonly model: TrendModel;
  readonly format: TrendTextFormat;
}) {
  const items: Item[] = [
    { label: actualSeriesName(model), color: TREND_COLORS.actual },
    ...(model.points.some((p) => p.projectedMinor !== undefined)
      ? [{ label: 'Forecast', color: TREND_COLORS.forecast, dash: '5 4' }]
      : []),
    ...(model.points.some((p) => p.inBaselineWindow)
      ? [{ label: 'Baseline window', color: TREND_COLORS.window }]
      : []),
    ...model.references.map((r) => ({
      label: referenceText(r, format),
      color: TREND_COLORS[r.kind],
      dash: r.kind === 'baseline' ? '2 3' : '6 3',
    })),
  ];

  return (
    <ul
      aria-label="Chart legend"
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'flex',
        flexWrap: 'wrap',
        columnGap: token('space.200'),
        rowGap: token('space.050'),
        color: token('color.text.subtle'),
        font: token('font.body.small'),
      }}
    >
      {items.map((item) => (
        <li
          key={item.label}
          style={{
            display: 'inline-flex',
            alignItems: 'center',
            gap: token('space.050'),
            margin: 0,
          }}
        >
          <svg width="20" height="8" aria-hidden="true" focusable="false">
            <line
              x1="1"
              x2="19"
              y1="4"
              y2="4"
              style={{ stroke: item.color, strokeWidth: 2, strokeDasharray: item.dash }}
            />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
