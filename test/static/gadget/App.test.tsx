import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { App } from '../../../static/gadget/src/App';
import { fail, invokedPayloads, mockBridge, ok, renderInContext } from '../bridge-helpers';
import { events, router, showFlag, view } from '../bridge-mock';
import {
  buildCostKeyResult,
  buildEvaluation,
  buildGadgetReady,
  buildKeyResultView,
  buildObjective,
  buildObjectiveView,
  buildProject,
} from '../builders';

const PROJECTS = [buildProject(), buildProject({ id: '10010', key: 'WEB', name: 'Website' })];

function renderGadget(extension: Record<string, unknown>, load = buildGadgetReady()) {
  mockBridge({
    'gadget/load': () => ok(load),
    'gadget/list-projects': () => ok({ projects: PROJECTS }),
    'gadget/list-objectives': () =>
      ok({
        objectives: [
          {
            id: 'obj-cloud',
            title: 'Cut cloud spend',
            status: 'active',
            periodLabel: 'FY2026',
            period: { start: '2026-01-01', end: '2027-01-01' },
          },
          {
            id: 'obj-old',
            title: 'Licences 2025',
            status: 'closed',
            periodLabel: '',
            period: { start: '2025-02-01', end: '2025-08-01' },
          },
        ],
      }),
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
        expect(view.submit).toHaveBeenCalledWith({
          projectId: '10010',
          layout: 'compact',
          period: 'last-12-months',
        }),
      );
      expect(invokedPayloads('gadget/load')).toHaveLength(0);
    });

    it('submits chosen objectives and a spend period, and asks for one objective at least', async () => {
      renderGadget({ entryPoint: 'edit', gadgetConfiguration: { projectId: '10000' } });
      fireEvent.click(await screen.findByRole('radio', { name: /^Chosen objectives/ }));
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(
        await screen.findByText('Tick at least one objective, or show all active ones.'),
      ).toBeInTheDocument();
      expect(view.submit).not.toHaveBeenCalled();

      fireEvent.click(
        await screen.findByRole('checkbox', {
          name: 'Licences 2025 · Feb 1, 2025 – Jul 31, 2025 · closed',
        }),
      );
      expect(
        screen.getByRole('checkbox', {
          name: 'Cut cloud spend · FY2026 · Jan 1, 2026 – Dec 31, 2026',
        }),
      ).not.toBeChecked();
      fireEvent.change(screen.getByLabelText('Spend period'), {
        target: { value: 'this-quarter' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));

      await waitFor(() =>
        expect(view.submit).toHaveBeenCalledWith({
          projectId: '10000',
          layout: 'charts',
          period: 'this-quarter',
          objectiveIds: ['obj-old'],
        }),
      );
      expect(invokedPayloads('gadget/list-objectives')).toStrictEqual([{ projectId: '10000' }]);
    });

    it('starts from saved chosen objectives and period', async () => {
      renderGadget({
        entryPoint: 'edit',
        gadgetConfiguration: {
          projectId: '10000',
          objectiveIds: ['obj-cloud'],
          period: 'this-month',
        },
      });

      expect(await screen.findByRole('checkbox', { name: /Cut cloud spend/ })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: /Licences 2025/ })).not.toBeChecked();
      expect(screen.getByLabelText('Spend period')).toHaveValue('this-month');
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

    it('names the spend period and warns of chosen objectives that are gone', async () => {
      renderGadget(
        { gadgetConfiguration: { projectId: '10000' } },
        buildGadgetReady({
          period: { kind: 'this-quarter', start: '2025-01-01', end: '2025-04-01' },
          missingObjectives: 2,
        }),
      );

      expect(
        await screen.findByText('Spend: This fiscal quarter (Jan 2025 – Mar 2025)'),
      ).toBeInTheDocument();
      expect(screen.getByRole('note')).toHaveTextContent(
        '2 chosen objectives no longer exist. Edit the gadget to choose again.',
      );
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

    it('says "Too large to show" for a month or category whose sum left the exact range', async () => {
      const MAX = Number.MAX_SAFE_INTEGER;
      renderGadget(
        { gadgetConfiguration: { layout: 'charts' } },
        buildGadgetReady({
          months: [{ month: '2025-02', actual: MAX, planned: 0, beyondRange: true }],
          byCategory: [
            { categoryId: 'cat-cloud', name: 'Cloud', actual: MAX, planned: 0, beyondRange: true },
          ],
        }),
      );

      const categories = await screen.findByRole('region', { name: 'Spend by category' });
      const trend = screen.getByRole('region', { name: 'Monthly trend' });

      expect(within(categories).getByRole('listitem')).toHaveTextContent('CloudToo large to show');
      expect(within(trend).getByRole('row', { name: /February 2025/ })).toHaveTextContent(
        'Too large to show',
      );
      expect(screen.queryByText(/90,071,992,547,409\.91/)).not.toBeInTheDocument();
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
      mockBridge({ 'gadget/load': () => fail('UNEXPECTED', 'Storage is busy.') });
      renderInContext(<App />, { extension: { type: 'jira:dashboardGadget' } });

      expect(await screen.findByText('Storage is busy.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    });

    it('explains a FORBIDDEN answer instead of offering a retry', async () => {
      mockBridge({
        'gadget/load': () => fail('FORBIDDEN', 'You may not see the costs of this project.'),
      });
      renderInContext(<App />, { extension: { type: 'jira:dashboardGadget' } });

      expect(await screen.findByText("You can't see these costs")).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    });
  });

  describe('objectives', () => {
    const cap = buildKeyResultView({
      keyResult: buildCostKeyResult({
        id: 'kr-cap',
        title: 'Keep licences under €25,000',
        baseline: undefined,
        target: { type: 'cap', amountMinor: 2500000 },
      }),
      evaluation: {
        direction: 'decrease',
        display: 'share-used',
        baselineValue: undefined,
        targetValue: 2500000,
        currentValue: 1000000,
        progress: 0.4,
        score: 1,
        changePercent: 'n/a',
      },
      forecast: { status: 'on-track', projectedValueMinor: 1200000, projectedMonths: [] },
    });
    const objectives = [
      buildObjectiveView({
        objective: buildObjective({ keyResults: [buildCostKeyResult(), cap.keyResult] }),
        keyResults: [buildKeyResultView(), cap],
      }),
    ];

    it('shows each objective with its progress, status, period and key results', async () => {
      renderGadget({}, buildGadgetReady({ objectives }));

      const list = await screen.findByRole('region', { name: 'Objectives' });

      const objective = within(list).getByRole('listitem', { name: /^Run a leaner platform/ });
      expect(within(objective).getByText('Active')).toBeInTheDocument();
      expect(within(objective).getByText(/^FY2025 Q1 · Jan 1, 2025 – Mar 31, 2025/)).toBeVisible();
      expect(
        within(objective).getByRole('progressbar', { name: 'Progress of Run a leaner platform' }),
      ).toHaveAttribute('aria-valuetext', '67%');
      const keyResults = within(objective).getByRole('list', {
        name: 'Key results of Run a leaner platform',
      });
      expect(
        within(keyResults)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toStrictEqual([
        expect.stringContaining('Now€27,000.00Target€25,500.00Baseline€30,000.00'),
        expect.stringContaining('Used€10,000.00Cap€25,000.00'),
      ]);
      expect(within(keyResults).getByText('40% of cap used')).toBeVisible();
      expect(within(keyResults).getByText('Forecast €26,500.00 by Mar 31, 2025')).toBeVisible();
    });

    it('reports the result instead of a forecast once a key result has ended', async () => {
      const ended = buildKeyResultView({
        forecast: {
          status: 'at-risk',
          ended: true,
          projectedValueMinor: 2700000,
          projectedScore: 0.6,
          projectedMonths: [],
        },
      });
      const endedCap = {
        ...cap,
        forecast: { ...cap.forecast!, ended: true as const, projectedScore: 1 },
      };
      renderGadget(
        {},
        buildGadgetReady({
          objectives: [
            buildObjectiveView({
              objective: buildObjective({ keyResults: [ended.keyResult, cap.keyResult] }),
              keyResults: [ended, endedCap],
            }),
          ],
        }),
      );

      const keyResults = await screen.findByRole('list', {
        name: 'Key results of Run a leaner platform',
      });

      expect(within(keyResults).getByText('Target missed')).toBeVisible();
      expect(within(keyResults).getByText('Within cap')).toBeVisible();
      expect(within(keyResults).getAllByText('Period ended Mar 31, 2025')).toHaveLength(2);
      expect(within(keyResults).queryByText(/^Forecast /)).not.toBeInTheDocument();
      expect(within(keyResults).queryByText('At risk')).not.toBeInTheDocument();
    });

    it('charts only key results with a measured history, skipping one too large to measure', async () => {
      const tooLarge = buildKeyResultView({
        keyResult: buildCostKeyResult({ id: 'kr-huge', title: 'Huge licences' }),
        evaluation: buildEvaluation({
          currentValue: undefined,
          progress: null,
          score: null,
          changePercent: 'n/a',
          notMeasurable: 'too-large',
        }),
        forecast: undefined,
        history: [],
      });
      renderGadget(
        { gadgetConfiguration: { layout: 'charts' } },
        buildGadgetReady({
          objectives: [
            buildObjectiveView({
              objective: buildObjective({ keyResults: [tooLarge.keyResult, cap.keyResult] }),
              keyResults: [tooLarge, cap],
            }),
          ],
        }),
      );
      const trend = await screen.findByRole('region', { name: 'Key result trend' });

      expect(within(trend).getByText('Cap €25,000.00')).toBeInTheDocument();
      expect(
        within(within(trend).getByLabelText('Key result'))
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toStrictEqual(['Keep licences under €25,000']);
    });

    it('charts the chosen key result with its target or cap line', async () => {
      renderGadget({ gadgetConfiguration: { layout: 'charts' } }, buildGadgetReady({ objectives }));
      const trend = await screen.findByRole('region', { name: 'Key result trend' });
      expect(within(trend).getByText('Target €25,500.00')).toBeInTheDocument();

      fireEvent.change(within(trend).getByLabelText('Key result'), {
        target: { value: 'objective-lean/kr-cap' },
      });

      expect(within(trend).getByText('Cap €25,000.00')).toBeInTheDocument();
      expect(within(trend).queryByText('Target €25,500.00')).not.toBeInTheDocument();
    });

    it('reads a month of the trend with the arrow keys in the viewer locale', async () => {
      renderGadget({ gadgetConfiguration: { layout: 'charts' } }, buildGadgetReady({ objectives }));
      const chart = await screen.findByRole('group', {
        name: /^Reduce Cloud spend.*monthly trend/,
      });

      fireEvent.focus(chart);
      fireEvent.keyDown(chart, { key: 'End' });

      expect(screen.getByText(/^March 2025 \(this month\)\. /)).toHaveTextContent(
        'Costs that month so far: €9,000.00. Total to date: €27,000.00. ' +
          'Forecast total: €27,000.00. Baseline: €30,000.00. Target: €25,500.00',
      );
    });

    it('lists the objectives without charts in the compact layout', async () => {
      renderGadget(
        { gadgetConfiguration: { layout: 'compact' } },
        buildGadgetReady({ objectives }),
      );

      await screen.findByRole('region', { name: 'Objectives' });

      expect(screen.queryByRole('region', { name: 'Key result trend' })).not.toBeInTheDocument();
    });

    it('links to the project settings when the project has no objectives', async () => {
      renderGadget({}, buildGadgetReady({ objectives: [] }));
      router.navigate.mockResolvedValue(undefined);

      fireEvent.click(await screen.findByRole('button', { name: 'Set up objectives' }));

      expect(screen.getByText('No objectives yet')).toBeInTheDocument();
      await waitFor(() =>
        expect(router.navigate).toHaveBeenCalledWith({
          target: 'projectSettingsDetails',
          projectKey: 'OPS',
        }),
      );
    });
  });
});
