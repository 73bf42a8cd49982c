import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { RateDto } from '@shared/contract';
import { lazy, Suspense, useState } from 'react';

import { useAppContext } from '../../../common/src/app-context';
import { VisuallyHidden } from '../../../common/src/components/VisuallyHidden';
import { formatCalendarDate } from '../../../common/src/format-date';
import { formatDecimalString } from '../../../common/src/format-number';

import { AddRateForm } from './AddRateForm';

type Props = {
  readonly rates: readonly RateDto[];
  readonly reportingCurrency: string;
  readonly onSave: (rate: RateDto) => Promise<boolean>;
  readonly onDelete: (rate: RateDto) => Promise<boolean>;
};

const CELL: React.CSSProperties = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
  textAlign: 'start',
  whiteSpace: 'nowrap',
};
const HEADER_CELL: React.CSSProperties = {
  ...CELL,
  borderBottomWidth: token('border.width.selected'),
  color: token('color.text.subtle'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
};

// The import dialog and its CSV parser load the first time it opens (page budget).
const ImportRatesDialog = lazy(() => import('./csv/ImportRatesDialog'));

function rateKey(rate: RateDto): string {
  return `${rate.base}/${rate.quote}/${rate.date}`;
}

/**
 * The project's exchange rates. Each is saved or deleted at once, apart from the settings form.
 * Deleting asks for confirmation in place.
 */
export function RatesSection({ rates, reportingCurrency, onSave, onDelete }: Props) {
  const { locale } = useAppContext();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<string | undefined>();
  const [importing, setImporting] = useState(false);

  const remove = async (rate: RateDto, key: string) => {
    setDeleting(key);
    try {
      await onDelete(rate);
    } finally {
      setDeleting(undefined);
      setConfirming(undefined);
    }
  };

  const sorted = [...rates].sort(
    (a, b) =>
      a.base.localeCompare(b.base) ||
      a.quote.localeCompare(b.quote) ||
      b.date.localeCompare(a.date),
  );
  const deleteButtons = (rate: RateDto) => {
    const key = rateKey(rate);
    const label = `${rate.base} to ${rate.quote} from ${formatCalendarDate(rate.date, locale)}`;
    if (confirming !== key) {
      return (
        <Button
          spacing="compact"
          appearance="subtle"
          onClick={() => setConfirming(key)}
          aria-label={`Delete rate ${label}`}
        >
          Delete
        </Button>
      );
    }

    return (
      <span style={{ display: 'inline-flex', gap: token('space.050'), alignItems: 'center' }}>
        <Button
          spacing="compact"
          appearance="danger"
          isLoading={deleting === key}
          onClick={() => void remove(rate, key)}
          aria-label={`Confirm delete of rate ${label}`}
        >
          Delete
        </Button>
        <Button spacing="compact" appearance="subtle" onClick={() => setConfirming(undefined)}>
          Keep
        </Button>
      </span>
    );
  };

  return (
    <section style={{ display: 'grid', gap: token('space.150') }} aria-labelledby="rates-heading">
      <Heading size="small" as="h3" id="rates-heading">
        Exchange rates
      </Heading>
      <p style={{ color: token('color.text.subtle') }}>
        One unit of the first currency buys the rate in the second, from the date on. Each cost uses
        the last rate on or before its date; a cost with no rate stays unconverted. Rates entered
        here win over imported ones of the same day; imported histories are listed under Import
        rates.
      </p>
      {sorted.length === 0 ? (
        <p style={{ color: token('color.text.subtlest') }}>No rates yet.</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', minWidth: '24rem' }}>
            <caption>
              <VisuallyHidden>Exchange rates</VisuallyHidden>
            </caption>
            <thead>
              <tr>
                {['Currencies', 'Rate', 'From', 'Actions'].map((label) => (
                  <th key={label} scope="col" style={HEADER_CELL}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((rate) => (
                <tr key={rateKey(rate)}>
                  <td style={CELL}>{`${rate.base} → ${rate.quote}`}</td>
                  <td style={{ ...CELL, fontVariantNumeric: 'tabular-nums' }}>
                    {formatDecimalString(rate.rate, locale)}
                  </td>
                  <td style={CELL}>{formatCalendarDate(rate.date, locale)}</td>
                  <td style={CELL}>{deleteButtons(rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddRateForm reportingCurrency={reportingCurrency} onSave={onSave} />
      <div>
        <Button onClick={() => setImporting(true)}>Import rates…</Button>
      </div>
      {importing && (
        <Suspense fallback={null}>
          <ImportRatesDialog defaultBase="EUR" onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </section>
  );
}
