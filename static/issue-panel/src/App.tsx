import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { CostEntryDto, CostEntryInput, PanelLoadResponse } from '@shared/contract';
import { lazy, Suspense, useMemo, useState } from 'react';

import { LoadError } from '../../common/src/components/LoadError';
import { LoadingState } from '../../common/src/components/LoadingState';
import { usePeopleNames } from '../../common/src/hooks/usePeopleNames';
import { newId } from '../../common/src/ids';

import { peopleNames } from './api';
import { ConflictMessage } from './components/ConflictMessage';
import { CountsToward } from './components/CountsToward';
import { EmptyEntries } from './components/EmptyEntries';
import { EntriesTable } from './components/EntriesTable';
import { LabourSection } from './components/LabourSection';
import { PanelSkeleton } from './components/PanelSkeleton';
import { TotalsSummary } from './components/TotalsSummary';
import { usePanel } from './hooks/usePanel';
import type { PanelModel, SaveOutcome } from './hooks/usePanel';

// The dialogs (Atlaskit Form, Select, Modal) load on first use; the first paint stays light.
const EntryFormModal = lazy(() => import('./components/EntryFormModal'));
const DeleteEntryModal = lazy(() => import('./components/DeleteEntryModal'));
const EntryHistoryModal = lazy(() => import('./components/EntryHistoryModal'));

/** Which dialog is open; a new entry's id is fixed when its dialog opens (idempotent retries). */
type Dialog =
  | { readonly type: 'none' }
  | { readonly type: 'add'; readonly id: string }
  | { readonly type: 'edit'; readonly entry: CostEntryDto }
  | { readonly type: 'delete'; readonly entry: CostEntryDto }
  | { readonly type: 'history'; readonly entry: CostEntryDto };

const NO_AUTHORS: Readonly<Record<string, string>> = {};

/** The issue panel: totals, the entries table and the add / edit / delete dialogs. */
export function App() {
  const panel = usePanel();
  const { state } = panel;

  if (state.status === 'loading') return <PanelSkeleton />;
  if (state.status === 'error') {
    return (
      <LoadError
        title="Couldn't load the costs"
        error={state.error}
        onRetry={() => void panel.reload()}
      />
    );
  }

  return <Panel data={state.data} panel={panel} />;
}

function Panel({ data, panel }: { readonly data: PanelLoadResponse; readonly panel: PanelModel }) {
  const [dialog, setDialog] = useState<Dialog>({ type: 'none' });
  // Names come after the panel has drawn, from Jira as the viewer (a second, small call).
  const fetched = usePeopleNames(
    data.entries.map((entry) => entry.createdBy),
    peopleNames,
  );
  const authorNames = { ...fetched, ...(data.authorNames ?? NO_AUTHORS) };
  const close = () => setDialog({ type: 'none' });
  const openAdd = () => setDialog({ type: 'add', id: newId() });
  const afterSave = (outcome: SaveOutcome) => {
    if (outcome.status === 'saved' || outcome.status === 'conflict') close();
    return outcome;
  };
  const submit = async (input: CostEntryInput) => {
    if (dialog.type === 'add') return afterSave(await panel.createEntry(dialog.id, input));
    if (dialog.type === 'edit') return afterSave(await panel.updateEntry(dialog.entry, input));
    return { status: 'failed' } satisfies SaveOutcome;
  };
  const [direct, labour] = useMemo(
    () => [
      data.entries.filter((e) => e.source?.kind !== 'worklog'),
      data.entries.filter((e) => e.source?.kind === 'worklog'),
    ],
    [data.entries],
  );
  const currenciesInUse = useMemo(
    () => [...new Set(data.entries.map((e) => e.amount.currency))],
    [data.entries],
  );

  return (
    <div
      style={{ display: 'grid', gap: token('space.200'), color: token('color.text') }}
      aria-busy={panelBusy(panel)}
    >
      {panel.hasConflict && <ConflictMessage onReload={() => void panel.reloadLatest()} />}
      {data.entries.length === 0 ? (
        <EmptyEntries canEdit={data.canEdit} onAdd={openAdd} />
      ) : (
        <>
          <div
            style={{
              display: 'flex',
              flexWrap: 'wrap',
              justifyContent: 'space-between',
              alignItems: 'flex-start',
              gap: token('space.200'),
            }}
          >
            <TotalsSummary totals={data.totals} />
            {data.canEdit && (
              <Button appearance="primary" onClick={openAdd}>
                Add cost
              </Button>
            )}
          </div>
          <CountsToward keyResults={data.keyResults} />
          {direct.length > 0 && (
            <EntriesTable
              entries={direct}
              categories={data.categories}
              authorNames={authorNames}
              canEdit={data.canEdit}
              onEdit={(entry) => setDialog({ type: 'edit', entry })}
              onDelete={(entry) => setDialog({ type: 'delete', entry })}
              onHistory={(entry) => setDialog({ type: 'history', entry })}
            />
          )}
          {labour.length > 0 && (
            <LabourSection
              entries={labour}
              categories={data.categories}
              authorNames={authorNames}
              onHistory={(entry) => setDialog({ type: 'history', entry })}
            />
          )}
        </>
      )}
      {!data.canEdit && (
        <p style={{ color: token('color.text.subtlest'), font: token('font.body.small') }}>
          You can view these costs but not change them.
        </p>
      )}
      <Suspense fallback={<LoadingState label="Opening…" />}>
        {(dialog.type === 'add' || dialog.type === 'edit') && (
          <EntryFormModal
            entry={dialog.type === 'edit' ? dialog.entry : undefined}
            categories={data.categories}
            defaultCurrency={data.reportingCurrency}
            currenciesInUse={currenciesInUse}
            onSubmit={submit}
            onClose={close}
          />
        )}
        {dialog.type === 'delete' && (
          <DeleteEntryModal
            entry={dialog.entry}
            onConfirm={async () => afterSave(await panel.deleteEntry(dialog.entry))}
            onClose={close}
          />
        )}
        {dialog.type === 'history' && (
          <EntryHistoryModal entry={dialog.entry} categories={data.categories} onClose={close} />
        )}
      </Suspense>
    </div>
  );
}

function panelBusy(panel: PanelModel): boolean {
  return panel.state.status === 'ready' && panel.state.isRefreshing;
}
