import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { CategoryDto } from '@shared/contract';
import type {
  KeyResultView,
  ManualKeyResultDto,
  ObjectiveView,
  ObjectivesResponse,
} from '@shared/okr-contract';
import { useMemo, useState } from 'react';

import { useAppContext } from '../../../../common/src/app-context';
import ContributionsModal from '../../../../common/src/components/contributions/ContributionsModal';
import { LoadError } from '../../../../common/src/components/LoadError';
import { LoadingState } from '../../../../common/src/components/LoadingState';
import { openIssue } from '../../../../common/src/issue-navigation';
import { useObjectives } from '../../hooks/useObjectives';
import type { ObjectivesModel } from '../../hooks/useObjectives';
import { newObjectiveDraft, toObjectiveDraft } from '../../objectives/objective-draft';
import type { DraftContext } from '../../objectives/objective-draft';

import CheckInDialog from './CheckInDialog';
import DeleteObjectiveDialog from './DeleteObjectiveDialog';
import { ObjectiveCard } from './ObjectiveCard';
import { ObjectiveEditor } from './ObjectiveEditor';

type Props = { readonly categories: readonly CategoryDto[] };

/** What the tab shows: the list, or the editor of a new or existing objective. */
type Mode =
  | { readonly type: 'list' }
  | { readonly type: 'new' }
  | { readonly type: 'edit'; readonly id: string };

type Dialog =
  | { readonly type: 'none' }
  | { readonly type: 'delete'; readonly view: ObjectiveView }
  | {
      readonly type: 'check-in';
      readonly view: ObjectiveView;
      readonly keyResult: ManualKeyResultDto;
    }
  | {
      readonly type: 'contributions';
      readonly view: ObjectiveView;
      readonly keyResult: KeyResultView;
    };

/**
 * The Objectives tab: every objective of the project with its progress and key results, and
 * the editor to create or change one. Loaded on demand (React.lazy) the first time the tab
 * opens, so the settings page's first paint does not carry the OKR editor and charts.
 */
export default function ObjectivesTab({ categories }: Props) {
  const model = useObjectives();
  const { state } = model;

  if (state.status === 'loading') return <LoadingState label="Loading objectives" />;
  if (state.status === 'error') {
    return (
      <LoadError
        title="Couldn't load the objectives"
        error={state.error}
        onRetry={() => void model.reload()}
      />
    );
  }

  return <Objectives data={state.data} model={model} categories={categories} />;
}

function Objectives({
  data,
  model,
  categories,
}: {
  readonly data: ObjectivesResponse;
  readonly model: ObjectivesModel;
  readonly categories: readonly CategoryDto[];
}) {
  const { accountId, locale } = useAppContext();
  const [mode, setMode] = useState<Mode>({ type: 'list' });
  const [dialog, setDialog] = useState<Dialog>({ type: 'none' });
  const context: DraftContext = useMemo(
    () => ({
      locale,
      reportingCurrency: data.reportingCurrency,
      fiscalYearStartMonth: data.fiscalYearStartMonth,
      today: data.today,
    }),
    [locale, data.reportingCurrency, data.fiscalYearStartMonth, data.today],
  );
  const editing =
    mode.type === 'edit' ? data.objectives.find((v) => v.objective.id === mode.id) : undefined;
  const closeDialog = () => setDialog({ type: 'none' });
  const reloadLatest = async () => {
    closeDialog();
    await model.reload();
  };

  if (mode.type === 'new' || editing) {
    const initial = editing
      ? toObjectiveDraft(editing.objective, context)
      : newObjectiveDraft(accountId ?? '', context);
    return (
      <ObjectiveEditor
        // A fresh editor for each version: after a reload the latest saved values show.
        key={editing ? `${editing.objective.id}@${editing.objective.version}` : 'new'}
        initial={initial}
        context={context}
        categories={categories}
        accountId={accountId}
        savedKeyResultIds={new Set(editing?.objective.keyResults.map((kr) => kr.id) ?? [])}
        onSave={async (request) => {
          const outcome = await model.save(request);
          if (outcome.status === 'saved') setMode({ type: 'list' });
          return outcome;
        }}
        onCancel={() => setMode({ type: 'list' })}
        onReloadLatest={() => void model.reload()}
      />
    );
  }

  return (
    <section
      aria-labelledby="objectives-heading"
      style={{ display: 'grid', gap: token('space.200'), maxWidth: '60rem' }}
    >
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: token('space.100'),
        }}
      >
        <Heading size="medium" as="h2" id="objectives-heading">
          Objectives
        </Heading>
        {data.objectives.length > 0 && (
          <Button appearance="primary" onClick={() => setMode({ type: 'new' })}>
            New objective
          </Button>
        )}
      </div>
      {data.objectives.length === 0 ? (
        <EmptyState
          header="No objectives yet"
          headingLevel={3}
          description={
            'Set an objective and key results that measure themselves from the costs recorded ' +
            'in this project, such as "reduce cloud spend by 15% this quarter".'
          }
          primaryAction={
            <Button appearance="primary" onClick={() => setMode({ type: 'new' })}>
              New objective
            </Button>
          }
        />
      ) : (
        <div aria-busy={isRefreshing(model)} style={{ display: 'grid', gap: token('space.200') }}>
          {data.objectives.map((view) => (
            <ObjectiveCard
              key={view.objective.id}
              view={view}
              categories={categories}
              today={data.today}
              onEdit={() => setMode({ type: 'edit', id: view.objective.id })}
              onDelete={() => setDialog({ type: 'delete', view })}
              onCheckIn={(keyResult) => setDialog({ type: 'check-in', view, keyResult })}
              onShowContributions={(keyResult) =>
                setDialog({ type: 'contributions', view, keyResult })
              }
            />
          ))}
        </div>
      )}
      {dialog.type === 'delete' && (
        <DeleteObjectiveDialog
          view={dialog.view}
          onConfirm={async () => {
            const outcome = await model.remove(dialog.view);
            if (outcome.status !== 'failed') closeDialog();
          }}
          onClose={closeDialog}
        />
      )}
      {dialog.type === 'check-in' && (
        <CheckInDialog
          objectiveId={dialog.view.objective.id}
          version={dialog.view.objective.version}
          keyResult={dialog.keyResult}
          today={data.today}
          onSubmit={model.checkIn}
          onReloadLatest={() => void reloadLatest()}
          onClose={closeDialog}
        />
      )}
      {dialog.type === 'contributions' && (
        <ContributionsModal
          keyResultTitle={dialog.keyResult.keyResult.title}
          load={() =>
            model.loadContributions({
              objectiveId: dialog.view.objective.id,
              keyResultId: dialog.keyResult.keyResult.id,
            })
          }
          onOpenIssue={(issueKey) => void openIssue(issueKey)}
          onClose={closeDialog}
        />
      )}
    </section>
  );
}

function isRefreshing(model: ObjectivesModel): boolean {
  return model.state.status === 'ready' && model.state.isRefreshing;
}
