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

/** The text of a chosen file, read as UTF-8. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file, 'utf-8');
  });
}
