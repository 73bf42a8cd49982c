import type { AuditEventDto, ReconcileRequest, ReconcileResponse } from '@shared/contract';
import type { Result } from '@shared/result';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { App } from '../../../../../static/project-settings/src/App';
// Lazy in the app: compiled here first so the first test's import does not time out.
import '../../../../../static/project-settings/src/components/audit/AuditTab';
import { invokedPayloads, mockBridge, ok, renderInContext } from '../../../bridge-helpers';
import { showFlag } from '../../../bridge-mock';
import { buildSettingsData } from '../../../builders';

type Handler = (payload: unknown) => Result<unknown>;

function auditEvent(overrides: Partial<AuditEventDto> = {}): AuditEventDto {
  return {
    id: 'ev-1',
    at: '2025-03-02T09:30:00.000Z',
    actor: 'account-me',
    action: 'entry.updated',
    target: 'entry:entry-1',
    issueId: '10001',
    summary: 'EUR 15000 cat-cloud on 2025-03-01',
    changes: { amountMinor: [10000, 15000] },
    ...overrides,
  };
}

async function openAudit(handlers: Record<string, Handler>) {
  mockBridge({ 'settings/load': () => ok(buildSettingsData()), ...handlers });
  renderInContext(<App />, { extension: { type: 'jira:projectSettingsPage' } });
  fireEvent.click(await screen.findByRole('tab', { name: 'Audit' }));
  await screen.findByRole('heading', { name: 'Audit log' });
}

const NO_DRIFT: ReconcileResponse = { checked: 12, drifted: [], repaired: false };

describe('AuditTab', () => {
  it('loads the audit log only when the tab opens and lists its events', async () => {
    await openAudit({
      'audit/list': () =>
        ok({
          events: [
            auditEvent(),
            auditEvent({
              id: 'ev-2',
              actor: '5b10ac8d82e05b22cc7d4ef5',
              action: 'objective.created',
              target: 'objective:objective-lean',
              summary: 'Run a leaner platform',
              changes: undefined,
            }),
          ],
        }),
    });

    const table = await screen.findByRole('table', { name: /newest first/ });
    const rows = within(table).getAllByRole('row').slice(1);

    expect(invokedPayloads('audit/list')).toEqual([{}]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('You');
    expect(rows[0]).toHaveTextContent('Changed');
    expect(rows[0]).toHaveTextContent('Cost entry entry-1');
    expect(rows[0]).toHaveTextContent('Amount: €100.00 → €150.00');
    expect(rows[1]).toHaveTextContent('5b10ac8d…');
    expect(rows[1]).toHaveTextContent('Objective created');
    expect(rows[1]).toHaveTextContent('Run a leaner platform');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('appends the next page with "Load more" until there is no cursor', async () => {
    await openAudit({
      'audit/list': (payload) =>
        (payload as { cursor?: string }).cursor === 'page-2'
          ? ok({ events: [auditEvent({ id: 'ev-old', summary: 'Older change' })] })
          : ok({ events: [auditEvent({ summary: 'Newer change' })], cursor: 'page-2' }),
    });

    expect(await screen.findByText('Newer change')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Older change')).toBeInTheDocument();
    expect(screen.getByText('Newer change')).toBeInTheDocument();
    expect(invokedPayloads('audit/list')).toEqual([{}, { cursor: 'page-2' }]);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument(),
    );
  });

  it('checks the aggregates, lists the drift and repairs it', async () => {
    const drift = {
      month: '2025-02',
      categoryId: 'cat-cloud',
      stored: { 'EUR|actual': '9000' },
      expected: { 'EUR|actual': '10000' },
    } as const;
    await openAudit({
      'audit/list': () => ok({ events: [] }),
      'costs/reconcile': (payload) =>
        ok({ checked: 12, drifted: [drift], repaired: (payload as ReconcileRequest).repair }),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Check aggregates' }));

    expect(await screen.findByText('1 aggregate drifted')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Drifted aggregates' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      'Feb 2025, Cloud: EUR actual: stored €90.00, expected €100.00',
    );
    expect(invokedPayloads('costs/reconcile')).toEqual([{ repair: false }]);

    fireEvent.click(screen.getByRole('button', { name: 'Repair' }));

    expect(await screen.findByText('Repaired 1 aggregate')).toBeInTheDocument();
    expect(invokedPayloads('costs/reconcile')).toEqual([{ repair: false }, { repair: true }]);
    expect(showFlag).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'success', title: 'Aggregates repaired' }),
    );
    expect(screen.queryByRole('button', { name: 'Repair' })).not.toBeInTheDocument();
  });

  it('offers no repair when nothing drifted', async () => {
    await openAudit({
      'audit/list': () => ok({ events: [] }),
      'costs/reconcile': () => ok(NO_DRIFT),
    });

    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Check aggregates' }));

    expect(
      await screen.findByText('Checked 12 aggregates; all match the cost entries.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Repair' })).not.toBeInTheDocument();
  });
});
