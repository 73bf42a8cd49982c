import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { IsoDate, ProjectRef } from '@shared/contract';
import type { KeyResultView, ObjectiveView } from '@shared/okr-contract';
import { lazy, Suspense, useState } from 'react';

import { LoadingState } from '../../../common/src/components/LoadingState';
import { KeyResultSummary } from '../../../common/src/components/okr/KeyResultSummary';
import { ObjectiveSummary } from '../../../common/src/components/okr/ObjectiveSummary';
import { PlainButton } from '../../../common/src/components/PlainButton';
import { keyResultContributions } from '../api';
import { openIssue } from '../navigation';

import { KeyResultTrendPanel } from './KeyResultTrendPanel';
import { NoObjectives } from './NoObjectives';

// The drill-down (Atlaskit Modal) loads the first time someone opens it.
const ContributionsModal = lazy(
  () => import('../../../common/src/components/contributions/ContributionsModal'),
);

type Drill = { readonly objectiveId: string; readonly keyResult: KeyResultView };

type Props = {
  readonly objectives: readonly ObjectiveView[];
  readonly project: ProjectRef;
  readonly today: IsoDate;
  readonly showChart: boolean;
};

/**
 * The project's objectives: each with its progress, status and period, and its key results
 * against target and baseline with their forecasts; in the charts layout, a trend chart of a
 * chosen key result beside them.
 */
export function ObjectivesSection({ objectives, project, today, showChart }: Props) {
  const [drill, setDrill] = useState<Drill | undefined>(undefined);

  return (
    <section
      aria-labelledby="gadget-objectives-heading"
      style={{ display: 'grid', gap: token('space.150') }}
    >
      <Heading size="xsmall" as="h3" id="gadget-objectives-heading">
        Objectives
      </Heading>
      {objectives.length === 0 ? (
        <NoObjectives projectKey={project.key} />
      ) : (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: showChart
              ? 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))'
              : '1fr',
            gap: token('space.300'),
            alignItems: 'start',
          }}
        >
          <ul
            style={{
              listStyle: 'none',
              margin: 0,
              padding: 0,
              display: 'grid',
              // Without the chart beside them, objectives sit side by side on wide dashboards.
              gridTemplateColumns: showChart
                ? 'minmax(0, 1fr)'
                : 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
              gap: token('space.200'),
              alignItems: 'start',
            }}
          >
            {objectives.map((view) => (
              <li
                key={view.objective.id}
                aria-labelledby={`objective-${view.objective.id}-title`}
                style={{
                  display: 'grid',
                  gap: token('space.100'),
                  margin: 0,
                  padding: token('space.150'),
                  border: `${token('border.width')} solid ${token('color.border')}`,
                  borderRadius: token('radius.medium'),
                }}
              >
                <ObjectiveSummary view={view} headingLevel="h4" />
                <ul
                  aria-label={`Key results of ${view.objective.title}`}
                  style={{
                    listStyle: 'none',
                    margin: 0,
                    padding: 0,
                    display: 'grid',
                    gap: token('space.150'),
                  }}
                >
                  {view.keyResults.map((kr) => (
                    <li key={kr.keyResult.id} style={{ margin: 0 }}>
                      <KeyResultSummary
                        view={kr}
                        period={view.period}
                        actions={
                          kr.keyResult.type === 'cost' && (
                            <div>
                              <PlainButton
                                aria-label={`Contributing issues of ${kr.keyResult.title}`}
                                onClick={() =>
                                  setDrill({ objectiveId: view.objective.id, keyResult: kr })
                                }
                              >
                                Contributing issues
                              </PlainButton>
                            </div>
                          )
                        }
                      />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {showChart && <KeyResultTrendPanel objectives={objectives} today={today} />}
        </div>
      )}
      {drill && (
        <Suspense fallback={<LoadingState label="Opening…" />}>
          <ContributionsModal
            keyResultTitle={drill.keyResult.keyResult.title}
            load={() =>
              keyResultContributions({
                objectiveId: drill.objectiveId,
                keyResultId: drill.keyResult.keyResult.id,
              })
            }
            onOpenIssue={(issueKey) => void openIssue(issueKey)}
            onClose={() => setDrill(undefined)}
          />
        </Suspense>
      )}
    </section>
  );
}
