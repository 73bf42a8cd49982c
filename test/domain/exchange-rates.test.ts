import fc from 'fast-check';

import {
  convertAt,
  createRateTable,
  parseRate,
  sumConverted,
} from '../../src/domain/exchange-rates';
import type { RateInput } from '../../src/domain/exchange-rates';
import { money } from '../../src/domain/money';
import type { Money } from '../../src/domain/money';
import { ValidationError } from '../../src/platform/errors';
import type { CurrencyCode } from '../../src/shared/currencies';

// ECB euro reference rates (units per 1 EUR), week of 4 March 2024. Source: ECB statistics.
// 2024-03-09 and 2024-03-10 are a weekend with no publication.
const ECB_WEEK: ReadonlyArray<[string, string, string, string]> = [
  ['2024-03-04', '1.0846', '163.22', '0.85583'],
  ['2024-03-05', '1.0849', '163.01', '0.85543'],
  ['2024-03-06', '1.0874', '162.67', '0.85498'],
  ['2024-03-07', '1.0895', '161.09', '0.85445'],
  ['2024-03-08', '1.0932', '160.99', '0.85168'],
  ['2024-03-11', '1.0926', '160.43', '0.85208'],
];

function buildEcbRates(overrides: Partial<RateInput> = {}): RateInput[] {
  return ECB_WEEK.flatMap(([date, usd, jpy, gbp]) =>
    (
      [
        ['USD', usd],
        ['JPY', jpy],
        ['GBP', gbp],
      ] as const
    ).map(([quote, rate]) => ({ base: 'EUR', quote, rate, date, source: 'ECB', ...overrides })),
  );
}

function buildRate(overrides: Partial<RateInput> = {}): RateInput {
  return { base: 'EUR', quote: 'USD', rate: '1.0932', date: '2024-03-08', ...overrides };
}

describe('exchange-rates', () => {
  describe('parseRate', () => {
    it('returns a scaled integer when the text is a positive decimal', () => {
      const rates = ['1.1684', '160.99', ' 0.85168 ', '7'].map((text) => parseRate(text));

      expect(rates).toStrictEqual([
        { amount: 11684, scale: 4 },
        { amount: 16099, scale: 2 },
        { amount: 85168, scale: 5 },
        { amount: 7, scale: 0 },
      ]);
    });

    it('returns undefined when the rate is N/A or empty, never zero', () => {
      expect(['N/A', 'n/a', '', '  '].map((text) => parseRate(text))).toStrictEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    });

    it('throws ValidationError when the text is zero, negative or not a plain decimal', () => {
      const inputs = ['0', '0.0000', '-1.2', '1,1684', '1e3', 'abc', '.5'];

      const thrown = inputs.map((text) => catchError(() => parseRate(text)));

      expect(thrown.every((e) => e instanceof ValidationError)).toBe(true);
    });
  });

  describe('createRateTable', () => {
    it('returns the rate published on the date when there is one', () => {
      const table = createRateTable(buildEcbRates());

      expect(table.rateOn('EUR', 'USD', '2024-03-07')).toStrictEqual({
        rate: { amount: 10895, scale: 4 },
        date: '2024-03-07',
        source: 'ECB',
      });
    });

    it("uses Friday's rate when the date is a weekend", () => {
      const table = createRateTable(buildEcbRates());

      const dates = ['2024-03-09', '2024-03-10'].map((d) => table.rateOn('EUR', 'JPY', d)?.date);

      expect(dates).toStrictEqual(['2024-03-08', '2024-03-08']);
    });

    it('returns undefined when no rate was published on or before the date', () => {
      const table = createRateTable(buildEcbRates());

      expect(table.rateOn('EUR', 'USD', '2024-03-03')).toBeUndefined();
    });

    it('returns undefined when the pair only has N/A rates', () => {
      const table = createRateTable([buildRate({ quote: 'RUB', rate: 'N/A' })]);

      expect(table.rateOn('EUR', 'RUB', '2024-03-08')).toBeUndefined();
    });

    it('returns a rate of 1 when both currencies are the same', () => {
      const table = createRateTable([]);

      expect(table.rateOn('KWD', 'KWD', '2024-03-08')).toStrictEqual({
        rate: { amount: 1, scale: 0 },
        date: '2024-03-08',
      });
    });

    it('inverts the rate when only the opposite direction is published', () => {
      const table = createRateTable(buildEcbRates());

      expect(table.rateOn('USD', 'EUR', '2024-03-08')).toStrictEqual({
        rate: { amount: 914745700695206732528357n, scale: 24 },
        date: '2024-03-08',
        source: 'ECB',
      });
    });

    it('keeps an exact inverse short when the inverse terminates', () => {
      const table = createRateTable([buildRate({ rate: '1.25' })]);

      expect(table.rateOn('USD', 'EUR', '2024-03-08')?.rate).toStrictEqual({ amount: 8, scale: 1 });
    });

    it('derives a cross rate through EUR when neither direction is published', () => {
      const table = createRateTable(buildEcbRates());

      expect(table.rateOn('USD', 'JPY', '2024-03-08')).toStrictEqual({
        rate: { amount: 1472649103549213318697402n, scale: 22 },
        date: '2024-03-08',
        source: 'ECB',
      });
    });

    it('dates a cross rate with its older leg', () => {
      const rates = [
        buildRate({ date: '2024-03-08' }),
        buildRate({ quote: 'GBP', rate: '0.85', date: '2024-03-01' }),
      ];

      const quote = createRateTable(rates).rateOn('USD', 'GBP', '2024-03-10');

      expect(quote?.date).toBe('2024-03-01');
    });

    it('prefers the more recent of a direct and an inverse rate', () => {
      const rates = [
        buildRate({ date: '2024-03-01', rate: '1.08' }),
        buildRate({ base: 'USD', quote: 'EUR', date: '2024-03-05', rate: '0.5' }),
      ];

      const quote = createRateTable(rates).rateOn('EUR', 'USD', '2024-03-08');

      expect(quote).toStrictEqual({ rate: { amount: 2, scale: 0 }, date: '2024-03-05' });
    });

    it('prefers a published pair over a cross rate', () => {
      const rates = [
        ...buildEcbRates(),
        buildRate({ base: 'USD', quote: 'JPY', rate: '150', date: '2024-01-02' }),
      ];

      const quote = createRateTable(rates).rateOn('USD', 'JPY', '2024-03-08');

      expect(quote?.rate).toStrictEqual({ amount: 150, scale: 0 });
    });

    it('crosses through another pivot when one is configured', () => {
      const rates = [
        buildRate({ base: 'USD', quote: 'EUR', rate: '0.5' }),
        buildRate({ base: 'USD', quote: 'GBP', rate: '0.25' }),
      ];

      const quote = createRateTable(rates, { pivot: 'USD' }).rateOn('EUR', 'GBP', '2024-03-08');

      expect(quote?.rate).toStrictEqual({ amount: 5, scale: 1 });
    });

    it('returns undefined when a leg of the cross rate is missing', () => {
      const table = createRateTable(buildEcbRates());

      expect(table.rateOn('USD', 'CHF', '2024-03-08')).toBeUndefined();
    });

    it('throws ValidationError when rows are invalid or contradict each other', () => {
      const invalid: RateInput[][] = [
        [buildRate({ quote: 'XAU' })],
        [buildRate({ quote: 'EUR' })],
        [buildRate({ date: '2024-02-30' })],
        [buildRate({ rate: '0' })],
        [buildRate(), buildRate({ rate: '1.0933' })],
      ];

      const thrown = invalid.map((rows) => catchError(() => createRateTable(rows)));

      expect(thrown.every((e) => e instanceof ValidationError)).toBe(true);
    });

    it('accepts a repeated row when the rate is the same value', () => {
      const table = createRateTable([buildRate({ rate: '1.1' }), buildRate({ rate: '1.10' })]);

      expect(table.rateOn('EUR', 'USD', '2024-03-08')?.rate).toStrictEqual({
        amount: 11,
        scale: 1,
      });
    });

    it('throws ValidationError when the lookup date is not a calendar date', () => {
      const table = createRateTable(buildEcbRates());

      expect(() => table.rateOn('EUR', 'USD', '08/03/2024')).toThrow(ValidationError);
    });
  });

  describe('convertAt', () => {
    it('returns the converted money with the rate, its date and its source', () => {
      const table = createRateTable(buildEcbRates());

      const result = convertAt(table, money(10000, 'USD'), 'JPY', '2024-03-10');

      expect(result).toStrictEqual({
        converted: { amount: 14726, currency: 'JPY' },
        rate: { amount: 1472649103549213318697402n, scale: 22 },
        rateDate: '2024-03-08',
        source: 'ECB',
      });
    });

    it('converts back to the original amount when the rate is inverted', () => {
      const table = createRateTable(buildEcbRates());

      const result = convertAt(table, money(109320, 'USD'), 'EUR', '2024-03-08');

      expect(result?.converted).toStrictEqual({ amount: 100000, currency: 'EUR' });
    });

    it('returns undefined when no rate is known', () => {
      const table = createRateTable(buildEcbRates());

      expect(convertAt(table, money(100, 'EUR'), 'USD', '2023-12-29')).toBeUndefined();
    });
  });

  describe('sumConverted', () => {
    // Two entries of 2.5 JPY each round to 2 + 2 = 4, not to the 5 that the summed euros give.
    it('rounds each entry half to even before adding', () => {
      const table = createRateTable([buildRate({ quote: 'JPY', rate: '10' })]);
      const entries = [
        { money: money(25, 'EUR'), date: '2024-03-08' },
        { money: money(25, 'EUR'), date: '2024-03-09' },
      ];

      expect(sumConverted(entries, 'JPY', table)).toStrictEqual({
        total: { amount: 4, currency: 'JPY' },
        unconvertedCount: 0,
      });
    });

    it('counts entries without a rate instead of treating them as zero', () => {
      const table = createRateTable(buildEcbRates());
      const entries = [
        { money: money(1000, 'EUR'), date: '2024-03-08' },
        { money: money(1000, 'EUR'), date: '2020-01-01' },
        { money: money(500, 'CHF'), date: '2024-03-08' },
      ];

      expect(sumConverted(entries, 'USD', table)).toStrictEqual({
        total: { amount: 1093, currency: 'USD' },
        unconvertedCount: 2,
      });
    });

    it('equals the sum of the per-entry conversions for any entries', () => {
      const table = createRateTable(buildEcbRates());
      const entry = fc.record({
        amount: fc.integer({ min: -1e12, max: 1e12 }),
        currency: fc.constantFrom<CurrencyCode>('EUR', 'USD', 'JPY', 'GBP', 'CHF'),
        date: fc.constantFrom('2024-03-01', '2024-03-05', '2024-03-09', '2024-03-11'),
      });
      const target = fc.constantFrom<CurrencyCode>('EUR', 'USD', 'JPY', 'GBP');

      const property = fc.property(fc.array(entry, { maxLength: 20 }), target, (rows, to) => {
        const entries = rows.map((r) => ({ money: money(r.amount, r.currency), date: r.date }));
        const each = entries.map((e) => convertAt(table, e.money, to, e.date)?.converted);
        const expected = each.reduce((total, m: Money | undefined) => total + (m?.amount ?? 0), 0);
        const result = sumConverted(entries, to, table);
        return (
          result.total.amount === expected &&
          result.unconvertedCount === each.filter((m) => m === undefined).length
        );
      });

      expect(() => fc.assert(property)).not.toThrow();
    });
  });
});

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }

  return undefined;
}
