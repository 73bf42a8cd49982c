import type { CategoryDto, CostEntryDto } from './contract';
import { isCurrencyCode } from './currencies';
import { toDecimalString } from './format-money';
import type { ContributionsResponse } from './okr-contract';

/** The field separators a user may choose for an export. */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * How to write a CSV file: the separator, a UTF-8 byte order mark (which makes Excel read the
 * file as UTF-8), and the decimal separator of amounts (a comma suits `;` files for locales
 * such as de-DE).
 */
export type CsvWriteOptions = {
  readonly delimiter: CsvDelimiter;
  readonly bom: boolean;
  readonly decimalSeparator?: '.' | ',';
};

/** A plain decimal number, which a spreadsheet reads as a number and never as a formula. */
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;
/** Characters that make a spreadsheet start a formula (or hide one behind a control code). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is prefixed with an apostrophe, so it is shown as text and never
 * run as a formula (CSV or formula injection). Plain decimal numbers such as `-12.50` are left
 * as they are, so amounts stay numbers.
 */
export function protectCell(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;

  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Writes rows as CSV text (RFC 4180 quoting: a cell with the separator, a quote, a line break
 * or surrounding spaces is quoted, quotes doubled), every cell passed through
 * {@link protectCell}, lines ended by CRLF, with a leading BOM when asked.
 */
export function toCsv(rows: ReadonlyArray<readonly string[]>, options: CsvWriteOptions): string {
  const quote = (cell: string) =>
    cell.includes(options.delimiter) || /["\r\n]/.test(cell) || cell.trim() !== cell
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  const body = rows
    .map((row) => row.map((cell) => quote(protectCell(cell))).join(options.delimiter))
    .join('\r\n');

  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Column names of a project's cost export, in order (the entry import reads the same names). */
export const ENTRY_EXPORT_COLUMNS = [
  'Entry id',
  'Issue',
  'Date',
  'Kind',
  'Category',
  'Currency',
  'Amount',
  'Description',
  'Repeats',
  'Source',
  'Created by',
  'Created at',
  'Updated at',
] as const;

/**
 * A project's cost entries as CSV rows (header first): amounts as decimal strings in the
 * entry's currency (its ISO 4217 exponent, never floats), categories by name.
 */
export function entriesToCsvRows(
  entries: readonly CostEntryDto[],
  categories: readonly CategoryDto[],
  decimalSeparator: '.' | ',' = '.',
): string[][] {
  const names = new Map(categories.map((category) => [category.id, category.name]));
  const rows = entries.map((entry) => [
    entry.id,
    entry.issueKey,
    entry.incurredOn,
    entry.kind,
    names.get(entry.categoryId) ?? entry.categoryId,
    entry.amount.currency,
    decimal(entry.amount.amount, entry.amount.currency, decimalSeparator),
    entry.description,
    repeats(entry),
    entry.source?.label ?? '',
    entry.createdBy,
    entry.createdAt,
    entry.updatedAt,
  ]);

  return [[...ENTRY_EXPORT_COLUMNS], ...rows];
}

/**
 * The entries behind a key result as CSV rows (header first): each occurrence with its issue,
 * its own amount and the amount it counts in the key result's currency (empty when no rate
 * converts it).
 */
export function contributionsToCsvRows(
  response: ContributionsResponse,
  decimalSeparator: '.' | ',' = '.',
): string[][] {
  const header = [
    'Issue',
    'Entry id',
    'Date',
    'Currency',
    'Amount',
    `Counted (${response.currency})`,
  ];
  const rows = response.issues.flatMap((issue) =>
    issue.entries.map((entry) => [
      issue.issueKey,
      entry.id,
      entry.date,
      entry.amount.currency,
      decimal(entry.amount.amount, entry.amount.currency, decimalSeparator),
      entry.convertedMinor === null
        ? ''
        : decimal(entry.convertedMinor, response.currency, decimalSeparator),
    ]),
  );

  return [header, ...rows];
}

function decimal(amountMinor: number, currency: string, separator: '.' | ','): string {
  if (!isCurrencyCode(currency)) return String(amountMinor);
  const text = toDecimalString(amountMinor, currency);

  return separator === '.' ? text : text.replace('.', ',');
}

function repeats(entry: CostEntryDto): string {
  const { recurrence } = entry;
  if (recurrence.frequency === 'none') return '';

  return 'months' in recurrence
    ? `monthly x ${recurrence.months}`
    : `monthly until ${recurrence.until}`;
}
