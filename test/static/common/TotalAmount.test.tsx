import { screen } from '@testing-library/react';

import { TotalsCard } from '../../../static/gadget/src/components/TotalsCard';
import { TotalsSummary } from '../../../static/issue-panel/src/components/TotalsSummary';
import { renderInContext } from '../bridge-helpers';

const BOUND = Number.MAX_SAFE_INTEGER;

describe('totals beyond the exact range', () => {
  it('says the panel total is too large instead of showing the bound', () => {
    renderInContext(
      <TotalsSummary
        totals={{
          byCurrency: [{ currency: 'EUR', actual: BOUND, planned: 12_50, beyondRange: true }],
          reporting: {
            currency: 'EUR',
            actual: BOUND,
            planned: 12_50,
            unconvertedCount: 0,
            beyondRange: true,
          },
        }}
      />,
    );

    const row = screen.getByRole('row', { name: /^EUR/ });
    expect(row).toHaveTextContent('Too large to show');
    expect(row).toHaveTextContent('€12.50');
    expect(row).not.toHaveTextContent('90,071,992,547,409.91');
  });

  it('says the gadget total is too large and shows no share of plan', () => {
    renderInContext(
      <TotalsCard
        totals={{
          byCurrency: [],
          reporting: {
            currency: 'EUR',
            actual: BOUND,
            planned: BOUND,
            unconvertedCount: 0,
            beyondRange: true,
          },
        }}
      />,
    );

    expect(screen.getAllByText('Too large to show')).toHaveLength(2);
    expect(screen.queryByText(/of plan/)).not.toBeInTheDocument();
  });

  it('shows an ordinary total as money', () => {
    renderInContext(
      <TotalsCard
        totals={{
          byCurrency: [],
          reporting: { currency: 'EUR', actual: 150_00, planned: 300_00, unconvertedCount: 0 },
        }}
      />,
    );

    expect(screen.getByText('€150.00')).toBeInTheDocument();
    expect(screen.getByText('50% of plan spent')).toBeInTheDocument();
    expect(screen.queryByText('Too large to show')).not.toBeInTheDocument();
  });
});
