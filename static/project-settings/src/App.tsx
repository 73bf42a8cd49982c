import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { SettingsLoadResponse } from '@shared/contract';
import { lazy, Suspense, useState } from 'react';

import { LoadError } from '../../common/src/components/LoadError';
import { LoadingState } from '../../common/src/components/LoadingState';

import { CostSettingsForm } from './components/CostSettingsForm';
import { RatesSection } from './components/RatesSection';
import { Tabs } from './components/Tabs';
import { useSettings } from './hooks/useSettings';
import type { SettingsModel } from './hooks/useSettings';

type TabKey = 'costs' | 'objectives' | 'labour' | 'import' | 'audit';

// The OKR editor, its charts and dialogs load the first time the tab opens: the page's first
// paint (the Costs tab) must stay within the 200 KB gzip budget.
const ObjectivesTab = lazy(() => import('./components/objectives/ObjectivesTab'));
const AuditTab = lazy(() => import('./components/audit/AuditTab'));
const LabourTab = lazy(() => import('./components/labour/LabourTab'));
// The FOCUS import brings its CSV parser (papaparse) along, so it loads only with its tab.
const ImportTab = lazy(() => import('./components/import/ImportTab'));
const ExportCostsDialog = lazy(() => import('./components/csv/ExportCostsDialog'));
const ImportCostsDialog = lazy(() => import('./components/csv/ImportCostsDialog'));

const TABS = [
  { key: 'costs', label: 'Costs' },
  { key: 'objectives', label: 'Objectives' },
  { key: 'labour', label: 'Labour' },
  { key: 'import', label: 'Import' },
  { key: 'audit', label: 'Audit' },
] as const;

/** The project settings page: cost settings and rates; objectives and the audit log on their own tabs. */
export function App() {
  const model = useSettings();
  const [tab, setTab] = useState<TabKey>('costs');
  const [visited, setVisited] = useState<ReadonlySet<TabKey>>(new Set(['costs']));
  const { state } = model;
  const select = (key: TabKey) => {
    setTab(key);
    setVisited((current) => new Set([...current, key]));
  };

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
        <Tabs label="Settings sections" tabs={TABS} selected={tab} onSelect={select}>
          {/* Each stays mounted once opened, so unsaved edits survive a look at the other tab. */}
          <div hidden={tab !== 'costs'}>
            <CostsTab data={state.data} model={model} />
          </div>
          {visited.has('labour') && (
            <div hidden={tab !== 'labour'}>
              <Suspense fallback={<LoadingState label="Loading labour rates" />}>
                <LabourTab reportingCurrency={state.data.settings.reportingCurrency} />
              </Suspense>
            </div>
          )}
          {visited.has('objectives') && (
            <div hidden={tab !== 'objectives'}>
              <Suspense fallback={<LoadingState label="Loading objectives" />}>
                <ObjectivesTab categories={state.data.settings.categories} />
              </Suspense>
            </div>
          )}
          {visited.has('import') && (
            <div hidden={tab !== 'import'}>
              <Suspense fallback={<LoadingState label="Loading the import" />}>
                <ImportTab categories={state.data.settings.categories} />
              </Suspense>
            </div>
          )}
          {visited.has('audit') && (
            <div hidden={tab !== 'audit'}>
              <Suspense fallback={<LoadingState label="Loading the audit log" />}>
                <AuditTab categories={state.data.settings.categories} roles={state.data.roles} />
              </Suspense>
            </div>
          )}
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
  const [dialog, setDialog] = useState<'export' | 'import' | undefined>();
  const close = () => setDialog(undefined);

  return (
    <div style={{ display: 'grid', gap: token('space.500'), maxWidth: '60rem' }}>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: token('space.200'),
          alignItems: 'center',
        }}
      >
        <Heading size="medium" as="h2">
          {`Costs in ${data.project.name}`}
        </Heading>
        <Button onClick={() => setDialog('import')}>Import costs from CSV</Button>
        <Button onClick={() => setDialog('export')}>Export costs as CSV</Button>
      </div>
      {dialog && (
        // The CSV dialogs and their parser load the first time one opens (page budget).
        <Suspense fallback={null}>
          {dialog === 'export' ? (
            <ExportCostsDialog
              projectKey={data.project.key}
              categories={data.settings.categories}
              onClose={close}
            />
          ) : (
            <ImportCostsDialog
              projectId={data.project.id}
              reportingCurrency={data.settings.reportingCurrency}
              categories={data.settings.categories}
              onClose={close}
            />
          )}
        </Suspense>
      )}
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
