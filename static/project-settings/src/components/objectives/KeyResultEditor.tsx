import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { CategoryDto, IsoDate } from '@shared/contract';
import type { PeriodSpecDto } from '@shared/okr-contract';

import { errorAt, unclaimedErrors } from '../../objectives/form-errors';
import type { FieldErrors } from '../../objectives/form-errors';
import type { DraftContext, KeyResultDraft } from '../../objectives/objective-draft';
import { toKeyResultDto } from '../../objectives/objective-request';

import { CostKeyResultFields } from './CostKeyResultFields';
import { describedBy, FormField } from './FormField';
import { KeyResultPreview } from './KeyResultPreview';
import { ManualKeyResultFields } from './ManualKeyResultFields';

type Props = {
  readonly index: number;
  readonly draft: KeyResultDraft;
  /** Saved before: it can be archived rather than only removed. */
  readonly isSaved: boolean;
  readonly categories: readonly CategoryDto[];
  readonly context: DraftContext;
  readonly period: PeriodSpecDto | undefined;
  readonly periodDates: { readonly start: IsoDate; readonly end: IsoDate } | undefined;
  readonly errors: FieldErrors;
  readonly onChange: (changes: Partial<KeyResultDraft>) => void;
  readonly onRemove: () => void;
};

const FIELDS = 'title|weight|archived|categoryIds|jql|kind|measure|baseline|target|unit|currency';
const FIELD_PATHS = new RegExp(`^(${FIELDS}|startValue|targetValue)(\\.|$)`);

/** One key result in the objective editor: its title, type-specific fields, weight, preview. */
export function KeyResultEditor(props: Props) {
  const { index, draft, isSaved, categories, context, errors, onChange } = props;
  const path = `keyResults.${index}`;
  const idPrefix = `kr-${index}`;
  const headingId = `${idPrefix}-heading`;
  const titleError = errorAt(errors, `${path}.title`);
  const weightError = errorAt(errors, `${path}.weight`);
  const other = unclaimedErrors(
    Object.fromEntries(Object.entries(errors).filter(([p]) => p.startsWith(`${path}.`))),
    (p) => FIELD_PATHS.test(p.slice(path.length + 1)),
  );
  const dto = draft.type === 'cost' ? toKeyResultDto(draft, context) : undefined;
  const previewRequest =
    dto?.ok && props.period ? { period: props.period, keyResult: dto.value } : undefined;

  return (
    <section
      aria-labelledby={headingId}
      style={{
        display: 'grid',
        gap: token('space.200'),
        padding: token('space.200'),
        border: `${token('border.width')} solid ${token('color.border')}`,
        borderRadius: token('radius.medium'),
        opacity: draft.archived ? 0.75 : 1,
      }}
    >
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: token('space.100'),
        }}
      >
        <Heading size="xsmall" as="h4" id={headingId}>
          {`Key result ${index + 1} · ${
            draft.type === 'cost' ? 'measured from costs' : 'checked in by people'
          }`}
        </Heading>
        <Button
          appearance="subtle"
          spacing="compact"
          onClick={props.onRemove}
          aria-label={`Remove key result ${index + 1}`}
        >
          Remove
        </Button>
      </div>
      {other.length > 0 && (
        <p role="alert" style={{ margin: 0, color: token('color.text.danger') }}>
          {other.join(' ')}
        </p>
      )}
      <FormField
        id={`${idPrefix}-title`}
        label="Title"
        error={titleError}
        helper={
          draft.type === 'cost' && draft.autoTitle
            ? 'Suggested from the fields below; type to write your own.'
            : undefined
        }
      >
        <Textfield
          id={`${idPrefix}-title`}
          value={draft.title}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
          isInvalid={titleError !== undefined}
          aria-describedby={describedBy(
            `${idPrefix}-title`,
            titleError,
            draft.type === 'cost' && draft.autoTitle,
          )}
          maxLength={255}
        />
      </FormField>
      {draft.type === 'cost' ? (
        <CostKeyResultFields
          idPrefix={idPrefix}
          path={path}
          draft={draft}
          categories={categories}
          currency={context.reportingCurrency}
          errors={errors}
          onChange={onChange}
        />
      ) : (
        <ManualKeyResultFields
          idPrefix={idPrefix}
          path={path}
          draft={draft}
          errors={errors}
          onChange={onChange}
        />
      )}
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: token('space.300'),
          alignItems: 'flex-end',
        }}
      >
        <div style={{ width: '8rem' }}>
          <FormField id={`${idPrefix}-weight`} label="Weight" error={weightError}>
            <Textfield
              id={`${idPrefix}-weight`}
              inputMode="decimal"
              value={draft.weight}
              onChange={(e) => onChange({ weight: e.currentTarget.value })}
              isInvalid={weightError !== undefined}
              aria-describedby={describedBy(`${idPrefix}-weight`, weightError)}
            />
          </FormField>
        </div>
        {isSaved && (
          <label
            style={{
              display: 'inline-flex',
              gap: token('space.075'),
              alignItems: 'center',
              paddingBottom: token('space.100'),
            }}
          >
            <input
              type="checkbox"
              checked={draft.archived}
              onChange={(e) => onChange({ archived: e.currentTarget.checked })}
              style={{ accentColor: token('color.background.selected.bold') }}
            />
            Archived (keeps its history, no longer counts)
          </label>
        )}
      </div>
      {draft.type === 'cost' && (
        <KeyResultPreview
          request={previewRequest}
          period={props.periodDates}
          today={context.today}
        />
      )}
      {draft.type === 'manual' && isSaved && (
        <p style={{ margin: 0, color: token('color.text.subtle'), font: token('font.body.small') }}>
          {`${draft.checkIns.length} check-in${draft.checkIns.length === 1 ? '' : 's'} so far. ` +
            'Record new ones with "Check in" in the objectives list.'}
        </p>
      )}
    </section>
  );
}
