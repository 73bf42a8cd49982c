import * as dineroCurrencies from 'dinero.js/currencies';

import {
  CURRENCY_CODES,
  currencyExponent,
  isCurrencyCode,
  MAX_SAFE_MINOR_UNITS,
} from '../../src/shared/currencies';
import type { CurrencyCode } from '../../src/shared/currencies';

describe('currencies', () => {
  describe('currencyExponent', () => {
    it('returns the ISO 4217 minor unit for 0, 2, 3 and 4 decimal currencies', () => {
      const codes: CurrencyCode[] = ['JPY', 'KRW', 'ISK', 'CLP', 'VND', 'USD', 'EUR', 'GBP'];
      const more: CurrencyCode[] = ['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'LYD', 'IQD', 'CLF', 'UYW'];

      const exponents = Object.fromEntries(
        [...codes, ...more].map((c) => [c, currencyExponent(c)]),
      );

      expect(exponents).toStrictEqual({
        JPY: 0,
        KRW: 0,
        ISK: 0,
        CLP: 0,
        VND: 0,
        USD: 2,
        EUR: 2,
        GBP: 2,
        KWD: 3,
        BHD: 3,
        OMR: 3,
        JOD: 3,
        TND: 3,
        LYD: 3,
        IQD: 3,
        CLF: 4,
        UYW: 4,
      });
    });

    it('throws RangeError when the code is not in the table', () => {
      const unknown = 'XAU' as CurrencyCode; // deliberately wrong: callers that skip the guard

      expect(() => currencyExponent(unknown)).toThrow(RangeError);
    });
  });

  describe('isCurrencyCode', () => {
    it('accepts upper-case codes from the table', () => {
      const results = ['USD', 'EUR', 'JPY', 'KWD', 'XCG', 'ZWG'].map(isCurrencyCode);

      expect(results).toStrictEqual([true, true, true, true, true, true]);
    });

    it('rejects lower case, padding, withdrawn or unit-less codes and non-strings', () => {
      const inputs: unknown[] = ['usd', ' USD', 'HRK', 'ANG', 'XAU', 'XXX', 'toString', 42, null];

      const results = inputs.map(isCurrencyCode);

      expect(results.some(Boolean)).toBe(false);
    });
  });

  describe('CURRENCY_CODES', () => {
    it('lists every code once, sorted', () => {
      const sorted = [...CURRENCY_CODES].sort();

      expect({ unique: new Set(CURRENCY_CODES).size, order: CURRENCY_CODES }).toStrictEqual({
        unique: CURRENCY_CODES.length,
        order: sorted,
      });
    });

    // dinero.js models MGA and MRU in fifths (base 5, exponent 1); ISO 4217 publishes 2.
    it('agrees with the dinero.js ISO table except for the two non-decimal currencies', () => {
      const fromDinero = Object.values(dineroCurrencies)
        .filter((c) => c.code !== 'MGA' && c.code !== 'MRU')
        .map((c) => `${c.code}:${c.exponent}`)
        .sort();

      const ours = CURRENCY_CODES.filter((c) => c !== 'MGA' && c !== 'MRU').map(
        (c) => `${c}:${currencyExponent(c)}`,
      );

      expect(ours).toStrictEqual(fromDinero);
    });
  });

  describe('MAX_SAFE_MINOR_UNITS', () => {
    it('leaves one bit of headroom below the largest safe integer for sums', () => {
      expect(MAX_SAFE_MINOR_UNITS * 2 + 1).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    });
  });
});
