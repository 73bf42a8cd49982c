import { token } from '@atlaskit/tokens';
import type { KindTotals, TotalsDto } from '@shared/contract';

import { TotalAmount } from '../../../common/src/components/TotalAmount';
import { unconvertedText } from '../../../common/src/unconverted-text';

const CELL: React.CSSProperties = {
  padding: `${token('space.050')} ${token('space.100')}`,
  textAlign: 'end',
  fontVariantNumeric: 'tabular-nums',
  whiteSpace: 'nowrap',
};
const HEADER_CELL: React.CSSProperties = {
  ...CELL,
  color: token('color.text.subtle'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
};

/**
 * Actual and planned sums: one row per currency (never added across currencies), then the
 * total converted to the reporting currency and how many entries had no rate to convert.
 */
export function TotalsSummary({ totals }: { readonly totals: TotalsDto }) {
  const { byCurrency, reporting } = totals;
  const onlyReporting = byCurrency.length === 1 && byCurrency[0]?.currency === reporting.currency;
  const showReporting = !onlyReporting || reporting.unconvertedCount > 0;

  return (
    <section aria-labelledby="cost-totals-heading">
      <table style={{ borderCollapse: 'collapse', width: 'auto' }}>
        <caption
          id="cost-totals-heading"
          style={{
            textAlign: 'start',
            font: token('font.heading.xxsmall'),
            paddingBottom: token('space.050'),
          }}
        >
          Totals
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...HEADER_CELL, textAlign: 'start' }}>
              Currency
            </th>
            <th scope="col" style={HEADER_CELL}>
              Actual
            </th>
            <th scope="col" style={HEADER_CELL}>
              Planned
            </th>
          </tr>
        </thead>
        <tbody>
          {byCurrency.map((row) => (
            <TotalsRow key={row.currency} label={row.currency} totals={row} />
          ))}
          {showReporting && (
            <TotalsRow label={`Total in ${reporting.currency}`} totals={reporting} emphasised />
          )}
        </tbody>
      </table>
      {reporting.unconvertedCount > 0 && (
        <p style={{ color: token('color.text.warning'), marginTop: token('space.050') }}>
          {unconvertedText(reporting.unconvertedCount)}
        </p>
      )}
    </section>
  );
}

function TotalsRow(props: {
  readonly label: string;
  readonly totals: KindTotals;
  readonly emphasised?: boolean;
}) {
  const { label, totals, emphasised = false } = props;
  const weight = emphasised ? token('font.weight.semibold') : undefined;
  const border = emphasised ? `${token('border.width')} solid ${token('color.border')}` : undefined;

  return (
    <tr style={{ fontWeight: weight, borderTop: border }}>
      <th scope="row" style={{ ...CELL, textAlign: 'start', fontWeight: 'inherit' }}>
        {label}
      </th>
      <td style={CELL}>
        <TotalAmount totals={totals} kind="actual" />
      </td>
      <td style={CELL}>
        <TotalAmount totals={totals} kind="planned" />
      </td>
    </tr>
  );
}
