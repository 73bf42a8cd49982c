import { screen, within } from '@testing-library/react';

import { App } from '../../../../static/issue-panel/src/App';
import { mockBridge, ok, renderInContext } from '../../bridge-helpers';
import { buildCategory, buildEntry, buildPanelData } from '../../builders';

const labourEntry = (id: string, amount: number) =>
  buildEntry({
    id,
    categoryId: 'labour',
    amount: { amount, currency: 'EUR' },
    description: '1h 30m logged',
    source: { kind: 'worklog', key: `worklog:${id}`, label: `Worklog ${id} (1h 30m)` },
  });

describe('LabourSection', () => {
  it('shows labour from worklogs apart from direct costs, with its total and no edit', async () => {
    mockBridge({
      'panel/load': () =>
        ok(
          buildPanelData({
            entries: [
              buildEntry(),
              labourEntry('worklog-30001', 12000),
              labourEntry('worklog-30002', 4550),
            ],
            categories: [buildCategory(), buildCategory({ id: 'labour', name: 'Labour' })],
          }),
        ),
    });
    renderInContext(<App />);

    const direct = await screen.findByRole('table', { name: 'Cost entries' });
    const labour = screen.getByRole('table', { name: 'Labour entries' });

    expect(within(direct).getAllByRole('row')).toHaveLength(2);
    expect(within(labour).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('heading', { name: 'Labour from worklogs: €165.50' })).toBeVisible();
    expect(within(labour).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
  });
});
