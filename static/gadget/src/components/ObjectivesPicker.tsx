import { token } from '@atlaskit/tokens';
import { useCallback, useId } from 'react';

import { useAppContext } from '../../../common/src/app-context';
import { LoadError } from '../../../common/src/components/LoadError';
import { LoadingState } from '../../../common/src/components/LoadingState';
import { RadioGroup } from '../../../common/src/components/RadioGroup';
import { formatCalendarDate } from '../../../common/src/format-date';
import { useAsync } from '../../../common/src/hooks/useAsync';
import { lastDayOf } from '../../../common/src/okr/okr-format';
import { listObjectives } from '../api';

type Choice = 'active' | 'chosen';

const CHOICES = [
  {
    value: 'active',
    label: 'All active objectives',
    description: 'New objectives appear once active',
  },
  {
    value: 'chosen',
    label: 'Chosen objectives',
    description: 'Only those ticked below, active or closed',
  },
] as const;

type Props = {
  readonly projectId: string;
  /** Empty means every active objective. */
  readonly chosenIds: readonly string[];
  readonly choice: Choice;
  readonly onChoiceChange: (choice: Choice) => void;
  readonly onChosenChange: (ids: readonly string[]) => void;
  readonly error?: string;
};

/** Which objectives of the chosen project the gadget shows: all active ones, or a choice. */
export function ObjectivesPicker(props: Props) {
  const { projectId, chosenIds, choice, onChoiceChange, onChosenChange, error } = props;
  const load = useCallback(() => listObjectives(projectId), [projectId]);
  const objectives = useAsync(load);
  const listId = useId();
  const { locale } = useAppContext();
  const { state } = objectives;

  const toggle = (id: string, on: boolean) =>
    onChosenChange(on ? [...chosenIds, id] : chosenIds.filter((chosen) => chosen !== id));

  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <RadioGroup<Choice>
        legend="Objectives"
        name="objectives"
        options={CHOICES}
        value={choice}
        onChange={onChoiceChange}
      />
      {choice === 'chosen' && state.status === 'loading' && (
        <LoadingState label="Loading objectives" />
      )}
      {choice === 'chosen' && state.status === 'error' && (
        <LoadError
          title="Couldn't load the objectives"
          error={state.error}
          onRetry={() => void objectives.reload()}
        />
      )}
      {choice === 'chosen' && state.status === 'ready' && state.data.objectives.length === 0 && (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>
          This project has no active or closed objectives yet.
        </p>
      )}
      {choice === 'chosen' && state.status === 'ready' && state.data.objectives.length > 0 && (
        <fieldset
          aria-describedby={error ? `${listId}-error` : undefined}
          style={{
            border: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            gap: token('space.050'),
          }}
        >
          <legend
            style={{
              padding: 0,
              marginBottom: token('space.050'),
              font: token('font.body.small'),
              color: token('color.text.subtle'),
            }}
          >
            Objectives to show
          </legend>
          {state.data.objectives.map((objective) => (
            <label
              key={objective.id}
              style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline' }}
            >
              <input
                type="checkbox"
                checked={chosenIds.includes(objective.id)}
                onChange={(event) => toggle(objective.id, event.target.checked)}
              />
              <span>
                {objective.title}
                <span style={{ color: token('color.text.subtle') }}>
                  {` · ${[
                    objective.periodLabel,
                    `${formatCalendarDate(objective.period.start, locale)} – ${formatCalendarDate(lastDayOf(objective.period), locale)}`,
                    objective.status === 'closed' ? 'closed' : '',
                  ]
                    .filter((part) => part !== '')
                    .join(' · ')}`}
                </span>
              </span>
            </label>
          ))}
          {error && (
            <span id={`${listId}-error`} role="alert" style={{ color: token('color.text.danger') }}>
              {error}
            </span>
          )}
        </fieldset>
      )}
    </div>
  );
}
