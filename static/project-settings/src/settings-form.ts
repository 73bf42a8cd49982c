import type { AccessRuleDto, CostSettingsDto, RateDto } from '@shared/contract';
import { isCurrencyCode } from '@shared/currencies';

import { isIsoDate } from '../../common/src/format-date';
import { formatDecimalString } from '../../common/src/format-number';

/** Longest category name, in characters. */
export const MAX_CATEGORY_NAME_LENGTH = 60;

/** Most categories a project may have (the back end refuses more). */
export const MAX_CATEGORIES = 100;

/** Most digits an exchange rate may have on each side of the point (the back end's limit). */
export const MAX_RATE_DIGITS = 12;

/** Problems with the cost settings draft: a message per section, one per category id. */
export type CostSettingsErrors = {
  readonly reportingCurrency?: string;
  readonly fiscalYearStartMonth?: string;
  readonly forecastThresholds?: string;
  /** A problem with the list as a whole: none left, or too many. */
  readonly categoryList?: string;
  readonly categories?: Readonly<Record<string, string>>;
  readonly viewers?: string;
  readonly editors?: string;
};

/** Checks a cost settings draft before it is sent; an empty object means it is valid. */
export function validateCostSettings(draft: CostSettingsDto): CostSettingsErrors {
  const categories = categoryErrors(draft.categories);
  const errors: CostSettingsErrors = {
    reportingCurrency: isCurrencyCode(draft.reportingCurrency) ? undefined : 'Choose a currency.',
    fiscalYearStartMonth:
      Number.isInteger(draft.fiscalYearStartMonth) &&
      draft.fiscalYearStartMonth >= 1 &&
      draft.fiscalYearStartMonth <= 12
        ? undefined
        : 'Choose a month.',
    forecastThresholds: thresholdsError(draft.forecastThresholds),
    categoryList: categoryListError(draft.categories.length),
    categories: Object.keys(categories).length > 0 ? categories : undefined,
    viewers: accessRuleError(draft.viewers),
    editors: accessRuleError(draft.editors),
  };

  return Object.fromEntries(Object.entries(errors).filter(([, value]) => value !== undefined));
}

/** Whether a validation result has any problem. */
export function hasErrors(errors: CostSettingsErrors): boolean {
  return Object.keys(errors).length > 0;
}

function categoryErrors(categories: CostSettingsDto['categories']): Record<string, string> {
  const seen = new Map<string, number>();
  for (const category of categories) {
    const key = category.name.trim().toLocaleLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const entries = categories.flatMap((category): [string, string][] => {
    const name = category.name.trim();
    if (name === '') return [[category.id, 'Enter a name.']];
    if (name.length > MAX_CATEGORY_NAME_LENGTH) {
      return [[category.id, `Use at most ${MAX_CATEGORY_NAME_LENGTH} characters.`]];
    }
    if ((seen.get(name.toLocaleLowerCase()) ?? 0) > 1) {
      return [[category.id, 'Another category has this name.']];
    }
    return [];
  });

  return Object.fromEntries(entries);
}

function categoryListError(count: number): string | undefined {
  if (count === 0) return 'Add at least one category.';
  if (count > MAX_CATEGORIES) return `Use at most ${MAX_CATEGORIES} categories.`;

  return undefined;
}

function accessRuleError(rule: AccessRuleDto): string | undefined {
  if (rule.type === 'roles' && rule.roleIds.length === 0) return 'Choose at least one role.';

  return undefined;
}

/** The new-rate form as typed: codes, the rate in the user's locale, an ISO date. */
export type RateFormValues = {
  readonly base: string;
  readonly quote: string;
  readonly rate: string;
  readonly date: string;
};

export type RateFormErrors = Partial<Record<keyof RateFormValues, string>>;

export type RateFormResult =
  | { readonly ok: true; readonly rate: RateDto }
  | { readonly ok: false; readonly errors: RateFormErrors };

/**
 * Checks the new-rate form. The rate is typed with the locale's decimal separator ("0,9234"
 * in de-DE) and becomes the contract's decimal string ("0.9234") without float arithmetic.
 */
export function validateRateForm(values: RateFormValues, locale: string): RateFormResult {
  const rate = parseRateInput(values.rate, locale);
  const errors: RateFormErrors = {
    base: isCurrencyCode(values.base) ? undefined : 'Choose a currency.',
    quote: !isCurrencyCode(values.quote)
      ? 'Choose a currency.'
      : values.quote === values.base
        ? 'Choose a currency other than the base.'
        : undefined,
    rate: rate.ok ? undefined : rate.reason,
    date: isIsoDate(values.date) ? undefined : 'Enter a valid date.',
  };
  const messages = Object.entries(errors).filter(([, message]) => message !== undefined);

  if (!rate.ok || messages.length > 0) return { ok: false, errors: Object.fromEntries(messages) };

  return {
    ok: true,
    rate: { base: values.base, quote: values.quote, rate: rate.decimal, date: values.date },
  };
}

type ParsedRate =
  { readonly ok: true; readonly decimal: string } | { readonly ok: false; readonly reason: string };

/** Reads a positive exchange rate typed in a locale into a plain decimal string. */
export function parseRateInput(text: string, locale: string): ParsedRate {
  const decimalSeparator =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
    '.';
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'Enter a rate.' };
  // Only the locale's decimal separator counts; "1.5" in de-DE would be a grouped number.
  const foreignPoint = decimalSeparator !== '.' && trimmed.includes('.');
  const decimal = trimmed.split(decimalSeparator).join('.');
  if (foreignPoint || !/^\d+(\.\d+)?$/.test(decimal)) {
    return {
      ok: false,
      reason:
        `Enter a positive number such as ${formatDecimalString('1.1684', locale)}, ` +
        'without digit grouping.',
    };
  }
  if (!/[1-9]/.test(decimal)) return { ok: false, reason: 'Enter a rate greater than zero.' };
  const canonical = decimal.replace(/^0+(?=\d)/, '');
  const [whole = '', fraction = ''] = canonical.split('.');
  if (whole.length > MAX_RATE_DIGITS || fraction.length > MAX_RATE_DIGITS) {
    return {
      ok: false,
      reason: `Use at most ${MAX_RATE_DIGITS} digits before and after the point.`,
    };
  }

  return { ok: true, decimal: canonical };
}

function thresholdsError(thresholds: CostSettingsDto['forecastThresholds']): string | undefined {
  if (!thresholds) return undefined;
  const { onTrack, atRisk } = thresholds;
  // Whole percentages: the fields step by 1 and show the stored fraction rounded to one.
  const inRange = (n: number) =>
    Number.isFinite(n) && n >= 0 && n <= 1 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;
  if (!inRange(onTrack) || !inRange(atRisk)) return 'Use whole percentages from 0 to 100.';

  return atRisk < onTrack ? undefined : 'The at-risk threshold must be below the on-track one.';
}
