import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import ImportRatesDialog from '../../../../../static/project-settings/src/components/csv/ImportRatesDialog';
import { fail, invokedPayloads, mockBridge, ok, renderInContext } from '../../../bridge-helpers';

const ECB_FILE = '\uFEFFDate,USD,CYP,\r\n2026-04-13,1.1684,N/A,\r\n2026-04-10,1.1711,N/A,\r\n';
const summary = {
  base: 'EUR',
  quote: 'USD',
  from: '2026-04-10',
  to: '2026-04-13',
  count: 2,
  source: 'ecb',
  importedAt: '2026-12-03T10:00:00.000Z',
};

function renderDialog(importRates = () => ok({ changedCount: 2, series: [summary] })) {
  mockBridge({
    'rates/list-series': () => ok({ series: [] }),
    'rates/import': importRates,
  });
  const onClose = jest.fn();
  renderInContext(<ImportRatesDialog defaultBase="EUR" onClose={onClose} />);

  return { onClose };
}

function chooseFile(text: string, name = 'eurofxref-hist.csv') {
  fireEvent.change(screen.getByLabelText('File'), {
    target: { files: [new File([text], name, { type: 'text/csv' })] },
  });
}

describe('ImportRatesDialog', () => {
  it('previews the ECB file and sends nothing until the user confirms', async () => {
    renderDialog();

    chooseFile(ECB_FILE);

    expect(
      await screen.findByText(
        'eurofxref-hist.csv: 2 rates in 1 currency pairs, 2026-04-10 to 2026-04-13.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Left out (not supported): CYP')).toBeInTheDocument();
    expect(invokedPayloads('rates/import')).toStrictEqual([]);
  });

  it('imports the parsed series, oldest first, after Import is pressed', async () => {
    renderDialog();
    chooseFile(ECB_FILE);
    await screen.findByText(/2 rates in 1 currency pairs/);

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Rates imported')).toBeInTheDocument();
    expect(invokedPayloads('rates/import')).toStrictEqual([
      {
        source: 'ecb',
        series: [
          {
            base: 'EUR',
            quote: 'USD',
            points: [
              ['2026-04-10', '1.1711'],
              ['2026-04-13', '1.1684'],
            ],
          },
        ],
      },
    ]);
  });

  it('lists rows in error with their line numbers and refuses to import', async () => {
    renderDialog();

    chooseFile('Date,USD,\n2026-04-13,1.1684,\n13/04/2026,1.1,\n2026-04-09,abc,\n');

    const errors = await screen.findByRole('list', { name: 'Rows in error' });
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toStrictEqual([
      'Row 3: "13/04/2026" is not a date in the form YYYY-MM-DD.',
      'Row 4: USD: "abc" is not a rate above zero.',
    ]);
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('offers to import again after a failed batch', async () => {
    renderDialog(() => fail('UNEXPECTED', 'Storage failed'));
    chooseFile(ECB_FILE);
    await screen.findByText(/2 rates in 1 currency pairs/);

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('The import stopped')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import again' })).toBeEnabled());
  });
});
