import Papa from 'papaparse';

import type { EntryImportOptions } from '../../src/shared/entry-import';
import {
  detectDelimiter,
  fromSpreadsheetSerial,
  guessEntryMapping,
  importIdOf,
  importedEntryId,
  parseImportDate,
  readEntryRows,
} from '../../src/shared/entry-import';

const OPTIONS: EntryImportOptions = {
  locale: 'de-DE',
  datePattern: 'DD.MM.YYYY',
  defaultCurrency: 'EUR',
  defaultKind: 'actual',
  categories: [
    { id: 'cloud', name: 'Cloud services', retired: false },
    { id: 'travel', name: 'Travel', retired: true },
  ],
};
const MAPPING = { issueKey: 0, date: 1, amount: 2, currency: 3, category: 4, description: 5 };

const records = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: detectDelimiter(text),
    skipEmptyLines: true,
  }).data;

describe('entry-import', () => {
  describe('detectDelimiter', () => {
    it.each([
      ['a,b,c\n1,2,3\n', ','],
      ['a;b;c\n1,5;2,5;3\n', ';'],
      ['a\tb\tc\n1\t2\t3\n', '\t'],
      ['\uFEFF"x;y",b,c\n"1;2",2,3\n', ','],
      ['a;"b\nstill b";c\n1;2;3\n', ';'],
    ])('finds the separator of %j', (text, expected) => {
      expect(detectDelimiter(text)).toBe(expected);
    });
  });

  describe('fromSpreadsheetSerial', () => {
    it('counts serial 1 as 1900-01-01 and 59 as 1900-02-28', () => {
      expect([fromSpreadsheetSerial(1), fromSpreadsheetSerial(59)]).toStrictEqual([
        '1900-01-01',
        '1900-02-28',
      ]);
    });

    // Excel's 1900 leap-year quirk: serial 60 is 1900-02-29, a day that never was.
    it('refuses serial 60 and counts 61 as 1900-03-01', () => {
      expect([fromSpreadsheetSerial(60), fromSpreadsheetSerial(61)]).toStrictEqual([
        undefined,
        '1900-03-01',
      ]);
    });

    it('reads a modern serial and drops the time of day', () => {
      expect([fromSpreadsheetSerial(45292), fromSpreadsheetSerial(45292.75)]).toStrictEqual([
        '2024-01-01',
        '2024-01-01',
      ]);
    });

    it('refuses 0 and serials beyond 9999-12-31', () => {
      expect([fromSpreadsheetSerial(0), fromSpreadsheetSerial(2958466)]).toStrictEqual([
        undefined,
        undefined,
      ]);
    });
  });

  describe('parseImportDate', () => {
    it.each([
      ['2024-03-05', 'DD.MM.YYYY', '2024-03-05'],
      ['5.3.2024', 'DD.MM.YYYY', '2024-03-05'],
      ['05/03/2024', 'DD/MM/YYYY', '2024-03-05'],
      ['03/05/2024', 'MM/DD/YYYY', '2024-03-05'],
      ['45356', 'MM/DD/YYYY', '2024-03-05'],
      ['29.02.2023', 'DD.MM.YYYY', undefined],
      ['03/05/2024', 'DD.MM.YYYY', undefined],
      ['yesterday', 'YYYY-MM-DD', undefined],
    ] as const)('reads %j as %s gives %s', (text, pattern, expected) => {
      expect(parseImportDate(text, pattern)).toBe(expected);
    });
  });

  describe('readEntryRows', () => {
    it('reads a semicolon file with a BOM, de-DE amounts and a line break in a quoted cell', () => {
      const text =
        '\uFEFFIssue;Date;Amount;Currency;Category;Description\r\n' +
        'ops-1;05.03.2024;1.234,56;;Cloud services;"Two\nlines"\r\n' +
        'OPS-2;45356;-12;JPY;cloud;Refund\r\n';

      const result = readEntryRows(records(text), MAPPING, OPTIONS);

      expect(result).toStrictEqual({
        rows: [
          {
            row: 2,
            issueKey: 'OPS-1',
            entry: {
              kind: 'actual',
              amount: { amount: 123456, currency: 'EUR' },
              categoryId: 'cloud',
              incurredOn: '2024-03-05',
              description: 'Two\nlines',
              recurrence: { frequency: 'none' },
            },
          },
          {
            row: 3,
            issueKey: 'OPS-2',
            entry: {
              kind: 'actual',
              amount: { amount: -12, currency: 'JPY' },
              categoryId: 'cloud',
              incurredOn: '2024-03-05',
              description: 'Refund',
              recurrence: { frequency: 'none' },
            },
          },
        ],
        errors: [],
      });
    });

    it('lists each bad record with its number', () => {
      const text = [
        'Issue;Date;Amount;Currency;Category;Description',
        'not a key;05.03.2024;1;;cloud;x',
        'OPS-1;31.02.2024;1;;cloud;x',
        'OPS-1;05.03.2024;1.2.3;;cloud;x',
        'OPS-1;05.03.2024;1;XYZ;cloud;x',
        'OPS-1;05.03.2024;1;;Travel;x',
        'OPS-1;05.03.2024;1;;cloud;fine',
      ].join('\n');

      const result = readEntryRows(records(text), MAPPING, OPTIONS);

      expect([result.rows.map((r) => r.row), result.errors.map((e) => e.row)]).toStrictEqual([
        [7],
        [2, 3, 4, 5, 6],
      ]);
    });

    it('lists every problem of a row at once, and dates outside 1970 to 2100', () => {
      const text = [
        'Issue;Date;Amount;Currency;Category;Description',
        'OPS-9;01.01.1899;1;;cloud;x',
        'OPS-1;31.02.2024;abc;;nope;x',
        'OPS-1;05.03.2024;1;XXX;cloud;x',
      ].join('\n');

      const result = readEntryRows(records(text), MAPPING, OPTIONS);

      expect(result.rows).toStrictEqual([]);
      expect(result.errors.map((e) => [e.row, e.message])).toStrictEqual([
        [2, '1899-01-01 is outside 1970-01-01 to 2100-12-31.'],
        [
          3,
          expect.stringMatching(
            /^"31\.02\.2024" is not a date as DD\.MM\.YYYY\. Amount "abc": .+ "nope" is not an active category of this project\.$/,
          ),
        ],
        [4, '"XXX" is not a supported currency code.'],
      ]);
    });

    it('reads amounts in the chosen locale, so 1,5 is one and a half in de-DE', () => {
      const text = 'Issue,Date,Amount\nOPS-1,2024-01-02,"1,5"\n';
      const mapping = { issueKey: 0, date: 1, amount: 2 };

      const result = readEntryRows(records(text), mapping, {
        ...OPTIONS,
        defaultCategoryId: 'cloud',
      });

      expect(result.rows[0]?.entry.amount).toStrictEqual({ amount: 150, currency: 'EUR' });
    });
  });

  describe('guessEntryMapping', () => {
    it('maps the columns the cost export writes', () => {
      const header = ['Entry id', 'Issue', 'Date', 'Kind', 'Category', 'Currency', 'Amount'];

      expect(guessEntryMapping(header)).toStrictEqual({
        issueKey: 1,
        date: 2,
        kind: 3,
        category: 4,
        currency: 5,
        amount: 6,
      });
    });
  });

  describe('importIdOf', () => {
    it('gives the same id for the same inputs and another for a changed file', () => {
      const first = importIdOf(['10000', 'de-DE', 'a;b\n1;2']);

      expect([
        first === importIdOf(['10000', 'de-DE', 'a;b\n1;2']),
        first === importIdOf(['10000', 'de-DE', 'a;b\n1;3']),
        /^imp-[0-9a-f]{16}$/.test(first),
        importedEntryId(first, 12).endsWith('-000012'),
      ]).toStrictEqual([true, false, true, true]);
    });
  });
});
