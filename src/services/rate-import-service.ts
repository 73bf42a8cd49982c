import { createRateTable } from '../domain/exchange-rates';
import { NotFoundError, ValidationError } from '../platform/errors';
import type {
  DeleteRateSeriesRequest,
  ImportRatesRequest,
  ImportRatesResponse,
  ListRateSeriesResponse,
  RateSeriesSummaryDto,
} from '../shared/csv-contract';

import { requireProjectAdmin } from './access';
import { recordChange } from './audit-service';
import type { SettingsDeps } from './settings-service';

/**
 * Imports one batch of exchange rates (the settings page sends a file in batches). Every point
 * is validated again here: supported currencies, a real calendar date, a decimal rate above
 * zero, no pair twice in the batch. Points are merged into the stored pairs (a point replaces
 * the stored rate of its date), so importing the same file again changes nothing and an
 * interrupted import is finished by importing the file again.
 * @throws {PermissionError} unless the user administers the project.
 * @throws {ValidationError} when any point is invalid; nothing of the batch is written then.
 */
export async function importRates(
  deps: SettingsDeps,
  projectId: string,
  request: ImportRatesRequest,
): Promise<ImportRatesResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const pairs = request.series.map((series) => `${series.base}/${series.quote}`);
  if (new Set(pairs).size !== pairs.length) {
    throw new ValidationError('A batch names a currency pair twice.', [
      { path: 'series', message: 'Send each pair once per batch.' },
    ]);
  }
  // Building a rate table checks currencies, dates, rates and clashing duplicates, and throws.
  createRateTable(
    request.series.flatMap(({ base, quote, points }) =>
      points.map(([date, rate]) => ({ base, quote, date, rate })),
    ),
  );

  const importedAt = deps.now().toISOString();
  const summaries: RateSeriesSummaryDto[] = [];
  let changedCount = 0;
  for (const series of request.series) {
    const saved = await deps.settings.saveRateSeries(projectId, {
      base: series.base,
      quote: series.quote,
      points: series.points.map(([date, rate]) => ({ date, rate })),
      source: request.source,
      importedAt,
    });
    changedCount += saved.changedCount;
    summaries.push(saved.summary);
  }
  if (changedCount > 0) {
    await recordChange(deps, {
      projectId,
      action: 'rates.updated',
      target: 'rates',
      summary:
        `Imported ${changedCount} ${request.source === 'ecb' ? 'ECB ' : ''}rates ` +
        `(${pairs.join(', ')})`,
      fields: [],
    });
  }

  return { changedCount, series: summaries };
}

/**
 * The imported currency pairs of a project, with their date range and size.
 * @throws {PermissionError} unless the user administers the project.
 */
export async function listRateSeries(
  deps: SettingsDeps,
  projectId: string,
): Promise<ListRateSeriesResponse> {
  await requireProjectAdmin(deps.jira, projectId);

  return { series: await deps.settings.listRateSeries(projectId) };
}

/**
 * Removes every imported rate of a pair; rates entered by hand stay.
 * @throws {PermissionError} unless the user administers the project.
 * @throws {NotFoundError} when the pair holds no imported rates.
 */
export async function deleteRateSeries(
  deps: SettingsDeps,
  projectId: string,
  request: DeleteRateSeriesRequest,
): Promise<ListRateSeriesResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const deleted = await deps.settings.deleteRateSeries(projectId, request.base, request.quote);
  if (!deleted) throw new NotFoundError('These imported rates no longer exist.');

  await recordChange(deps, {
    projectId,
    action: 'rates.updated',
    target: 'rates',
    summary: `Removed imported ${request.base}/${request.quote} rates`,
    fields: [],
  });

  return { series: await deps.settings.listRateSeries(projectId) };
}
