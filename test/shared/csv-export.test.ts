import fc from 'fast-check';
import Papa from 'papaparse';

import type { CostEntryDto } from '../../src/shared/contract';
import {
  contributionsToCsvRows,
  entriesToCsvRows,
  protectCell,
  toCsv,
} from '../../src/shared/csv-export';

const entry = (overrides: Partial<CostEntryDto> = {}): CostEntryDto => ({
  id: 'entry-0001',
  issueId: '10001',
  issueKey: 'OPS-1',
  kind: 'actual',
  amount: { amount: -125050, currency: 'EUR' },
  categoryId: 'cloud',
  incurredOn: '2026-03-01',
  description: 'Refund',
  recurrence: { frequency: 'none' },
  createdBy: 'a-1',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedBy: 'a-1',
  updatedAt: '2026-03-01T10:00:00.000Z',
  version: 1,
  ...overrides,
});

describe('csv-export', () => {
  describe('protectCell', () => {
    it.each(['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("x")'])(
      'prefixes an apostrophe when a cell starts a formula: %j',
      (cell) => {
        expect(protectCell(cell)).toBe(`'${cell}`);
      },
    );

    it('leaves plain numbers and ordinary text alone', () => {
      expect(['-12.50', '3', '-1,5', 'Cloud = costs'].map(protectCell)).toStrictEqual([
        '-12.50',
        '3',
        '-1,5',
        'Cloud = costs',
      ]);
    });
  });

  describe('toCsv', () => {
    it('quotes separators, quotes and line breaks, ends lines with CRLF and adds a BOM', () => {
      const csv = toCsv(
        [
          ['a;b', 'say "hi"', 'two\nlines'],
          ['x', ' padded', 'y'],
        ],
        { delimiter: ';', bom: true },
      );

      expect(csv).toBe('\uFEFF"a;b";"say ""hi""";"two\nlines"\r\nx;" padded";y\r\n');
    });

    it('round-trips any text through a CSV parser, formulas made inert', () => {
      const cell = fc.string({ maxLength: 12 });
      const rows = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), {
        minLength: 1,
        maxLength: 5,
      });

      fc.assert(
        fc.property(rows, fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'), (input, delimiter) => {
          const parsed = Papa.parse<string[]>(toCsv(input, { delimiter, bom: false }), {
            delimiter,
            newline: '\r\n',
          }).data.slice(0, input.length);

          return JSON.stringify(parsed) === JSON.stringify(input.map((r) => r.map(protectCell)));
        }),
      );
    });
  });

  describe('entriesToCsvRows', () => {
    it('writes amounts as exact decimals in the currency exponent and categories by name', () => {
      const rows = entriesToCsvRows(
        [entry(), entry({ id: 'entry-0002', amount: { amount: 1500, currency: 'JPY' } })],
        [{ id: 'cloud', name: 'Cloud services', retired: false }],
        ',',
      );

      expect(rows.slice(1).map((r) => [r[4], r[5], r[6]])).toStrictEqual([
        ['Cloud services', 'EUR', '-1250,50'],
        ['Cloud services', 'JPY', '1500'],
      ]);
    });
  });

  describe('contributionsToCsvRows', () => {
    it('leaves the counted amount empty when no rate converts an entry', () => {
      const rows = contributionsToCsvRows({
        currency: 'EUR',
        totalMinor: 100,
        unconvertedCount: 1,
        issues: [
          {
            issueId: '1',
            issueKey: 'OPS-1',
            amountMinor: 100,
            share: 1,
            entries: [
              {
                id: 'e1',
                date: '2026-01-02',
                amount: { amount: 120, currency: 'USD' },
                convertedMinor: 100,
              },
              {
                id: 'e2',
                date: '2026-01-03',
                amount: { amount: 5, currency: 'KWD' },
                convertedMinor: null,
              },
            ],
          },
        ],
      });

      expect(rows).toStrictEqual([
        ['Issue', 'Entry id', 'Date', 'Currency', 'Amount', 'Counted (EUR)'],
        ['OPS-1', 'e1', '2026-01-02', 'USD', '1.20', '1.00'],
        ['OPS-1', 'e2', '2026-01-03', 'KWD', '0.005', ''],
      ]);
    });
  });
});
