import type { MoneyDto } from '@shared/contract';
import { formatMoney } from '@shared/format-money';

import { useAppContext } from '../app-context';

/** Formats money in the viewer's locale; a currency the table lacks shows code and raw units. */
export function formatMoneySafely(money: MoneyDto, locale: string): string {
  try {
    return formatMoney(money, locale);
  } catch {
    return `${money.amount} ${money.currency} (minor units)`;
  }
}

/** An amount of money, formatted in the viewer's locale with its currency's decimals. */
export function FormattedMoney({ money }: { readonly money: MoneyDto }) {
  const { locale } = useAppContext();

  return <span data-currency={money.currency}>{formatMoneySafely(money, locale)}</span>;
}
