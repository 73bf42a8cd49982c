import { isCurrencyCode } from '@shared/currencies';
import { parseMoneyInput } from '@shared/money-input';

/** A parsed input: the value, or a message saying what to type instead. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * A plain number typed in a locale ("12,5" in de-DE), optionally negative; no grouping, no
 * exponent. For percentages, weights and manual key result values, which are not money.
 */
export function parseNumberInput(text: string, locale: string): Parsed<number> {
  const decimal =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
    '.';
  const trimmed = text.trim().replace(/^[−–]/, '-');
  if (trimmed === '') return { ok: false, reason: 'Enter a number.' };
  const foreignPoint = decimal !== '.' && trimmed.includes('.');
  const canonical = trimmed.split(decimal).join('.');
  if (foreignPoint || !/^-?\d+(\.\d+)?$/.test(canonical)) {
    return {
      ok: false,
      reason:
        `Enter a number such as ${new Intl.NumberFormat(locale).format(12.5)}, ` +
        'without digit grouping.',
    };
  }

  return { ok: true, value: Number(canonical) };
}

/** A whole number of months from 1 to 24, the window sizes the back end accepts. */
export function parseMonthsInput(text: string): Parsed<number> {
  const months = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || months < 1 || months > 24) {
    return { ok: false, reason: 'Choose a whole number of months from 1 to 24.' };
  }

  return { ok: true, value: months };
}

/** An amount typed in a locale, as integer minor units of `currency`. */
export function parseAmountInput(text: string, currency: string, locale: string): Parsed<number> {
  if (!isCurrencyCode(currency))
    return { ok: false, reason: 'Set a reporting currency for the project first.' };
  const parsed = parseMoneyInput(text, { locale, currency });

  return parsed.ok ? { ok: true, value: parsed.amountMinor } : { ok: false, reason: parsed.reason };
}
