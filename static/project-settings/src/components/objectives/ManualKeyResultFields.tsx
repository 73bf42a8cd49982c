import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';

import { CurrencySelect } from '../../../../common/src/components/CurrencySelect';
import { NativeSelect } from '../../../../common/src/components/NativeSelect';
import { errorAt } from '../../objectives/form-errors';
import type { FieldErrors } from '../../objectives/form-errors';
import type { ManualKeyResultDraft } from '../../objectives/objective-draft';

import { describedBy, FormField } from './FormField';

type Props = {
  readonly idPrefix: string;
  readonly path: string;
  readonly draft: ManualKeyResultDraft;
  readonly errors: FieldErrors;
  readonly onChange: (changes: Partial<ManualKeyResultDraft>) => void;
};

const UNITS = ['number', 'percent', 'currency'] as const;

/**
 * The fields of a manual key result: its unit (a number, a percentage or money in a currency)
 * and the start and target values people's check-ins are measured between.
 */
export function ManualKeyResultFields({ idPrefix, path, draft, errors, onChange }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const error = (name: string) => errorAt(errors, `${path}.${name}`);
  const unitHint =
    draft.unit === 'percent'
      ? 'In percent, e.g. 40 for 40%'
      : draft.unit === 'currency'
        ? `In ${draft.currency || 'the currency'}`
        : undefined;

  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 11rem), 1fr))',
        gap: token('space.200'),
        alignItems: 'start',
      }}
    >
      <FormField id={id('unit')} label="Unit" error={error('unit')}>
        <NativeSelect
          id={id('unit')}
          value={draft.unit}
          onChange={(e) =>
            onChange({ unit: UNITS.find((u) => u === e.currentTarget.value) ?? 'number' })
          }
        >
          <option value="number">Number</option>
          <option value="percent">Percentage</option>
          <option value="currency">Money</option>
        </NativeSelect>
      </FormField>
      {draft.unit === 'currency' && (
        <FormField id={id('currency')} label="Currency" error={error('currency')}>
          <CurrencySelect
            inputId={id('currency')}
            value={draft.currency || undefined}
            onChange={(currency) => onChange({ currency: currency ?? '' })}
            isInvalid={error('currency') !== undefined}
            aria-describedby={describedBy(id('currency'), error('currency'))}
          />
        </FormField>
      )}
      {(['startValue', 'targetValue'] as const).map((field) => (
        <FormField
          key={field}
          id={id(field)}
          label={field === 'startValue' ? 'Start value' : 'Target value'}
          error={error(field)}
          helper={unitHint}
        >
          <Textfield
            id={id(field)}
            inputMode="decimal"
            value={draft[field]}
            onChange={(e) => onChange({ [field]: e.currentTarget.value })}
            isInvalid={error(field) !== undefined}
            aria-describedby={describedBy(id(field), error(field), unitHint !== undefined)}
          />
        </FormField>
      ))}
    </div>
  );
}
