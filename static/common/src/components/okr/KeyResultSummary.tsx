import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { IsoDate } from '@shared/contract';
import type { CheckInDto, KeyResultDto, KeyResultView } from '@shared/okr-contract';
import type { ReactNode } from 'react';

import { useAppContext } from '../../app-context';
import { formatCalendarDate } from '../../format-date';
import {
  formatChangePercent,
  formatKeyResultValue,
  formatPercent,
  formatSignedMoney,
  lastDayOf,
} from '../../okr/okr-format';
import { changeTone, notMeasurableText, outlookLozenge } from '../../okr/okr-status';
import type { ChangeTone } from '../../okr/okr-status';
import { VisuallyHidden } from '../VisuallyHidden';

import { ProgressMeter } from './ProgressMeter';
import type { MeterTone } from './ProgressMeter';

type Props = {
  readonly view: KeyResultView;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  /** What the key result measures, in words, shown under its title. */
  readonly detail?: string;
  /** Buttons under the figures (check in, show trend). */
  readonly actions?: ReactNode;
};

const TONE_COLOR: Readonly<Record<ChangeTone, string>> = {
  improvement: token('color.text.success'),
  worsening: token('color.text.danger'),
  unchanged: token('color.text.subtle'),
};

const TONE_WORDS: Readonly<Record<ChangeTone, string>> = {
  improvement: 'an improvement',
  worsening: 'a worsening',
  unchanged: 'no change',
};

/**
 * One key result at a glance: current value against target and baseline (or the share of a
 * cap used), a bar clamped to 0-100% with the true percentage beside it, the change since the
 * baseline coloured by the key result's direction, its forecast, and late costs of a closed
 * objective.
 */
export function KeyResultSummary({ view, period, detail, actions }: Props) {
  const { locale } = useAppContext();
  const { keyResult, evaluation, forecast } = view;
  const value = (v: number | undefined) =>
    v === undefined ? '—' : measureText(keyResult, v, locale);
  const isCap = evaluation.display === 'share-used';
  const forecastSpec = forecast ? outlookLozenge(forecast, evaluation.display) : undefined;

  return (
    <div style={{ display: 'grid', gap: token('space.050'), minWidth: 0 }}>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: token('space.100'),
        }}
      >
        <span style={{ fontWeight: token('font.weight.medium'), overflowWrap: 'anywhere' }}>
          {keyResult.title}
        </span>
        <span style={{ display: 'inline-flex', gap: token('space.050'), flexWrap: 'wrap' }}>
          {keyResult.archived && <Lozenge>Archived</Lozenge>}
          {forecastSpec && (
            <Lozenge appearance={forecastSpec.appearance}>{forecastSpec.text}</Lozenge>
          )}
        </span>
      </div>
      {detail && (
        <span style={{ color: token('color.text.subtlest'), font: token('font.body.small') }}>
          {detail}
        </span>
      )}
      <Figures
        items={
          isCap
            ? [
                ['Used', value(evaluation.currentValue)],
                ['Cap', value(evaluation.targetValue)],
              ]
            : [
                ['Now', value(evaluation.currentValue)],
                [
                  'Target',
                  evaluation.targetValue === undefined ? 'n/a' : value(evaluation.targetValue),
                ],
                [
                  keyResult.type === 'manual' ? 'Start' : 'Baseline',
                  value(evaluation.baselineValue),
                ],
              ]
        }
      />
      <ProgressLine view={view} />
      {forecast?.ended ? (
        <span style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>
          {`Period ended ${formatCalendarDate(lastDayOf(period), locale)}`}
        </span>
      ) : (
        forecast?.projectedValueMinor !== undefined &&
        forecast.status !== 'no-data' && (
          <span style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>
            {`Forecast ${value(forecast.projectedValueMinor)} by ` +
              formatCalendarDate(lastDayOf(period), locale)}
          </span>
        )
      )}
      {view.refreshedAt && <RefreshedAt at={view.refreshedAt} />}
      {keyResult.type === 'manual' && (
        <LastCheckIn keyResult={keyResult} checkIns={keyResult.checkIns} />
      )}
      {view.adjustmentMinor !== undefined && keyResult.type === 'cost' && (
        <span style={{ color: token('color.text.warning'), font: token('font.body.small') }}>
          {`${formatSignedMoney(view.adjustmentMinor, keyResult.currency, locale)} late costs ` +
            'since closing (not in the frozen value)'}
        </span>
      )}
      {actions}
    </div>
  );
}

/** A value with its measure's unit: run-rates are per month. */
function measureText(keyResult: KeyResultDto, value: number, locale: string): string {
  const text = formatKeyResultValue(keyResult, value, locale);

  return keyResult.type === 'cost' && keyResult.measure.type === 'run-rate'
    ? `${text}/month`
    : text;
}

function Figures({ items }: { readonly items: ReadonlyArray<readonly [string, string]> }) {
  return (
    <dl
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        columnGap: token('space.200'),
        rowGap: token('space.025'),
        margin: 0,
        padding: 0,
        font: token('font.body.small'),
      }}
    >
      {items.map(([label, text]) => (
        <div key={label} style={{ display: 'flex', gap: token('space.050') }}>
          <dt style={{ color: token('color.text.subtlest') }}>{label}</dt>
          <dd style={{ margin: 0, fontVariantNumeric: 'tabular-nums' }}>{text}</dd>
        </div>
      ))}
    </dl>
  );
}

function ProgressLine({ view }: { readonly view: KeyResultView }) {
  const { locale } = useAppContext();
  const { evaluation, keyResult, forecast } = view;
  const { progress } = evaluation;
  if (progress === null) {
    return (
      <span style={{ color: token('color.text.subtlest'), fontStyle: 'italic' }}>
        {notMeasurableText(evaluation)}
      </span>
    );
  }
  const isCap = evaluation.display === 'share-used';
  const percent = formatPercent(progress, locale);
  const text = isCap ? `${percent} of cap used` : percent;
  const tone = changeTone(evaluation);
  const meterTone: MeterTone = isCap
    ? progress > 1
      ? 'danger'
      : progress >= 0.9
        ? 'warning'
        : 'success'
    : forecastTone(forecast?.status);

  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        columnGap: token('space.100'),
        rowGap: token('space.025'),
      }}
    >
      <ProgressMeter
        fraction={progress}
        valueText={text}
        label={`${isCap ? 'Share of cap used' : 'Progress'}: ${keyResult.title}`}
        tone={meterTone}
      />
      <span
        style={{
          fontVariantNumeric: 'tabular-nums',
          fontWeight: token('font.weight.semibold'),
          color: isCap && progress > 1 ? token('color.text.danger') : token('color.text'),
        }}
      >
        {text}
      </span>
      {tone && evaluation.changePercent !== 'n/a' && (
        <span style={{ color: TONE_COLOR[tone], font: token('font.body.small') }}>
          <span aria-hidden="true">
            {evaluation.changePercent < 0 ? '↓ ' : evaluation.changePercent > 0 ? '↑ ' : ''}
          </span>
          {`${formatChangePercent(evaluation.changePercent, locale)} vs ${
            keyResult.type === 'manual' ? 'start' : 'baseline'
          }`}
          <VisuallyHidden>{`, ${TONE_WORDS[tone]}`}</VisuallyHidden>
        </span>
      )}
    </div>
  );
}

function forecastTone(status: string | undefined): MeterTone {
  if (status === 'on-track') return 'success';
  if (status === 'at-risk') return 'warning';
  if (status === 'off-track') return 'danger';

  return 'brand';
}

function LastCheckIn({
  keyResult,
  checkIns,
}: {
  readonly keyResult: KeyResultDto;
  readonly checkIns: readonly CheckInDto[];
}) {
  const { locale } = useAppContext();
  const latest = checkIns.reduce<CheckInDto | undefined>(
    (best, c) => (best === undefined || c.date >= best.date ? c : best),
    undefined,
  );
  if (!latest) {
    return (
      <span style={{ color: token('color.text.subtlest'), font: token('font.body.small') }}>
        No check-ins yet
      </span>
    );
  }

  return (
    <span style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>
      {`Last check-in ${formatCalendarDate(latest.date, locale)}: ` +
        `${formatKeyResultValue(keyResult, latest.value, locale)}, ` +
        `${latest.confidence} confidence` +
        (latest.note ? ` · ${latest.note}` : '')}
    </span>
  );
}

/** When a JQL-narrowed key result was last measured (in the background), in the viewer's zone. */
function RefreshedAt({ at }: { readonly at: string }) {
  const { locale, timezone } = useAppContext();
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return null;
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: timezone,
  }).format(date);

  return (
    <span style={{ color: token('color.text.subtlest'), font: token('font.body.small') }}>
      {`Issues matched by JQL; measured ${text}`}
    </span>
  );
}
