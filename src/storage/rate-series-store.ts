import { kvs, WhereConditions } from '@forge/kvs';

import type { RateRecord } from '../domain/cost-settings';
import type { RatePoint, YearChunk } from '../domain/rate-series';
import { chunkByYear, mergeRatePoints } from '../domain/rate-series';
import { StorageError, ValidationError } from '../platform/errors';
import type { RateScope, RateSeriesWrite } from '../services/ports';
import type { RateSeriesSummaryDto } from '../shared/csv-contract';

import { keys } from './keys';

/**
 * One calendar year of an imported currency pair. Points are packed as `MMDD=rate` joined by
 * commas (about 12 bytes a point, ~3 KB a year of daily rates), so a year is one small read and
 * the full ECB history of a pair (27 years) is 28 records instead of one record per rate.
 */
type RateChunkRecord = {
  readonly schemaVersion: 1;
  readonly base: string;
  readonly quote: string;
  readonly year: number;
  readonly carry?: readonly [string, string];
  readonly points: string;
};
type SeriesIndexRecord = {
  readonly schemaVersion: 1;
  readonly series: readonly RateSeriesSummaryDto[];
};

const BATCH_LIMIT = 25;

/**
 * The hand-entered rates record and the imported years a conversion in `scope` may need (see
 * {@link scopeKeys}), read together in one batch call while they fit in 25 keys.
 */
export async function readScopedRates<T>(
  projectId: string,
  scope: RateScope,
): Promise<{ manual: T | undefined; imported: RateRecord[] }> {
  const manualKey = keys.rates(projectId);
  const found = await batchRead<unknown>([manualKey, ...scopeKeys(projectId, scope)]);
  const unique = new Map<string, RateRecord>();
  for (const [key, value] of found) {
    if (key === manualKey) continue;
    // Every other key of the batch is a rate chunk (scopeKeys).
    const record = value as RateChunkRecord;
    for (const point of decodeChunk(record, true)) {
      unique.set(`${record.base}/${record.quote}/${point.date}`, {
        base: record.base,
        quote: record.quote,
        ...point,
      });
    }
  }

  // The caller owns the hand-entered record and names its type.
  return { manual: found.get(manualKey) as T | undefined, imported: [...unique.values()] };
}

/**
 * Merges points into a stored pair and rewrites only the year records that changed.
 * @throws {ValidationError} when the pair is stored in the other direction.
 */
export async function writeSeries(
  projectId: string,
  input: RateSeriesWrite,
): Promise<{ changedCount: number; summary: RateSeriesSummaryDto }> {
  const pair = pairOf(input.base, input.quote);
  const stored = await listChunks(projectId, pair);
  const other = [...stored.values()].find((record) => record.base !== input.base);
  if (other) {
    const message =
      `Rates of this pair are stored as ${other.base}/${other.quote}; ` +
      'import them in that direction.';
    throw new ValidationError(message, [{ path: 'series', message }]);
  }

  const storedPoints = [...stored.entries()]
    .filter(([key]) => !key.endsWith(':head'))
    .flatMap(([, record]) => decodeChunk(record, false));
  const before = new Map(storedPoints.map((point) => [point.date, point.rate]));
  const changedCount = input.points.filter((point) => before.get(point.date) !== point.rate).length;
  const merged = mergeRatePoints(storedPoints, input.points);
  const chunks = chunkByYear(merged);
  const writes = chunks.flatMap((chunk) => {
    const record = encodeChunk(input, chunk);
    const key = keys.rateChunk(projectId, pair, chunk.year);
    return sameRecord(stored.get(key), record) ? [] : [{ key, value: record }];
  });
  const last = chunks.at(-1);
  const headKey = keys.rateChunk(projectId, pair, 'head');
  const head = last && encodeChunk(input, last);
  if (head && !sameRecord(stored.get(headKey), head)) writes.push({ key: headKey, value: head });
  const summary: RateSeriesSummaryDto = {
    base: input.base,
    quote: input.quote,
    from: merged[0]?.date ?? '',
    to: merged.at(-1)?.date ?? '',
    count: merged.length,
    source: input.source,
    importedAt: input.importedAt,
  };

  await batchWrite(writes);
  // An import that changed nothing leaves the summary (and its import time) as it was.
  if (writes.length > 0) await saveSummary(projectId, summary);

  return { changedCount, summary };
}

/** The summaries of a project's imported pairs (one small record). */
export async function readSeriesIndex(projectId: string): Promise<RateSeriesSummaryDto[]> {
  const record = await kvs.get<SeriesIndexRecord>(keys.rateSeriesIndex(projectId));

  return [...(record?.series ?? [])];
}

/** Deletes every record of an imported pair; false when the pair holds nothing. */
export async function deleteSeries(projectId: string, base: string, quote: string) {
  const pair = pairOf(base, quote);
  const stored = await listChunks(projectId, pair);
  const index = await readSeriesIndex(projectId);
  const kept = index.filter((s) => pairOf(s.base, s.quote) !== pair);
  if (stored.size === 0 && kept.length === index.length) return false;

  for (const batch of inBatches([...stored.keys()])) {
    const result = await kvs.batchDelete(batch.map((key) => ({ key })));
    if (result.failedKeys.length > 0) throw new StorageError('The rates could not be removed.');
  }
  await kvs.set<SeriesIndexRecord>(keys.rateSeriesIndex(projectId), {
    schemaVersion: 1,
    series: kept,
  });

  return true;
}

/**
 * Keys a conversion in scope may need: for each currency, its pair with the reporting currency
 * (direct rates) and with EUR (cross rates go through EUR); for each pair, the years of the
 * scope and the head (the latest year, which answers dates after the last imported year).
 */
// Limitation: the keys grow with the years a conversion spans (one per pair and year), so amounts
// spread over many years need more than one batch call of 25 keys; a per-pair index of decade
// records would bound that.
function scopeKeys(projectId: string, scope: RateScope): string[] {
  const involved = [...new Set([...scope.currencies, scope.reportingCurrency])];
  const pairs = new Set<string>();
  for (const currency of involved) {
    for (const other of [scope.reportingCurrency, 'EUR']) {
      if (currency !== other) pairs.add(pairOf(currency, other));
    }
  }
  return [...pairs].flatMap((pair) => [
    keys.rateChunk(projectId, pair, 'head'),
    ...scope.years.map((year) => keys.rateChunk(projectId, pair, year)),
  ]);
}

async function listChunks(projectId: string, pair: string): Promise<Map<string, RateChunkRecord>> {
  const found = new Map<string, RateChunkRecord>();
  let cursor: string | undefined;
  do {
    const query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(keys.rateChunkPrefix(projectId, pair)))
      .limit(100);
    const page = await (cursor ? query.cursor(cursor) : query).getMany<RateChunkRecord>();
    for (const { key, value } of page.results) found.set(key, value);
    cursor = page.nextCursor;
  } while (cursor);

  return found;
}

async function batchRead<T>(storageKeys: readonly string[]): Promise<Map<string, T>> {
  const results = await Promise.all(
    inBatches(storageKeys).map((batch) => kvs.batchGet<T>(batch.map((key) => ({ key })))),
  );
  if (results.some((r) => r.failedKeys.some((f) => f.error.code !== 'KEY_NOT_FOUND'))) {
    throw new StorageError('The exchange rates could not be read.');
  }

  return new Map(results.flatMap((r) => r.successfulKeys.map((item) => [item.key, item.value])));
}

async function batchWrite(writes: ReadonlyArray<{ key: string; value: RateChunkRecord }>) {
  for (const batch of inBatches(writes)) {
    const result = await kvs.batchSet(batch);
    if (result.failedKeys.length > 0) {
      throw new StorageError('Some exchange rates could not be saved. Import the file again.');
    }
  }
}

// Limitation: the index is rewritten by read-modify-write, so two admins importing different
// pairs at the same moment can drop one summary line (the rates themselves are kept); a
// versioned transaction would remove that.
async function saveSummary(projectId: string, summary: RateSeriesSummaryDto): Promise<void> {
  const pair = pairOf(summary.base, summary.quote);
  const others = (await readSeriesIndex(projectId)).filter((s) => pairOf(s.base, s.quote) !== pair);
  const series = [...others, summary].sort((a, b) =>
    `${a.base}/${a.quote}`.localeCompare(`${b.base}/${b.quote}`),
  );
  await kvs.set<SeriesIndexRecord>(keys.rateSeriesIndex(projectId), { schemaVersion: 1, series });
}

function encodeChunk(
  input: { readonly base: string; readonly quote: string },
  chunk: YearChunk,
): RateChunkRecord {
  const points = chunk.points
    .map((point) => `${point.date.slice(5, 7)}${point.date.slice(8, 10)}=${point.rate}`)
    .join(',');

  return {
    schemaVersion: 1,
    base: input.base,
    quote: input.quote,
    year: chunk.year,
    ...(chunk.carry ? { carry: [chunk.carry.date, chunk.carry.rate] as const } : {}),
    points,
  };
}

function decodeChunk(record: RateChunkRecord, withCarry: boolean): RatePoint[] {
  const year = String(record.year).padStart(4, '0');
  const points = record.points === '' ? [] : record.points.split(',');
  const decoded = points.map((packed) => {
    const [monthDay = '', rate = ''] = packed.split('=');
    return { date: `${year}-${monthDay.slice(0, 2)}-${monthDay.slice(2, 4)}`, rate };
  });
  const carry = withCarry && record.carry ? [{ date: record.carry[0], rate: record.carry[1] }] : [];

  return [...carry, ...decoded];
}

function sameRecord(a: RateChunkRecord | undefined, b: RateChunkRecord): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function pairOf(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

function inBatches<T>(items: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_LIMIT) {
    batches.push(items.slice(start, start + BATCH_LIMIT));
  }

  return batches;
}
