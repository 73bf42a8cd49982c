import Papa from 'papaparse';

/**
 * Splits CSV text into rows of cells: the separator (comma, semicolon or tab) is detected from
 * the first lines unless given, a UTF-8 byte order mark is dropped, quoted cells may hold
 * separators, quotes and line breaks, and blank lines are skipped.
 */
export function readCsvRows(text: string, delimiter?: ',' | ';' | '\t'): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
    ...(delimiter ? { delimiter } : { delimitersToGuess: [',', ';', '\t'] }),
  });

  return parsed.data;
}
