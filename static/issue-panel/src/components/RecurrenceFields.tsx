import { ErrorMessage, Field, HelperMessage } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';

import { DateInput } from '../../../common/src/components/DateInput';
import { RadioGroup } from '../../../common/src/components/RadioGroup';
import { MAX_RECURRENCE_MONTHS } from '../entry-form';
import type { EntryFormValues, RecurrenceChoice } from '../entry-form';

type Props = {
  readonly initial: EntryFormValues;
  /** The current choice and cost date, from the form's state. */
  readonly choice: RecurrenceChoice;
  readonly incurredOn: string;
};

const RECURRENCE_OPTIONS = [
  { value: 'none', label: 'Does not repeat' },
  { value: 'months', label: 'Monthly, for a number of months' },
  { value: 'until', label: 'Monthly, until a date' },
] as const;

/** Whether a cost repeats monthly, and for how many months or until which date. */
export function RecurrenceFields({ initial, choice, incurredOn }: Props) {
  return (
    <>
      <Field<RecurrenceChoice> name="recurrence" defaultValue={initial.recurrence}>
        {({ fieldProps, error }) => (
          <>
            <RadioGroup<RecurrenceChoice>
              legend="Repeats"
              name="recurrence"
              options={RECURRENCE_OPTIONS}
              value={fieldProps.value}
              onChange={(next) => fieldProps.onChange(next)}
            />
            {error && <ErrorMessage>{error}</ErrorMessage>}
          </>
        )}
      </Field>
      {choice === 'months' && (
        <Field<string>
          name="recurrenceMonths"
          label="Number of months"
          isRequired
          defaultValue={initial.recurrenceMonths}
        >
          {({ fieldProps, error }) => (
            <>
              <Textfield {...fieldProps} inputMode="numeric" width="small" autoComplete="off" />
              {error ? (
                <ErrorMessage>{error}</ErrorMessage>
              ) : (
                <HelperMessage>
                  {`Including the first month; at most ${MAX_RECURRENCE_MONTHS}.`}
                </HelperMessage>
              )}
            </>
          )}
        </Field>
      )}
      {choice === 'until' && (
        <Field<string>
          name="recurrenceUntil"
          label="Last repeat on"
          isRequired
          defaultValue={initial.recurrenceUntil}
        >
          {({ fieldProps, error }) => (
            <>
              <DateInput
                id={fieldProps.id}
                value={fieldProps.value}
                onChange={fieldProps.onChange}
                onBlur={fieldProps.onBlur}
                isInvalid={fieldProps.isInvalid}
                min={incurredOn}
                required
                aria-describedby={fieldProps['aria-describedby']}
              />
              {error && <ErrorMessage>{error}</ErrorMessage>}
            </>
          )}
        </Field>
      )}
    </>
  );
}
