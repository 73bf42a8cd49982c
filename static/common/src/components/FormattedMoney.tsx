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

/**
 * Whether a sum is one the back end bounded to ±(2^53 − 1) minor units because it left the
 * exact range (its totals say `beyondRange`): it must not be shown as a figure.
 */
export function isBoundedSum(amount: number, beyondRange: boolean | undefined): boolean {
  return beyondRange === true && Math.abs(amount) === Number.MAX_SAFE_INTEGER;
}

/** A sum as text: formatted money, or "Too large to show" for a bounded one. */
export function formatSumSafely(
  money: MoneyDto,
  locale: string,
  beyondRange: boolean | undefined,
): string {
  return isBoundedSum(money.amount, beyondRange)
    ? 'Too large to show'
    : formatMoneySafely(money, locale);
}

/** An amount of money, formatted in the viewer's locale with its currency's decimals. */
export function FormattedMoney({ money }: { readonly money: MoneyDto }) {
  const { locale } = useAppContext();

  return <span data-currency={money.currency}>{formatMoneySafely(money, locale)}</span>;
}
