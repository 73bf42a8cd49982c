import Button from '@atlaskit/button/new';
import { ErrorMessage, Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { isCurrencyCode } from '@shared/currencies';
import type { LabourRateDto } from '@shared/labour-contract';
import { parseMoneyInput } from '@shared/money-input';
import { useState } from 'react';
import type { FormEvent } from 'react';

import { useAppContext } from '../../../../common/src/app-context';
import { CurrencySelect } from '../../../../common/src/components/CurrencySelect';
import { DateInput } from '../../../../common/src/components/DateInput';
import { todayInTimeZone } from '../../../../common/src/format-date';

type Props = {
  readonly reportingCurrency: string;
  readonly onSave: (rate: LabourRateDto) => Promise<boolean>;
};

/** Adds a labour rate, or replaces the one of the same person from the same date. */
export function AddLabourRateForm({ reportingCurrency, onSave }: Props) {
  const { locale, timezone } = useAppContext();
  const [accountId, setAccountId] = useState('');
  const [from, setFrom] = useState(todayInTimeZone(timezone));
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(reportingCurrency);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isCurrencyCode(currency)) return setError('Choose a currency.');
    const parsed = parseMoneyInput(amount, { locale, currency });
    if (!parsed.ok) return setError(parsed.reason);
    if (parsed.amountMinor < 0) return setError('An hourly rate cannot be negative.');
    if (!from) return setError('Choose the date the rate applies from.');
    setError(undefined);
    setSaving(true);
    const saved = await onSave({
      ...(accountId.trim() ? { accountId: accountId.trim() } : {}),
      from,
      hourly: { amount: parsed.amountMinor, currency },
    });
    setSaving(false);
    if (saved) setAmount('');
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add a labour rate">
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))',
          gap: token('space.150'),
          alignItems: 'end',
        }}
      >
        <div>
          <Label htmlFor="labour-person">Person (account id; empty: project default)</Label>
          <Textfield
            id="labour-person"
            value={accountId}
            onChange={(e) => setAccountId(e.currentTarget.value)}
            autoComplete="off"
          />
        </div>
        <div>
          <Label htmlFor="labour-from">From</Label>
          <DateInput
            id="labour-from"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
        </div>
        <div>
          <Label htmlFor="labour-amount">Hourly rate</Label>
          <Textfield
            id="labour-amount"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            inputMode="decimal"
            autoComplete="off"
            isInvalid={error !== undefined}
          />
        </div>
        <div>
          <Label htmlFor="labour-currency">Currency</Label>
          <CurrencySelect
            inputId="labour-currency"
            value={currency}
            onChange={(code) => setCurrency(code ?? reportingCurrency)}
          />
        </div>
        <div>
          <Button type="submit" appearance="primary" isDisabled={saving}>
            Save rate
          </Button>
        </div>
      </div>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </form>
  );
}
