import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ObjectiveView } from '@shared/okr-contract';
import type { ReactNode } from 'react';

import { useAppContext } from '../../app-context';
import { formatCalendarDate } from '../../format-date';
import { formatPercent, lastDayOf } from '../../okr/okr-format';
import { objectiveStatusLozenge } from '../../okr/okr-status';

import { ProgressMeter } from './ProgressMeter';

type Props = {
  readonly view: ObjectiveView;
  readonly headingLevel: 'h3' | 'h4';
  /** Buttons beside the title (edit, delete). */
  readonly actions?: ReactNode;
};

/** "FY2026 Q2 · 1 Apr – 30 Jun 2026", or the two dates of a custom period, in the locale. */
export function formatPeriod(view: ObjectiveView, locale: string): string {
  const dates =
    `${formatCalendarDate(view.period.start, locale)} – ` +
    formatCalendarDate(lastDayOf(view.period), locale);

  return view.objective.period.type === 'custom' ? dates : `${view.periodLabel} · ${dates}`;
}

/**
 * An objective's heading line: title, status, period and overall progress. Progress that is
 * not measurable (null) reads "Not measurable" with no bar, so it never looks like 0%.
 */
export function ObjectiveSummary({ view, headingLevel, actions }: Props) {
  const { locale } = useAppContext();
  const { objective, progress } = view;
  const status = objectiveStatusLozenge(objective.status);
  const titleId = `objective-${objective.id}-title`;

  return (
    <div style={{ display: 'grid', gap: token('space.075'), minWidth: 0 }}>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: token('space.100'),
          minWidth: 0,
        }}
      >
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            gap: token('space.100'),
            minWidth: 0,
          }}
        >
          <Heading size={headingLevel === 'h3' ? 'small' : 'xsmall'} as={headingLevel} id={titleId}>
            {/* A long word (a pasted URL, say) wraps instead of widening every card. */}
            <span style={{ overflowWrap: 'anywhere' }}>{objective.title}</span>
          </Heading>
          <Lozenge appearance={status.appearance}>{status.text}</Lozenge>
        </div>
        {actions}
      </div>
      <div style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>
        {formatPeriod(view, locale)}
        {view.closedOn &&
          ` · closed on ${formatCalendarDate(view.closedOn, locale)}, values frozen`}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
        {progress === null ? (
          <span
            style={{ color: token('color.text.subtlest'), fontStyle: 'italic' }}
            title="No active key result has data yet"
          >
            Not measurable
          </span>
        ) : (
          <>
            <ProgressMeter
              fraction={progress}
              valueText={formatPercent(progress, locale)}
              label={`Progress of ${objective.title}`}
            />
            <span
              style={{ font: token('font.heading.xsmall'), fontVariantNumeric: 'tabular-nums' }}
            >
              {formatPercent(progress, locale)}
            </span>
          </>
        )}
      </div>
    </div>
  );
}
