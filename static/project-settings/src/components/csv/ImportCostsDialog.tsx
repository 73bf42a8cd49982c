import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { CategoryDto } from '@shared/contract';
import type { EntryImportRowDto, RowError } from '@shared/csv-contract';
import { ENTRY_IMPORT_BATCH_SIZE } from '@shared/csv-contract';
import type { DatePattern, EntryColumnMapping } from '@shared/entry-import';
import { csvFileProblem, guessEntryMapping, importIdOf, readEntryRows } from '@shared/entry-import';
import { useMemo, useState } from 'react';

import { useAppContext } from '../../../../common/src/app-context';
import { formatMoneySafely } from '../../../../common/src/components/FormattedMoney';
import { NativeSelect } from '../../../../common/src/components/NativeSelect';
import { countText } from '../../../../common/src/count-text';
import * as api from '../../api';

import { streamCsvRecords } from './read-csv';

type Props = {
  readonly projectId: string;
  readonly reportingCurrency: string;
  readonly categories: readonly CategoryDto[];
  readonly onClose: () => void;
};
type Loaded = {
  readonly fileName: string;
  readonly records: string[][];
  /** Why the file cannot be a CSV of costs (empty, header only, not text), if so. */
  readonly problem?: string;
};
type Run =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly phase: 'Checking' | 'Importing';
      readonly done: number;
      readonly total: number;
    }
  | { readonly kind: 'refused'; readonly errors: readonly RowError[] }
  | { readonly kind: 'failed' }
  | { readonly kind: 'finished'; readonly created: number; readonly skipped: number };

const FIELDS: ReadonlyArray<{ key: keyof EntryColumnMapping; label: string; required: boolean }> = [
  { key: 'issueKey', label: 'Issue key', required: true },
  { key: 'date', label: 'Date', required: true },
  { key: 'amount', label: 'Amount', required: true },
  { key: 'currency', label: 'Currency', required: false },
  { key: 'category', label: 'Category', required: false },
  { key: 'kind', label: 'Kind (actual or planned)', required: false },
  { key: 'description', label: 'Description', required: false },
];
const LOCALES = ['en-US', 'en-GB', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'ja-JP'];
const DATE_PATTERNS: readonly DatePattern[] = [
  'YYYY-MM-DD',
  'DD.MM.YYYY',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
];
const SHOWN = 20;

/**
 * Imports cost entries from a CSV file: the file is split in the browser (separator detected,
 * BOM dropped, quoted line breaks kept), the user maps columns and chooses the number locale
 * and date pattern, and every row is checked and previewed with its problems by row number.
 * Nothing is written until Import is pressed; then every batch is checked by the app first
 * (a dry run), and only a file without refused rows is written, batch by batch with progress.
 * Entry ids come from the file and the options, so importing the same file again after a
 * failure resumes where it stopped. Loaded on demand (React.lazy) with the CSV parser.
 */
export default function ImportCostsDialog(props: Props) {
  const { locale: userLocale } = useAppContext();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [mapping, setMapping] = useState<Partial<EntryColumnMapping>>({});
  const [locale, setLocale] = useState(LOCALES.includes(userLocale) ? userLocale : 'en-US');
  const [datePattern, setDatePattern] = useState<DatePattern>('YYYY-MM-DD');
  const active = props.categories.filter((c) => !c.retired);
  const [defaultCategoryId, setDefaultCategoryId] = useState(active[0]?.id ?? '');
  const [run, setRun] = useState<Run>({ kind: 'idle' });

  const choose = async (file: File) => {
    const { records, sample } = await streamCsvRecords(file);
    const problem = csvFileProblem(sample, records);
    setLoaded({ fileName: file.name, records, ...(problem ? { problem } : {}) });
    setMapping(problem ? {} : guessEntryMapping(records[0] ?? []));
    setRun({ kind: 'idle' });
  };

  // Reading and hashing every row is costly for large files: redone only when an input changes,
  // not on every progress update.
  const { read, importId } = useMemo(() => {
    const options = {
      locale,
      datePattern,
      defaultCurrency: props.reportingCurrency,
      defaultCategoryId,
      defaultKind: 'actual' as const,
      categories: props.categories,
    };
    const complete = mappingIfComplete(mapping);
    if (!loaded || loaded.problem || !complete) return { read: undefined, importId: '' };

    return {
      read: readEntryRows(loaded.records, complete, options),
      importId: importIdOf([
        props.projectId,
        JSON.stringify(complete),
        JSON.stringify(options),
        JSON.stringify(loaded.records),
      ]),
    };
  }, [
    loaded,
    mapping,
    locale,
    datePattern,
    defaultCategoryId,
    props.reportingCurrency,
    props.categories,
    props.projectId,
  ]);

  const start = async (rows: readonly EntryImportRowDto[]) => {
    const batches: EntryImportRowDto[][] = [];
    for (let i = 0; i < rows.length; i += ENTRY_IMPORT_BATCH_SIZE) {
      batches.push(rows.slice(i, i + ENTRY_IMPORT_BATCH_SIZE));
    }
    try {
      const refused: RowError[] = [];
      for (const [index, batch] of batches.entries()) {
        setRun({ kind: 'running', phase: 'Checking', done: index, total: batches.length });
        refused.push(...(await api.importEntries({ importId, dryRun: true, rows: batch })).errors);
      }
      if (refused.length > 0) {
        setRun({ kind: 'refused', errors: refused });
        return;
      }
      let created = 0;
      let skipped = 0;
      for (const [index, batch] of batches.entries()) {
        setRun({ kind: 'running', phase: 'Importing', done: index, total: batches.length });
        const answer = await api.importEntries({ importId, dryRun: false, rows: batch });
        if (answer.errors.length > 0) {
          setRun({ kind: 'refused', errors: answer.errors });
          return;
        }
        created += answer.created;
        skipped += answer.skipped;
      }
      setRun({ kind: 'finished', created, skipped });
    } catch {
      setRun({ kind: 'failed' });
    }
  };

  const busy = run.kind === 'running';

  return (
    <Modal onClose={props.onClose} width="large" label="Import costs from CSV">
      <ModalHeader>
        <ModalTitle>Import costs from CSV</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <div style={{ display: 'grid', gap: token('space.200') }}>
          <label style={{ display: 'grid', gap: token('space.050') }}>
            CSV file
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              disabled={busy}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void choose(file);
              }}
            />
          </label>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200') }}>
            <Field label="Number format">
              <NativeSelect value={locale} onChange={(e) => setLocale(e.target.value)}>
                {LOCALES.map((code) => (
                  <option key={code} value={code}>
                    {`${code} (${(1234.5).toLocaleString(code)})`}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label="Date format">
              <NativeSelect
                value={datePattern}
                // The options are exactly DATE_PATTERNS.
                onChange={(e) => setDatePattern(e.target.value as DatePattern)}
              >
                {DATE_PATTERNS.map((pattern) => (
                  <option key={pattern} value={pattern}>
                    {pattern}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label="Category when the file has none">
              <NativeSelect
                value={defaultCategoryId}
                onChange={(e) => setDefaultCategoryId(e.target.value)}
              >
                {active.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          </div>
          <p style={{ margin: 0, color: token('color.text.subtle') }}>
            {'ISO dates (2026-03-31) and spreadsheet serial numbers are always read. ' +
              `Rows without a currency are in ${props.reportingCurrency}.`}
          </p>
          {loaded?.problem && (
            <SectionMessage appearance="warning" title={`Can't read ${loaded.fileName}`}>
              <p>{loaded.problem}</p>
            </SectionMessage>
          )}
          {loaded && !loaded.problem && (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend>{`Columns of ${loaded.fileName}`}</legend>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.150') }}>
                {FIELDS.map((field) => (
                  <Field key={field.key} label={`${field.label}${field.required ? ' *' : ''}`}>
                    <NativeSelect
                      value={mapping[field.key] ?? ''}
                      onChange={(e) =>
                        setMapping((current) => withColumn(current, field.key, e.target.value))
                      }
                    >
                      <option value="">
                        {field.required ? 'Choose a column' : 'Not in the file'}
                      </option>
                      {(loaded.records[0] ?? []).map((name, index) => (
                        <option key={`${index}-${name}`} value={index}>
                          {name || `Column ${index + 1}`}
                        </option>
                      ))}
                    </NativeSelect>
                  </Field>
                ))}
              </div>
            </fieldset>
          )}
          {read && (
            <PreviewRows rows={read.rows} errors={read.errors} categories={props.categories} />
          )}
          {run.kind === 'running' && (
            <div style={{ display: 'grid', gap: token('space.050') }}>
              <span>{`${run.phase}: batch ${run.done + 1} of ${run.total}`}</span>
              <ProgressBar ariaLabel={`${run.phase} progress`} value={run.done / run.total} />
            </div>
          )}
          {run.kind === 'refused' && (
            <SectionMessage
              appearance="error"
              title="The app refused some rows; nothing more was written"
            >
              <ErrorList errors={run.errors} />
            </SectionMessage>
          )}
          {run.kind === 'failed' && (
            <SectionMessage appearance="error" title="The import stopped">
              <p>
                Press Import again with the same file and options: rows already written are skipped.
              </p>
            </SectionMessage>
          )}
          {run.kind === 'finished' && (
            <SectionMessage appearance="success" title="Costs imported">
              <p>
                {`${countText(run.created, 'entry', 'entries')} added` +
                  (run.skipped > 0
                    ? `, ${countText(run.skipped, 'row was', 'rows were')} imported before and skipped.`
                    : '.')}
              </p>
            </SectionMessage>
          )}
        </div>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={props.onClose} isDisabled={busy}>
          {run.kind === 'finished' ? 'Close' : 'Cancel'}
        </Button>
        {run.kind !== 'finished' && (
          <Button
            appearance="primary"
            isLoading={busy}
            isDisabled={!read || read.errors.length > 0 || read.rows.length === 0}
            onClick={() => read && void start(read.rows)}
          >
            {run.kind === 'failed'
              ? 'Import again'
              : `Import ${countText(read?.rows.length ?? 0, 'row', 'rows')}`}
          </Button>
        )}
      </ModalFooter>
    </Modal>
  );
}

function PreviewRows(props: {
  readonly rows: readonly EntryImportRowDto[];
  readonly errors: readonly RowError[];
  readonly categories: readonly CategoryDto[];
}) {
  const { locale } = useAppContext();
  const names = new Map(props.categories.map((c) => [c.id, c.name]));

  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <p style={{ margin: 0 }}>
        {`${countText(props.rows.length, 'row', 'rows')} ready` +
          (props.errors.length > 0
            ? `, ${props.errors.length} need fixing before anything is imported.`
            : '.')}
      </p>
      {props.errors.length > 0 && <ErrorList errors={props.errors} />}
      {props.rows.length > 0 && (
        <table aria-label="Preview" style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              {['Row', 'Issue', 'Date', 'Amount', 'Category', 'Description'].map((h) => (
                <th
                  key={h}
                  scope="col"
                  style={{ textAlign: 'start', paddingInlineEnd: token('space.150') }}
                >
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.slice(0, 5).map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.issueKey}</td>
                <td>{row.entry.incurredOn}</td>
                <td>{formatMoneySafely(row.entry.amount, locale)}</td>
                <td>{names.get(row.entry.categoryId) ?? row.entry.categoryId}</td>
                <td>{row.entry.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function ErrorList({ errors }: { readonly errors: readonly RowError[] }) {
  return (
    <ul aria-label="Rows in error" style={{ margin: 0 }}>
      {errors.slice(0, SHOWN).map((e) => (
        <li key={`${e.row}-${e.message}`}>{`Row ${e.row}: ${e.message}`}</li>
      ))}
      {errors.length > SHOWN && <li>{`…and ${errors.length - SHOWN} more`}</li>}
    </ul>
  );
}

function Field({
  label,
  children,
}: {
  readonly label: string;
  readonly children: React.ReactNode;
}) {
  return (
    <label style={{ display: 'grid', gap: token('space.050') }}>
      {label}
      {children}
    </label>
  );
}

function withColumn(
  mapping: Partial<EntryColumnMapping>,
  key: keyof EntryColumnMapping,
  value: string,
): Partial<EntryColumnMapping> {
  const { [key]: _dropped, ...rest } = mapping;

  return value === '' ? rest : { ...rest, [key]: Number(value) };
}

function mappingIfComplete(mapping: Partial<EntryColumnMapping>): EntryColumnMapping | undefined {
  const { issueKey, date, amount } = mapping;

  return issueKey === undefined || date === undefined || amount === undefined
    ? undefined
    : { ...mapping, issueKey, date, amount };
}
