import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { CategoryDto } from '@shared/contract';
import type { ObjectiveStatusDto, SaveObjectiveRequest } from '@shared/okr-contract';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';

import { NativeSelect } from '../../../../common/src/components/NativeSelect';
import { TextArea } from '../../../../common/src/components/TextArea';
import { useObjectiveEditor } from '../../hooks/useObjectiveEditor';
import type { WriteOutcome } from '../../hooks/useObjectives';
import { errorAt, hasFieldErrors, unclaimedErrors } from '../../objectives/form-errors';
import { templateKeyResult } from '../../objectives/key-result-templates';
import { newCostKeyResult, newManualKeyResult } from '../../objectives/objective-draft';
import type { DraftContext, ObjectiveDraft } from '../../objectives/objective-draft';
import { OBJECTIVE_LIMITS, toPeriodSpec } from '../../objectives/objective-request';
import { periodBounds, periodMonthCount } from '../../objectives/period-dates';

import { AddKeyResult } from './AddKeyResult';
import { describedBy, FormField } from './FormField';
import { KeyResultEditor } from './KeyResultEditor';
import { OwnerField } from './OwnerField';
import { PeriodField } from './PeriodField';

type Props = {
  readonly initial: ObjectiveDraft;
  readonly context: DraftContext;
  readonly categories: readonly CategoryDto[];
  readonly accountId: string | undefined;
  /** Key result ids saved before (they may be archived, not only removed). */
  readonly savedKeyResultIds: ReadonlySet<string>;
  readonly onSave: (request: SaveObjectiveRequest) => Promise<WriteOutcome>;
  readonly onCancel: () => void;
  readonly onReloadLatest: () => void;
};

/** Statuses an objective may move to, as the back end allows (closing freezes values). */
const NEXT_STATUSES: Readonly<Record<ObjectiveStatusDto, readonly ObjectiveStatusDto[]>> = {
  draft: ['draft', 'active', 'archived'],
  active: ['active', 'closed', 'archived'],
  closed: ['closed', 'active', 'archived'],
  archived: ['archived', 'draft', 'closed'],
};
const STATUS_LABELS: Readonly<Record<ObjectiveStatusDto, string>> = {
  draft: 'Draft (not shown on dashboards)',
  active: 'Active (measured live)',
  closed: 'Closed (values frozen)',
  archived: 'Archived',
};
const OBJECTIVE_PATHS =
  /^(title|description|ownerAccountId|status|period|keyResults(\.\d+)?)(\.|$)/;

/**
 * Creates or edits an objective with its key results. Problems show beside their fields,
 * found here or by the server; a save refused because someone else saved first says so and
 * offers to reload.
 */
export function ObjectiveEditor(props: Props) {
  const { initial, context, categories, accountId, savedKeyResultIds } = props;
  const editor = useObjectiveEditor(initial, context, categories);
  const [isSaving, setIsSaving] = useState(false);
  const [hasConflict, setHasConflict] = useState(false);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const { draft, errors } = editor;
  const isNew = initial.version === 0;
  const period = toPeriodSpec(draft.period);
  const periodDates = useMemo(
    () => periodBounds(draft.period, context.fiscalYearStartMonth),
    [draft.period, context.fiscalYearStartMonth],
  );
  const summary = unclaimedErrors(errors, (path) => OBJECTIVE_PATHS.test(path));
  const statuses = isNew ? (['draft', 'active'] as const) : NEXT_STATUSES[initial.status];

  // After a refused save, focus (and so the scroll position) moves to the message at the top,
  // so that people see why nothing was saved: the Save button is far below on a long form.
  useEffect(() => {
    if (failedAttempts > 0) summaryRef.current?.focus();
  }, [failedAttempts]);
  useEffect(() => {
    if (hasConflict) conflictRef.current?.focus();
  }, [hasConflict]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = editor.validRequest();
    if (!request) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    setIsSaving(true);
    const outcome = await props.onSave(request);
    setIsSaving(false);
    if (outcome.status === 'conflict') setHasConflict(true);
    if (outcome.status === 'invalid') {
      editor.showServerErrors(outcome.errors);
      setFailedAttempts((n) => n + 1);
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={isNew ? 'New objective' : `Edit objective ${initial.title}`}
      style={{ display: 'grid', gap: token('space.300'), maxWidth: '60rem' }}
    >
      <Heading size="medium" as="h2">
        {isNew ? 'New objective' : `Edit ${initial.title}`}
      </Heading>
      {hasConflict && (
        <div role="alert" ref={conflictRef} tabIndex={-1} style={{ outline: 'none' }}>
          <SectionMessage
            appearance="warning"
            title="This objective was changed by someone else"
            actions={
              <SectionMessageAction onClick={props.onReloadLatest}>Reload</SectionMessageAction>
            }
          >
            <p>
              Reload to see their changes, then make yours again. Saving now would overwrite them,
              so it is refused.
            </p>
          </SectionMessage>
        </div>
      )}
      {hasFieldErrors(errors) && (
        <div role="alert" ref={summaryRef} tabIndex={-1} style={{ outline: 'none' }}>
          <SectionMessage appearance="error" title="Some fields need attention">
            <p>Fix the fields marked below, then save again.</p>
            {summary.length > 0 && (
              <ul>
                {summary.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </SectionMessage>
        </div>
      )}
      <Section title="Objective">
        <FormField id="objective-title" label="Title" error={errorAt(errors, 'title')}>
          <Textfield
            id="objective-title"
            value={draft.title}
            onChange={(e) => editor.setFields({ title: e.currentTarget.value })}
            isInvalid={errorAt(errors, 'title') !== undefined}
            aria-describedby={describedBy('objective-title', errorAt(errors, 'title'))}
            maxLength={OBJECTIVE_LIMITS.titleLength}
            placeholder="For example: Run a leaner platform"
          />
        </FormField>
        <FormField
          id="objective-description"
          label="Description"
          error={errorAt(errors, 'description')}
        >
          <TextArea
            id="objective-description"
            value={draft.description}
            onChange={(e) => editor.setFields({ description: e.currentTarget.value })}
            isInvalid={errorAt(errors, 'description') !== undefined}
            aria-describedby={describedBy('objective-description', errorAt(errors, 'description'))}
            maxLength={OBJECTIVE_LIMITS.descriptionLength}
          />
        </FormField>
        <OwnerField
          ownerAccountId={draft.ownerAccountId}
          accountId={accountId}
          error={errorAt(errors, 'ownerAccountId')}
          onTakeOver={() => accountId && editor.setFields({ ownerAccountId: accountId })}
        />
        <PeriodField
          period={draft.period}
          fiscalYearStartMonth={context.fiscalYearStartMonth}
          errors={errors}
          onChange={editor.setPeriod}
        />
        <div style={{ maxWidth: '20rem' }}>
          <FormField id="objective-status" label="Status" error={errorAt(errors, 'status')}>
            <NativeSelect
              id="objective-status"
              value={draft.status}
              onChange={(e) =>
                editor.setFields({ status: statusOf(e.currentTarget.value, draft.status) })
              }
              isInvalid={errorAt(errors, 'status') !== undefined}
            >
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        </div>
      </Section>
      <Section title="Key results">
        {draft.keyResults.length === 0 && (
          <p style={{ margin: 0, color: token('color.text.subtle') }}>
            No key results yet. Without one the objective is not measurable.
          </p>
        )}
        {errors.keyResults && (
          <p role="alert" style={{ margin: 0, color: token('color.text.danger') }}>
            {errors.keyResults}
          </p>
        )}
        {draft.keyResults.map((keyResult, index) => (
          <KeyResultEditor
            key={keyResult.id}
            index={index}
            draft={keyResult}
            isSaved={savedKeyResultIds.has(keyResult.id)}
            categories={categories}
            context={context}
            period={period.ok ? period.value : undefined}
            periodDates={periodDates}
            errors={errors}
            onChange={(changes) => editor.updateKeyResult(index, changes)}
            onRemove={() => editor.removeKeyResult(index)}
          />
        ))}
        <AddKeyResult
          isDisabled={draft.keyResults.length >= OBJECTIVE_LIMITS.keyResults}
          onAddCost={() => editor.addKeyResult(newCostKeyResult())}
          onAddManual={() => editor.addKeyResult(newManualKeyResult())}
          onAddTemplate={(key) =>
            editor.addKeyResult(templateKeyResult(key, periodMonthCount(draft.period)))
          }
        />
      </Section>
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance="primary" isLoading={isSaving}>
          {isNew ? 'Create objective' : 'Save objective'}
        </Button>
        <Button appearance="subtle" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section style={{ display: 'grid', gap: token('space.200') }}>
      <Heading size="small" as="h3">
        {title}
      </Heading>
      {children}
    </section>
  );
}

function statusOf(value: string, fallback: ObjectiveStatusDto): ObjectiveStatusDto {
  return (['draft', 'active', 'closed', 'archived'] as const).find((s) => s === value) ?? fallback;
}
