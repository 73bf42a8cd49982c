import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { SettingsLoadResponse } from '@shared/contract';
import { useState } from 'react';

import { LoadError } from '../../common/src/components/LoadError';
import { LoadingState } from '../../common/src/components/LoadingState';

import { CostSettingsForm } from './components/CostSettingsForm';
import { ObjectivesPlaceholder } from './components/ObjectivesPlaceholder';
import { RatesSection } from './components/RatesSection';
import { Tabs } from './components/Tabs';
import { useSettings } from './hooks/useSettings';
import type { SettingsModel } from './hooks/useSettings';

type TabKey = 'costs' | 'objectives';

const TABS = [
  { key: 'costs', label: 'Costs' },
  { key: 'objectives', label: 'Objectives' },
] as const;

/** The project settings page: cost settings and rates now, objectives on their own tab. */
export function App() {
  const model = useSettings();
  const [tab, setTab] = useState<TabKey>('costs');
  const { state } = model;

  return (
    <main
      style={{
        display: 'grid',
        gap: token('space.200'),
        color: token('color.text'),
        padding: token('space.100'),
      }}
    >
      <Heading size="large" as="h1">
        Objectives &amp; costs
      </Heading>
      {state.status === 'loading' && <LoadingState label="Loading settings" />}
      {state.status === 'error' && (
        <LoadError
          title="Couldn't load the settings"
          error={state.error}
          onRetry={() => void model.reload()}
        />
      )}
      {state.status === 'ready' && (
        <Tabs label="Settings sections" tabs={TABS} selected={tab} onSelect={setTab}>
          {/* Both stay mounted so that unsaved cost settings survive a look at the other tab. */}
          <div hidden={tab !== 'costs'}>
            <CostsTab data={state.data} model={model} />
          </div>
          <div hidden={tab !== 'objectives'}>
            <ObjectivesPlaceholder />
          </div>
        </Tabs>
      )}
    </main>
  );
}

function CostsTab({
  data,
  model,
}: {
  readonly data: SettingsLoadResponse;
  readonly model: SettingsModel;
}) {
  return (
    <div style={{ display: 'grid', gap: token('space.500'), maxWidth: '60rem' }}>
      <Heading size="medium" as="h2">
        {`Costs in ${data.project.name}`}
      </Heading>
      <CostSettingsForm
        // A new form (and draft) whenever the saved settings change, e.g. after a save.
        key={JSON.stringify(data.settings)}
        settings={data.settings}
        roles={data.roles}
        onSave={model.saveCostSettings}
      />
      <RatesSection
        rates={data.rates}
        reportingCurrency={data.settings.reportingCurrency}
        onSave={model.saveRate}
        onDelete={model.deleteRate}
      />
    </div>
  );
}
