import Button from '@atlaskit/button/new';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { token } from '@atlaskit/tokens';
import { GADGET_PERIODS } from '@shared/contract';
import type { GadgetConfig, GadgetPeriod } from '@shared/contract';
import { useState } from 'react';
import type { FormEvent } from 'react';

import { LoadError } from '../../../common/src/components/LoadError';
import { LoadingState } from '../../../common/src/components/LoadingState';
import { NativeSelect } from '../../../common/src/components/NativeSelect';
import { RadioGroup } from '../../../common/src/components/RadioGroup';
import { DEFAULT_LAYOUT } from '../gadget-config';
import type { GadgetLayout } from '../gadget-config';
import { useGadgetEditor } from '../hooks/useGadgetEditor';
import { useProjects } from '../hooks/useProjects';
import { PERIOD_LABELS } from '../period-labels';

import { ObjectivesPicker } from './ObjectivesPicker';

type ProjectOption = { readonly label: string; readonly value: string };

const LAYOUT_OPTIONS = [
  {
    value: 'charts',
    label: 'Charts',
    description: 'Objectives with a key result trend, totals, monthly trend and every category',
  },
  {
    value: 'compact',
    label: 'Compact',
    description: 'Objectives as a list, totals and the top categories',
  },
] as const;

/** The gadget's edit view: which project to show and how. Saved with Jira's view.submit. */
export default function GadgetEditForm({ config }: { readonly config: GadgetConfig }) {
  const projects = useProjects();
  const editor = useGadgetEditor();
  const [projectId, setProjectId] = useState(config.projectId ?? '');
  const [layout, setLayout] = useState<GadgetLayout>(config.layout ?? DEFAULT_LAYOUT);
  const [period, setPeriod] = useState<GadgetPeriod>(config.period ?? 'last-12-months');
  const [choice, setChoice] = useState<'active' | 'chosen'>(
    config.objectiveIds && config.objectiveIds.length > 0 ? 'chosen' : 'active',
  );
  const [chosenIds, setChosenIds] = useState<readonly string[]>(config.objectiveIds ?? []);
  const [showError, setShowError] = useState(false);
  const { state } = projects;

  if (state.status === 'loading') return <LoadingState label="Loading projects" />;
  if (state.status === 'error') {
    return (
      <LoadError
        title="Couldn't load the projects"
        error={state.error}
        onRetry={() => void projects.reload()}
      />
    );
  }
  const options: ProjectOption[] = state.data.projects.map((p) => ({
    value: p.id,
    label: `${p.name} (${p.key})`,
  }));
  const selected = options.find((o) => o.value === projectId) ?? null;
  const error = showError && !selected ? 'Choose a project.' : undefined;
  const objectivesError =
    showError && choice === 'chosen' && chosenIds.length === 0
      ? 'Tick at least one objective, or show all active ones.'
      : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShowError(true);
    if (!selected || (choice === 'chosen' && chosenIds.length === 0)) return;
    void editor.save({
      projectId: selected.value,
      layout,
      period,
      ...(choice === 'chosen' ? { objectiveIds: [...chosenIds] } : {}),
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Gadget settings"
      style={{
        display: 'grid',
        gap: token('space.200'),
        maxWidth: '32rem',
        color: token('color.text'),
      }}
    >
      <div>
        <Label htmlFor="gadget-project">Project</Label>
        <Select<ProjectOption>
          inputId="gadget-project"
          options={options}
          value={selected}
          onChange={(option) => {
            setProjectId(option?.value ?? '');
            setChosenIds([]);
          }}
          isInvalid={error !== undefined}
          placeholder="Choose a project"
          noOptionsMessage={() => 'No projects you can see costs of'}
          autoFocus
        />
        {error ? (
          <ErrorMessage>{error}</ErrorMessage>
        ) : (
          <HelperMessage>
            Dashboard viewers see the figures only if they may view this project's costs.
          </HelperMessage>
        )}
      </div>
      {selected && (
        <ObjectivesPicker
          projectId={selected.value}
          choice={choice}
          chosenIds={chosenIds}
          onChoiceChange={setChoice}
          onChosenChange={setChosenIds}
          error={objectivesError}
        />
      )}
      <div style={{ display: 'grid', justifyItems: 'start' }}>
        <Label htmlFor="gadget-period">Spend period</Label>
        <NativeSelect
          id="gadget-period"
          value={period}
          onChange={(event) =>
            setPeriod(GADGET_PERIODS.find((p) => p === event.target.value) ?? 'last-12-months')
          }
        >
          {GADGET_PERIODS.map((value) => (
            <option key={value} value={value}>
              {PERIOD_LABELS[value]}
            </option>
          ))}
        </NativeSelect>
        <HelperMessage>
          The totals, monthly trend and category spend cover these months.
        </HelperMessage>
      </div>
      <RadioGroup<GadgetLayout>
        legend="Layout"
        name="layout"
        options={LAYOUT_OPTIONS}
        value={layout}
        onChange={setLayout}
      />
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance="primary" isLoading={editor.isSaving}>
          Save
        </Button>
        <Button appearance="subtle" onClick={() => void editor.cancel()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
