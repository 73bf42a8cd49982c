import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';

import { useAppContext } from '../../../../common/src/app-context';
import { DateInput } from '../../../../common/src/components/DateInput';
import { NativeSelect } from '../../../../common/src/components/NativeSelect';
import { RadioGroup } from '../../../../common/src/components/RadioGroup';
import { formatCalendarDate } from '../../../../common/src/format-date';
import { errorAt } from '../../objectives/form-errors';
import type { FieldErrors } from '../../objectives/form-errors';
import type { PeriodDraft } from '../../objectives/period-dates';
import { fiscalPeriodDates } from '../../objectives/period-dates';

import { describedBy, FormField } from './FormField';

type Props = {
  readonly period: PeriodDraft;
  readonly fiscalYearStartMonth: number;
  readonly errors: FieldErrors;
  readonly onChange: (changes: Partial<PeriodDraft>) => void;
};

const QUARTERS = [1, 2, 3, 4] as const;
const TYPES = [
  { value: 'fiscal-quarter', label: 'Fiscal quarter' },
  { value: 'fiscal-half', label: 'Fiscal half' },
  { value: 'fiscal-year', label: 'Fiscal year' },
  { value: 'custom', label: 'Custom dates' },
] as const;

/**
 * The objective's period: a fiscal year, half or quarter by its fiscal year number (the
 * calendar year it ends in), with the dates it covers shown, or two custom dates.
 */
export function PeriodField({ period, fiscalYearStartMonth, errors, onChange }: Props) {
  const { locale } = useAppContext();
  const dates =
    period.type === 'custom' ? undefined : fiscalPeriodDates(period, fiscalYearStartMonth);
  const yearError = errorAt(errors, 'period.fiscalYear');
  const other = errorAt(errors, 'period.half', 'period.quarter');

  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <RadioGroup<PeriodDraft['type']>
        legend="Period"
        name="objective-period-type"
        options={TYPES}
        value={period.type}
        onChange={(type) => onChange({ type })}
      />
      {period.type === 'custom' ? (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200') }}>
          <div style={{ flex: '0 1 12rem' }}>
            <FormField
              id="objective-start"
              label="First day"
              error={errorAt(errors, 'period.start')}
            >
              <DateInput
                id="objective-start"
                value={period.start}
                onChange={(e) => onChange({ start: e.currentTarget.value })}
                isInvalid={errorAt(errors, 'period.start') !== undefined}
                aria-describedby={describedBy('objective-start', errorAt(errors, 'period.start'))}
              />
            </FormField>
          </div>
          <div style={{ flex: '0 1 12rem' }}>
            <FormField
              id="objective-end"
              label="Last day"
              error={errorAt(errors, 'period.end', 'period.endInclusive')}
            >
              <DateInput
                id="objective-end"
                value={period.endInclusive}
                onChange={(e) => onChange({ endInclusive: e.currentTarget.value })}
                isInvalid={errorAt(errors, 'period.end', 'period.endInclusive') !== undefined}
                aria-describedby={describedBy(
                  'objective-end',
                  errorAt(errors, 'period.end', 'period.endInclusive'),
                )}
              />
            </FormField>
          </div>
        </div>
      ) : (
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: token('space.200'),
            alignItems: 'flex-start',
          }}
        >
          <div style={{ flex: '0 1 12rem' }}>
            <FormField
              id="objective-fiscal-year"
              label="Fiscal year"
              error={yearError}
              helper="The calendar year it ends in"
            >
              <Textfield
                id="objective-fiscal-year"
                inputMode="numeric"
                value={period.fiscalYear}
                onChange={(e) => onChange({ fiscalYear: e.currentTarget.value })}
                isInvalid={yearError !== undefined}
                aria-describedby={describedBy('objective-fiscal-year', yearError, true)}
              />
            </FormField>
          </div>
          {period.type === 'fiscal-half' && (
            <FormField id="objective-half" label="Half" error={other}>
              <NativeSelect
                id="objective-half"
                value={period.half}
                onChange={(e) => onChange({ half: e.currentTarget.value === '2' ? 2 : 1 })}
              >
                <option value={1}>H1 (first half)</option>
                <option value={2}>H2 (second half)</option>
              </NativeSelect>
            </FormField>
          )}
          {period.type === 'fiscal-quarter' && (
            <FormField id="objective-quarter" label="Quarter" error={other}>
              <NativeSelect
                id="objective-quarter"
                value={period.quarter}
                onChange={(e) =>
                  onChange({
                    quarter: QUARTERS.find((q) => String(q) === e.currentTarget.value) ?? 1,
                  })
                }
              >
                {QUARTERS.map((q) => (
                  <option key={q} value={q}>{`Q${q}`}</option>
                ))}
              </NativeSelect>
            </FormField>
          )}
          {dates && (
            <p
              aria-live="polite"
              style={{ alignSelf: 'center', margin: 0, color: token('color.text.subtle') }}
            >
              {`${formatCalendarDate(dates.start, locale)} – ` +
                formatCalendarDate(dates.endInclusive, locale)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
