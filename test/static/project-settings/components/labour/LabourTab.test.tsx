import type { LabourLoadResponse, LabourRatesResponse } from '@shared/labour-contract';
import type { Result } from '@shared/result';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { App } from '../../../../../static/project-settings/src/App';
// Lazy in the app: compiled here first so the first test's import does not time out.
import '../../../../../static/project-settings/src/components/labour/LabourTab';
import { invokedPayloads, mockBridge, ok, renderInContext } from '../../../bridge-helpers';
import { buildSettingsData } from '../../../builders';

type Handler = (payload: unknown) => Result<unknown>;

const LOADED: LabourLoadResponse = {
  rates: [
    { from: '2026-01-01', hourly: { amount: 6500, currency: 'EUR' } },
    { accountId: 'acc-member', from: '2026-03-16', hourly: { amount: 8650, currency: 'EUR' } },
  ],
  job: {
    jobId: 'job-1',
    status: 'done',
    startedAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:01:00.000Z',
    pages: 2,
    worklogsRead: 1500,
    entriesWritten: 1490,
    entriesDeleted: 0,
    withoutRate: 10,
  },
};

async function openLabour(handlers: Record<string, Handler>) {
  mockBridge({ 'settings/load': () => ok(buildSettingsData()), ...handlers });
  renderInContext(<App />, { extension: { type: 'jira:projectSettingsPage' } });
  fireEvent.click(await screen.findByRole('tab', { name: 'Labour' }));
  await screen.findByRole('heading', { name: 'Labour cost from worklogs' });
}

describe('LabourTab', () => {
  it('names the people of the rates once Jira answers, keeping the account id at hand', async () => {
    await openLabour({
      'labour/load': () => ok(LOADED),
      'settings/people': () => ok({ names: { 'acc-member': 'Mina Member' } }),
    });

    const table = screen.getByRole('table', { name: 'Labour rates' });
    const cell = await within(table).findByText('Mina Member');

    expect(cell).toHaveAttribute('title', 'acc-member');
    expect(invokedPayloads('settings/people')).toEqual([{ accountIds: ['acc-member'] }]);
  });

  it('loads the rates only when the tab opens and lists them with the job', async () => {
    await openLabour({ 'labour/load': () => ok(LOADED) });

    const rows = within(screen.getByRole('table', { name: 'Labour rates' }))
      .getAllByRole('row')
      .slice(1);

    expect(invokedPayloads('labour/load')).toEqual([{}]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Project default');
    expect(rows[1]).toHaveTextContent('acc-member');
    expect(rows[1]).toHaveTextContent('€86.50');
    expect(screen.getByTestId('labour-job-status')).toHaveTextContent(
      'Done (all worklogs): 1500 worklogs read, 1490 labour entries written',
    );
  });

  it('saves a rate typed in the locale as minor units and shows the restarted job', async () => {
    const saved: LabourRatesResponse = {
      rates: [...LOADED.rates, { from: '2026-06-01', hourly: { amount: 7025, currency: 'EUR' } }],
      job: { ...LOADED.job!, jobId: 'job-2', status: 'running', from: '2026-06-01' },
    };
    await openLabour({
      'labour/load': () => ok(LOADED),
      'labour/save-rate': () => ok(saved),
      'labour/status': () => ok({ job: saved.job }),
    });

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText('Hourly rate'), { target: { value: '70.25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rate' }));

    await waitFor(() =>
      expect(invokedPayloads('labour/save-rate')).toEqual([
        { from: '2026-06-01', hourly: { amount: 7025, currency: 'EUR' } },
      ]),
    );
    expect(await screen.findByText(/Recomputing worklogs from 2026-06-01/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start over from all worklogs' })).toBeEnabled();
  });
});
