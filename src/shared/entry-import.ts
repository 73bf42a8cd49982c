import type { CategoryDto, CostKind, IsoDate } from './contract';
import type { EntryImportRowDto, RowError } from './csv-contract';
import { isCurrencyCode } from './currencies';
import { MAX_DESCRIPTION_LENGTH } from './limits';
import { parseMoneyInput } from './money-input';

/** Date formats a cost CSV may use besides ISO `YYYY-MM-DD` and spreadsheet serial numbers. */
export type DatePattern = 'YYYY-MM-DD' | 'DD.MM.YYYY' | 'DD/MM/YYYY' | 'MM/DD/YYYY';

/** Which column (0-based) holds what; optional columns fall back to the import's defaults. */
export type EntryColumnMapping = {
  readonly issueKey: number;
  readonly date: number;
  readonly amount: number;
  readonly currency?: number;
  readonly category?: number;
  readonly kind?: number;
  readonly description?: number;
};

/** How to read the cells: number locale, date pattern and defaults for absent columns. */
export type EntryImportOptions = {
  /** The locale amounts are written in, chosen explicitly (`de-DE` reads 1.234,56). */
  readonly locale: string;
  readonly datePattern: DatePattern;
  readonly defaultCurrency: string;
  readonly defaultCategoryId?: string;
  readonly defaultKind: CostKind;
  readonly categories: readonly CategoryDto[];
};

/** The rows ready to send and the rows in error (by 1-based record number, header = 1). */
export type ReadEntriesResult = {
  readonly rows: readonly EntryImportRowDto[];
  readonly errors: readonly RowError[];
};

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;
/** The dates a cost may have (as the resolvers accept them). */
const FIRST_DATE = '1970-01-01';
const LAST_DATE = '2100-12-31';
// Serial numbers of the 1900 date system from 1 (1900-01-01) to 2958465 (9999-12-31).
const SERIAL = /^\d{1,7}(\.\d+)?$/;
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;
const PATTERNS: Readonly<Record<DatePattern, RegExp>> = {
  'YYYY-MM-DD': /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/,
  'DD.MM.YYYY': /^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$/,
  'DD/MM/YYYY': /^(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})$/,
  'MM/DD/YYYY': /^(?<m>\d{1,2})\/(?<d>\d{1,2})\/(?<y>\d{4})$/,
};

/**
 * Guesses the field separator of CSV text from its first lines: the candidate (comma,
 * semicolon, tab) that appears, outside quotes, the same number of times (at least once) on
 * the most lines. Ties go to comma, then semicolon.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = splitRecords(text.replace(/^\uFEFF/, '')).slice(0, 10);
  let best: { delimiter: ',' | ';' | '\t'; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of [',', ';', '\t'] as const) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const first = counts[0] ?? 0;
    const score = first === 0 ? 0 : counts.filter((count) => count === first).length;
    if (score > best.score) best = { delimiter, score };
  }

  return best.delimiter;
}

/**
 * Why a chosen file cannot be a CSV of costs, before any column is mapped: it is empty, holds
 * only a header row, or is not text at all (NUL bytes, or many characters that did not decode
 * as UTF-8, as in a spreadsheet's own .xlsx or a PDF). `sample` is the file's first bytes as
 * decoded text; `records` are the parsed rows.
 */
export function csvFileProblem(sample: string, records: readonly unknown[]): string | undefined {
  const undecodable = [...sample].filter((char) => char === '\uFFFD').length;
  if (sample.includes('\u0000') || undecodable > Math.max(3, sample.length / 100)) {
    return 'This file is not a text CSV. Save the spreadsheet as CSV (UTF-8) and choose that file.';
  }
  if (records.length === 0) return 'This file is empty: it holds no rows.';
  if (records.length === 1) return 'This file has only a header row: there are no costs in it.';

  return undefined;
}

/**
 * Converts a spreadsheet serial date (1900 date system, as Excel and LibreOffice by default
 * write it) to `YYYY-MM-DD`. Serial 1 is 1900-01-01; a fraction (the time of day) is dropped.
 * Serial 60 is the 29 February 1900 that Lotus 1-2-3 invented and Excel kept: it is not a real
 * date, so it is refused; serials after it count from 1899-12-30.
 * @returns undefined for 60, for 0 and for serials beyond 9999-12-31.
 */
export function fromSpreadsheetSerial(serial: number): IsoDate | undefined {
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === 60) return undefined;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);

  return new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Reads a cost date: ISO `YYYY-MM-DD` always, the chosen pattern, or a spreadsheet serial
 * number. `undefined` when the text is none of these or not a real calendar date.
 */
export function parseImportDate(text: string, pattern: DatePattern): IsoDate | undefined {
  const trimmed = text.trim();
  if (SERIAL.test(trimmed)) return fromSpreadsheetSerial(Number(trimmed));
  const match = PATTERNS[pattern].exec(trimmed) ?? PATTERNS['YYYY-MM-DD'].exec(trimmed);
  const { y = '', m = '', d = '' } = match?.groups ?? {};
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (!match || Number.isNaN(parsed.getTime())) return undefined;

  return parsed.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/**
 * Suggests a column mapping from header names, including the names the cost export writes
 * (Issue, Date, Amount, Currency, Category, Kind, Description). Unmatched columns are absent.
 */
export function guessEntryMapping(header: readonly string[]): Partial<EntryColumnMapping> {
  const names = header.map((name) => name.trim().toLowerCase());
  const find = (...candidates: string[]) => {
    const index = names.findIndex((name) => candidates.includes(name));
    return index < 0 ? undefined : index;
  };
  const mapping = {
    issueKey: find('issue', 'issue key', 'key', 'vorgang'),
    date: find('date', 'incurred on', 'datum'),
    amount: find('amount', 'cost', 'betrag'),
    currency: find('currency', 'währung'),
    category: find('category', 'kategorie'),
    kind: find('kind', 'type'),
    description: find('description', 'note', 'beschreibung'),
  };

  return Object.fromEntries(Object.entries(mapping).filter(([, index]) => index !== undefined));
}

/**
 * Validates the records of a cost CSV (header first) into import rows, or lists each record's
 * problem with its number. Amounts are read in the chosen locale straight to minor units (no
 * floats); categories match by id or name among active ones; issue keys are upper-cased.
 */
export function readEntryRows(
  records: ReadonlyArray<readonly string[]>,
  mapping: EntryColumnMapping,
  options: EntryImportOptions,
): ReadEntriesResult {
  const rows: EntryImportRowDto[] = [];
  const errors: RowError[] = [];
  records.slice(1).forEach((cells, offset) => {
    const row = offset + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const problem = readRow(cells, mapping, options);
    if (typeof problem === 'string') errors.push({ row, message: problem });
    else rows.push({ row, ...problem });
  });

  return { rows, errors };
}

/**
 * An import id from the file's content (its rows), the project and the chosen options: the
 * same file imported the same way gets the same id, so entry ids repeat and a resumed import
 * skips rows already written. Two 32-bit FNV-1a hashes with different offsets, 16 hex digits.
 */
export function importIdOf(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  const hash = (offset: number) => {
    let value = offset;
    for (let i = 0; i < text.length; i += 1) {
      value ^= text.charCodeAt(i);
      value = Math.imul(value, 0x01000193) >>> 0;
    }
    return value.toString(16).padStart(8, '0');
  };

  return `imp-${hash(0x811c9dc5)}${hash(0x050c5d1f)}`;
}

/** The id of the entry an import writes for a record: stable across retries. */
export function importedEntryId(importId: string, row: number): string {
  return `${importId}-${String(row).padStart(6, '0')}`;
}

function readRow(
  cells: readonly string[],
  mapping: EntryColumnMapping,
  options: EntryImportOptions,
): Omit<EntryImportRowDto, 'row'> | string {
  const cell = (index: number | undefined) => (index === undefined ? '' : (cells[index] ?? ''));
  // Every problem of the row is listed at once, so a file is fixed in one round.
  const problems: string[] = [];
  const issueKey = cell(mapping.issueKey).trim().toUpperCase();
  if (!ISSUE_KEY.test(issueKey)) problems.push(`"${issueKey}" is not an issue key such as OPS-12.`);
  const incurredOn = parseImportDate(cell(mapping.date), options.datePattern);
  if (!incurredOn) {
    problems.push(`"${cell(mapping.date)}" is not a date as ${options.datePattern}.`);
  } else if (incurredOn < FIRST_DATE || incurredOn > LAST_DATE) {
    problems.push(`${incurredOn} is outside ${FIRST_DATE} to ${LAST_DATE}.`);
  }
  const currency = (cell(mapping.currency).trim() || options.defaultCurrency).toUpperCase();
  // The amount is read in its currency's decimals, so an unknown currency leaves it unread.
  const amount = isCurrencyCode(currency)
    ? parseMoneyInput(cell(mapping.amount), { locale: options.locale, currency })
    : undefined;
  if (!amount) problems.push(`"${currency}" is not a supported currency code.`);
  else if (!amount.ok) problems.push(`Amount "${cell(mapping.amount)}": ${amount.reason}`);
  const categoryText = cell(mapping.category).trim();
  const category = categoryText
    ? options.categories.find(
        (c) => !c.retired && [c.id, c.name.toLowerCase()].includes(categoryText.toLowerCase()),
      )
    : options.categories.find((c) => !c.retired && c.id === options.defaultCategoryId);
  if (!category) problems.push(`"${categoryText}" is not an active category of this project.`);
  const kindText = cell(mapping.kind).trim().toLowerCase();
  const kind = kindText === '' ? options.defaultKind : kindText;
  if (kind !== 'actual' && kind !== 'planned')
    problems.push(`"${kindText}" is not actual or planned.`);
  const description = cell(mapping.description).trim();
  if (description.length > MAX_DESCRIPTION_LENGTH)
    problems.push(`The description is longer than ${MAX_DESCRIPTION_LENGTH} characters.`);
  if (problems.length > 0 || !incurredOn || !amount?.ok || !category) return problems.join(' ');
  if (kind !== 'actual' && kind !== 'planned') return problems.join(' ');

  return {
    issueKey,
    entry: {
      kind,
      amount: { amount: amount.amountMinor, currency },
      categoryId: category.id,
      incurredOn,
      description,
      recurrence: { frequency: 'none' },
    },
  };
}

// Records end at line breaks outside quotes; enough for guessing the separator.
function splitRecords(text: string): string[] {
  const records: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if ((char === '\n' || char === '\r') && !quoted) {
      if (current !== '') records.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current !== '') records.push(current);

  return records;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count += 1;
  }

  return count;
}
