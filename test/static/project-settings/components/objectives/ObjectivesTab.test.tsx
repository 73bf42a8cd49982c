import type { ObjectivesResponse, SaveObjectiveRequest } from '@shared/okr-contract';
import type { Result } from '@shared/result';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { App } from '../../../../../static/project-settings/src/App';
// The tab is lazy in the app; importing it here compiles it before the tests start, so the
// first test's lazy import does not spend its waiting time in the TypeScript transform.
import '../../../../../static/project-settings/src/components/objectives/ObjectivesTab';
import { fail, invokedPayloads, mockBridge, ok, renderInContext } from '../../../bridge-helpers';
import {
  buildCostKeyResult,
  buildEvaluation,
  buildKeyResultView,
  buildManualKeyResult,
  buildObjective,
  buildObjectivesResponse,
  buildObjectiveView,
  buildSettingsData,
} from '../../../builders';

const UUID = /^[0-9a-f-]{36}$/;

type Handlers = Partial<Record<string, (payload: unknown) => Result<unknown>>>;

async function openObjectives(response: ObjectivesResponse, handlers: Handlers = {}) {
  mockBridge({
    'settings/load': () => ok(buildSettingsData()),
    'objectives/list': () => ok(response),
    'objectives/save': () => ok(response.objectives[0]),
    'objectives/delete': () => ok({ id: 'objective-lean' }),
    'key-results/check-in': () => ok(response.objectives[0]),
    'key-results/preview': () => ok(buildKeyResultView()),
    ...(handlers as Record<string, (payload: unknown) => Result<unknown>>),
  });
  renderInContext(<App />, { extension: { type: 'jira:projectSettingsPage' } });
  fireEvent.click(await screen.findByRole('tab', { name: 'Objectives' }));
  await screen.findByRole('heading', { name: 'Objectives' });
}

async function chooseOption(label: string, option: string) {
  fireEvent.keyDown(screen.getByLabelText(label), { key: 'ArrowDown' });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

function objectiveCard(title: string): HTMLElement {
  return screen.getByRole('article', { name: new RegExp(`^${title}`) });
}

describe('ObjectivesTab', () => {
  describe('loading', () => {
    it('loads the objectives only when the tab is first opened', async () => {
      mockBridge({
        'settings/load': () => ok(buildSettingsData()),
        'objectives/list': () => ok(buildObjectivesResponse()),
      });
      renderInContext(<App />);
      await screen.findByRole('heading', { name: 'Costs in Operations' });

      expect(invokedPayloads('objectives/list')).toHaveLength(0);

      fireEvent.click(screen.getByRole('tab', { name: 'Objectives' }));

      expect(await screen.findByRole('article', { name: /^Run a leaner platform/ })).toBeVisible();
      expect(invokedPayloads('objectives/list')).toHaveLength(1);
    });
  });

  describe('objectives list', () => {
    it('shows "Not measurable" for a null progress and 0% for a zero progress', async () => {
      const unmeasured = buildObjectiveView({
        objective: buildObjective({ id: 'o-null', title: 'Unmeasured goal' }),
        progress: null,
        keyResults: [
          buildKeyResultView({
            evaluation: buildEvaluation({
              currentValue: undefined,
              progress: null,
              score: null,
              changePercent: 'n/a',
              notMeasurable: 'no-data',
            }),
            forecast: { status: 'no-data', projectedMonths: [] },
          }),
        ],
      });
      const zero = buildObjectiveView({
        objective: buildObjective({ id: 'o-zero', title: 'Zero goal' }),
        progress: 0,
      });

      await openObjectives(buildObjectivesResponse({ objectives: [unmeasured, zero] }));

      const unmeasuredCard = objectiveCard('Unmeasured goal');
      expect(within(unmeasuredCard).getByText('Not measurable')).toBeInTheDocument();
      expect(
        within(unmeasuredCard).queryByRole('progressbar', { name: 'Progress of Unmeasured goal' }),
      ).not.toBeInTheDocument();
      expect(
        within(unmeasuredCard).getByText('Not measurable yet: its period has not started'),
      ).toBeVisible();
      const zeroBar = within(objectiveCard('Zero goal')).getByRole('progressbar', {
        name: 'Progress of Zero goal',
      });
      expect(zeroBar).toHaveAttribute('aria-valuetext', '0%');
    });

    it('clamps the bar of a key result past its target but shows the true percentage', async () => {
      const ahead = buildKeyResultView({
        evaluation: buildEvaluation({ currentValue: 2397000, progress: 1.34, score: 1 }),
      });

      await openObjectives(
        buildObjectivesResponse({ objectives: [buildObjectiveView({ keyResults: [ahead] })] }),
      );

      const bar = screen.getByRole('progressbar', {
        name: 'Progress: Reduce Cloud spend by 15% within 3 months',
      });
      expect(bar).toHaveAttribute('aria-valuenow', '100');
      expect(bar).toHaveAttribute('aria-valuetext', '134%');
      expect(screen.getByText('134%')).toBeVisible();
    });

    it('shows current, target and baseline in the reporting currency', async () => {
      await openObjectives(buildObjectivesResponse());

      const card = objectiveCard('Run a leaner platform');

      expect(within(card).getByText('€27,000.00')).toBeInTheDocument();
      expect(within(card).getByText('€25,500.00')).toBeInTheDocument();
      expect(within(card).getByText('€30,000.00')).toBeInTheDocument();
      expect(within(card).getByText('At risk')).toBeInTheDocument();
      expect(within(card).getByText('Forecast €26,500.00 by Mar 31, 2025')).toBeInTheDocument();
    });

    it('colours a falling cost as an improvement for a decrease key result', async () => {
      await openObjectives(buildObjectivesResponse());

      const change = screen.getByText(/-10% vs baseline/);

      expect(change).toHaveTextContent('↓ -10% vs baseline, an improvement');
      expect(change).toHaveStyle({ color: 'var(--ds-text-success)' });
    });

    it('shows a cap as share used and the late costs of a closed objective', async () => {
      const cap = buildKeyResultView({
        keyResult: buildCostKeyResult({
          title: 'Keep licences under €25,000',
          baseline: undefined,
          target: { type: 'cap', amountMinor: 2500000 },
        }),
        evaluation: buildEvaluation({
          display: 'share-used',
          baselineValue: undefined,
          targetValue: 2500000,
          currentValue: 3000000,
          progress: 1.2,
          score: 0,
          changePercent: 'n/a',
        }),
        forecast: undefined,
        adjustmentMinor: 120000,
      });
      const closed = buildObjectiveView({
        objective: buildObjective({ status: 'closed' }),
        keyResults: [cap],
        closedOn: '2025-04-02',
      });

      await openObjectives(buildObjectivesResponse({ objectives: [closed] }));

      const card = objectiveCard('Run a leaner platform');
      expect(within(card).getByText('120% of cap used')).toBeVisible();
      expect(within(card).getByText('Closed')).toBeInTheDocument();
      expect(within(card).getByText(/closed on Apr 2, 2025, values frozen/)).toBeInTheDocument();
      expect(
        within(card).getByText('+€1,200.00 late costs since closing (not in the frozen value)'),
      ).toBeInTheDocument();
    });

    it('draws a key result trend chart on request', async () => {
      await openObjectives(buildObjectivesResponse());

      fireEvent.click(screen.getByRole('button', { name: 'Show monthly trend' }));

      const chart = screen.getByRole('group', { name: /^Reduce Cloud spend.*monthly trend/ });
      expect(chart.querySelectorAll('path[d^="M"]')).toHaveLength(3);
      expect(screen.getByText('Target €25,500.00')).toBeInTheDocument();
    });
  });

  describe('creating an objective', () => {
    async function fillTemplateObjective() {
      fireEvent.click(screen.getByRole('button', { name: 'New objective' }));
      fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Cut cloud costs' } });
      fireEvent.click(screen.getByRole('button', { name: 'Reduce spend by X% within N months' }));
      await chooseOption('Cost categories', 'Cloud');
      fireEvent.change(screen.getByLabelText('Percent'), { target: { value: '15' } });
    }

    it('sends the objective built from the reduce-spend template', async () => {
      await openObjectives(buildObjectivesResponse({ objectives: [] }));
      await fillTemplateObjective();

      fireEvent.click(screen.getByRole('button', { name: 'Create objective' }));

      await waitFor(() => expect(invokedPayloads('objectives/save')).toHaveLength(1));
      const [sent] = invokedPayloads('objectives/save') as SaveObjectiveRequest[];
      expect(sent).toStrictEqual({
        id: expect.stringMatching(UUID),
        version: 0,
        title: 'Cut cloud costs',
        description: '',
        ownerAccountId: 'account-me',
        period: { type: 'fiscal-quarter', fiscalYear: 2025, quarter: 1 },
        status: 'active',
        keyResults: [
          {
            id: expect.stringMatching(UUID),
            title: 'Reduce Cloud spend by 15% within 3 months',
            weight: 1,
            archived: false,
            type: 'cost',
            categoryIds: ['cat-cloud'],
            kind: 'actual',
            currency: 'EUR',
            measure: { type: 'total' },
            baseline: { type: 'window', months: 3 },
            target: { type: 'percent-change', percent: -15 },
          },
        ],
      });
    });

    it('shows the server validation details on their fields', async () => {
      const percentMessage =
        'The change must be a percentage from -100 to 1000, other than 0, ' +
        'with at most two decimals.';
      await openObjectives(buildObjectivesResponse({ objectives: [] }), {
        'objectives/save': () =>
          fail('VALIDATION', 'Invalid input', [
            { path: 'keyResults.0.target.percent', message: percentMessage },
            { path: 'title', message: 'Another objective has this title.' },
          ]),
      });
      await fillTemplateObjective();

      fireEvent.click(screen.getByRole('button', { name: 'Create objective' }));

      expect(await screen.findByText(percentMessage)).toBeVisible();
      expect(screen.getByLabelText('Percent')).toHaveAccessibleDescription(percentMessage);
      expect(
        screen.getByLabelText('Title', { selector: '#objective-title' }),
      ).toHaveAccessibleDescription('Another objective has this title.');
    });

    it('shows what to fix and sends nothing while a field is invalid', async () => {
      await openObjectives(buildObjectivesResponse({ objectives: [] }));
      fireEvent.click(screen.getByRole('button', { name: 'New objective' }));
      fireEvent.click(screen.getByRole('button', { name: 'Stay under a cap' }));

      fireEvent.click(screen.getByRole('button', { name: 'Create objective' }));

      expect(await screen.findByText('Enter a title for the objective.')).toBeVisible();
      expect(screen.getByText('Choose at least one cost category.')).toBeVisible();
      expect(screen.getByLabelText('Cap')).toHaveAccessibleDescription('Enter an amount.');
      expect(invokedPayloads('objectives/save')).toHaveLength(0);
    });

    it('previews a cost key result against the recorded costs while editing', async () => {
      await openObjectives(buildObjectivesResponse({ objectives: [] }));
      fireEvent.click(screen.getByRole('button', { name: 'New objective' }));
      fireEvent.click(screen.getByRole('button', { name: 'Stay under a cap' }));
      await chooseOption('Cost categories', 'Cloud');

      fireEvent.change(screen.getByLabelText('Cap'), { target: { value: '25,000' } });

      await waitFor(() => expect(invokedPayloads('key-results/preview')).toHaveLength(1), {
        timeout: 2000,
      });
      expect(invokedPayloads('key-results/preview')[0]).toMatchObject({
        period: { type: 'fiscal-quarter', fiscalYear: 2025, quarter: 1 },
        keyResult: { target: { type: 'cap', amountMinor: 2500000 }, categoryIds: ['cat-cloud'] },
      });
      const preview = await screen.findByRole('region', { name: 'Preview' });
      expect(await within(preview).findByText('€27,000.00')).toBeInTheDocument();
    });
  });

  describe('editing an objective', () => {
    it('says someone else changed the objective on CONFLICT and reloads on request', async () => {
      await openObjectives(buildObjectivesResponse(), {
        'objectives/save': () =>
          fail('CONFLICT', 'This objective was changed by someone else. Reload to see the latest.'),
      });
      fireEvent.click(screen.getByRole('button', { name: 'Edit Run a leaner platform' }));

      fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('This objective was changed by someone else');
      fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
      await waitFor(() => expect(invokedPayloads('objectives/list')).toHaveLength(2));
    });

    it('sends the saved version with the changed fields', async () => {
      await openObjectives(buildObjectivesResponse());
      fireEvent.click(screen.getByRole('button', { name: 'Edit Run a leaner platform' }));

      fireEvent.change(screen.getByLabelText('Title', { selector: '#objective-title' }), {
        target: { value: 'Run an even leaner platform' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));

      await waitFor(() => expect(invokedPayloads('objectives/save')).toHaveLength(1));
      expect(invokedPayloads('objectives/save')[0]).toMatchObject({
        id: 'objective-lean',
        version: 3,
        title: 'Run an even leaner platform',
        keyResults: [buildCostKeyResult()],
      });
    });
    it("names another owner from Jira and lets the viewer take the objective over", async () => {
      const theirs = buildObjectiveView({
        objective: buildObjective({ ownerAccountId: 'account-olga' }),
      });
      await openObjectives(buildObjectivesResponse({ objectives: [theirs] }), {
        'settings/people': () => ok({ names: { 'account-olga': 'Olga Owner' } }),
      });
      fireEvent.click(screen.getByRole('button', { name: 'Edit Run a leaner platform' }));

      expect(await screen.findByText('Olga Owner')).toBeInTheDocument();
      expect(invokedPayloads('settings/people')).toEqual([{ accountIds: ['account-olga'] }]);

      fireEvent.click(screen.getByRole('button', { name: 'Make me the owner' }));
      fireEvent.click(screen.getByRole('button', { name: 'Save objective' }));

      await waitFor(() => expect(invokedPayloads('objectives/save')).toHaveLength(1));
      expect(invokedPayloads('objectives/save')[0]).toMatchObject({
        ownerAccountId: 'account-me',
      });
    });

    it('falls back to "Another user" when names cannot be fetched', async () => {
      const theirs = buildObjectiveView({
        objective: buildObjective({ ownerAccountId: 'account-olga' }),
      });
      await openObjectives(buildObjectivesResponse({ objectives: [theirs] }), {
        'settings/people': () => fail('UNEXPECTED', 'Jira is down.'),
      });
      fireEvent.click(screen.getByRole('button', { name: 'Edit Run a leaner platform' }));

      await waitFor(() => expect(invokedPayloads('settings/people')).toHaveLength(1));
      expect(screen.getByText('Another user')).toBeInTheDocument();
      expect(screen.queryByText(/account-olga/)).not.toBeInTheDocument();
    });
  });

  describe('check-ins and deleting', () => {
    it('sends a check-in for a manual key result', async () => {
      const objective = buildObjective({ keyResults: [buildManualKeyResult()] });
      await openObjectives(
        buildObjectivesResponse({ objectives: [buildObjectiveView({ objective })] }),
      );

      fireEvent.click(
        screen.getByRole('button', { name: 'Check in on Teams reviewing costs monthly' }),
      );
      fireEvent.change(await screen.findByLabelText('Value now'), { target: { value: '6' } });
      fireEvent.click(screen.getByRole('radio', { name: 'High' }));
      fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Two more teams' } });
      fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2025-03-14' } });
      fireEvent.click(screen.getByRole('button', { name: 'Record check-in' }));

      await waitFor(() =>
        expect(invokedPayloads('key-results/check-in')).toStrictEqual([
          {
            objectiveId: 'objective-lean',
            keyResultId: 'kr-teams',
            version: 3,
            value: 6,
            confidence: 'high',
            note: 'Two more teams',
            date: '2025-03-14',
          },
        ]),
      );
    });

    it('deletes an objective only after confirmation', async () => {
      await openObjectives(buildObjectivesResponse());

      fireEvent.click(screen.getByRole('button', { name: 'Delete Run a leaner platform' }));

      expect(invokedPayloads('objectives/delete')).toHaveLength(0);
      fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
      await waitFor(() =>
        expect(invokedPayloads('objectives/delete')).toStrictEqual([
          { id: 'objective-lean', version: 3 },
        ]),
      );
    });
  });
});
