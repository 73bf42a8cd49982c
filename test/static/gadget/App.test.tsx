import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { App } from '../../../static/gadget/src/App';
import { fail, invokedPayloads, mockBridge, ok, renderInContext } from '../bridge-helpers';
import { events, showFlag, view } from '../bridge-mock';
import { buildGadgetReady, buildProject } from '../builders';

const PROJECTS = [buildProject(), buildProject({ id: '10010', key: 'WEB', name: 'Website' })];

function renderGadget(extension: Record<string, unknown>, load = buildGadgetReady()) {
  mockBridge({
    'gadget/load': () => ok(load),
    'gadget/list-projects': () => ok({ projects: PROJECTS }),
  });

  return renderInContext(<App />, { extension: { type: 'jira:dashboardGadget', ...extension } });
}

describe('gadget App', () => {
  describe('edit view', () => {
    it('submits the chosen project and layout with view.submit', async () => {
      renderGadget({ entryPoint: 'edit', gadgetConfiguration: {} });
      fireEvent.keyDown(await screen.findByLabelText(/^Project/), { key: 'ArrowDown' });
      fireEvent.click(await screen.findByRole('option', { name: 'Website (WEB)' }));

      fireEvent.click(screen.getByRole('radio', { name: /^Compact/ }));
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));

      await waitFor(() =>
        expect(view.submit).toHaveBeenCalledWith({ projectId: '10010', layout: 'compact' }),
      );
      expect(invokedPayloads('gadget/load')).toHaveLength(0);
    });

    it('starts from the saved configuration', async () => {
      renderGadget({
        entryPoint: 'edit',
        gadgetConfiguration: { projectId: '10000', layout: 'compact' },
      });

      expect(await screen.findByText('Operations (OPS)')).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: /^Compact/ })).toBeChecked();
    });

    it('asks for a project instead of submitting without one', async () => {
      renderGadget({ entryPoint: 'edit' });

      fireEvent.click(await screen.findByRole('button', { name: 'Save' }));

      expect(await screen.findByText('Choose a project.')).toBeInTheDocument();
      expect(view.submit).not.toHaveBeenCalled();
    });

    it('closes without saving on Cancel', async () => {
      renderGadget({ entryPoint: 'edit' });

      fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));

      await waitFor(() => expect(view.close).toHaveBeenCalledTimes(1));
      expect(view.submit).not.toHaveBeenCalled();
    });

    it('reports a failed submit with an error flag', async () => {
      renderGadget({ entryPoint: 'edit', gadgetConfiguration: { projectId: '10000' } });
      view.submit.mockRejectedValue(new Error('bridge closed'));

      fireEvent.click(await screen.findByRole('button', { name: 'Save' }));

      await waitFor(() =>
        expect(showFlag).toHaveBeenCalledWith(expect.objectContaining({ type: 'error' })),
      );
    });
  });

  describe('view', () => {
    it('asks for a project when the gadget is not configured', async () => {
      renderGadget({}, { state: 'unconfigured' });

      expect(
        await screen.findByText('Choose a project in the gadget settings.'),
      ).toBeInTheDocument();
    });

    it('shows the project, reporting totals and the share of the plan spent', async () => {
      renderGadget({ gadgetConfiguration: { projectId: '10000' } });

      expect(await screen.findByRole('heading', { name: 'Operations (OPS)' })).toBeInTheDocument();
      const totals = screen.getByRole('region', { name: 'Totals in EUR' });
      expect(within(totals).getByText('€1,500.00')).toBeInTheDocument();
      expect(within(totals).getByText('€2,000.00')).toBeInTheDocument();
      expect(within(totals).getByText('75% of plan spent')).toBeInTheDocument();
    });

    it('draws the monthly trend and lists it for screen readers', async () => {
      renderGadget({ gadgetConfiguration: { layout: 'charts' } });

      const trend = await screen.findByRole('region', { name: 'Monthly trend' });

      expect(trend.querySelectorAll('svg rect')).toHaveLength(4);
      const table = within(trend).getByRole('table', { name: 'Monthly actual and planned spend' });
      expect(within(table).getByRole('row', { name: /February 2025/ })).toHaveTextContent(
        '€1,000.00',
      );
    });

    it('shows spend by category, largest first', async () => {
      renderGadget({});

      const categories = await screen.findByRole('region', { name: 'Spend by category' });

      const items = within(categories).getAllByRole('listitem');
      expect(items.map((item) => item.textContent)).toStrictEqual([
        'Cloud€1,200.00 of €1,500.00 planned',
        'People€300.00 of €500.00 planned',
      ]);
    });

    it('leaves out the trend in the compact layout', async () => {
      renderGadget({ gadgetConfiguration: { layout: 'compact' } });

      await screen.findByRole('region', { name: 'Spend by category' });

      expect(screen.queryByRole('region', { name: 'Monthly trend' })).not.toBeInTheDocument();
    });

    it('reloads when Jira refreshes the gadget', async () => {
      renderGadget({});
      await screen.findByRole('heading', { name: 'Operations (OPS)' });
      const [event, refresh] = events.on.mock.calls[0] as [string, () => void];

      act(() => refresh());

      expect(event).toBe('JIRA_DASHBOARD_GADGET_REFRESH');
      await waitFor(() => expect(invokedPayloads('gadget/load')).toHaveLength(2));
    });

    it('shows an inline error with a retry when gadget/load fails', async () => {
      mockBridge({
        'gadget/load': () => fail('FORBIDDEN', 'You may not see the costs of this project.'),
      });
      renderInContext(<App />, { extension: { type: 'jira:dashboardGadget' } });

      expect(
        await screen.findByText('You may not see the costs of this project.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });
  });
});
