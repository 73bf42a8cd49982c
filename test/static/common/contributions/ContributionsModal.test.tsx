import type { ContributionsResponse } from '@shared/okr-contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { App as GadgetApp } from '../../../../static/gadget/src/App';
import { App as SettingsApp } from '../../../../static/project-settings/src/App';
// Lazy in the apps: compiled here first so the first test's import does not time out.
import '../../../../static/common/src/components/contributions/ContributionsModal';
import '../../../../static/project-settings/src/components/objectives/ObjectivesTab';
import { invokedPayloads, mockBridge, ok, renderInContext } from '../../bridge-helpers';
import { router } from '../../bridge-mock';
import {
  buildGadgetReady,
  buildManualKeyResult,
  buildObjective,
  buildObjectivesResponse,
  buildObjectiveView,
  buildSettingsData,
} from '../../builders';

const CONTRIBUTIONS: ContributionsResponse = {
  currency: 'EUR',
  totalMinor: 200000,
  issues: [
    {
      issueId: '10001',
      issueKey: 'OPS-1',
      amountMinor: 150000,
      share: 0.75,
      entries: [
        {
          id: 'e-1',
          date: '2025-02-01',
          amount: { amount: 100000, currency: 'EUR' },
          convertedMinor: 100000,
        },
        {
          id: 'e-2',
          date: '2025-03-01',
          amount: { amount: 55000, currency: 'USD' },
          convertedMinor: 50000,
        },
      ],
    },
    {
      issueId: '10002',
      issueKey: 'OPS-2',
      amountMinor: 50000,
      share: 0.25,
      entries: [],
    },
  ],
  unconvertedCount: 1,
  hiddenIssueCount: 2,
};

const OBJECTIVE = buildObjective({
  keyResults: [buildObjective().keyResults[0]!, buildManualKeyResult()],
});

describe('contributing issues', () => {
  it('lists issues with amounts and shares in the settings Objectives tab', async () => {
    mockBridge({
      'settings/load': () => ok(buildSettingsData()),
      'objectives/list': () =>
        ok(buildObjectivesResponse({ objectives: [buildObjectiveView({ objective: OBJECTIVE })] })),
      'key-results/contributions': () => ok(CONTRIBUTIONS),
    });
    router.navigate.mockResolvedValue(undefined);
    renderInContext(<SettingsApp />, { extension: { type: 'jira:projectSettingsPage' } });
    fireEvent.click(await screen.findByRole('tab', { name: 'Objectives' }));

    // Only the cost key result has the drill-down.
    const buttons = await screen.findAllByRole('button', { name: /^Contributing issues of/ });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);

    const dialog = await screen.findByRole('dialog');
    const table = await within(dialog).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);

    expect(invokedPayloads('key-results/contributions')).toEqual([
      { objectiveId: 'objective-lean', keyResultId: 'kr-cloud' },
    ]);
    expect(within(dialog).getByText('€2,000.00')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('OPS-1');
    expect(rows[0]).toHaveTextContent('€1,500.00');
    expect(rows[0]).toHaveTextContent('75%');
    expect(rows[1]).toHaveTextContent('OPS-2');
    expect(rows[1]).toHaveTextContent('25%');
    expect(
      within(dialog).getByText('1 entry unconverted (no rate), not in the total'),
    ).toBeVisible();
    expect(within(dialog).getByText(/^2 more issues you cannot see/)).toBeVisible();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Show entries of OPS-1' }));
    const entries = within(dialog).getByRole('list', { name: 'Entries of OPS-1' });
    expect(
      within(entries)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Feb 1, 2025: €1,000.00', 'Mar 1, 2025: $550.00 (€500.00)']);

    fireEvent.click(within(dialog).getByRole('link', { name: 'OPS-2' }));
    await waitFor(() =>
      expect(router.navigate).toHaveBeenCalledWith({ target: 'issue', issueKey: 'OPS-2' }),
    );
  });

  it('opens the drill-down from a key result on the gadget', async () => {
    mockBridge({
      'gadget/load': () =>
        ok(buildGadgetReady({ objectives: [buildObjectiveView({ objective: OBJECTIVE })] })),
      'gadget/contributions': () => ok({ ...CONTRIBUTIONS, hiddenIssueCount: 0 }),
    });
    renderInContext(<GadgetApp />, { extension: { type: 'jira:dashboardGadget' } });

    fireEvent.click(
      await screen.findByRole('button', { name: /^Contributing issues of Reduce Cloud/ }),
    );
    const dialog = await screen.findByRole('dialog');

    expect(await within(dialog).findByRole('link', { name: 'OPS-1' })).toBeInTheDocument();
    expect(within(dialog).getByText('75%')).toBeInTheDocument();
    expect(within(dialog).queryByText(/you cannot see/)).not.toBeInTheDocument();
    expect(invokedPayloads('gadget/contributions')).toEqual([
      { objectiveId: 'objective-lean', keyResultId: 'kr-cloud' },
    ]);
  });
});
