import type { ImportEntriesResponse } from '@shared/csv-contract';
import type { Result } from '@shared/result';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import ImportCostsDialog from '../../../../../static/project-settings/src/components/csv/ImportCostsDialog';
import { invokedPayloads, mockBridge, ok, renderInContext } from '../../../bridge-helpers';

const CATEGORIES = [
  { id: 'cloud', name: 'Cloud', retired: false },
  { id: 'travel', name: 'Travel', retired: false },
];
const FILE =
  '\uFEFFIssue;Date;Amount;Category;Description\r\n' +
  'OPS-1;05.03.2026;1.234,56;Cloud;"Two\nlines"\r\n' +
  'OPS-2;2026-03-06;99;Travel;Taxi\r\n';

const writeAll = (payload: unknown): Result<ImportEntriesResponse> => {
  // The dialog sends ImportEntriesRequest payloads.
  const { rows } = payload as { rows: unknown[] };
  return ok({ created: rows.length, skipped: 0, errors: [] });
};

function renderDialog(importEntries = writeAll) {
  mockBridge({ 'costs/import': importEntries });
  renderInContext(
    <ImportCostsDialog
      projectId="10000"
      reportingCurrency="EUR"
      categories={CATEGORIES}
      onClose={jest.fn()}
    />,
    { locale: 'de-DE' },
  );
}

async function chooseFile(text: string) {
  fireEvent.change(screen.getByLabelText('CSV file'), {
    target: { files: [new File([text], 'costs.csv', { type: 'text/csv' })] },
  });
  await screen.findByText(/Columns of costs.csv/);
}

describe('ImportCostsDialog', () => {
  it('maps the columns from the header and previews rows read in the chosen locale', async () => {
    renderDialog();

    await chooseFile(FILE);
    fireEvent.change(screen.getByLabelText('Date format'), { target: { value: 'DD.MM.YYYY' } });

    const preview = await screen.findByRole('table', { name: 'Preview' });
    expect(
      within(preview)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toStrictEqual([
      'RowIssueDateAmountCategoryDescription',
      expect.stringMatching(/^2OPS-12026-03-051\.234,56\s€CloudTwo\nlines$/),
      expect.stringMatching(/^3OPS-22026-03-0699,00\s€TravelTaxi$/),
    ]);
    expect(invokedPayloads('costs/import')).toStrictEqual([]);
  });

  it.each([
    ['an empty file', '', 'This file is empty: it holds no rows.'],
    [
      'a header without rows',
      'Issue;Date;Amount\r\n',
      'This file has only a header row: there are no costs in it.',
    ],
    [
      'a binary file',
      'PK\u0003\u0004\u0000\u0000binary',
      'This file is not a text CSV. Save the spreadsheet as CSV (UTF-8) and choose that file.',
    ],
  ])('says why it cannot read %s and offers no columns', async (_name, text, message) => {
    renderDialog();

    fireEvent.change(screen.getByLabelText('CSV file'), {
      target: { files: [new File([text], 'costs.csv', { type: 'text/csv' })] },
    });

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText("Can't read costs.csv")).toBeInTheDocument();
    expect(screen.queryByText(/Columns of costs.csv/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();
  });

  it('lists rows in error by number and refuses to import until they are fixed', async () => {
    renderDialog();

    await chooseFile(FILE);

    const errors = await screen.findByRole('list', { name: 'Rows in error' });
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toStrictEqual(['Row 2: "05.03.2026" is not a date as YYYY-MM-DD.']);
    expect(screen.getByRole('button', { name: /Import \d+ rows?$/ })).toBeDisabled();
  });

  it('checks every batch before writing, then writes with the same import id', async () => {
    renderDialog();
    await chooseFile(FILE);
    fireEvent.change(screen.getByLabelText('Date format'), { target: { value: 'DD.MM.YYYY' } });

    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 rows' }));

    expect(await screen.findByText('Costs imported')).toBeInTheDocument();
    const calls = invokedPayloads('costs/import') as Array<{ importId: string; dryRun: boolean }>;
    expect(calls.map((c) => c.dryRun)).toStrictEqual([true, false]);
    expect(calls[0]?.importId).toBe(calls[1]?.importId);
  });

  it('shows the rows the app refused and writes nothing', async () => {
    renderDialog(() =>
      ok<ImportEntriesResponse>({
        created: 0,
        skipped: 0,
        errors: [{ row: 3, message: 'You cannot edit OPS-2.' }],
      }),
    );
    await chooseFile(FILE);
    fireEvent.change(screen.getByLabelText('Date format'), { target: { value: 'DD.MM.YYYY' } });

    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 rows' }));

    expect(await screen.findByText('Row 3: You cannot edit OPS-2.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        (invokedPayloads('costs/import') as Array<{ dryRun: boolean }>).map((c) => c.dryRun),
      ).toStrictEqual([true]),
    );
  });
});
