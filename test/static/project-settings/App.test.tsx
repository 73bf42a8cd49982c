import type { CostSettingsDto, SettingsLoadResponse } from '@shared/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { App } from '../../../static/project-settings/src/App';
import { fail, invokedPayloads, mockBridge, ok, renderInContext } from '../bridge-helpers';
import { invoke, showFlag } from '../bridge-mock';
import { buildSettingsData } from '../builders';

function renderSettings(data: SettingsLoadResponse = buildSettingsData(), locale = 'en-US') {
  mockBridge({
    'settings/load': () => ok(data),
    'settings/update-cost-settings': (payload) => ok({ settings: payload }),
    'rates/save': (payload) => ok({ rate: payload }),
    'rates/delete': () => ok({}),
  });

  return renderInContext(<App />, { locale: locale as 'en-US' });
}

async function chooseOption(label: RegExp, option: string | RegExp) {
  fireEvent.keyDown(screen.getByLabelText(label), { key: 'ArrowDown' });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('project settings App', () => {
  describe('loading', () => {
    it('renders the cost settings, categories and rates from settings/load', async () => {
      renderSettings();

      expect(
        await screen.findByRole('heading', { name: 'Costs in Operations' }),
      ).toBeInTheDocument();
      const form = screen.getByRole('form', { name: 'Cost settings' });
      expect(within(form).getByText('EUR · Euro')).toBeInTheDocument();
      expect(within(form).getByText('January')).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Category name: Cloud' })).toHaveValue('Cloud');
      const rates = screen.getByRole('table', { name: 'Exchange rates' });
      expect(within(rates).getByText('USD → EUR')).toBeInTheDocument();
      expect(within(rates).getByText('0.9234')).toBeInTheDocument();
    });

    it('greys out retired categories and offers to restore them', async () => {
      renderSettings();

      const travel = await screen.findByRole('textbox', { name: 'Category name: Travel' });

      expect(travel).toBeDisabled();
      expect(screen.getByText('Retired')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Restore category Travel' })).toBeInTheDocument();
    });

    it('shows an inline error with a retry when settings/load fails', async () => {
      mockBridge({
        'settings/load': () => fail('UNEXPECTED', 'The store did not answer.'),
      });
      renderInContext(<App />);

      expect(await screen.findByText('The store did not answer.')).toBeInTheDocument();
      expect(screen.getByText("Couldn't load the settings")).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });

    it('tells a refused viewer who can help, without a retry that cannot succeed', async () => {
      mockBridge({
        'settings/load': () => fail('FORBIDDEN', 'Only project admins can change these settings.'),
      });
      renderInContext(<App />);

      expect(
        await screen.findByText('Only project admins can change these settings.'),
      ).toBeInTheDocument();
      expect(screen.getByText("You don't have access to this")).toBeInTheDocument();
      expect(screen.getByText(/Ask a Jira administrator/)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    });
  });

  describe('saving cost settings', () => {
    it('sends the edited settings to settings/update-cost-settings and reloads', async () => {
      renderSettings();
      const cloud = await screen.findByRole('textbox', { name: 'Category name: Cloud' });

      fireEvent.change(cloud, { target: { value: 'Cloud hosting' } });
      fireEvent.change(screen.getByLabelText('New category'), { target: { value: 'Licences' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add category' }));
      fireEvent.click(screen.getByRole('button', { name: 'Restore category Travel' }));
      fireEvent.click(
        screen.getAllByRole('radio', { name: 'Only members of these project roles' })[1]!,
      );
      await chooseOption(/^Project roles/, 'Finance');
      await chooseOption(/^Fiscal year starts in/, 'April');
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

      await waitFor(() => expect(invokedPayloads('settings/update-cost-settings')).toHaveLength(1));
      const [sent] = invokedPayloads('settings/update-cost-settings') as CostSettingsDto[];
      expect(sent).toStrictEqual({
        reportingCurrency: 'EUR',
        fiscalYearStartMonth: 4,
        categories: [
          { id: 'cat-cloud', name: 'Cloud hosting', retired: false },
          { id: 'cat-travel', name: 'Travel', retired: false },
          { id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Licences', retired: false },
        ],
        viewers: { type: 'jira-permission' },
        editors: { type: 'roles', roleIds: ['10003'] },
      });
      await waitFor(() => expect(invokedPayloads('settings/load')).toHaveLength(2));
    });

    it('shows what to fix and sends nothing when a category name is empty', async () => {
      renderSettings();
      const cloud = await screen.findByRole('textbox', { name: 'Category name: Cloud' });

      fireEvent.change(cloud, { target: { value: '  ' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

      expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
      expect(invokedPayloads('settings/update-cost-settings')).toHaveLength(0);
    });

    it('keeps Save disabled until something changed', async () => {
      renderSettings();

      expect(await screen.findByRole('button', { name: 'Save changes' })).toBeDisabled();
    });

    it('reports a failed save with an error flag', async () => {
      renderSettings();
      invoke.mockImplementation((key: string) =>
        Promise.resolve(
          key === 'settings/load'
            ? ok(buildSettingsData())
            : fail('UNEXPECTED', 'Storage is busy.'),
        ),
      );
      await screen.findByRole('form', { name: 'Cost settings' });
      await chooseOption(/^Fiscal year starts in/, 'July');

      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

      await waitFor(() =>
        expect(showFlag).toHaveBeenCalledWith(
          expect.objectContaining({ type: 'error', description: 'Storage is busy.' }),
        ),
      );
    });
  });

  describe('exchange rates', () => {
    it('saves a rate typed in the user locale as a decimal string', async () => {
      renderSettings(buildSettingsData(), 'de-DE');
      await screen.findByRole('table', { name: 'Exchange rates' });

      await chooseOption(/^From currency/, /^GBP/);
      fireEvent.change(screen.getByLabelText('Rate'), { target: { value: '1,1684' } });
      fireEvent.change(screen.getByLabelText('From date'), { target: { value: '2025-02-03' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add rate' }));

      await waitFor(() =>
        expect(invokedPayloads('rates/save')).toStrictEqual([
          { base: 'GBP', quote: 'EUR', rate: '1.1684', date: '2025-02-03' },
        ]),
      );
    });

    it('refuses a rate between a currency and itself', async () => {
      renderSettings();
      await screen.findByRole('table', { name: 'Exchange rates' });

      await chooseOption(/^From currency/, /^EUR/);
      fireEvent.change(screen.getByLabelText('Rate'), { target: { value: '1' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add rate' }));

      expect(await screen.findByText('Choose a currency other than the base.')).toBeInTheDocument();
      expect(invokedPayloads('rates/save')).toHaveLength(0);
    });

    it('deletes a rate only after confirmation', async () => {
      renderSettings();
      fireEvent.click(await screen.findByRole('button', { name: /^Delete rate USD to EUR/ }));

      fireEvent.click(screen.getByRole('button', { name: /^Confirm delete of rate USD to EUR/ }));

      await waitFor(() =>
        expect(invokedPayloads('rates/delete')).toStrictEqual([
          { base: 'USD', quote: 'EUR', date: '2025-01-02' },
        ]),
      );
    });
  });

  describe('tabs', () => {
    it('opens the Objectives tab, loading its objectives on first use', async () => {
      renderSettings();
      invoke.mockImplementation((key: string) =>
        Promise.resolve(
          key === 'settings/load'
            ? ok(buildSettingsData())
            : ok({
                reportingCurrency: 'EUR',
                fiscalYearStartMonth: 1,
                today: '2025-03-15',
                objectives: [],
              }),
        ),
      );

      fireEvent.click(await screen.findByRole('tab', { name: 'Objectives' }));

      expect(screen.getByRole('tab', { name: 'Objectives' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      // The tab's code is lazy: the first import compiles it, which can take a few seconds.
      expect(await screen.findByText('No objectives yet', {}, { timeout: 5000 })).toBeVisible();
    });

    it('moves between tabs with the arrow keys', async () => {
      renderSettings();
      const costs = await screen.findByRole('tab', { name: 'Costs' });

      fireEvent.keyDown(costs, { key: 'ArrowRight' });

      expect(screen.getByRole('tab', { name: 'Objectives' })).toHaveFocus();
      expect(screen.getByRole('tab', { name: 'Objectives' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
    });
  });
});
