import fc from 'fast-check';

import type { CurrencyCode } from '../../src/shared/currencies';
import { formatMoneyForInput, toDecimalString } from '../../src/shared/format-money';
import { MAX_SAFE_MINOR_UNITS, parseMoneyInput } from '../../src/shared/money-input';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

function parse(text: string, locale: string, currency: CurrencyCode) {
  return parseMoneyInput(text, { locale, currency });
}

function amountsOf(cases: ReadonlyArray<[string, string, CurrencyCode]>) {
  return cases.map(([text, locale, currency]) => {
    const result = parse(text, locale, currency);
    return result.ok ? result.amountMinor : result.reason;
  });
}

describe('money-input', () => {
  describe('parseMoneyInput', () => {
    it('parses straight to minor units with the locale separators', () => {
      const cases: Array<[string, string, CurrencyCode]> = [
        ['1.234,56', 'de-DE', 'EUR'],
        ['0.10', 'en-US', 'USD'],
        ['1,000', 'ja-JP', 'JPY'],
        ['2.755', 'en-US', 'KWD'],
        [`1${NARROW_NBSP}234,56`, 'fr-FR', 'EUR'],
        ['1 234,56', 'fr-FR', 'EUR'],
        [`1${NBSP}234,56`, 'fr-FR', 'EUR'],
        ["1'234.50", 'de-CH', 'CHF'],
        ['1’234.50', 'de-CH', 'CHF'],
        ['12,34,567.89', 'en-IN', 'INR'],
        ['  42  ', 'en-US', 'USD'],
        ['1234567.5', 'en-US', 'USD'],
        ['.5', 'en-US', 'USD'],
      ];

      const amounts = amountsOf(cases);

      expect(amounts).toStrictEqual([
        123456, 10, 1000, 2755, 123456, 123456, 123456, 123450, 123450, 123456789, 4200, 123456750,
        50,
      ]);
    });

    it('accepts the currency symbol, narrow symbol or code before or after the number', () => {
      const cases: Array<[string, string, CurrencyCode]> = [
        ['$12.50', 'en-US', 'USD'],
        ['12,50 €', 'de-DE', 'EUR'],
        [`1 234,56${NBSP}€`, 'fr-FR', 'EUR'],
        ['€ 1.234,56', 'de-AT', 'EUR'],
        ['US$12', 'en-CA', 'USD'],
        ['$12', 'en-CA', 'USD'],
        ['¥1,000', 'ja-JP', 'JPY'],
        ['KWD 2.755', 'en-US', 'KWD'],
        ['2.755 kwd', 'en-US', 'KWD'],
        ["CHF 1'234.50", 'de-CH', 'CHF'],
      ];

      const amounts = amountsOf(cases);

      expect(amounts).toStrictEqual([
        1250, 1250, 123456, 123456, 1200, 1200, 1000, 2755, 2755, 123450,
      ]);
    });

    it('returns a negative amount when the text has a leading minus or parentheses', () => {
      const cases: Array<[string, string, CurrencyCode]> = [
        ['-12.50', 'en-US', 'USD'],
        ['(12.50)', 'en-US', 'USD'],
        ['-$12.50', 'en-US', 'USD'],
        ['$-12.50', 'en-US', 'USD'],
        ['($12.50)', 'en-US', 'USD'],
        ['-12,50 €', 'de-DE', 'EUR'],
        ['\u221212,50', 'sv-SE', 'SEK'],
      ];

      const amounts = amountsOf(cases);

      expect(amounts).toStrictEqual([-1250, -1250, -1250, -1250, -1250, -1250, -1250]);
    });

    it('reads full-width and native digits when the keyboard or locale produces them', () => {
      const cases: Array<[string, string, CurrencyCode]> = [
        ['￥１，０００', 'ja-JP', 'JPY'],
        ['١٬٢٣٤٫٥٦', 'ar-EG', 'EGP'],
        ['5', 'en_US', 'USD'],
      ];

      const amounts = amountsOf(cases);

      expect(amounts).toStrictEqual([1000, 123456, 500]);
    });

    it('returns positive zero when the text is minus zero', () => {
      const result = parse('-0.00', 'en-US', 'USD');

      expect(result.ok && Object.is(result.amountMinor, 0)).toBe(true);
    });

    it('accepts the largest magnitude when it is exactly MAX_SAFE_MINOR_UNITS', () => {
      const cases: Array<[string, string, CurrencyCode]> = [
        ['22,517,998,136,852.47', 'en-US', 'USD'],
        ['-2251799813685247', 'en-US', 'JPY'],
      ];

      const amounts = amountsOf(cases);

      expect(amounts).toStrictEqual([MAX_SAFE_MINOR_UNITS, -MAX_SAFE_MINOR_UNITS]);
    });

    it('refuses with a reason when the text is empty', () => {
      const reasons = amountsOf([
        ['', 'en-US', 'USD'],
        [`  ${NBSP}`, 'en-US', 'USD'],
        ['$', 'en-US', 'USD'],
        ['.', 'en-US', 'USD'],
      ]);

      expect(reasons).toStrictEqual([
        'Enter an amount.',
        'Enter an amount.',
        'Enter a number.',
        'Enter a number.',
      ]);
    });

    it('refuses when the text has more decimals than the currency allows', () => {
      const reasons = amountsOf([
        ['12.50', 'en-US', 'JPY'],
        ['2.7555', 'en-US', 'KWD'],
        ['1.5555', 'en-US', 'USD'],
        ['1.000', 'en-US', 'JPY'],
      ]);

      expect(reasons).toStrictEqual([
        'JPY has no minor units; enter a whole number.',
        'KWD allows at most 3 decimals.',
        'USD allows at most 2 decimals.',
        'JPY has no minor units; enter a whole number. ' +
          'In en-US, "." marks decimals; use "," between digit groups.',
      ]);
    });

    // The locale alone decides what a separator means; a thousands reading is only suggested.
    it('reads a separator as the locale defines it when the text could mean a thousand', () => {
      const reasons = amountsOf([
        ['1.234', 'en-US', 'JPY'],
        ['1,234', 'de-DE', 'EUR'],
        ['1.234', 'en-US', 'KWD'],
      ]);

      expect(reasons).toStrictEqual([
        'JPY has no minor units; enter a whole number. ' +
          'In en-US, "." marks decimals; use "," between digit groups.',
        'EUR allows at most 2 decimals. ' +
          'In de-DE, "," marks decimals; use "." between digit groups.',
        1234,
      ]);
    });

    it('refuses when digit groups do not follow the locale pattern', () => {
      const results = [
        parse('1,23,4', 'en-US', 'USD'),
        parse('1,234,567.89', 'en-IN', 'INR'),
        parse('12,3456', 'en-US', 'USD'),
        parse(',123', 'en-US', 'USD'),
        parse('1,234.567,8', 'en-US', 'KWD'),
      ];

      expect(results.map((r) => r.ok)).toStrictEqual([false, false, false, false, false]);
    });

    it('suggests the locale grouping when groups are misplaced', () => {
      const result = parse('1,23,4', 'en-US', 'USD');

      expect(result).toStrictEqual({
        ok: false,
        reason: 'The digit groups look misplaced: write 1,234, or leave the separators out.',
      });
    });

    it('refuses a separator that the locale does not use', () => {
      const reasons = amountsOf([
        ['1 234', 'en-US', 'USD'],
        ["1'234,56", 'de-DE', 'EUR'],
        ['1.234,56', 'en-US', 'USD'],
        ['1.2.3', 'en-US', 'USD'],
      ]);

      expect(reasons).toStrictEqual([
        'A space is not a separator in en-US: use "." for decimals and "," between digit groups.',
        `"'" is not a separator in de-DE: use "," for decimals and "." between digit groups.`,
        'Put digit-group separators only before the decimal separator.',
        'Use only one decimal separator (".").',
      ]);
    });

    it('refuses letters and symbols of another currency', () => {
      const reasons = amountsOf([
        ['12abc', 'en-US', 'USD'],
        ['1e5', 'en-US', 'USD'],
        ['12 EUR', 'en-US', 'USD'],
        ['€12', 'en-US', 'USD'],
      ]);

      expect(reasons).toStrictEqual([
        'Remove "abc": enter only a number (the currency is USD).',
        'Remove "e": enter only a number (the currency is USD).',
        'Remove "EUR": enter only a number (the currency is USD).',
        'Remove "€": enter only a number (the currency is USD).',
      ]);
    });

    it('refuses more than one sign, a misplaced sign or unbalanced parentheses', () => {
      const reasons = amountsOf([
        ['--5', 'en-US', 'USD'],
        ['+-5', 'en-US', 'USD'],
        ['5-', 'en-US', 'USD'],
        ['-(5)', 'en-US', 'USD'],
        ['(5', 'en-US', 'USD'],
      ]);

      expect(reasons).toStrictEqual([
        'Use only one minus sign.',
        'Use only one minus sign.',
        'Use one minus sign, before the amount.',
        'Use either a minus sign or parentheses, not both.',
        'Put parentheses around the whole amount to enter a negative amount.',
      ]);
    });

    it('refuses values beyond MAX_SAFE_MINOR_UNITS', () => {
      const reasons = amountsOf([
        ['22517998136852.48', 'en-US', 'USD'],
        ['-2251799813685248', 'en-US', 'JPY'],
      ]);

      expect(reasons).toStrictEqual([
        'Enter an amount no larger than 22,517,998,136,852.47.',
        'Enter an amount no larger than 2,251,799,813,685,247.',
      ]);
    });

    it('reads back exactly what formatMoneyForInput wrote, in every locale and exponent', () => {
      const locales = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'ja-JP'];
      const currencies: CurrencyCode[] = ['USD', 'EUR', 'JPY', 'KWD', 'BHD'];
      const amount = fc.integer({ min: -MAX_SAFE_MINOR_UNITS, max: MAX_SAFE_MINOR_UNITS });

      const property = fc.property(
        amount,
        fc.constantFrom(...locales),
        fc.constantFrom(...currencies),
        (amountMinor, locale, currency) => {
          const text = formatMoneyForInput({ amount: amountMinor, currency }, locale);
          const parsed = parse(text, locale, currency);
          return parsed.ok && parsed.amountMinor === (amountMinor === 0 ? 0 : amountMinor);
        },
      );

      expect(() => fc.assert(property, { numRuns: 500 })).not.toThrow();
    });

    it('reads back any plain decimal string exactly', () => {
      const amount = fc.integer({ min: -MAX_SAFE_MINOR_UNITS, max: MAX_SAFE_MINOR_UNITS });
      const currency = fc.constantFrom<CurrencyCode>('JPY', 'USD', 'KWD', 'CLF');

      const property = fc.property(amount, currency, (amountMinor, code) => {
        const parsed = parse(toDecimalString(amountMinor, code), 'en-US', code);
        return parsed.ok && parsed.amountMinor === amountMinor;
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });
});
