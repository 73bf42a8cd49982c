import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { GadgetLoadResponse } from '@shared/contract';

import { useAppContext } from '../../../common/src/app-context';
import { formatSumSafely } from '../../../common/src/components/FormattedMoney';

import { Legend, SERIES_COLORS } from './Legend';

type CategoryTotals = Extract<GadgetLoadResponse, { state: 'ready' }>['byCategory'][number];

type Props = {
  readonly categories: readonly CategoryTotals[];
  readonly currency: string;
  /** Show only the largest few (the compact layout). */
  readonly limit?: number;
};

/** Spend per category in the reporting currency, largest first, as horizontal bars. */
export function CategoryBreakdown({ categories, currency, limit }: Props) {
  const { locale } = useAppContext();
  const sorted = [...categories].sort((a, b) => b.actual - a.actual || b.planned - a.planned);
  const shown = limit === undefined ? sorted : sorted.slice(0, limit);
  const peak = Math.max(1, ...shown.flatMap((c) => [c.actual, c.planned]));
  const money = (amount: number, beyondRange?: boolean) =>
    formatSumSafely({ amount, currency }, locale, beyondRange);

  return (
    <section
      aria-labelledby="gadget-categories-heading"
      style={{ display: 'grid', gap: token('space.100') }}
    >
      <Heading size="xsmall" as="h3" id="gadget-categories-heading">
        Spend by category
      </Heading>
      {shown.length === 0 ? (
        <p style={{ color: token('color.text.subtlest') }}>No costs recorded yet.</p>
      ) : (
        <ul
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            gap: token('space.100'),
          }}
        >
          {shown.map((category) => (
            <li key={category.categoryId}>
              <div
                style={{
                  display: 'flex',
                  justifyContent: 'space-between',
                  gap: token('space.100'),
                  flexWrap: 'wrap',
                }}
              >
                <span>{category.name}</span>
                <span
                  style={{ color: token('color.text.subtle'), fontVariantNumeric: 'tabular-nums' }}
                >
                  {category.planned > 0
                    ? `${money(category.actual, category.beyondRange)} of ${money(category.planned, category.beyondRange)} planned`
                    : money(category.actual, category.beyondRange)}
                </span>
              </div>
              <Bar share={category.actual / peak} color={SERIES_COLORS.actual} />
              <Bar share={category.planned / peak} color={SERIES_COLORS.planned} />
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && <Legend />}
      {shown.length < sorted.length && (
        <p style={{ color: token('color.text.subtlest'), font: token('font.body.small') }}>
          {`and ${sorted.length - shown.length} more`}
        </p>
      )}
    </section>
  );
}

function Bar({ share, color }: { readonly share: number; readonly color: string }) {
  const percent = `${(Math.min(Math.max(share, 0), 1) * 100).toFixed(1)}%`;

  return (
    <div
      aria-hidden="true"
      style={{
        height: '0.375rem',
        marginTop: token('space.025'),
        backgroundColor: token('color.background.neutral'),
        borderRadius: token('radius.xsmall'),
      }}
    >
      <div
        style={{
          width: percent,
          height: '100%',
          backgroundColor: color,
          borderRadius: token('radius.xsmall'),
        }}
      />
    </div>
  );
}
