import { useState } from 'react';

import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import type { RowType } from '@atlaskit/dynamic-table/types';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { RateDto } from '@shared/contract';

import { useAppContext } from '../../../common/src/app-context';
import { formatCalendarDate } from '../../../common/src/format-date';
import { formatDecimalString } from '../../../common/src/format-number';

import { AddRateForm } from './AddRateForm';

type Props = {
  readonly rates: readonly RateDto[];
  readonly reportingCurrency: string;
  readonly onSave: (rate: RateDto) => Promise<boolean>;
  readonly onDelete: (rate: RateDto) => Promise<boolean>;
};

const HEAD = {
  cells: [
    { key: 'pair', content: 'Currencies', isSortable: true },
    { key: 'rate', content: 'Rate' },
    { key: 'date', content: 'From', isSortable: true },
    { key: 'actions', content: 'Actions' },
  ],
};

/**
 * The project's exchange rates. Each is saved or deleted at once, apart from the settings form.
 * Deleting asks for confirmation in place.
 */
export function RatesSection({ rates, reportingCurrency, onSave, onDelete }: Props) {
  const { locale } = useAppContext();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<string | undefined>();

  const remove = async (rate: RateDto, key: string) => {
    setDeleting(key);
    try {
      await onDelete(rate);
    } finally {
      setDeleting(undefined);
      setConfirming(undefined);
    }
  };

  const rows: RowType[] = rates.map((rate) => {
    const key = `${rate.base}/${rate.quote}/${rate.date}`;
    const date = formatCalendarDate(rate.date, locale);
    const label = `${rate.base} to ${rate.quote} from ${date}`;
    return {
      key,
      cells: [
        { key: `${rate.base}/${rate.quote}`, content: `${rate.base} → ${rate.quote}` },
        { key: rate.rate, content: formatDecimalString(rate.rate, locale) },
        { key: rate.date, content: date },
        {
          key: 'actions',
          content:
            confirming === key ? (
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
            ) : (
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => setConfirming(key)}
                aria-label={`Delete rate ${label}`}
              >
                Delete
              </Button>
            ),
        },
      ],
    };
  });

  return (
    <section style={{ display: 'grid', gap: token('space.150') }} aria-labelledby="rates-heading">
      <Heading size="small" as="h3" id="rates-heading">
        Exchange rates
      </Heading>
      <p style={{ color: token('color.text.subtle') }}>
        One unit of the first currency buys the rate in the second, from the date on. Each cost
        uses the last rate on or before its date; a cost with no rate stays unconverted.
      </p>
      <div style={{ overflowX: 'auto' }}>
        <DynamicTable
          caption="Exchange rates"
          head={HEAD}
          rows={rows}
          defaultSortKey="date"
          defaultSortOrder="DESC"
          emptyView={<p>No rates yet.</p>}
        />
      </div>
      <AddRateForm reportingCurrency={reportingCurrency} onSave={onSave} />
    </section>
  );
}
