import Select from '@atlaskit/select';
import { useMemo } from 'react';

import { useAppContext } from '../app-context';
import { currencyOption, currencyOptionGroups } from '../currency-options';
import type { CurrencyOption } from '../currency-options';

type Props = {
  readonly inputId: string;
  readonly value: string | undefined;
  readonly onChange: (code: string | undefined) => void;
  /** Codes to list among the common ones, such as the currencies already in use. */
  readonly preferred?: readonly string[];
  readonly isInvalid?: boolean;
  readonly isDisabled?: boolean;
  readonly onBlur?: () => void;
  readonly 'aria-describedby'?: string;
};

const NONE: readonly string[] = [];

/** A searchable ISO 4217 currency picker: common codes first, then every other code. */
export function CurrencySelect({ inputId, value, onChange, preferred = NONE, ...rest }: Props) {
  const { locale } = useAppContext();
  const groups = useMemo(() => currencyOptionGroups(locale, preferred), [locale, preferred]);
  const selected = value ? currencyOption(value, locale) : null;

  return (
    <Select<CurrencyOption>
      inputId={inputId}
      options={groups}
      value={selected}
      onChange={(option) => onChange(option?.value)}
      onBlur={rest.onBlur}
      isInvalid={rest.isInvalid}
      isDisabled={rest.isDisabled}
      aria-describedby={rest['aria-describedby']}
      placeholder="Choose a currency"
      menuPlacement="auto"
    />
  );
}
