import {
  fieldOfErrorPath,
  initialFormValues,
  validateEntryForm,
} from '../../../static/issue-panel/src/entry-form';
import type { EntryFormValues } from '../../../static/issue-panel/src/entry-form';
import { buildCategory, buildEntry } from '../builders';

const CATEGORIES = [buildCategory(), buildCategory({ id: 'cat-old', name: 'Old', retired: true })];

function buildValues(overrides: Partial<EntryFormValues> = {}): EntryFormValues {
  return {
    amount: '10',
    currency: 'EUR',
    categoryId: 'cat-cloud',
    incurredOn: '2025-03-01',
    kind: 'actual',
    recurrence: 'none',
    recurrenceMonths: '12',
    recurrenceUntil: '',
    description: '',
    ...overrides,
  };
}

describe('entry-form', () => {
  describe('validateEntryForm', () => {
    it('parses the amount in the locale straight to minor units', () => {
      const result = validateEntryForm(buildValues({ amount: '1.234,56' }), {
        locale: 'de-DE',
        categories: CATEGORIES,
      });

      expect(result).toStrictEqual({
        ok: true,
        input: {
          kind: 'actual',
          amount: { amount: 123456, currency: 'EUR' },
          categoryId: 'cat-cloud',
          incurredOn: '2025-03-01',
          description: '',
          recurrence: { frequency: 'none' },
        },
      });
    });

    it('uses the currency exponent when the currency has no minor units', () => {
      const result = validateEntryForm(buildValues({ amount: '1,500', currency: 'JPY' }), {
        locale: 'en-US',
        categories: CATEGORIES,
      });

      expect(result.ok && result.input.amount).toStrictEqual({ amount: 1500, currency: 'JPY' });
    });

    it('refuses a zero amount', () => {
      const result = validateEntryForm(buildValues({ amount: '0,00' }), {
        locale: 'de-DE',
        categories: CATEGORIES,
      });

      expect(result).toStrictEqual({
        ok: false,
        errors: { amount: 'Enter an amount other than zero.' },
      });
    });

    it('asks for a currency before reading the amount when none is chosen', () => {
      const result = validateEntryForm(buildValues({ currency: '' }), {
        locale: 'en-US',
        categories: CATEGORIES,
      });

      expect(result).toStrictEqual({ ok: false, errors: { currency: 'Choose a currency.' } });
    });

    it('refuses a retired category for a new entry', () => {
      const result = validateEntryForm(buildValues({ categoryId: 'cat-old' }), {
        locale: 'en-US',
        categories: CATEGORIES,
      });

      expect(result).toStrictEqual({
        ok: false,
        errors: { categoryId: 'This category is retired; choose another one.' },
      });
    });

    it('keeps a retired category on an entry that already had it', () => {
      const result = validateEntryForm(buildValues({ categoryId: 'cat-old' }), {
        locale: 'en-US',
        categories: CATEGORIES,
        editing: buildEntry({ categoryId: 'cat-old' }),
      });

      expect(result.ok).toBe(true);
    });

    it('builds a monthly recurrence for a number of months', () => {
      const result = validateEntryForm(
        buildValues({ recurrence: 'months', recurrenceMonths: '6' }),
        {
          locale: 'en-US',
          categories: CATEGORIES,
        },
      );

      expect(result.ok && result.input.recurrence).toStrictEqual({
        frequency: 'monthly',
        months: 6,
      });
    });

    it('refuses more repeats than the back end allows', () => {
      const result = validateEntryForm(
        buildValues({ recurrence: 'months', recurrenceMonths: '13' }),
        {
          locale: 'en-US',
          categories: CATEGORIES,
        },
      );

      expect(result).toStrictEqual({
        ok: false,
        errors: { recurrenceMonths: 'Enter a whole number of months from 1 to 12.' },
      });
    });

    it('refuses an end date on or before the cost date', () => {
      const result = validateEntryForm(
        buildValues({ recurrence: 'until', recurrenceUntil: '2025-03-01' }),
        {
          locale: 'en-US',
          categories: CATEGORIES,
        },
      );

      expect(result).toStrictEqual({
        ok: false,
        errors: { recurrenceUntil: 'Choose a date after the cost date.' },
      });
    });

    it('accepts a last repeat within a year and refuses one that would need a 13th month', () => {
      const check = (recurrenceUntil: string) =>
        validateEntryForm(buildValues({ recurrence: 'until', recurrenceUntil }), {
          locale: 'en-US',
          categories: CATEGORIES,
        });

      expect(check('2026-02-28')).toMatchObject({
        ok: true,
        input: { recurrence: { frequency: 'monthly', until: '2026-02-28' } },
      });
      expect(check('2026-03-01')).toStrictEqual({
        ok: false,
        errors: {
          recurrenceUntil:
            'A cost repeats at most 12 months: choose a date less than a year after the cost ' +
            'date, or add another cost for the months after.',
        },
      });
    });

    it('refuses a description over 1000 characters', () => {
      const result = validateEntryForm(buildValues({ description: 'x'.repeat(1001) }), {
        locale: 'en-US',
        categories: CATEGORIES,
      });

      expect(result).toStrictEqual({
        ok: false,
        errors: { description: 'Use at most 1000 characters.' },
      });
    });

    it('keeps dates between 1970 and 2100, as the app does', () => {
      const errorOf = (incurredOn: string) => {
        const result = validateEntryForm(buildValues({ incurredOn }), {
          locale: 'en-US',
          categories: CATEGORIES,
        });
        return result.ok ? undefined : result.errors.incurredOn;
      };

      expect([errorOf('0001-01-01'), errorOf('1969-12-31'), errorOf('2101-01-01')]).toStrictEqual(
        Array(3).fill('Use a date from 1970 to 2100.'),
      );
      expect(errorOf('1970-01-01')).toBeUndefined();
    });

    it('refuses a date that does not exist', () => {
      const result = validateEntryForm(buildValues({ incurredOn: '2025-02-30' }), {
        locale: 'en-US',
        categories: CATEGORIES,
      });

      expect(result).toStrictEqual({ ok: false, errors: { incurredOn: 'Enter a valid date.' } });
    });
  });

  describe('initialFormValues', () => {
    it('writes an edited amount the way the user types it in their locale', () => {
      const entry = buildEntry({
        amount: { amount: 123456, currency: 'EUR' },
        recurrence: { frequency: 'monthly', until: '2025-12-01' },
      });

      const values = initialFormValues(entry, {
        locale: 'de-DE',
        currency: 'USD',
        today: '2025-05-05',
        categories: CATEGORIES,
      });

      expect(values).toStrictEqual({
        amount: '1.234,56',
        currency: 'EUR',
        categoryId: 'cat-cloud',
        incurredOn: '2025-03-01',
        kind: 'actual',
        recurrence: 'until',
        recurrenceMonths: '12',
        recurrenceUntil: '2025-12-01',
        description: 'Compute for March',
      });
    });

    it('starts a new entry today, in the default currency, with the only active category', () => {
      const values = initialFormValues(undefined, {
        locale: 'en-US',
        currency: 'GBP',
        today: '2025-05-05',
        categories: CATEGORIES,
      });

      expect(values).toMatchObject({
        amount: '',
        currency: 'GBP',
        categoryId: 'cat-cloud',
        incurredOn: '2025-05-05',
      });
    });
  });

  describe('fieldOfErrorPath', () => {
    it.each([
      ['amount.amount', 'amount'],
      ['amount.currency', 'currency'],
      ['recurrence.months', 'recurrenceMonths'],
      ['recurrence.until', 'recurrenceUntil'],
      ['description', 'description'],
      ['version', undefined],
    ])('maps %s to %s', (path, field) => {
      expect(fieldOfErrorPath(path)).toBe(field);
    });
  });
});
