import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { CategoryDto, IsoDate } from '@shared/contract';
import type { KeyResultView, ManualKeyResultDto, ObjectiveView } from '@shared/okr-contract';
import { useState } from 'react';

import { useAppContext } from '../../../../common/src/app-context';
import { KeyResultSummary } from '../../../../common/src/components/okr/KeyResultSummary';
import { KeyResultTrendChart } from '../../../../common/src/components/okr/KeyResultTrendChart';
import { ObjectiveSummary } from '../../../../common/src/components/okr/ObjectiveSummary';
import { formatCalendarDate } from '../../../../common/src/format-date';
import { formatKeyResultValue } from '../../../../common/src/okr/okr-format';
import { buildTrend } from '../../../../common/src/okr/trend-model';
import { describeKeyResult } from '../../objectives/describe-key-result';

type Props = {
  readonly view: ObjectiveView;
  readonly categories: readonly CategoryDto[];
  readonly today: IsoDate;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
  readonly onCheckIn: (keyResult: ManualKeyResultDto) => void;
  /** Opens the drill-down of a cost key result's contributing issues. */
  readonly onShowContributions: (keyResult: KeyResultView) => void;
};

/** One objective in the settings list: its progress and key results, with their actions. */
export function ObjectiveCard({
  view,
  categories,
  today,
  onEdit,
  onDelete,
  onCheckIn,
  onShowContributions,
}: Props) {
  const { objective } = view;

  return (
    <article
      aria-labelledby={`objective-${objective.id}-title`}
      style={{
        display: 'grid',
        gap: token('space.150'),
        padding: token('space.200'),
        border: `${token('border.width')} solid ${token('color.border')}`,
        borderRadius: token('radius.medium'),
        backgroundColor: token('elevation.surface'),
      }}
    >
      <ObjectiveSummary
        view={view}
        headingLevel="h3"
        actions={
          <span style={{ display: 'inline-flex', gap: token('space.050') }}>
            <Button spacing="compact" onClick={onEdit} aria-label={`Edit ${objective.title}`}>
              Edit
            </Button>
            <Button
              spacing="compact"
              appearance="subtle"
              onClick={onDelete}
              aria-label={`Delete ${objective.title}`}
            >
              Delete
            </Button>
          </span>
        }
      />
      {objective.description && (
        <p style={{ margin: 0, color: token('color.text.subtle'), whiteSpace: 'pre-line' }}>
          {objective.description}
        </p>
      )}
      {view.keyResults.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtlest') }}>
          No key results yet. Edit the objective to add some.
        </p>
      ) : (
        <ul
          aria-label={`Key results of ${objective.title}`}
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            gap: token('space.200'),
          }}
        >
          {view.keyResults.map((kr) => (
            <li
              key={kr.keyResult.id}
              style={{
                margin: 0,
                paddingTop: token('space.150'),
                borderTop: `${token('border.width')} solid ${token('color.border')}`,
              }}
            >
              <KeyResultRow
                view={view}
                keyResult={kr}
                detail={describeKeyResult(kr.keyResult, categories)}
                today={today}
                onCheckIn={onCheckIn}
                onShowContributions={onShowContributions}
              />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function KeyResultRow(props: {
  readonly view: ObjectiveView;
  readonly keyResult: KeyResultView;
  readonly detail: string;
  readonly today: IsoDate;
  readonly onCheckIn: (keyResult: ManualKeyResultDto) => void;
  readonly onShowContributions: (keyResult: KeyResultView) => void;
}) {
  const { view, keyResult, today } = props;
  const [expanded, setExpanded] = useState(false);
  const kr = keyResult.keyResult;
  const trend = kr.type === 'cost' ? buildTrend(keyResult, view.period, today) : undefined;
  const canCheckIn = kr.type === 'manual' && !kr.archived && view.objective.status !== 'archived';
  const panelId = `kr-${view.objective.id}-${kr.id}-details`;

  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <KeyResultSummary
        view={keyResult}
        period={view.period}
        detail={props.detail}
        actions={
          <div style={{ display: 'flex', gap: token('space.050'), flexWrap: 'wrap' }}>
            {trend && (
              <Button
                spacing="compact"
                appearance="subtle"
                aria-expanded={expanded}
                aria-controls={panelId}
                onClick={() => setExpanded(!expanded)}
              >
                {expanded ? 'Hide monthly trend' : 'Show monthly trend'}
              </Button>
            )}
            {kr.type === 'cost' && (
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => props.onShowContributions(keyResult)}
                aria-label={`Contributing issues of ${kr.title}`}
              >
                Contributing issues
              </Button>
            )}
            {canCheckIn && (
              <Button
                spacing="compact"
                onClick={() => props.onCheckIn(kr)}
                aria-label={`Check in on ${kr.title}`}
              >
                Check in
              </Button>
            )}
            {kr.type === 'manual' && kr.checkIns.length > 0 && (
              <Button
                spacing="compact"
                appearance="subtle"
                aria-expanded={expanded}
                aria-controls={panelId}
                onClick={() => setExpanded(!expanded)}
              >
                {expanded ? 'Hide check-ins' : `Check-ins (${kr.checkIns.length})`}
              </Button>
            )}
          </div>
        }
      />
      {expanded && (
        <div id={panelId}>
          {trend ? (
            <KeyResultTrendChart model={trend} title={kr.title} />
          ) : (
            kr.type === 'manual' && <CheckInList keyResult={kr} />
          )}
        </div>
      )}
    </div>
  );
}

function CheckInList({ keyResult }: { readonly keyResult: ManualKeyResultDto }) {
  const { locale, accountId } = useAppContext();
  const sorted = [...keyResult.checkIns].reverse().sort((a, b) => b.date.localeCompare(a.date));

  return (
    <ol
      aria-label={`Check-ins of ${keyResult.title}`}
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'grid',
        gap: token('space.075'),
        font: token('font.body.small'),
      }}
    >
      {sorted.map((checkIn, index) => (
        <li key={`${checkIn.date}-${index}`} style={{ margin: 0 }}>
          <span style={{ fontWeight: token('font.weight.semibold') }}>
            {`${formatCalendarDate(checkIn.date, locale)}: ` +
              formatKeyResultValue(keyResult, checkIn.value, locale)}
          </span>
          {` · ${checkIn.confidence} confidence`}
          {checkIn.authorAccountId === accountId && ' · by you'}
          {checkIn.note && (
            <span style={{ display: 'block', color: token('color.text.subtle') }}>
              {checkIn.note}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
