import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { LabourRateDto } from '@shared/labour-contract';
import { useState } from 'react';

import { useAppContext } from '../../../../common/src/app-context';
import { FormattedMoney } from '../../../../common/src/components/FormattedMoney';
import { LoadError } from '../../../../common/src/components/LoadError';
import { LoadingState } from '../../../../common/src/components/LoadingState';
import { VisuallyHidden } from '../../../../common/src/components/VisuallyHidden';
import { formatCalendarDate } from '../../../../common/src/format-date';
import { usePeopleNames } from '../../../../common/src/hooks/usePeopleNames';
import { peopleNames } from '../../api';
import { useLabour } from '../../hooks/useLabour';

import { AddLabourRateForm } from './AddLabourRateForm';
import { LabourJobStatus } from './LabourJobStatus';

const CELL: React.CSSProperties = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
  textAlign: 'start',
};

/**
 * The Labour tab: hourly cost rates (per person and a project default, from a date) that turn
 * worklogs into labour cost, and the background recomputation. Loaded on demand (React.lazy).
 */
export default function LabourTab({ reportingCurrency }: { readonly reportingCurrency: string }) {
  const { locale } = useAppContext();
  const model = useLabour();
  const names = usePeopleNames(
    model.rates.flatMap((rate) => (rate.accountId ? [rate.accountId] : [])),
    peopleNames,
  );
  const [message, setMessage] = useState<string | undefined>();
  const act = async (write: () => Promise<string | undefined>) => {
    const problem = await write();
    setMessage(problem);
    return problem === undefined;
  };

  if (model.state.status === 'loading') return <LoadingState label="Loading labour rates" />;
  if (model.state.status === 'error') {
    return (
      <LoadError
        title="Couldn't load the labour rates"
        error={model.state.error}
        onRetry={() => void model.reload()}
      />
    );
  }

  return (
    <div style={{ display: 'grid', gap: token('space.300'), maxWidth: '60rem' }}>
      <Heading size="medium" as="h2">
        Labour cost from worklogs
      </Heading>
      <p style={{ margin: 0 }}>
        Time logged on this project&apos;s issues costs hours × the hourly rate in force on the
        worklog&apos;s start date (UTC): the person&apos;s own rate, or else the project default.
        Labour is recorded in the Labour category and cannot be edited by hand. Only project
        administrators see these rates.
      </p>
      {message && (
        <p role="alert" style={{ margin: 0, color: token('color.text.danger') }}>
          {message}
        </p>
      )}
      {/* A narrow page scrolls the table sideways instead of widening the page. */}
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }} aria-label="Labour rates">
          <thead>
            <tr>
              <th style={CELL}>Person</th>
              <th style={CELL}>From</th>
              <th style={CELL}>Hourly rate</th>
              <th style={CELL}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </th>
            </tr>
          </thead>
          <tbody>
            {model.rates.length === 0 && (
              <tr>
                <td style={CELL} colSpan={4}>
                  No labour rates yet: worklogs cost nothing until a rate is in force.
                </td>
              </tr>
            )}
            {model.rates.map((rate: LabourRateDto) => (
              <tr key={`${rate.accountId ?? ''}/${rate.from}`}>
                <td style={CELL} title={rate.accountId}>
                  {rate.accountId ? (names[rate.accountId] ?? rate.accountId) : 'Project default'}
                </td>
                <td style={CELL}>{formatCalendarDate(rate.from, locale)}</td>
                <td style={CELL}>
                  <FormattedMoney money={rate.hourly} />
                </td>
                <td style={CELL}>
                  <Button
                    appearance="subtle"
                    onClick={() => void act(() => model.deleteRate(rate))}
                  >
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddLabourRateForm
        reportingCurrency={reportingCurrency}
        onSave={(rate) => act(() => model.saveRate(rate))}
      />
      <LabourJobStatus job={model.job} onStart={() => act(model.startBackfill)} />
    </div>
  );
}
