import Button from '@atlaskit/button/new';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import Select from '@atlaskit/select';
import { token } from '@atlaskit/tokens';
import type { CostSettingsDto, SettingsLoadResponse } from '@shared/contract';
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';

import { useAppContext } from '../../../common/src/app-context';
import { CurrencySelect } from '../../../common/src/components/CurrencySelect';
import { monthName } from '../../../common/src/format-date';
import { useCostSettingsDraft } from '../hooks/useCostSettingsDraft';

import { AccessRuleField } from './AccessRuleField';
import { CategoriesEditor } from './CategoriesEditor';

type MonthOption = { readonly label: string; readonly value: number };

type Props = {
  readonly settings: CostSettingsDto;
  readonly roles: SettingsLoadResponse['roles'];
  readonly onSave: (settings: CostSettingsDto) => Promise<boolean>;
};

/** Reporting currency, fiscal year, categories and access, saved together with one button. */
export function CostSettingsForm({ settings, roles, onSave }: Props) {
  const { locale } = useAppContext();
  const form = useCostSettingsDraft(settings);
  const [isSaving, setIsSaving] = useState(false);
  const { draft, errors } = form;
  const months: MonthOption[] = Array.from({ length: 12 }, (_, i) => ({
    value: i + 1,
    label: monthName(i + 1, locale),
  }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const valid = form.validDraft();
    if (!valid) return;
    setIsSaving(true);
    try {
      await onSave(valid);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Cost settings">
      <div style={{ display: 'grid', gap: token('space.400') }}>
        <Section title="Currency and fiscal year">
          <div style={{ display: 'grid', gap: token('space.200'), maxWidth: '24rem' }}>
            <div>
              <Label htmlFor="reporting-currency">Reporting currency</Label>
              <CurrencySelect
                inputId="reporting-currency"
                value={draft.reportingCurrency}
                onChange={(code) => form.update({ reportingCurrency: code ?? '' })}
                isInvalid={errors.reportingCurrency !== undefined}
              />
              {errors.reportingCurrency ? (
                <ErrorMessage>{errors.reportingCurrency}</ErrorMessage>
              ) : (
                <HelperMessage>
                  Totals in other currencies are converted to it at the rate in force on each cost's
                  date.
                </HelperMessage>
              )}
            </div>
            <div>
              <Label htmlFor="fiscal-year-start">Fiscal year starts in</Label>
              <Select<MonthOption>
                inputId="fiscal-year-start"
                options={months}
                value={months.find((m) => m.value === draft.fiscalYearStartMonth) ?? null}
                onChange={(option) => option && form.update({ fiscalYearStartMonth: option.value })}
                isInvalid={errors.fiscalYearStartMonth !== undefined}
              />
              {errors.fiscalYearStartMonth && (
                <ErrorMessage>{errors.fiscalYearStartMonth}</ErrorMessage>
              )}
            </div>
          </div>
        </Section>
        <Section title="Forecast status">
          <ThresholdFields
            value={draft.forecastThresholds ?? DEFAULT_THRESHOLDS}
            error={errors.forecastThresholds}
            onChange={(forecastThresholds) => form.update({ forecastThresholds })}
          />
        </Section>
        <Section title="Categories">
          <CategoriesEditor
            categories={draft.categories}
            listError={errors.categoryList}
            errors={errors.categories ?? {}}
            onRename={form.renameCategory}
            onSetRetired={form.setCategoryRetired}
            onAdd={form.addCategory}
          />
        </Section>
        <Section title="Who can see and change costs">
          <div style={{ display: 'grid', gap: token('space.300') }}>
            <AccessRuleField
              id="cost-viewers"
              legend="Who can see costs"
              permissionLabel="Everyone who can browse the project"
              rule={draft.viewers}
              roles={roles}
              error={errors.viewers}
              onChange={(rule) => form.setAccess('viewers', rule)}
            />
            <AccessRuleField
              id="cost-editors"
              legend="Who can add and change costs"
              permissionLabel="Everyone who can edit the project's issues"
              rule={draft.editors}
              roles={roles}
              error={errors.editors}
              onChange={(rule) => form.setAccess('editors', rule)}
            />
          </div>
        </Section>
        <div style={{ display: 'flex', gap: token('space.100') }}>
          <Button
            type="submit"
            appearance="primary"
            isLoading={isSaving}
            isDisabled={!form.isDirty}
          >
            Save changes
          </Button>
          <Button appearance="subtle" onClick={form.reset} isDisabled={!form.isDirty || isSaving}>
            Discard changes
          </Button>
        </div>
      </div>
    </form>
  );
}

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section style={{ display: 'grid', gap: token('space.150') }}>
      <Heading size="small" as="h3">
        {title}
      </Heading>
      {children}
    </section>
  );
}

const DEFAULT_THRESHOLDS = { onTrack: 0.7, atRisk: 0.4 };

type Thresholds = { readonly onTrack: number; readonly atRisk: number };

/** The projected score from which a key result is on track or at risk, entered in percent. */
function ThresholdFields(props: {
  readonly value: Thresholds;
  readonly error: string | undefined;
  readonly onChange: (value: Thresholds) => void;
}) {
  const field = (key: keyof Thresholds, label: string) => (
    <div>
      <Label htmlFor={`threshold-${key}`}>{label}</Label>
      <input
        id={`threshold-${key}`}
        type="number"
        min={0}
        max={100}
        step={1}
        // What was typed stays as typed (70.5 is then refused), not silently rounded.
        value={Number((props.value[key] * 100).toFixed(6))}
        onChange={(event) =>
          props.onChange({ ...props.value, [key]: Number(event.target.value) / 100 })
        }
        style={{
          display: 'block',
          width: '8rem',
          padding: token('space.050'),
          color: token('color.text'),
          background: token('color.background.input'),
          border: `1px solid ${token('color.border.input')}`,
          borderRadius: token('radius.medium'),
        }}
      />
    </div>
  );

  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <div style={{ display: 'flex', gap: token('space.300'), flexWrap: 'wrap' }}>
        {field('onTrack', 'On track from (% of target)')}
        {field('atRisk', 'At risk from (% of target)')}
      </div>
      {props.error ? (
        <ErrorMessage>{props.error}</ErrorMessage>
      ) : (
        <HelperMessage>
          A key result's forecast score at the end of its period decides its status; below the
          at-risk threshold it is off track.
        </HelperMessage>
      )}
    </div>
  );
}
