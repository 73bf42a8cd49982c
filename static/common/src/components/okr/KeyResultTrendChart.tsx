import { token } from '@atlaskit/tokens';
import { useMemo, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';

import { useAppContext } from '../../app-context';
import { formatMonth } from '../../format-date';
import { useElementWidth } from '../../hooks/useElementWidth';
import { formatCompactMoney } from '../../okr/okr-format';
import { indexAt, layoutTrend } from '../../okr/trend-layout';
import type { TrendModel } from '../../okr/trend-model';
import { trendTooltip } from '../../okr/trend-text';
import type { TrendTextFormat } from '../../okr/trend-text';
import { formatMoneySafely } from '../FormattedMoney';
import { VisuallyHidden } from '../VisuallyHidden';

import { TrendLegend } from './TrendLegend';
import { TrendPlot } from './TrendPlot';
import { TrendTable } from './TrendTable';

type Props = {
  readonly model: TrendModel;
  /** The key result's title, for the chart's accessible name and table caption. */
  readonly title: string;
  readonly height?: number;
};

const FALLBACK_WIDTH_PX = 480;
const KEYBOARD_HINT = 'Use the left and right arrow keys to read each month.';
const KEYS: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowRight: (i, last) => Math.min(last, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, last) => last,
};

/**
 * A key result's monthly trend as an SVG line chart: the measured months (baseline window in
 * grey), the forecast continued as a dashed line, and baseline, target or cap lines. Colours
 * are design tokens, so light and dark themes switch without a redraw. Hovering or the arrow
 * keys (when focused) show each month's figures in a tooltip, which screen readers hear
 * through a live region; the full series is also a table for them.
 */
export function KeyResultTrendChart({ model, title, height = 200 }: Props) {
  const { locale } = useAppContext();
  const [ref, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH_PX);
  const [active, setActive] = useState<number | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [hasFocus, setHasFocus] = useState(false);
  const text: TrendTextFormat = useMemo(
    () => ({
      money: (amount) => formatMoneySafely({ amount, currency: model.currency }, locale),
      monthLong: (month) => formatMonth(month, locale, 'long'),
    }),
    [locale, model.currency],
  );
  const layout = useMemo(
    () =>
      layoutTrend(
        model,
        { width, height },
        {
          axisMoney: (amount) => formatCompactMoney(amount, model.currency, locale),
          monthShort: (month) =>
            new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
              new Date(`${month}-01T00:00:00Z`),
            ),
          year: (month) => month.slice(0, 4),
        },
      ),
    [model, width, height, locale],
  );
  const last = model.points.length - 1;
  const tooltip = active === undefined ? undefined : trendTooltip(model, active, text);
  const latestMeasured = model.points.map((p) => p.actual !== undefined).lastIndexOf(true);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      setActive(undefined);
      return;
    }
    const move = KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(active ?? Math.max(0, latestMeasured), last);
    setActive(next);
    const said = trendTooltip(model, next, text);
    setAnnouncement(`${said.heading}. ${said.lines.join('. ')}`);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = box.width > 0 ? layout.width / box.width : 1;
    setActive(indexAt(layout, (event.clientX - box.left) * scale));
  };
  const activeX = active === undefined ? undefined : layout.xs[active];

  return (
    <figure
      style={{
        margin: 0,
        display: 'grid',
        // minmax(0, 1fr): the SVG's width attribute must not widen the column it measures.
        gridTemplateColumns: 'minmax(0, 1fr)',
        gap: token('space.100'),
        minWidth: 0,
      }}
    >
      <div
        ref={ref}
        role="group"
        tabIndex={0}
        aria-label={`${title}: monthly trend. ${KEYBOARD_HINT}`}
        onKeyDown={onKeyDown}
        onFocus={() => setHasFocus(true)}
        onBlur={() => {
          setHasFocus(false);
          setActive(undefined);
        }}
        onPointerMove={onPointerMove}
        onPointerLeave={() => {
          if (!hasFocus) setActive(undefined);
        }}
        style={{
          position: 'relative',
          width: '100%',
          borderRadius: token('radius.small'),
          outline: hasFocus
            ? `${token('border.width.focused')} solid ${token('color.border.focused')}`
            : 'none',
          outlineOffset: token('space.025'),
          touchAction: 'pan-y',
        }}
      >
        <TrendPlot model={model} layout={layout} active={active} />
        {tooltip && activeX !== undefined && (
          <div
            aria-hidden="true"
            style={{
              position: 'absolute',
              top: 0,
              ...(activeX > layout.width / 2
                ? { right: `${((layout.width - activeX) / layout.width) * 100}%`, marginRight: 12 }
                : { left: `${(activeX / layout.width) * 100}%`, marginLeft: 12 }),
              maxWidth: '16rem',
              pointerEvents: 'none',
              padding: `${token('space.075')} ${token('space.100')}`,
              backgroundColor: token('elevation.surface.overlay'),
              boxShadow: token('elevation.shadow.overlay'),
              borderRadius: token('radius.small'),
              color: token('color.text'),
              font: token('font.body.small'),
              whiteSpace: 'nowrap',
              zIndex: 1,
            }}
          >
            <div style={{ fontWeight: token('font.weight.semibold') }}>{tooltip.heading}</div>
            {tooltip.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        )}
      </div>
      <VisuallyHidden>
        <span aria-live="polite">{announcement}</span>
      </VisuallyHidden>
      <TrendLegend model={model} format={text} />
      <TrendTable model={model} title={title} format={text} />
    </figure>
  );
}
