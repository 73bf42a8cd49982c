import Papa from 'papaparse';

import { formatFocusDecimal, parseFocusDecimal } from '../../src/shared/focus/focus-decimal';
import type { FocusCsvInput, FocusFilePreview } from '../../src/shared/focus/read-focus-csv';
import { readFocusCsv } from '../../src/shared/focus/read-focus-csv';
import type {
  CommitFocusImportResponse,
  FocusMappingDto,
  FocusSourceDto,
} from '../../src/shared/focus-contract';
import { SETTINGS_KEYS } from '../../src/shared/resolver-keys';

/** Calls one settings resolver key and returns its data, throwing on a failed envelope. */
export type SettingsCall = (key: string, payload: unknown) => Promise<unknown>;

const BATCH_SIZE = 200;
const DATE_COLUMNS = [
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ChargePeriodEnd',
];
const COST_COLUMNS = ['BilledCost', 'EffectiveCost'];

/**
 * Imports a FOCUS file the way the Import tab does: read and sum it with the shared reader, send
 * the groups in batches of 200, then commit until done. Used by the demo seed and the bench.
 */
export async function importFocusThroughResolvers(input: {
  call: SettingsCall;
  file: FocusCsvInput;
  mapping: FocusMappingDto;
  runId: string;
  fileName: string;
}): Promise<{ preview: FocusFilePreview; commit: CommitFocusImportResponse; calls: number }> {
  const { call, file, mapping, runId, fileName } = input;
  const preview = await readFocusCsv(file, { mapping });
  if (preview.blocked) throw new Error(`The FOCUS file ${fileName} has rows that block an import.`);
  const batchCount = Math.max(1, Math.ceil(preview.groups.length / BATCH_SIZE));
  for (let batchIndex = 0; batchIndex < batchCount; batchIndex += 1) {
    await call(SETTINGS_KEYS.focusStage, {
      runId,
      batchIndex,
      costBasis: mapping.costBasis,
      fileName,
      groups: preview.groups.slice(batchIndex * BATCH_SIZE, (batchIndex + 1) * BATCH_SIZE),
    });
  }
  let calls = batchCount;
  for (;;) {
    calls += 1;
    const commit = (await call(SETTINGS_KEYS.focusCommit, {
      runId,
      batchCount,
      sources: preview.sources as FocusSourceDto[],
    })) as CommitFocusImportResponse;
    if (commit.done) return { preview, commit, calls };
  }
}

/**
 * The FOCUS sample moved to another month and scaled: every date column shifted by whole months
 * (September 2024 becomes `month`), BilledCost and EffectiveCost multiplied by `factor`, exactly.
 * The demo uses it to show a year of bills with the sample's real shape and quirks.
 */
export function shiftFocusSample(text: string, month: string, factor: number): string {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const delta = monthIndex(month) - monthIndex('2024-09');
  const rows = parsed.data.map((row) => {
    const next = { ...row };
    for (const column of DATE_COLUMNS) {
      const value = row[column];
      if (value && /^\d{4}-\d{2}/.test(value)) {
        next[column] = `${fromMonthIndex(monthIndex(value.slice(0, 7)) + delta)}${value.slice(7)}`;
      }
    }
    for (const column of COST_COLUMNS) {
      const value = row[column];
      if (value && value !== 'NULL') {
        next[column] = formatFocusDecimal(parseFocusDecimal(value) * BigInt(factor));
      }
    }
    return next;
  });

  return Papa.unparse(rows, { columns: parsed.meta.fields ?? [] });
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function fromMonthIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
