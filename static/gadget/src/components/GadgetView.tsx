import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';

import { ApiError } from '../../../common/src/api-error';
import { useAppContext } from '../../../common/src/app-context';
import { LoadError } from '../../../common/src/components/LoadError';
import { LoadingState } from '../../../common/src/components/LoadingState';
import { formatMonth } from '../../../common/src/format-date';
import type { GadgetLayout } from '../gadget-config';
import { useGadget } from '../hooks/useGadget';
import { PERIOD_LABELS } from '../period-labels';

import { CategoryBreakdown } from './CategoryBreakdown';
import { MonthlyTrendChart } from './MonthlyTrendChart';
import { ObjectivesSection } from './ObjectivesSection';
import { TotalsCard } from './TotalsCard';

const COMPACT_CATEGORY_LIMIT = 3;

/**
 * The gadget on the dashboard: a project's objectives and key results, then its cost totals,
 * monthly trend and spend by category.
 */
export function GadgetView({ layout }: { readonly layout: GadgetLayout }) {
  const { state, reload } = useGadget();
  const { locale } = useAppContext();

  if (state.status === 'loading') return <LoadingState label="Loading cost progress" />;
  if (state.status === 'error' && isForbidden(state.error)) {
    return (
      <EmptyState
        header="You can't see these costs"
        headingLevel={2}
        headingSize="xsmall"
        description={
          "This gadget shows a project whose costs you aren't allowed to see. Ask a project " +
          'admin for access, or choose another project in the gadget settings.'
        }
      />
    );
  }
  if (state.status === 'error') {
    return (
      <LoadError
        title="Couldn't load cost progress"
        error={state.error}
        onRetry={() => void reload()}
      />
    );
  }
  if (state.data.state === 'unconfigured') {
    return (
      <EmptyState
        header="No project chosen"
        headingLevel={2}
        headingSize="xsmall"
        description="Choose a project in the gadget settings."
      />
    );
  }
  const data = state.data;
  const charts = layout === 'charts';
  const firstMonth = data.period.start.slice(0, 7);
  const lastMonth = previousMonth(data.period.end.slice(0, 7));
  const months =
    firstMonth === lastMonth
      ? formatMonth(firstMonth, locale)
      : `${formatMonth(firstMonth, locale)} – ${formatMonth(lastMonth, locale)}`;

  return (
    <article
      aria-labelledby="gadget-project-heading"
      aria-busy={state.isRefreshing}
      style={{
        display: 'grid',
        gap: token('space.300'),
        padding: token('space.100'),
        color: token('color.text'),
      }}
    >
      <Heading size="small" as="h2" id="gadget-project-heading">
        {`${data.project.name} (${data.project.key})`}
      </Heading>
      <p style={{ margin: 0, color: token('color.text.subtle') }}>
        {`Spend: ${PERIOD_LABELS[data.period.kind]} (${months})`}
      </p>
      {data.missingObjectives > 0 && (
        <p role="note" style={{ margin: 0, color: token('color.text.warning') }}>
          {data.missingObjectives === 1
            ? 'One chosen objective no longer exists. Edit the gadget to choose again.'
            : `${data.missingObjectives} chosen objectives no longer exist. Edit the gadget to choose again.`}
        </p>
      )}
      <ObjectivesSection
        objectives={data.objectives}
        project={data.project}
        today={data.today}
        showChart={charts}
      />
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
          gap: token('space.300'),
          alignItems: 'start',
        }}
      >
        <TotalsCard totals={data.totals} />
        {charts && <MonthlyTrendChart months={data.months} currency={data.reportingCurrency} />}
        <CategoryBreakdown
          categories={data.byCategory}
          currency={data.reportingCurrency}
          limit={charts ? undefined : COMPACT_CATEGORY_LIMIT}
        />
      </div>
    </article>
  );
}

/** The month before `month` (YYYY-MM): the last month of a half-open window ending at it. */
function previousMonth(month: string): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 2;

  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'FORBIDDEN';
}
