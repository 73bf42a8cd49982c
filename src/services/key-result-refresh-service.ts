import type { AggregateCell } from '../domain/aggregates';
import { monthOf } from '../domain/calendar';
import { createConverter } from '../domain/conversion';
import { occurrenceDates } from '../domain/cost-entry';
import { DEFAULT_COST_SETTINGS } from '../domain/cost-settings';
import { jqlStructureProblems } from '../domain/okr/key-result';
import { shiftMonth } from '../domain/okr/periods';
import { keyResultSeries, monthsNeeded } from '../domain/okr/rollup';
import { MAX_RECURRENCE_MONTHS } from '../shared/limits';

import { narrowedJql } from './objective-service';
import type {
  BackgroundJobs,
  CostEntryRepository,
  JqlSearch,
  ObjectiveRepository,
  RollupRepository,
  SettingsRepository,
} from './ports';
import { loadRatesFor, monthDated } from './rates';

/** What measuring a JQL-narrowed key result in the background needs. */
export type KeyResultRefreshDeps = {
  readonly objectives: ObjectiveRepository;
  readonly entries: CostEntryRepository;
  readonly settings: SettingsRepository;
  readonly rollups: RollupRepository;
  readonly jql: JqlSearch;
  readonly now: () => Date;
};

/** A key result to measure again. */
export type KeyResultRef = {
  readonly projectId: string;
  readonly objectiveId: string;
  readonly keyResultId: string;
};

/**
 * Measures a JQL-narrowed key result: the project's entries in its windows whose issue matches
 * the JQL (searched as the app, restricted to the project), summed per month and currency and
 * converted like the aggregates. Saves the month series with the time it was measured.
 * @returns false when the key result no longer exists or is no longer narrowed.
 */
export async function refreshKeyResult(
  deps: KeyResultRefreshDeps,
  ref: KeyResultRef,
): Promise<boolean> {
  const stored = await deps.objectives.findObjective(ref.objectiveId);
  const keyResult = stored?.objective.keyResults.find((kr) => kr.id === ref.keyResultId);
  if (!stored || stored.projectId !== ref.projectId || keyResult?.type !== 'cost' || !keyResult.jql)
    return false;
  // A JQL stored before its structure was checked could reach outside the project's group.
  if (jqlStructureProblems(keyResult.jql).length > 0) return false;
  const settings = (await deps.settings.findCostSettings(ref.projectId)) ?? DEFAULT_COST_SETTINGS;
  const range = monthsNeeded(stored.objective, settings.fiscalYearStartMonth);
  const issueIds = new Set(await deps.jql.issueIdsAsApp(narrowedJql(ref.projectId, keyResult.jql)));
  // A recurring entry can start up to MAX_RECURRENCE_MONTHS - 1 months before the range.
  const from = `${shiftMonth(range.from, 1 - MAX_RECURRENCE_MONTHS)}-01`;
  const entries = (
    await deps.entries.listProjectEntriesBetween(ref.projectId, from, `${range.to}-31`)
  ).filter((e) => issueIds.has(e.issueId));
  const sums = new Map<string, bigint>();
  for (const entry of entries) {
    for (const date of occurrenceDates(entry)) {
      const key = [monthOf(date), entry.categoryId, entry.currency, entry.kind].join('|');
      sums.set(key, (sums.get(key) ?? 0n) + BigInt(entry.amountMinor));
    }
  }
  const cells: AggregateCell[] = [...sums].map(([key, amountMinor]) => {
    const [month = '', categoryId = '', currency = '', kind = 'actual'] = key.split('|');
    return {
      month,
      categoryId,
      currency,
      kind: kind === 'planned' ? 'planned' : 'actual',
      amountMinor,
    };
  });
  const rates = await loadRatesFor(
    deps.settings,
    ref.projectId,
    cells.map(monthDated),
    settings.reportingCurrency,
  );
  const series = keyResultSeries(
    keyResult,
    cells,
    createConverter(rates, settings.reportingCurrency),
  );

  await deps.rollups.saveSeries(ref, {
    series: Object.fromEntries(series),
    refreshedAt: deps.now().toISOString(),
    issueCount: issueIds.size,
    jql: keyResult.jql,
  });

  return true;
}

/** The daily schedule: asks for every registered JQL key result to be measured again. */
export async function refreshAllNarrowed(deps: {
  rollups: RollupRepository;
  jobs: BackgroundJobs;
}): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.rollups.listRegistered(cursor);
    await deps.jobs.refreshKeyResults(page.refs);
    count += page.refs.length;
    cursor = page.cursor;
  } while (cursor);

  return count;
}
