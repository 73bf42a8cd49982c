import type { AuditEventDto, PanelLoadResponse } from '@shared/contract';
import type { Result } from '@shared/result';
import { fireEvent, screen, within } from '@testing-library/react';

import { App } from '../../../static/issue-panel/src/App';
// Lazy in the app: compiled here first so the first test's import does not time out.
import '../../../static/issue-panel/src/components/EntryHistoryModal';
import { fail, invokedPayloads, mockBridge, ok, renderInContext } from '../bridge-helpers';
import { buildEntry, buildPanelData } from '../builders';

function event(overrides: Partial<AuditEventDto> = {}): AuditEventDto {
  return {
    id: 'ev-1',
    at: '2025-03-02T09:30:00.000Z',
    actor: 'account-me',
    action: 'entry.updated',
    target: 'entry:entry-1',
    issueId: '10001',
    summary: 'USD 15000 cat-cloud on 2025-03-01',
    ...overrides,
  };
}

function renderPanel(history: () => Result<unknown>, data: PanelLoadResponse = buildPanelData()) {
  mockBridge({
    'panel/load': () => ok(data),
    'entries/history': history,
    'panel/people': (payload) =>
      ok({
        names: (payload as { accountIds: string[] }).accountIds.includes('5b10ac8d82e05b22cc7d4efa')
          ? { '5b10ac8d82e05b22cc7d4efa': 'Nora Named' }
          : {},
      }),
  });
  renderInContext(<App />);
}

async function openHistory() {
  fireEvent.click(await screen.findByRole('button', { name: /^History of cost/ }));
  return screen.findByRole('dialog');
}

describe('entry history', () => {
  it('lists the changes newest first, with amounts before → after in the event currency', async () => {
    renderPanel(() =>
      ok({
        events: [
          event({
            changes: {
              amountMinor: [10000, 15000],
              incurredOn: ['2025-03-01', '2025-03-05'],
              categoryId: ['cat-cloud', 'cat-people'],
            },
          }),
          event({
            id: 'ev-0',
            at: '2025-03-01T10:00:00.000Z',
            actor: '5b10ac8d82e05b22cc7d4ef5',
            action: 'entry.created',
          }),
        ],
      }),
    );

    const dialog = await openHistory();
    const list = await within(dialog).findByRole('list', { name: 'Changes, newest first' });
    const items = [...list.children] as HTMLElement[];

    expect(invokedPayloads('entries/history')).toEqual([{ id: 'entry-1' }]);
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Changed');
    expect(items[0]).toHaveTextContent('by You');
    expect(items[0]).toHaveTextContent('Amount: $100.00 → $150.00');
    expect(items[0]).toHaveTextContent('Date: Mar 1, 2025 → Mar 5, 2025');
    expect(items[0]).toHaveTextContent('Category: Cloud → People');
    expect(within(items[0]!).getByText(/Mar 2, 2025/)).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Created');
    expect(items[1]).toHaveTextContent('by 5b10ac8d…');
  });

  it('names the people behind the changes when Jira lets the viewer see them', async () => {
    renderPanel(() =>
      ok({
        events: [
          event({
            id: 'ev-2',
            actor: '5b10ac8d82e05b22cc7d4efa',
            changes: { description: ['a', 'b'] },
          }),
        ],
      }),
    );
    const dialog = await openHistory();

    expect(await within(dialog).findByText('by Nora Named')).toBeInTheDocument();
  });

  it('formats both amounts in their own currency when the currency changed', async () => {
    renderPanel(() =>
      ok({
        events: [event({ changes: { amountMinor: [10000, 9000], currency: ['USD', 'EUR'] } })],
      }),
    );

    const dialog = await openHistory();

    const list = await within(dialog).findByRole('list', { name: 'Changes, newest first' });

    expect(list).toHaveTextContent('Amount: $100.00 → €90.00');
    expect(list).toHaveTextContent('Currency: USD → EUR');
  });

  it('is available in read-only mode and shows an empty state', async () => {
    renderPanel(() => ok({ events: [] }), buildPanelData({ canEdit: false }));

    expect(await screen.findByRole('button', { name: /^History of cost/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit cost/ })).not.toBeInTheDocument();

    const dialog = await openHistory();

    expect(
      await within(dialog).findByText('No changes have been recorded for this cost.'),
    ).toBeInTheDocument();
  });

  it('shows an error with a retry when the history fails to load', async () => {
    let calls = 0;
    renderPanel(() => {
      calls += 1;
      return calls === 1
        ? fail('UNEXPECTED', 'Storage is unavailable.')
        : ok({ events: [event({ action: 'entry.deleted', snapshot: buildSnapshot() })] });
    });

    const dialog = await openHistory();

    expect(await within(dialog).findByText('Storage is unavailable.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));

    expect(await within(dialog).findByText('Deleted')).toBeInTheDocument();
    expect(within(dialog).getByText('Was $100.00 on Mar 1, 2025')).toBeInTheDocument();
  });
});

function buildSnapshot() {
  const entry = buildEntry();
  return {
    ...entry,
    amountMinor: entry.amount.amount,
    currency: entry.amount.currency,
  };
}
