import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { MonthTotals } from '@shared/contract';

import { useAppContext } from '../../../common/src/app-context';
import { formatSumSafely } from '../../../common/src/components/FormattedMoney';
import { VisuallyHidden } from '../../../common/src/components/VisuallyHidden';
import { formatMonth } from '../../../common/src/format-date';

import { Legend, SERIES_COLORS } from './Legend';

type Props = { readonly months: readonly MonthTotals[]; readonly currency: string };

// Drawing units of the SVG's viewBox; the chart itself scales to the gadget's width.
const BAR_WIDTH = 10;
const GROUP_GAP = 8;
const HEIGHT = 100;

/**
 * Actual and planned spend per month as paired bars in inline SVG. The bars are decorative for
 * screen readers, which get the same figures as a table instead.
 */
export function MonthlyTrendChart({ months, currency }: Props) {
  const { locale } = useAppContext();
  const peak = Math.max(1, ...months.flatMap((m) => [m.actual, m.planned]));
  const groupWidth = BAR_WIDTH * 2 + GROUP_GAP;
  const width = Math.max(groupWidth * months.length, groupWidth);
  const barHeight = (value: number) => (Math.max(value, 0) / peak) * HEIGHT;
  const money = (amount: number, beyondRange?: boolean) =>
    formatSumSafely({ amount, currency }, locale, beyondRange);
  const first = months[0];
  const last = months[months.length - 1];

  return (
    <section
      aria-labelledby="gadget-trend-heading"
      style={{ display: 'grid', gap: token('space.100') }}
    >
      <Heading size="xsmall" as="h3" id="gadget-trend-heading">
        Monthly trend
      </Heading>
      {months.length === 0 ? (
        <p style={{ color: token('color.text.subtlest') }}>No costs in the last months.</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${width} ${HEIGHT}`}
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
            style={{ width: '100%', height: '8rem', display: 'block' }}
          >
            {months.map((month, i) => {
              const x = i * groupWidth + GROUP_GAP / 2;
              const actual = barHeight(month.actual);
              const planned = barHeight(month.planned);
              const label =
                `${formatMonth(month.month, locale, 'long')}: ` +
                `actual ${money(month.actual, month.beyondRange)}, planned ${money(month.planned, month.beyondRange)}`;
              return (
                <g key={month.month}>
                  <title>{label}</title>
                  <rect
                    x={x}
                    y={HEIGHT - actual}
                    width={BAR_WIDTH}
                    height={actual}
                    style={{ fill: SERIES_COLORS.actual }}
                  />
                  <rect
                    x={x + BAR_WIDTH}
                    y={HEIGHT - planned}
                    width={BAR_WIDTH}
                    height={planned}
                    style={{ fill: SERIES_COLORS.planned }}
                  />
                </g>
              );
            })}
          </svg>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              color: token('color.text.subtle'),
              font: token('font.body.small'),
            }}
            aria-hidden="true"
          >
            <span>{first && formatMonth(first.month, locale)}</span>
            <span>{last && last !== first && formatMonth(last.month, locale)}</span>
          </div>
          <Legend />
          <VisuallyHidden as="div">
            <table>
              <caption>Monthly actual and planned spend</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Actual</th>
                  <th scope="col">Planned</th>
                </tr>
              </thead>
              <tbody>
                {months.map((month) => (
                  <tr key={month.month}>
                    <th scope="row">{formatMonth(month.month, locale, 'long')}</th>
                    <td>{money(month.actual, month.beyondRange)}</td>
                    <td>{money(month.planned, month.beyondRange)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </VisuallyHidden>
        </>
      )}
    </section>
  );
}
