import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { CategoryDto } from '@shared/contract';
import { useId } from 'react';

import { LoadError } from '../../../../common/src/components/LoadError';
import { LoadingState } from '../../../../common/src/components/LoadingState';
import { countText } from '../../../../common/src/count-text';
import { useFocusImport } from '../../hooks/useFocusImport';
import type { FocusImportState } from '../../hooks/useFocusImport';

import { FocusMappingEditor } from './FocusMappingEditor';
import { FocusPreviewView } from './FocusPreviewView';

type Props = { readonly categories: readonly CategoryDto[] };

/**
 * Imports a FOCUS 1.0-1.2 cloud bill: the mapping, a file read in the browser into a preview,
 * and the upload of its sums as cost entries. Loaded lazily with its CSV parser.
 */
export default function ImportTab({ categories }: Props) {
  const model = useFocusImport();
  const { state } = model;
  const fileInputId = useId();
  const dirty = JSON.stringify(state.draft) !== JSON.stringify(state.saved);
  const stale =
    state.preview !== undefined &&
    JSON.stringify(state.draft) !== JSON.stringify(state.previewedWith);
  const busy = state.upload !== undefined || state.reading !== undefined || state.saving;

  return (
    <div style={{ display: 'grid', gap: token('space.400'), maxWidth: '72rem' }}>
      <Heading size="medium" as="h2">
        Import a FOCUS cloud bill
      </Heading>
      <p style={{ margin: 0, color: token('color.text.subtle') }}>
        Read a FinOps FOCUS 1.0–1.2 cost export (CSV) from AWS, Azure, Google Cloud or Oracle. Rows
        are summed per issue, category, month and currency in your browser; importing the same bill
        again replaces what it recorded before.
      </p>
      {state.load === 'loading' && <LoadingState label="Loading the import mapping" />}
      {state.load === 'error' && (
        <LoadError
          title="Couldn't load the import mapping"
          error={state.loadError}
          onRetry={() => void model.reload()}
        />
      )}
      {state.load === 'ready' && (
        <>
          <FocusMappingEditor
            draft={state.draft}
            categories={categories}
            projectKey={state.projectKey}
            dirty={dirty}
            saving={state.saving}
            onChange={model.setDraft}
            onSave={() => void model.saveMapping(state.draft)}
          />
          <section
            aria-labelledby="focus-file-heading"
            style={{ display: 'grid', gap: token('space.150') }}
          >
            <Heading size="small" as="h3" id="focus-file-heading">
              File
            </Heading>
            <div
              style={{
                display: 'flex',
                gap: token('space.100'),
                alignItems: 'center',
                flexWrap: 'wrap',
              }}
            >
              <label htmlFor={fileInputId}>FOCUS CSV file</label>
              <input
                id={fileInputId}
                type="file"
                accept=".csv,text/csv"
                disabled={busy}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void model.readFile(file, state.draft);
                }}
              />
              {stale && state.file && (
                <Button
                  onClick={() => state.file && void model.readFile(state.file, state.draft)}
                  isDisabled={busy}
                >
                  Update preview
                </Button>
              )}
            </div>
            <FileStatus state={state} />
          </section>
          {state.preview && state.previewedWith && (
            <>
              <FocusPreviewView
                preview={state.preview}
                mapping={state.previewedWith}
                categories={categories}
              />
              <ConfirmSection
                state={state}
                stale={stale}
                busy={busy}
                onConfirm={() => void model.confirm()}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}

function FileStatus({ state }: { readonly state: FocusImportState }) {
  if (state.reading) {
    return (
      <div aria-live="polite" style={{ display: 'grid', gap: token('space.050') }}>
        <span>{`Reading ${state.file?.name ?? 'the file'}: ${countText(state.reading.rows, 'row', 'rows')}`}</span>
        <ProgressBar ariaLabel="Reading the file" value={state.reading.fraction ?? 0} />
      </div>
    );
  }
  if (state.readError) {
    return (
      <SectionMessage appearance="error" title="This file can't be imported">
        <p>{state.readError}</p>
      </SectionMessage>
    );
  }
  if (!state.preview) {
    return (
      <p style={{ margin: 0, color: token('color.text.subtle') }}>
        No file chosen. Choose a FOCUS export to see what it would record before anything is saved.
      </p>
    );
  }

  return null;
}

function ConfirmSection(props: {
  readonly state: FocusImportState;
  readonly stale: boolean;
  readonly busy: boolean;
  readonly onConfirm: () => void;
}) {
  const { state, stale, busy, onConfirm } = props;
  const preview = state.preview;
  if (!preview) return null;
  const upload = state.upload;
  const fraction = upload ? (upload.committing ? 1 : upload.sentBatches / upload.totalBatches) : 0;

  return (
    <section aria-label="Confirm the import" style={{ display: 'grid', gap: token('space.150') }}>
      {preview.blocked && (
        <SectionMessage appearance="error" title="Fix the file before importing">
          <p>Some rows have malformed amounts, dates or currencies (listed above).</p>
        </SectionMessage>
      )}
      {stale && (
        <p style={{ margin: 0 }}>
          The mapping changed since this preview. Update the preview to import.
        </p>
      )}
      <div>
        <Button
          appearance="primary"
          onClick={onConfirm}
          isDisabled={busy || stale || preview.blocked}
          isLoading={upload !== undefined}
        >
          {`Import ${countText(preview.groups.length, 'cost entry', 'cost entries')}`}
        </Button>
      </div>
      <div aria-live="polite">
        {upload && (
          <div style={{ display: 'grid', gap: token('space.050') }}>
            <span>
              {upload.committing
                ? 'Recording the entries…'
                : `Uploading part ${upload.sentBatches + 1} of ${upload.totalBatches}`}
            </span>
            <ProgressBar ariaLabel="Importing" value={fraction} />
          </div>
        )}
        {state.result && (
          <SectionMessage appearance="success" title="Bill imported">
            <p>
              {`${countText(state.result.entries, 'cost entry', 'cost entries')} now hold this bill: ${state.result.written} written, ` +
                `${state.result.deleted} removed from an earlier import.`}
            </p>
          </SectionMessage>
        )}
      </div>
    </section>
  );
}
