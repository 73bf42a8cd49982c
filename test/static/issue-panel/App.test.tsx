import type { CreateEntryRequest, PanelLoadResponse } from '@shared/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { App } from '../../../static/issue-panel/src/App';
import { fail, invokedPayloads, mockBridge, ok, renderInContext } from '../bridge-helpers';
import { invoke, showFlag } from '../bridge-mock';
import { buildCategory, buildEntry, buildPanelData, buildTotals } from '../builders';

function renderPanel(data: PanelLoadResponse, locale = 'en-US') {
  mockBridge({
    'panel/load': () => ok(data),
    'entries/create': (payload) =>
      ok({ entry: buildEntry({ id: (payload as CreateEntryRequest).id }) }),
    'entries/update': () => ok({ entry: buildEntry({ version: 2 }) }),
    'entries/delete': () => ok({ id: 'entry-1' }),
    'panel/people': () => ok({ names: { 'acc-lead': 'Liam Lead' } }),
  });

  return renderInContext(<App />, { locale: locale as 'en-US' });
}

async function chooseOption(label: string, option: string) {
  fireEvent.keyDown(screen.getByLabelText(new RegExp(`^${label}`)), { key: 'ArrowDown' });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('issue panel App', () => {
  describe('loading', () => {
    it('shows the skeleton until panel/load answers', async () => {
      renderPanel(buildPanelData());

      expect(screen.getByText('Loading costs…')).toBeInTheDocument();
      expect(await screen.findByRole('table', { name: 'Cost entries' })).toBeInTheDocument();
    });

    it('shows an inline error with a retry when panel/load fails', async () => {
      mockBridge({ 'panel/load': () => fail('UNEXPECTED', 'Storage is busy.') });
      renderInContext(<App />);

      expect(await screen.findByText('Storage is busy.')).toBeInTheDocument();
      expect(screen.getByText("Couldn't load the costs")).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });

    it('explains a refusal and offers no retry', async () => {
      mockBridge({
        'panel/load': () => fail('FORBIDDEN', 'You may not see the costs of this issue.'),
      });
      renderInContext(<App />);

      expect(
        await screen.findByText('You may not see the costs of this issue.'),
      ).toBeInTheDocument();
      expect(screen.getByText("You don't have access to this")).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    });
  });

  describe('entries and totals', () => {
    const data = buildPanelData({
      entries: [
        buildEntry({
          id: 'e-usd',
          amount: { amount: 10000, currency: 'USD' },
          description: 'Servers',
        }),
        buildEntry({
          id: 'e-gbp',
          amount: { amount: 10000, currency: 'GBP' },
          description: 'Licences',
          kind: 'planned',
          incurredOn: '2025-03-02',
        }),
      ],
      totals: buildTotals({
        byCurrency: [
          { currency: 'GBP', actual: 0, planned: 10000 },
          { currency: 'USD', actual: 10000, planned: 0 },
        ],
        reporting: { currency: 'USD', actual: 10000, planned: 0, unconvertedCount: 1 },
      }),
    });

    it('lists every entry with its own currency', async () => {
      renderPanel(data);

      const table = await screen.findByRole('table', { name: 'Cost entries' });
      expect(within(table).getByText('Servers')).toBeInTheDocument();
      expect(within(table).getByText('Licences')).toBeInTheDocument();
      expect(within(table).getByText('$100.00')).toBeInTheDocument();
      expect(within(table).getByText('£100.00')).toBeInTheDocument();
    });

    it('offers no edit or delete on an imported entry and names its source', async () => {
      renderPanel(
        buildPanelData({
          entries: [
            buildEntry({ id: 'typed-0001', description: 'Typed' }),
            buildEntry({
              id: 'focus-0001',
              description: 'AWS BilledCost, 2024-09: 12 rows of the FOCUS bill',
              source: {
                kind: 'focus-import',
                key: 'focus:10000:abc:2024-09',
                label: 'the AWS FOCUS bill for 2024-09',
              },
            }),
          ],
        }),
      );

      const table = await screen.findByRole('table', { name: 'Cost entries' });
      expect(within(table).getByText('From the AWS FOCUS bill for 2024-09')).toBeInTheDocument();
      expect(within(table).getAllByRole('button', { name: /^Edit cost/ })).toHaveLength(1);
      expect(within(table).getAllByRole('button', { name: /^Delete cost/ })).toHaveLength(1);
      expect(within(table).getAllByRole('button', { name: /^History of cost/ })).toHaveLength(2);
    });

    it('names the authors Jira lets the viewer see, and says Unknown user for the others', async () => {
      renderPanel(
        buildPanelData({
          entries: [
            buildEntry({ id: 'by-lead-0001', createdBy: 'acc-lead' }),
            buildEntry({ id: 'by-gone-0001', createdBy: 'acc-gone' }),
          ],
        }),
      );

      const table = await screen.findByRole('table', { name: 'Cost entries' });
      expect(await within(table).findByText('by Liam Lead')).toBeInTheDocument();
      expect(within(table).getByText('by Unknown user')).toBeInTheDocument();
      expect(invokedPayloads('panel/people')).toEqual([{ accountIds: ['acc-gone', 'acc-lead'] }]);
    });

    it('shows ten entries at a time and pages through the rest', async () => {
      const entries = Array.from({ length: 23 }, (_, i) =>
        buildEntry({ id: `entry-${String(i).padStart(4, '0')}`, description: `Cost ${i}` }),
      );
      renderPanel(buildPanelData({ entries }));

      const table = await screen.findByRole('table', { name: 'Cost entries' });
      expect(within(table).getAllByRole('button', { name: /^History of cost/ })).toHaveLength(10);
      fireEvent.click(screen.getByRole('button', { name: /^page 3$/i }));
      expect(
        within(screen.getByRole('table', { name: 'Cost entries' })).getAllByRole('button', {
          name: /^History of cost/,
        }),
      ).toHaveLength(3);
    });

    it('totals each currency separately and never adds USD to GBP', async () => {
      renderPanel(data);

      const totals = await screen.findByRole('table', { name: 'Totals' });
      const usd = within(totals).getByRole('row', { name: /^USD/ });
      const gbp = within(totals).getByRole('row', { name: /^GBP/ });
      expect(within(usd).getByText('$100.00')).toBeInTheDocument();
      expect(within(gbp).getByText('£100.00')).toBeInTheDocument();
      expect(document.body.textContent).not.toMatch(/200/);
    });

    it('shows the reporting total and how many entries had no rate', async () => {
      renderPanel(data);

      const totals = await screen.findByRole('table', { name: 'Totals' });
      const reporting = within(totals).getByRole('row', { name: /^Total in USD/ });
      expect(within(reporting).getByText('$100.00')).toBeInTheDocument();
      expect(screen.getByText('1 entry unconverted (no rate)')).toBeInTheDocument();
    });

    it('sorts by a column when its header is pressed', async () => {
      renderPanel(
        buildPanelData({
          entries: [
            buildEntry({
              id: 'small',
              amount: { amount: 900, currency: 'USD' },
              incurredOn: '2025-03-01',
            }),
            buildEntry({
              id: 'large',
              amount: { amount: 12000, currency: 'USD' },
              incurredOn: '2025-03-02',
            }),
          ],
        }),
      );
      const table = await screen.findByRole('table', { name: 'Cost entries' });
      const amounts = () =>
        within(table)
          .getAllByRole('row')
          .slice(1)
          .map((row) => within(row).getByText(/^\$/).textContent);
      expect(amounts()).toStrictEqual(['$120.00', '$9.00']);

      fireEvent.click(within(table).getByRole('button', { name: /Amount/ }));

      expect(amounts()).toStrictEqual(['$9.00', '$120.00']);
    });

    it('formats dates as calendar dates in the user locale without shifting the day', async () => {
      renderPanel(buildPanelData({ entries: [buildEntry({ incurredOn: '2025-03-01' })] }), 'de-DE');

      expect(await screen.findByText('01.03.2025')).toBeInTheDocument();
    });
  });

  describe('empty state', () => {
    it('invites the first entry with an add button when there are none', async () => {
      renderPanel(buildPanelData({ entries: [], totals: buildTotals({ byCurrency: [] }) }));

      expect(await screen.findByText('No costs recorded yet')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Add the first cost' })).toBeInTheDocument();
    });
  });

  describe('adding an entry', () => {
    it('parses the amount in the user locale and sends minor units with a client id', async () => {
      const data = buildPanelData({ reportingCurrency: 'EUR' });
      renderPanel(data, 'de-DE');
      fireEvent.click(await screen.findByRole('button', { name: 'Add cost' }));
      const amount = await screen.findByLabelText(/^Amount/);

      fireEvent.change(amount, { target: { value: '1.234,56' } });
      await chooseOption('Category', 'People');
      fireEvent.change(screen.getByLabelText(/^Description/), { target: { value: 'Contractor' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));

      await waitFor(() => expect(invokedPayloads('entries/create')).toHaveLength(1));
      const [payload] = invokedPayloads('entries/create') as CreateEntryRequest[];
      expect(payload).toStrictEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        kind: 'actual',
        amount: { amount: 123456, currency: 'EUR' },
        categoryId: 'cat-people',
        incurredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        description: 'Contractor',
        recurrence: { frequency: 'none' },
      });
    });

    it('sends a monthly recurrence and the planned kind when chosen', async () => {
      renderPanel(buildPanelData());
      fireEvent.click(await screen.findByRole('button', { name: 'Add cost' }));
      fireEvent.change(await screen.findByLabelText(/^Amount/), { target: { value: '250' } });
      await chooseOption('Category', 'Cloud');

      fireEvent.click(screen.getByRole('radio', { name: /^Planned/ }));
      fireEvent.click(screen.getByRole('radio', { name: 'Monthly, for a number of months' }));
      fireEvent.change(await screen.findByLabelText(/^Number of months/), {
        target: { value: '6' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));

      await waitFor(() =>
        expect(invokedPayloads('entries/create')).toStrictEqual([
          expect.objectContaining({
            kind: 'planned',
            amount: { amount: 25000, currency: 'USD' },
            recurrence: { frequency: 'monthly', months: 6 },
          }),
        ]),
      );
    });

    it('closes the form without saving on Cancel', async () => {
      renderPanel(buildPanelData());
      fireEvent.click(await screen.findByRole('button', { name: 'Add cost' }));
      await screen.findByLabelText(/^Amount/);

      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

      await waitFor(() => expect(screen.queryByLabelText(/^Amount/)).not.toBeInTheDocument());
      expect(invokedPayloads('entries/create')).toHaveLength(0);
    });

    it('closes the form without saving on Escape', async () => {
      renderPanel(buildPanelData());
      fireEvent.click(await screen.findByRole('button', { name: 'Add cost' }));
      const amount = await screen.findByLabelText(/^Amount/);

      fireEvent.keyDown(amount, { key: 'Escape', code: 'Escape' });

      await waitFor(() => expect(screen.queryByLabelText(/^Amount/)).not.toBeInTheDocument());
      expect(invokedPayloads('entries/create')).toHaveLength(0);
    });

    it('moves focus into the amount field when the form opens', async () => {
      renderPanel(buildPanelData());

      fireEvent.click(await screen.findByRole('button', { name: 'Add cost' }));

      await waitFor(() => expect(screen.getByLabelText(/^Amount/)).toHaveFocus());
    });

    it('shows an inline message and sends nothing when the amount cannot be read', async () => {
      renderPanel(buildPanelData(), 'en-US');
      fireEvent.click(await screen.findByRole('button', { name: 'Add cost' }));

      fireEvent.change(await screen.findByLabelText(/^Amount/), { target: { value: '12abc' } });
      await chooseOption('Category', 'Cloud');
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));

      expect(await screen.findByText(/Remove "abc"/)).toBeInTheDocument();
      expect(invokedPayloads('entries/create')).toHaveLength(0);
    });

    it('says a negative amount is a credit before it is sent, then sends it', async () => {
      renderPanel(buildPanelData({ reportingCurrency: 'EUR' }), 'en-US');
      fireEvent.click(await screen.findByRole('button', { name: 'Add cost' }));
      const amount = await screen.findByLabelText(/^Amount/);

      fireEvent.change(amount, { target: { value: '40' } });
      expect(screen.queryByText(/credit or refund/)).not.toBeInTheDocument();
      fireEvent.change(amount, { target: { value: '-40' } });

      expect(
        await screen.findByText('A negative amount is a credit or refund: it lowers the totals.'),
      ).toBeInTheDocument();
      await chooseOption('Category', 'Cloud');
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
      await waitFor(() => expect(invokedPayloads('entries/create')).toHaveLength(1));
      expect(invokedPayloads('entries/create')[0]).toMatchObject({
        amount: { amount: -4000, currency: 'EUR' },
      });
    });

    it('reuses the same id when a failed create is retried', async () => {
      renderPanel(buildPanelData());
      invoke.mockImplementation((key: string) =>
        Promise.resolve(
          key === 'panel/load' ? ok(buildPanelData()) : fail('UNEXPECTED', 'Storage is busy.'),
        ),
      );
      fireEvent.click(await screen.findByRole('button', { name: 'Add cost' }));
      fireEvent.change(await screen.findByLabelText(/^Amount/), { target: { value: '10' } });
      await chooseOption('Category', 'Cloud');

      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
      await waitFor(() => expect(invokedPayloads('entries/create')).toHaveLength(1));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Add' })).toBeEnabled());
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
      await waitFor(() => expect(invokedPayloads('entries/create')).toHaveLength(2));

      const [first, second] = invokedPayloads('entries/create') as CreateEntryRequest[];
      expect(second?.id).toBe(first?.id);
      expect(showFlag).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'error', description: 'Storage is busy.' }),
      );
    });
  });

  describe('editing and deleting', () => {
    it('asks for a reload when the entry was changed by someone else', async () => {
      renderPanel(buildPanelData());
      invoke.mockImplementation((key: string) =>
        Promise.resolve(
          key === 'panel/load' ? ok(buildPanelData()) : fail('CONFLICT', 'Version mismatch.'),
        ),
      );
      fireEvent.click(await screen.findByRole('button', { name: /^Edit cost/ }));
      await screen.findByLabelText(/^Amount/);

      fireEvent.click(screen.getByRole('button', { name: 'Save' }));

      expect(
        await screen.findByText(
          'This entry was changed by someone else. Reload to see the latest.',
        ),
      ).toBeInTheDocument();
      expect(invokedPayloads('entries/update')).toStrictEqual([
        expect.objectContaining({ id: 'entry-1', version: 1 }),
      ]);
      fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
      await waitFor(() => expect(invokedPayloads('panel/load')).toHaveLength(2));
      await waitFor(() =>
        expect(screen.queryByText(/changed by someone else/)).not.toBeInTheDocument(),
      );
    });

    it('deletes after confirmation, sending the version it saw', async () => {
      renderPanel(buildPanelData({ entries: [buildEntry({ version: 4 })] }));
      fireEvent.click(await screen.findByRole('button', { name: /^Delete cost/ }));

      fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));

      await waitFor(() =>
        expect(invokedPayloads('entries/delete')).toStrictEqual([{ id: 'entry-1', version: 4 }]),
      );
    });

    it('keeps the entry when the delete is cancelled', async () => {
      renderPanel(buildPanelData());
      fireEvent.click(await screen.findByRole('button', { name: /^Delete cost/ }));

      fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));

      await waitFor(() => expect(screen.queryByText('Delete this cost?')).not.toBeInTheDocument());
      expect(invokedPayloads('entries/delete')).toHaveLength(0);
    });
  });

  describe('read-only mode', () => {
    it('hides add, edit and delete when the user cannot edit', async () => {
      renderPanel(buildPanelData({ canEdit: false }));

      await screen.findByRole('table', { name: 'Cost entries' });

      expect(screen.queryByRole('button', { name: 'Add cost' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Edit cost/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Delete cost/ })).not.toBeInTheDocument();
      expect(screen.getByText('You can view these costs but not change them.')).toBeInTheDocument();
    });

    it('shows no add button in the empty state when the user cannot edit', async () => {
      renderPanel(buildPanelData({ canEdit: false, entries: [], categories: [buildCategory()] }));

      expect(await screen.findByText('No costs recorded yet')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Add the first cost' })).not.toBeInTheDocument();
    });
  });

  describe('key results fed', () => {
    it('lists the key results the costs count toward as objective and key result', async () => {
      renderPanel(
        buildPanelData({
          keyResults: [
            {
              objectiveId: 'o-lean',
              objectiveTitle: 'Run a leaner platform',
              keyResultId: 'kr-cloud',
              keyResultTitle: 'Cut the cloud run-rate by 20%',
            },
            {
              objectiveId: 'o-lean',
              objectiveTitle: 'Run a leaner platform',
              keyResultId: 'kr-cap',
              keyResultTitle: 'Keep software licences under €25,000',
            },
          ],
        }),
      );

      const section = await screen.findByRole('region', { name: 'Counts toward' });

      expect(
        within(section)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toStrictEqual([
        'Run a leaner platform → : Cut the cloud run-rate by 20%',
        'Run a leaner platform → : Keep software licences under €25,000',
      ]);
    });

    it('shows nothing about key results when the costs count toward none', async () => {
      renderPanel(buildPanelData({ keyResults: [] }));

      await screen.findByRole('table', { name: 'Cost entries' });

      expect(screen.queryByText('Counts toward')).not.toBeInTheDocument();
    });
  });
});
