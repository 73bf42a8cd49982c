import type { FocusMappingDto, StageFocusBatchRequest } from '@shared/focus-contract';
import type { Result } from '@shared/result';
import { fireEvent, screen, within } from '@testing-library/react';

import { App } from '../../../../../static/project-settings/src/App';
// Lazy in the app: compiled here first so the first test's import does not time out.
import '../../../../../static/project-settings/src/components/import/ImportTab';
import { invokedPayloads, mockBridge, ok, renderInContext } from '../../../bridge-helpers';
import { buildSettingsData } from '../../../builders';

type Handler = (payload: unknown) => Result<unknown>;

const HEADER =
  'BilledCost,EffectiveCost,BillingAccountId,BillingCurrency,BillingPeriodStart,' +
  'ChargePeriodStart,ProviderName,ServiceCategory,ServiceName,SubAccountName,Tags';

function focusFile(rows: readonly string[], header = HEADER): File {
  return new File([[header, ...rows].join('\n')], 'bill.csv', { type: 'text/csv' });
}

const ROWS = [
  '10.00000000000,9.5,"123","USD","2024-09-01 00:00:00","2024-09-02 00:00:00","AWS","Compute","EC2","Atlas","{""application"": ""checkout""}"',
  '-2.50000000000,-2.5,"123","USD","2024-09-01 00:00:00","2024-09-03 00:00:00","AWS","Compute","EC2","Atlas",NULL',
  '4.00000000000,4,"123","USD","2024-09-01 00:00:00","2024-09-03 00:00:00","AWS","Storage","S3",NULL,NULL',
];

const MAPPING: FocusMappingDto = {
  costBasis: 'BilledCost',
  rules: [
    {
      id: 'r-1',
      field: 'tag',
      tagKey: 'application',
      value: 'checkout',
      categoryId: 'cat-cloud',
      issueKey: 'OPS-1',
    },
  ],
  defaultTarget: { categoryId: 'cat-cloud', issueKey: 'OPS-2' },
};

async function openImport(handlers: Record<string, Handler> = {}) {
  mockBridge({
    'settings/load': () => ok(buildSettingsData()),
    'focus-import/load': () => ok({ mapping: MAPPING, projectKey: 'OPS' }),
    ...handlers,
  });
  renderInContext(<App />, { extension: { type: 'jira:projectSettingsPage' } });
  fireEvent.click(await screen.findByRole('tab', { name: 'Import' }));
  await screen.findByRole('heading', { name: 'Mapping' });
}

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('FOCUS CSV file'), { target: { files: [file] } });
}

describe('ImportTab', () => {
  it('shows the remembered rules and an empty state before a file is chosen', async () => {
    await openImport();

    expect(screen.getByLabelText('Rule 1: tag key')).toHaveValue('application');
    expect(screen.getByText(/No file chosen/)).toBeVisible();
  });

  it('previews the sums per issue and the rows each rule caught when a file is read', async () => {
    await openImport();

    chooseFile(focusFile(ROWS));

    const hits = await screen.findByRole('table', { name: 'Rows caught per rule' });
    const entries = screen.getByRole('table', { name: 'Cost entries to record' });
    expect({
      hits: within(hits)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
      entries: within(entries)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    }).toStrictEqual({
      hits: ['1. tag application = checkout1$10.00', 'Default issue2$1.50'],
      entries: ['OPS-1Cloud2024-09AWS 2024-091$10.00', 'OPS-2Cloud2024-09AWS 2024-092$1.50'],
    });
  });

  it('uploads the groups in a staged run and commits it when the import is confirmed', async () => {
    await openImport({
      'focus-import/stage': (payload) =>
        ok({ runId: (payload as StageFocusBatchRequest).runId, batchIndex: 0 }),
      'focus-import/commit': () =>
        ok({ done: true, written: 2, deleted: 0, entries: 2, sources: [] }),
    });
    chooseFile(focusFile(ROWS));

    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 cost entries' }));

    await screen.findByText(/2 cost entries now hold this bill/);
    const [staged] = invokedPayloads('focus-import/stage') as StageFocusBatchRequest[];
    expect(staged?.groups.map((g) => [g.issueKey, g.amountMinor, g.rowCount])).toStrictEqual([
      ['OPS-1', 1000, 1],
      ['OPS-2', 150, 2],
    ]);
  });

  it('refuses a file that lacks FOCUS columns, naming them', async () => {
    await openImport();

    chooseFile(focusFile(['1,2'], 'Cost,Date'));

    expect(await screen.findByText(/lacks the columns BilledCost, EffectiveCost/)).toBeVisible();
  });

  it('blocks the import and names the line when an amount is malformed', async () => {
    await openImport();

    chooseFile(focusFile([ROWS[0] ?? '', ROWS[1]?.replace('-2.50000000000', '2.5.0') ?? '']));

    expect(await screen.findByText('1 row (line 3). "2.5.0" is not a number.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Import 1 cost entry' })).toBeDisabled();
  });
});
