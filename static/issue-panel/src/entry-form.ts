import type {
  CategoryDto,
  CostEntryDto,
  CostEntryInput,
  CostKind,
  MoneyDto,
  RecurrenceDto,
} from '@shared/contract';
import { isCurrencyCode } from '@shared/currencies';
import { formatMoneyForInput } from '@shared/format-money';
import { MAX_RECURRENCE_MONTHS, repeatsEndBefore } from '@shared/limits';
import { parseMoneyInput } from '@shared/money-input';

import { isIsoDate } from '../../common/src/format-date';

/** Longest description the back end accepts, in characters. */
export const MAX_DESCRIPTION_LENGTH = 1000;

/** Most monthly occurrences one entry may have (the back end refuses more). */
export { MAX_RECURRENCE_MONTHS };

export type RecurrenceChoice = 'none' | 'months' | 'until';

/** The add / edit form as the user fills it in: text as typed, codes and ids as strings. */
export type EntryFormValues = {
  readonly amount: string;
  readonly currency: string;
  readonly categoryId: string;
  readonly incurredOn: string;
  readonly kind: CostKind;
  readonly recurrence: RecurrenceChoice;
  readonly recurrenceMonths: string;
  readonly recurrenceUntil: string;
  readonly description: string;
};

export type EntryFormField = keyof EntryFormValues;
export type EntryFormErrors = Partial<Record<EntryFormField, string>>;

export type EntryFormResult =
  | { readonly ok: true; readonly input: CostEntryInput }
  | { readonly ok: false; readonly errors: EntryFormErrors };

type Defaults = {
  readonly locale: string;
  readonly currency: string;
  readonly today: string;
  readonly categories: readonly CategoryDto[];
};

/** The form's starting values: the entry's own for an edit, sensible defaults for an add. */
export function initialFormValues(
  entry: CostEntryDto | undefined,
  defaults: Defaults,
): EntryFormValues {
  if (entry) {
    const { recurrence } = entry;
    return {
      amount: amountForInput(entry, defaults.locale),
      currency: entry.amount.currency,
      categoryId: entry.categoryId,
      incurredOn: entry.incurredOn,
      kind: entry.kind,
      recurrence: recurrenceChoice(recurrence),
      recurrenceMonths: 'months' in recurrence ? String(recurrence.months) : '12',
      recurrenceUntil: 'until' in recurrence ? recurrence.until : '',
      description: entry.description,
    };
  }
  const active = defaults.categories.filter((c) => !c.retired);

  return {
    amount: '',
    currency: defaults.currency,
    categoryId: active.length === 1 ? (active[0]?.id ?? '') : '',
    incurredOn: defaults.today,
    kind: 'actual',
    recurrence: 'none',
    recurrenceMonths: '12',
    recurrenceUntil: '',
    description: '',
  };
}

/**
 * Checks the form and turns it into the contract's input: the amount is parsed from the text
 * in the user's locale straight to minor units of the chosen currency. `editing` is the entry
 * being edited, whose category may stay selected even if it has been retired since.
 */
export function validateEntryForm(
  values: EntryFormValues,
  options: {
    readonly locale: string;
    readonly categories: readonly CategoryDto[];
    readonly editing?: CostEntryDto;
  },
): EntryFormResult {
  const amount = checkAmount(values, options.locale);
  const recurrence = checkRecurrence(values);
  const errors: EntryFormErrors = {
    ...(amount.ok ? {} : { [amount.field]: amount.error }),
    ...(recurrence.ok ? {} : { [recurrence.field]: recurrence.error }),
    categoryId: checkCategory(values.categoryId, options.categories, options.editing),
    incurredOn: dateError(values.incurredOn),
    kind:
      values.kind === 'actual' || values.kind === 'planned'
        ? undefined
        : 'Choose actual or planned.',
    description:
      values.description.length > MAX_DESCRIPTION_LENGTH
        ? `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`
        : undefined,
  };
  const messages = Object.entries(errors).filter(([, message]) => message !== undefined);

  if (!amount.ok || !recurrence.ok || messages.length > 0) {
    return { ok: false, errors: Object.fromEntries(messages) };
  }

  return {
    ok: true,
    input: {
      kind: values.kind,
      amount: amount.value,
      categoryId: values.categoryId,
      incurredOn: values.incurredOn,
      description: values.description.trim(),
      recurrence: recurrence.value,
    },
  };
}

/** The form field a server validation path (`amount.amount`, `recurrence.until`) belongs to. */
export function fieldOfErrorPath(path: string): EntryFormField | undefined {
  const [head, tail] = path.split('.');
  switch (head) {
    case 'amount':
      return tail === 'currency' ? 'currency' : 'amount';
    case 'recurrence':
      if (tail === 'months') return 'recurrenceMonths';
      return tail === 'until' ? 'recurrenceUntil' : 'recurrence';
    case 'categoryId':
    case 'incurredOn':
    case 'kind':
    case 'description':
      return head;
    default:
      return undefined;
  }
}

function amountForInput(entry: CostEntryDto, locale: string): string {
  try {
    return formatMoneyForInput(entry.amount, locale);
  } catch {
    return '';
  }
}

function recurrenceChoice(recurrence: RecurrenceDto): RecurrenceChoice {
  if (recurrence.frequency === 'none') return 'none';

  return 'months' in recurrence ? 'months' : 'until';
}

type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly field: EntryFormField; readonly error: string };

function checkAmount(values: EntryFormValues, locale: string): Checked<MoneyDto> {
  const { currency } = values;
  if (!isCurrencyCode(currency))
    return { ok: false, field: 'currency', error: 'Choose a currency.' };
  const parsed = parseMoneyInput(values.amount, { locale, currency });
  if (!parsed.ok) return { ok: false, field: 'amount', error: parsed.reason };
  if (parsed.amountMinor === 0) {
    return { ok: false, field: 'amount', error: 'Enter an amount other than zero.' };
  }

  return { ok: true, value: { amount: parsed.amountMinor, currency } };
}

function checkCategory(
  categoryId: string,
  categories: readonly CategoryDto[],
  editing: CostEntryDto | undefined,
): string | undefined {
  const category = categories.find((c) => c.id === categoryId);
  if (!category) return 'Choose a category.';
  if (category.retired && editing?.categoryId !== categoryId) {
    return 'This category is retired; choose another one.';
  }

  return undefined;
}

/** The app keeps dates from 1970 to 2100, as the resolvers do. */
function dateError(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'Enter a valid date.';
  if (text < '1970-01-01' || text > '2100-12-31') return 'Use a date from 1970 to 2100.';

  return isIsoDate(text) ? undefined : 'Enter a valid date.';
}

function checkRecurrence(values: EntryFormValues): Checked<RecurrenceDto> {
  switch (values.recurrence) {
    case 'none':
      return { ok: true, value: { frequency: 'none' } };
    case 'months': {
      const text = values.recurrenceMonths.trim();
      const months = /^\d{1,3}$/.test(text) ? Number(text) : 0;
      if (months < 1 || months > MAX_RECURRENCE_MONTHS) {
        const error = `Enter a whole number of months from 1 to ${MAX_RECURRENCE_MONTHS}.`;
        return { ok: false, field: 'recurrenceMonths', error };
      }
      return { ok: true, value: { frequency: 'monthly', months } };
    }
    case 'until':
      if (!isIsoDate(values.recurrenceUntil)) {
        return { ok: false, field: 'recurrenceUntil', error: 'Enter the date of the last repeat.' };
      }
      if (isIsoDate(values.incurredOn) && values.recurrenceUntil <= values.incurredOn) {
        return { ok: false, field: 'recurrenceUntil', error: 'Choose a date after the cost date.' };
      }
      if (
        isIsoDate(values.incurredOn) &&
        values.recurrenceUntil >= repeatsEndBefore(values.incurredOn)
      ) {
        const error =
          `A cost repeats at most ${MAX_RECURRENCE_MONTHS} months: choose a date less than a ` +
          'year after the cost date, or add another cost for the months after.';
        return { ok: false, field: 'recurrenceUntil', error };
      }
      return { ok: true, value: { frequency: 'monthly', until: values.recurrenceUntil } };
    default:
      return { ok: false, field: 'recurrence', error: 'Choose how often the cost repeats.' };
  }
}
