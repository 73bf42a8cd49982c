import { detectDelimiter } from '@shared/entry-import';
import Papa from 'papaparse';

/** Bytes read to guess the separator before the file is streamed. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Streams a CSV file through papaparse into rows of cells: the separator (comma, semicolon or
 * tab) is guessed from the first 64 KB, a UTF-8 byte order mark is dropped, quoted cells may
 * hold separators, quotes and line breaks, and blank lines are skipped. Papaparse reads the
 * file in chunks (10 MB each by default), so the text of a large file is never held whole.
 */
// Limitation: papaparse decodes each 10 MB chunk on its own, so in files above 10 MB a
// multi-byte character that straddles a chunk border is garbled; decoding with a streaming
// TextDecoder and feeding papaparse text chunks would remove that.
export async function streamCsvRecords(
  file: Blob,
): Promise<{ records: string[][]; sample: string }> {
  const sample = await readFileText(file.slice(0, SAMPLE_BYTES));
  const delimiter = detectDelimiter(sample);
  const records: string[][] = [];
  await new Promise<void>((resolve, reject) => {
    // Papaparse streams only File objects; a Blob is wrapped so that it qualifies.
    const input = file instanceof File ? file : new File([file], 'upload.csv');
    Papa.parse<string[]>(input, {
      delimiter,
      skipEmptyLines: true,
      chunk: (results) => {
        records.push(...results.data);
      },
      complete: () => resolve(),
      error: (error) => reject(error),
    });
  });
  const first = records[0];
  if (first?.[0]?.startsWith('\uFEFF')) first[0] = first[0].slice(1);

  return { records, sample };
}

/** The text of a file (or part of one), read as UTF-8. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file, 'utf-8');
  });
}
