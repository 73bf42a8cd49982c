import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { RateSeriesSummaryDto } from '@shared/csv-contract';
import type { ParsedRateFile } from '@shared/rate-files';
import { parseEcbHistory, parseSimpleRates, toImportBatches } from '@shared/rate-files';
import { useState } from 'react';

import { RadioGroup } from '../../../../common/src/components/RadioGroup';
import { countText } from '../../../../common/src/count-text';
import { showErrorFlag, showSuccessFlag } from '../../../../common/src/flags';
import { useAsync } from '../../../../common/src/hooks/useAsync';
import * as api from '../../api';

import { streamCsvRecords } from './read-csv';

type Format = 'ecb' | 'csv';
type Props = { readonly defaultBase: string; readonly onClose: () => void };
type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'preview'; readonly fileName: string; readonly parsed: ParsedRateFile }
  | { readonly kind: 'importing'; readonly done: number; readonly total: number }
  | { readonly kind: 'failed'; readonly parsed: ParsedRateFile; readonly error: unknown }
  | {
      readonly kind: 'finished';
      readonly changed: number;
      readonly series: RateSeriesSummaryDto[];
    };

const MAX_ERRORS_SHOWN = 20;

/**
 * Imports exchange rates from a file: the ECB euro reference-rate history or a simple
 * date,currency,rate CSV. The file is read in the browser and previewed (pairs, dates, rows in
 * error); nothing is sent until the user confirms, then batches go to `rates/import` with
 * progress. Importing a file again changes nothing, so an interrupted import is finished by
 * importing the same file again. Loaded on demand (React.lazy) with the CSV parser.
 */
export default function ImportRatesDialog({ defaultBase, onClose }: Props) {
  const [format, setFormat] = useState<Format>('ecb');
  const [base, setBase] = useState(defaultBase);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const imported = useAsync(api.listRateSeries);
  const remove = async (pair: RateSeriesSummaryDto) => {
    try {
      await api.deleteRateSeries({ base: pair.base, quote: pair.quote });
    } catch (error: unknown) {
      showErrorFlag("Couldn't remove the imported rates", error);
    }
    await imported.reload();
  };

  const read = async (file: File) => {
    const { records: rows } = await streamCsvRecords(file);
    const parsed =
      format === 'ecb' ? parseEcbHistory(rows) : parseSimpleRates(rows, base.trim().toUpperCase());
    setStep({ kind: 'preview', fileName: file.name, parsed });
  };

  const run = async (parsed: ParsedRateFile) => {
    const batches = toImportBatches(parsed.series);
    let changed = 0;
    let series: RateSeriesSummaryDto[] = [];
    setStep({ kind: 'importing', done: 0, total: batches.length });
    try {
      for (const [index, batch] of batches.entries()) {
        const answer = await api.importRates({ source: format, series: batch });
        changed += answer.changedCount;
        series = [
          ...series.filter((s) => !answer.series.some((a) => same(a, s))),
          ...answer.series,
        ];
        setStep({ kind: 'importing', done: index + 1, total: batches.length });
      }
    } catch (error: unknown) {
      setStep({ kind: 'failed', parsed, error });
      return;
    }
    showSuccessFlag(`Imported ${changed} new or changed rates`);
    setStep({ kind: 'finished', changed, series });
  };

  return (
    <Modal onClose={onClose} width="medium" label="Import exchange rates">
      <ModalHeader>
        <ModalTitle>Import exchange rates</ModalTitle>
      </ModalHeader>
      <ModalBody>
        {step.kind === 'choose' && (
          <div style={{ display: 'grid', gap: token('space.200') }}>
            {imported.state.status === 'ready' && imported.state.data.series.length > 0 && (
              <ul aria-label="Imported currency pairs" style={{ margin: 0 }}>
                {imported.state.data.series.map((pair) => (
                  <li key={`${pair.base}/${pair.quote}`}>
                    {`${pair.base} → ${pair.quote}: ${pair.count} rates, `}
                    {`${pair.from} to ${pair.to} `}
                    <Button
                      spacing="compact"
                      appearance="subtle"
                      aria-label={`Remove imported ${pair.base} to ${pair.quote} rates`}
                      onClick={() => void remove(pair)}
                    >
                      Remove
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <RadioGroup
              legend="File format"
              name="rate-format"
              value={format}
              onChange={setFormat}
              options={[
                {
                  value: 'ecb',
                  label: 'ECB reference-rate history',
                  description: 'eurofxref-hist.csv: Date, then one column per currency per 1 EUR',
                },
                {
                  value: 'csv',
                  label: 'Simple CSV',
                  description: 'Columns date, currency, rate (and optionally base)',
                },
              ]}
            />
            {format === 'csv' && (
              <label style={{ display: 'grid', gap: token('space.050') }}>
                Base currency (1 unit buys the rate in each row’s currency)
                <input
                  value={base}
                  maxLength={3}
                  onChange={(event) => setBase(event.target.value)}
                  style={{ width: '6rem' }}
                />
              </label>
            )}
            <label style={{ display: 'grid', gap: token('space.050') }}>
              File
              <input
                type="file"
                accept=".csv,text/csv,text/plain"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file)
                    void read(file).catch((error: unknown) =>
                      showErrorFlag("Couldn't read the file", error),
                    );
                }}
              />
            </label>
          </div>
        )}
        {step.kind === 'preview' && <Preview fileName={step.fileName} parsed={step.parsed} />}
        {step.kind === 'importing' && (
          <div style={{ display: 'grid', gap: token('space.100') }}>
            <p
              style={{ margin: 0 }}
            >{`Importing batch ${Math.min(step.done + 1, step.total)} of ${step.total}…`}</p>
            <ProgressBar
              ariaLabel="Import progress"
              value={step.total === 0 ? 1 : step.done / step.total}
            />
          </div>
        )}
        {step.kind === 'failed' && (
          <SectionMessage appearance="error" title="The import stopped">
            <p>
              Rates already saved are kept. Import the same file again to finish: rates that are
              already stored are skipped.
            </p>
          </SectionMessage>
        )}
        {step.kind === 'finished' && (
          <SectionMessage appearance="success" title="Rates imported">
            <p>{`${step.changed} new or changed rates in ${step.series.length} currency pairs.`}</p>
            <ul>
              {step.series.map((s) => (
                <li
                  key={`${s.base}/${s.quote}`}
                >{`${s.base} → ${s.quote}: ${s.count} rates, ${s.from} to ${s.to}`}</li>
              ))}
            </ul>
          </SectionMessage>
        )}
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose} isDisabled={step.kind === 'importing'}>
          {step.kind === 'finished' ? 'Close' : 'Cancel'}
        </Button>
        {step.kind === 'preview' && (
          <Button
            appearance="primary"
            isDisabled={step.parsed.errors.length > 0 || step.parsed.series.length === 0}
            onClick={() => void run(step.parsed)}
          >
            Import
          </Button>
        )}
        {step.kind === 'failed' && (
          <Button appearance="primary" onClick={() => void run(step.parsed)}>
            Import again
          </Button>
        )}
      </ModalFooter>
    </Modal>
  );
}

function Preview({
  fileName,
  parsed,
}: {
  readonly fileName: string;
  readonly parsed: ParsedRateFile;
}) {
  const points = parsed.series.reduce((n, s) => n + s.points.length, 0);
  const dates = parsed.series.flatMap((s) => [s.points[0]?.[0], s.points.at(-1)?.[0]]);
  const known = dates.filter((d): d is string => d !== undefined).sort();

  return (
    <div style={{ display: 'grid', gap: token('space.150') }}>
      <p style={{ margin: 0 }}>
        {`${fileName}: ${points} rates in ${parsed.series.length} currency pairs` +
          (known.length > 0 ? `, ${known[0] ?? ''} to ${known.at(-1) ?? ''}.` : '.')}
      </p>
      {parsed.series.length > 0 && (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>
          {parsed.series.map((s) => `${s.base} → ${s.quote}`).join(', ')}
        </p>
      )}
      {parsed.skippedCurrencies.length > 0 && (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>
          {`Left out (not supported): ${parsed.skippedCurrencies.join(', ')}`}
        </p>
      )}
      {parsed.errors.length > 0 && (
        <SectionMessage
          appearance="error"
          title={`${countText(parsed.errors.length, 'row needs', 'rows need')} fixing; nothing will be imported`}
        >
          <ul aria-label="Rows in error">
            {parsed.errors.slice(0, MAX_ERRORS_SHOWN).map((e) => (
              <li key={`${e.row}-${e.message}`}>{`Row ${e.row}: ${e.message}`}</li>
            ))}
          </ul>
        </SectionMessage>
      )}
    </div>
  );
}

function same(a: RateSeriesSummaryDto, b: RateSeriesSummaryDto): boolean {
  return a.base === b.base && a.quote === b.quote;
}
