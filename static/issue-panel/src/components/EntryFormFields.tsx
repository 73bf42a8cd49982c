import { ErrorMessage, Field, HelperMessage, useFormState } from '@atlaskit/form';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { CategoryDto, CostEntryDto, CostKind } from '@shared/contract';
import { isCurrencyCode } from '@shared/currencies';
import { formatMoneyForInput } from '@shared/format-money';
import { parseMoneyInput } from '@shared/money-input';
import type { ReactNode, RefObject } from 'react';

import { useAppContext } from '../../../common/src/app-context';
import { CurrencySelect } from '../../../common/src/components/CurrencySelect';
import { DateInput } from '../../../common/src/components/DateInput';
import { RadioGroup } from '../../../common/src/components/RadioGroup';
import { TextArea } from '../../../common/src/components/TextArea';
import { MAX_DESCRIPTION_LENGTH } from '../entry-form';
import type { EntryFormValues } from '../entry-form';

import { RecurrenceFields } from './RecurrenceFields';

type Props = {
  readonly initial: EntryFormValues;
  readonly categories: readonly CategoryDto[];
  readonly editing: CostEntryDto | undefined;
  readonly currenciesInUse: readonly string[];
  readonly amountRef: RefObject<HTMLInputElement>;
};

type CategoryOption = { readonly label: string; readonly value: string };

const KIND_OPTIONS = [
  { value: 'actual', label: 'Actual', description: 'Already spent' },
  { value: 'planned', label: 'Planned', description: 'Expected to be spent' },
] as const;

/** The fields of the add / edit form, inside an Atlaskit Form. */
export function EntryFormFields({
  initial,
  categories,
  editing,
  currenciesInUse,
  amountRef,
}: Props) {
  const { locale } = useAppContext();
  const values = useFormState<EntryFormValues>({ values: true })?.values ?? initial;
  const categoryOptions: CategoryOption[] = categories
    .filter((c) => !c.retired || c.id === editing?.categoryId)
    .map((c) => ({ value: c.id, label: c.retired ? `${c.name} (retired)` : c.name }));

  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <Row>
        <Field<string> name="amount" label="Amount" isRequired defaultValue={initial.amount}>
          {({ fieldProps, error }) => (
            <>
              <Textfield {...fieldProps} ref={amountRef} inputMode="decimal" autoComplete="off" />
              {error ? (
                <ErrorMessage>{error}</ErrorMessage>
              ) : (
                <HelperMessage>{amountHelp(values.amount, values.currency, locale)}</HelperMessage>
              )}
            </>
          )}
        </Field>
        <Field<string> name="currency" label="Currency" isRequired defaultValue={initial.currency}>
          {({ fieldProps, error }) => (
            <>
              <CurrencySelect
                inputId={fieldProps.id}
                value={fieldProps.value || undefined}
                onChange={(code) => fieldProps.onChange(code ?? '')}
                onBlur={fieldProps.onBlur}
                isInvalid={fieldProps.isInvalid}
                preferred={currenciesInUse}
                aria-describedby={fieldProps['aria-describedby']}
              />
              {error && <ErrorMessage>{error}</ErrorMessage>}
            </>
          )}
        </Field>
      </Row>
      <Row>
        <Field<string>
          name="categoryId"
          label="Category"
          isRequired
          defaultValue={initial.categoryId}
        >
          {({ fieldProps, error }) => (
            <>
              <Select<CategoryOption>
                inputId={fieldProps.id}
                options={categoryOptions}
                value={categoryOptions.find((o) => o.value === fieldProps.value) ?? null}
                onChange={(option) => fieldProps.onChange(option?.value ?? '')}
                onBlur={fieldProps.onBlur}
                isInvalid={fieldProps.isInvalid}
                placeholder="Choose a category"
                noOptionsMessage={() =>
                  'No categories: a project admin adds them in project settings'
                }
                menuPlacement="auto"
              />
              {error && <ErrorMessage>{error}</ErrorMessage>}
            </>
          )}
        </Field>
        <Field<string> name="incurredOn" label="Date" isRequired defaultValue={initial.incurredOn}>
          {({ fieldProps, error }) => (
            <>
              <DateInput
                id={fieldProps.id}
                value={fieldProps.value}
                onChange={fieldProps.onChange}
                onBlur={fieldProps.onBlur}
                isInvalid={fieldProps.isInvalid}
                required
                aria-describedby={fieldProps['aria-describedby']}
              />
              {error && <ErrorMessage>{error}</ErrorMessage>}
            </>
          )}
        </Field>
      </Row>
      <Field<CostKind> name="kind" defaultValue={initial.kind}>
        {({ fieldProps, error }) => (
          <>
            <RadioGroup<CostKind>
              legend="Kind"
              name="kind"
              options={KIND_OPTIONS}
              value={fieldProps.value}
              onChange={(kind) => fieldProps.onChange(kind)}
            />
            {error && <ErrorMessage>{error}</ErrorMessage>}
          </>
        )}
      </Field>
      <RecurrenceFields
        initial={initial}
        incurredOn={values.incurredOn}
        choice={values.recurrence}
      />
      <Field<string, HTMLTextAreaElement>
        name="description"
        label="Description"
        defaultValue={initial.description}
      >
        {({ fieldProps, error }) => (
          <>
            <TextArea
              id={fieldProps.id}
              name={fieldProps.name}
              value={fieldProps.value}
              onChange={fieldProps.onChange}
              onBlur={fieldProps.onBlur}
              isInvalid={fieldProps.isInvalid}
              aria-describedby={fieldProps['aria-describedby']}
            />
            {error && <ErrorMessage>{error}</ErrorMessage>}
            <HelperMessage>{characterCount(fieldProps.value.length, locale)}</HelperMessage>
          </>
        )}
      </Field>
    </div>
  );
}

/** Two fields side by side where there is room, stacked in a narrow panel. */
function Row({ children }: { readonly children: ReactNode }) {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
        columnGap: token('space.200'),
        alignItems: 'start',
      }}
    >
      {children}
    </div>
  );
}

function characterCount(length: number, locale: string): string {
  const format = (n: number) => n.toLocaleString(locale);

  return `${format(length)} / ${format(MAX_DESCRIPTION_LENGTH)} characters`;
}

/**
 * An example in the viewer's locale; once the amount reads as negative, what that means, so a
 * stray minus sign is noticed before it lowers the totals.
 */
function amountHelp(amount: string, currency: string, locale: string): string {
  if (!isCurrencyCode(currency)) return 'Choose a currency, then enter the amount.';
  const parsed = parseMoneyInput(amount, { locale, currency });
  if (parsed.ok && parsed.amountMinor < 0) {
    return 'A negative amount is a credit or refund: it lowers the totals.';
  }
  const sample = formatMoneyForInput({ amount: 123456789, currency }, locale);

  return `For example ${sample}`;
}
