import fc from 'fast-check';
import Papa from 'papaparse';

import type { RateSeriesDto } from '../../src/shared/csv-contract';
import { parseEcbHistory, parseSimpleRates, toImportBatches } from '../../src/shared/rate-files';

const split = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

// The ECB layout: newest first, N/A gaps, a retired currency, a comma ending every line.
const ECB_SAMPLE = [
  'Date,USD,JPY,CYP,RUB,',
  '2026-04-13,1.1684,186.75,N/A,N/A,',
  '2026-04-10,1.1711,186.43,N/A,N/A,',
  '2007-12-31,1.4721,164.93,0.585274,35.986,',
].join('\n');

describe('rate-files', () => {
  describe('parseEcbHistory', () => {
    it('reads each currency column into an EUR series, oldest first', () => {
      const parsed = parseEcbHistory(split(ECB_SAMPLE));

      expect(parsed.series).toStrictEqual([
        {
          base: 'EUR',
          quote: 'USD',
          points: [
            ['2007-12-31', '1.4721'],
            ['2026-04-10', '1.1711'],
            ['2026-04-13', '1.1684'],
          ],
        },
        {
          base: 'EUR',
          quote: 'JPY',
          points: [
            ['2007-12-31', '164.93'],
            ['2026-04-10', '186.43'],
            ['2026-04-13', '186.75'],
          ],
        },
        { base: 'EUR', quote: 'RUB', points: [['2007-12-31', '35.986']] },
      ]);
    });

    it('treats N/A as missing, never zero, and lists unsupported currencies', () => {
      const parsed = parseEcbHistory(split(ECB_SAMPLE));

      expect([parsed.skippedCurrencies, parsed.errors]).toStrictEqual([['CYP'], []]);
    });

    it('ignores the empty column left by the trailing comma', () => {
      const parsed = parseEcbHistory(split('Date,USD,\n2026-04-13,1.1684,\n'));

      expect([parsed.series.length, parsed.skippedCurrencies]).toStrictEqual([1, []]);
    });

    it('lists rows with a bad date or rate by line number and keeps the others', () => {
      const rows = split('Date,USD,\n2026-02-30,1.1,\n2026-04-13,-1,\n2026-04-10,0,\n');

      const parsed = parseEcbHistory(rows);

      expect(parsed.errors).toStrictEqual([
        { row: 2, message: '"2026-02-30" is not a date in the form YYYY-MM-DD.' },
        { row: 3, message: 'USD: "-1" is not a rate above zero.' },
        { row: 4, message: 'USD: "0" is not a rate above zero.' },
      ]);
    });

    it('refuses a file whose first column is not Date', () => {
      const parsed = parseEcbHistory(split('Day,USD\n2026-04-13,1.1\n'));

      expect(parsed.errors.map((e) => e.row)).toStrictEqual([1]);
    });
  });

  describe('parseSimpleRates', () => {
    it('reads date,currency,rate rows against the chosen base, in any column order', () => {
      const rows = split('Rate;Currency;Date\n0.9175;USD;2024-01-01\n1.1;usd;2024-02-01\n');

      const parsed = parseSimpleRates(rows, 'EUR');

      expect(parsed.series).toStrictEqual([
        {
          base: 'EUR',
          quote: 'USD',
          points: [
            ['2024-01-01', '0.9175'],
            ['2024-02-01', '1.1'],
          ],
        },
      ]);
    });

    it('takes the base from a base column when there is one', () => {
      const rows = split('date,base,currency,rate\n2024-01-01,USD,JPY,141.2\n');

      const parsed = parseSimpleRates(rows, 'EUR');

      expect(parsed.series.map((s) => `${s.base}/${s.quote}`)).toStrictEqual(['USD/JPY']);
    });

    it('skips unknown currencies and N/A, and lists bad rows', () => {
      const rows = split(
        [
          'date,currency,rate',
          '2024-01-01,XXX,1',
          '2024-01-01,USD,N/A',
          '2024-01-01,EUR,1',
          '1/1/2024,USD,1',
          '2024-01-02,USD,1;5',
        ].join('\n'),
      );

      const parsed = parseSimpleRates(rows, 'EUR');

      expect([
        parsed.series,
        parsed.skippedCurrencies,
        parsed.errors.map((e) => e.row),
      ]).toStrictEqual([[], ['XXX'], [4, 5, 6]]);
    });
  });

  describe('toImportBatches', () => {
    it('keeps every point exactly once within the limits', () => {
      const series = fc.array(
        fc.record({
          base: fc.constant('EUR'),
          quote: fc.constantFrom('USD', 'JPY', 'GBP'),
          points: fc.array(fc.tuple(fc.constant('2024-01-01'), fc.constant('1.1')), {
            minLength: 1,
            maxLength: 40,
          }),
        }),
        { maxLength: 6 },
      );
      const limits = fc.record({
        maxPoints: fc.integer({ min: 1, max: 30 }),
        maxSeries: fc.integer({ min: 1, max: 4 }),
      });

      fc.assert(
        fc.property(series, limits, (input: RateSeriesDto[], limit) => {
          const batches = toImportBatches(input, limit);
          const sizes = batches.map((b) => b.reduce((n, s) => n + s.points.length, 0));

          return (
            sizes.every((size) => size <= limit.maxPoints) &&
            batches.every((b) => b.length <= limit.maxSeries) &&
            sizes.reduce((a, b) => a + b, 0) === input.reduce((n, s) => n + s.points.length, 0)
          );
        }),
      );
    });
  });
});
