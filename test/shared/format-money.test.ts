import { MAX_SAFE_MINOR_UNITS } from '../../src/shared/currencies';
import {
  formatMoney,
  formatMoneyForInput,
  normalizeLocale,
  toDecimalString,
} from '../../src/shared/format-money';

const NBSP = '\u00a0';

describe('format-money', () => {
  describe('toDecimalString', () => {
    it('places the decimal point by the currency exponent', () => {
      const values = [
        toDecimalString(123456, 'EUR'),
        toDecimalString(1000, 'JPY'),
        toDecimalString(2755, 'KWD'),
        toDecimalString(5, 'CLF'),
      ];

      expect(values).toStrictEqual(['1234.56', '1000', '2.755', '0.0005']);
    });

    it('keeps leading zeros and the sign when the amount is below one major unit', () => {
      const values = [
        toDecimalString(-5, 'USD'),
        toDecimalString(0, 'USD'),
        toDecimalString(-0, 'KWD'),
      ];

      expect(values).toStrictEqual(['-0.05', '0.00', '0.000']);
    });

    it('throws RangeError when the amount is not an integer', () => {
      expect(() => toDecimalString(1.5, 'USD')).toThrow(RangeError);
    });
  });

  describe('formatMoney', () => {
    it('shows no decimals when the currency has no minor unit', () => {
      const text = formatMoney({ amount: 1000, currency: 'JPY' }, 'en-US');

      expect(text).toBe('¥1,000');
    });

    it('keeps three decimals when the currency is KWD', () => {
      const text = formatMoney({ amount: 2755, currency: 'KWD' }, 'en-US');

      expect(text).toBe(`KWD${NBSP}2.755`);
    });

    it('uses the locale separators and symbol position', () => {
      const text = formatMoney({ amount: 123456, currency: 'EUR' }, 'de-DE');

      expect(text).toBe(`1.234,56${NBSP}€`);
    });

    it('formats exactly when the amount is beyond double precision in major units', () => {
      const text = formatMoney({ amount: MAX_SAFE_MINOR_UNITS, currency: 'USD' }, 'en-US');

      expect(text).toBe('$22,517,998,136,852.47');
    });

    it('passes display options through when given', () => {
      const text = formatMoney({ amount: -1250, currency: 'USD' }, 'en-US', {
        currencySign: 'accounting',
      });

      expect(text).toBe('($12.50)');
    });

    it('accepts a Forge locale with an underscore', () => {
      const text = formatMoney({ amount: 1250, currency: 'USD' }, 'en_US');

      expect(text).toBe('$12.50');
    });

    it('throws RangeError when the currency is unknown', () => {
      expect(() => formatMoney({ amount: 1, currency: 'XAU' }, 'en-US')).toThrow(RangeError);
    });
  });

  describe('formatMoneyForInput', () => {
    it('omits the currency symbol and keeps all decimals', () => {
      const values = [
        formatMoneyForInput({ amount: 123456, currency: 'EUR' }, 'de-DE'),
        formatMoneyForInput({ amount: 1000, currency: 'JPY' }, 'ja-JP'),
        formatMoneyForInput({ amount: 2700, currency: 'KWD' }, 'en-US'),
      ];

      expect(values).toStrictEqual(['1.234,56', '1,000', '2.700']);
    });
  });

  describe('normalizeLocale', () => {
    it('turns Forge underscores into BCP 47 hyphens', () => {
      expect(normalizeLocale('de_CH')).toBe('de-CH');
    });

    it('falls back to en-US when the locale is missing or malformed', () => {
      const values = [normalizeLocale(undefined), normalizeLocale(''), normalizeLocale('x!y')];

      expect(values).toStrictEqual(['en-US', 'en-US', 'en-US']);
    });
  });
});
