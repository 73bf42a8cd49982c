import Button from '@atlaskit/button/new';
import { ErrorMessage, Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { RateDto } from '@shared/contract';
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';

import { useAppContext } from '../../../common/src/app-context';
import { CurrencySelect } from '../../../common/src/components/CurrencySelect';
import { DateInput } from '../../../common/src/components/DateInput';
import { todayInTimeZone } from '../../../common/src/format-date';
import { validateRateForm } from '../settings-form';
import type { RateFormErrors, RateFormValues } from '../settings-form';

type Props = {
  readonly reportingCurrency: string;
  readonly onSave: (rate: RateDto) => Promise<boolean>;
};

/** Adds a rate (or replaces the one with the same currencies and date). */
export function AddRateForm({ reportingCurrency, onSave }: Props) {
  const { locale, timezone } = useAppContext();
  const blank: RateFormValues = {
    base: '',
    quote: reportingCurrency,
    rate: '',
    date: todayInTimeZone(timezone),
  };
  const [values, setValues] = useState(blank);
  const [errors, setErrors] = useState<RateFormErrors>({});
  const [isSaving, setIsSaving] = useState(false);
  const set = (changes: Partial<RateFormValues>) => setValues((v) => ({ ...v, ...changes }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateRateForm(values, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setIsSaving(true);
    const saved = await onSave(checked.rate);
    setIsSaving(false);
    if (saved) setValues({ ...blank, quote: values.quote, date: values.date });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add a rate">
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))',
          gap: token('space.150'),
          alignItems: 'start',
        }}
      >
        <Cell id="rate-base" label="From currency" error={errors.base}>
          <CurrencySelect
            inputId="rate-base"
            value={values.base || undefined}
            onChange={(base) => set({ base: base ?? '' })}
            isInvalid={errors.base !== undefined}
          />
        </Cell>
        <Cell id="rate-quote" label="To currency" error={errors.quote}>
          <CurrencySelect
            inputId="rate-quote"
            value={values.quote || undefined}
            onChange={(quote) => set({ quote: quote ?? '' })}
            isInvalid={errors.quote !== undefined}
          />
        </Cell>
        <Cell id="rate-value" label="Rate" error={errors.rate}>
          <Textfield
            id="rate-value"
            value={values.rate}
            onChange={(e) => set({ rate: e.currentTarget.value })}
            inputMode="decimal"
            autoComplete="off"
            isInvalid={errors.rate !== undefined}
          />
        </Cell>
        <Cell id="rate-date" label="From date" error={errors.date}>
          <DateInput
            id="rate-date"
            value={values.date}
            onChange={(e) => set({ date: e.currentTarget.value })}
            isInvalid={errors.date !== undefined}
          />
        </Cell>
      </div>
      <div style={{ marginTop: token('space.150') }}>
        <Button type="submit" isLoading={isSaving}>
          Add rate
        </Button>
      </div>
    </form>
  );
}

function Cell(props: {
  readonly id: string;
  readonly label: string;
  readonly error: string | undefined;
  readonly children: ReactNode;
}) {
  return (
    <div>
      <Label htmlFor={props.id}>{props.label}</Label>
      {props.children}
      {props.error && <ErrorMessage>{props.error}</ErrorMessage>}
    </div>
  );
}
