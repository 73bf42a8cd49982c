import Papa from 'papaparse';

import type { FocusMappingDto } from '../focus-contract';

import type { FocusPreview } from './focus-aggregator';
import { createFocusAggregator } from './focus-aggregator';
import { checkFocusHeader, FocusHeaderError } from './focus-columns';

/** A FOCUS file to read: a browser File, a Node stream (bench, tests) or the text itself. */
export type FocusCsvInput = Papa.LocalFile | string;

/** How far reading has come, for a progress bar; `fraction` is 0 to 1 when the size is known. */
export type FocusReadProgress = { readonly rows: number; readonly fraction?: number };

/** A preview plus the FOCUS version the file's columns point to. */
export type FocusFilePreview = FocusPreview & { readonly version: '1.0' | '1.1' | '1.2' };

/** Rows between progress reports. */
const PROGRESS_EVERY_ROWS = 5000;

/**
 * Reads a FOCUS CSV file row by row with a streaming parser (papaparse) and sums it with
 * {@link createFocusAggregator}, so memory grows with the groups, not the file. Used by the
 * Import tab, the tests and the bench alike. Only the lazily loaded Import tab imports this
 * module, so papaparse never weighs on the settings page's first load.
 * @throws {FocusHeaderError} when the header lacks a required FOCUS column.
 */
export function readFocusCsv(
  input: FocusCsvInput,
  options: {
    mapping: FocusMappingDto;
    /** The input's size in characters or bytes, when known, for `fraction`. */
    size?: number;
    onProgress?: (progress: FocusReadProgress) => void;
  },
): Promise<FocusFilePreview> {
  const { mapping, size, onProgress } = options;
  const aggregator = createFocusAggregator(mapping);
  let version: FocusFilePreview['version'] | undefined;
  let line = 1;
  let failure: Error | undefined;

  return new Promise((resolve, reject) => {
    Papa.parse<Record<string, string>>(input, {
      header: true,
      skipEmptyLines: 'greedy',
      worker: false,
      step: (results, parser) => {
        // Limitation: line numbers count one line per row, so they run behind after a quoted
        // cell that spans lines; counting the newlines papaparse consumed would fix them.
        line += 1;
        if (version === undefined) {
          try {
            version = checkFocusHeader(results.meta.fields ?? []).version;
          } catch (error: unknown) {
            // abort() calls `complete` at once, which reports the failure.
            failure = error instanceof Error ? error : new FocusHeaderError(String(error));
            parser.abort();
            return;
          }
        }
        if (results.errors.length > 0) {
          aggregator.rejectRow(line, 'The row does not have the header’s columns');
        } else {
          aggregator.addRow(results.data, line);
        }
        if (onProgress && (line - 1) % PROGRESS_EVERY_ROWS === 0) {
          const cursor = results.meta.cursor;
          onProgress({
            rows: line - 1,
            ...(size ? { fraction: Math.min(1, cursor / size) } : {}),
          });
        }
      },
      complete: () => {
        if (failure) {
          reject(failure);
          return;
        }
        if (version === undefined) {
          reject(new FocusHeaderError('The file holds no FOCUS rows.'));
          return;
        }
        onProgress?.({ rows: line - 1, fraction: 1 });
        resolve({ ...aggregator.finish(), version });
      },
      error: (error: Error) => reject(error),
    });
  });
}
