import { token } from '@atlaskit/tokens';

import type { TrendLayout } from '../../okr/trend-layout';
import type { TrendModel } from '../../okr/trend-model';

import { TREND_COLORS } from './TrendLegend';

type Props = {
  readonly model: TrendModel;
  readonly layout: TrendLayout;
  /** The month under the pointer or keyboard focus, highlighted with a guide line. */
  readonly active: number | undefined;
};

const TREND_DASHES = { baseline: '2 3', target: '6 3', cap: '6 3' } as const;

/**
 * The drawing of a trend chart: gridlines and axis labels, the baseline window band, today's
 * marker, reference lines, the measured and forecast lines, and the active month's guide.
 * Decorative for screen readers, which get the chart's table and live region instead.
 */
export function TrendPlot({ model, layout, active }: Props) {
  const activeX = active === undefined ? undefined : layout.xs[active];
  const activePoint = active === undefined ? undefined : model.points[active];

  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-hidden="true"
      focusable="false"
      style={{ display: 'block', width: '100%', height: 'auto', overflow: 'visible' }}
    >
      {layout.windowBandRight !== undefined && (
        <rect
          x={layout.plot.left}
          y={layout.plot.top}
          width={Math.max(0, layout.windowBandRight - layout.plot.left)}
          height={layout.plot.bottom - layout.plot.top}
          style={{ fill: token('color.background.accent.gray.subtlest') }}
        />
      )}
      {layout.ticks.map((tick) => (
        <g key={tick.y}>
          <line
            x1={layout.plot.left}
            x2={layout.plot.right}
            y1={tick.y}
            y2={tick.y}
            style={{ stroke: token('color.border'), strokeWidth: 1 }}
          />
          <text
            x={layout.plot.left - 6}
            y={tick.y}
            textAnchor="end"
            dominantBaseline="middle"
            style={{ fill: TREND_COLORS.axis, font: token('font.body.small'), fontSize: 11 }}
          >
            {tick.label}
          </text>
        </g>
      ))}
      {layout.todayX !== undefined && (
        <line
          x1={layout.todayX}
          x2={layout.todayX}
          y1={layout.plot.top}
          y2={layout.plot.bottom}
          style={{ stroke: token('color.border.bold'), strokeDasharray: '2 3', strokeWidth: 1 }}
        />
      )}
      {layout.references.map((reference) => (
        <line
          key={reference.kind}
          x1={layout.plot.left}
          x2={layout.plot.right}
          y1={reference.y}
          y2={reference.y}
          style={{
            stroke: TREND_COLORS[reference.kind],
            strokeWidth: 1.5,
            strokeDasharray: TREND_DASHES[reference.kind],
          }}
        />
      ))}
      <path d={layout.paths.window} style={lineStyle(TREND_COLORS.window)} />
      <path
        d={layout.paths.forecast}
        style={{ ...lineStyle(TREND_COLORS.forecast), strokeDasharray: '5 4' }}
      />
      <path d={layout.paths.actual} style={lineStyle(TREND_COLORS.actual)} />
      {layout.dots.map((dot) => (
        <circle
          key={dot.index}
          cx={dot.x}
          cy={dot.y}
          r={2.5}
          style={{
            fill: model.points[dot.index]?.inBaselineWindow
              ? TREND_COLORS.window
              : TREND_COLORS.actual,
          }}
        />
      ))}
      {activeX !== undefined && activePoint && (
        <g>
          <line
            x1={activeX}
            x2={activeX}
            y1={layout.plot.top}
            y2={layout.plot.bottom}
            style={{ stroke: token('color.border.bold'), strokeWidth: 1 }}
          />
          {[
            activePoint.actual,
            activePoint.projectedMinor === undefined ? undefined : activePoint.forecast,
          ]
            .filter((v): v is number => v !== undefined)
            .map((v, i) => (
              <circle
                key={i}
                cx={activeX}
                cy={layout.y(v)}
                r={4}
                style={{
                  fill: token('elevation.surface'),
                  stroke: activePoint.inBaselineWindow ? TREND_COLORS.window : TREND_COLORS.actual,
                  strokeWidth: 2,
                }}
              />
            ))}
        </g>
      )}
      {layout.xLabels.map((label) => (
        <text
          key={label.x}
          x={label.x}
          y={layout.plot.bottom + 14}
          textAnchor="middle"
          style={{ fill: TREND_COLORS.axis, font: token('font.body.small'), fontSize: 11 }}
        >
          {label.label}
          {label.year && (
            <tspan x={label.x} dy={12}>
              {label.year}
            </tspan>
          )}
        </text>
      ))}
    </svg>
  );
}

function lineStyle(color: string): React.CSSProperties {
  return {
    fill: 'none',
    stroke: color,
    strokeWidth: 2,
    strokeLinejoin: 'round',
    strokeLinecap: 'round',
  };
}
