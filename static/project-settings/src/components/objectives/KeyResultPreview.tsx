import Heading from '@atlaskit/heading';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import type { IsoDate } from '@shared/contract';
import type { KeyResultDto, PeriodSpecDto } from '@shared/okr-contract';
import { useState } from 'react';

import { KeyResultSummary } from '../../../../common/src/components/okr/KeyResultSummary';
import { KeyResultTrendChart } from '../../../../common/src/components/okr/KeyResultTrendChart';
import { PlainButton } from '../../../../common/src/components/PlainButton';
import { buildTrend } from '../../../../common/src/okr/trend-model';
import { useKeyResultPreview } from '../../hooks/useKeyResultPreview';

type Props = {
  /** The key result and period as they would be saved; undefined while either is incomplete. */
  readonly request:
    { readonly period: PeriodSpecDto; readonly keyResult: KeyResultDto } | undefined;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate } | undefined;
  readonly today: IsoDate;
};

/**
 * What the key result being edited would show now, measured against the recorded costs:
 * current value, target, baseline, progress and forecast, with its trend on request.
 * Asked for again (debounced) whenever a field changes.
 */
export function KeyResultPreview({ request, period, today }: Props) {
  const state = useKeyResultPreview(request);
  const [showChart, setShowChart] = useState(false);
  const view =
    state.status === 'ready' ? state.view : state.status === 'loading' ? state.last : undefined;
  const trend = view && period ? buildTrend(view, period, today) : undefined;

  return (
    <section
      aria-label="Preview"
      aria-busy={state.status === 'loading'}
      style={{
        display: 'grid',
        gap: token('space.100'),
        padding: token('space.150'),
        borderRadius: token('radius.medium'),
        backgroundColor: token('color.background.neutral.subtle'),
        border: `${token('border.width')} dashed ${token('color.border')}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
        <Heading size="xxsmall" as="h5">
          Preview with the recorded costs
        </Heading>
        {state.status === 'loading' && <Spinner size="small" label="Updating the preview" />}
      </div>
      {state.status === 'incomplete' && (
        <p style={{ margin: 0, color: token('color.text.subtlest') }}>
          Fill in the fields to see this key result measured against the recorded costs.
        </p>
      )}
      {state.status === 'error' && (
        <p style={{ margin: 0, color: token('color.text.warning') }}>{state.message}</p>
      )}
      {view && period && (
        <div
          style={{
            opacity: state.status === 'loading' ? 0.6 : 1,
            display: 'grid',
            gap: token('space.100'),
          }}
        >
          <KeyResultSummary view={view} period={period} />
          {trend && (
            <div>
              <PlainButton
                aria-expanded={showChart}
                onClick={() => setShowChart((shown) => !shown)}
              >
                {showChart ? 'Hide trend' : 'Show trend'}
              </PlainButton>
            </div>
          )}
          {trend && showChart && (
            <KeyResultTrendChart model={trend} title={view.keyResult.title} height={160} />
          )}
        </div>
      )}
    </section>
  );
}
