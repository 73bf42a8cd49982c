import { createConverter } from '../domain/conversion';
import type { CostEntry } from '../domain/cost-entry';
import { DEFAULT_COST_SETTINGS } from '../domain/cost-settings';
import { summarizeIssue } from '../domain/issue-summary';

import type { CostEntryRepository, IssuePropertyWriter, SettingsRepository } from './ports';
import { loadRatesFor, occurrencesDated } from './rates';

/** What rebuilding an issue's JQL summary needs. */
export type IssueSummaryDeps = {
  readonly entries: CostEntryRepository;
  readonly settings: SettingsRepository;
  readonly properties: IssuePropertyWriter;
};

/**
 * Rebuilds an issue's cost summary property from its entries (deleting it when none are left).
 * Runs in the background after every change, so the write path stays within its budget.
 * @returns the issue's entries as read.
 */
export async function syncIssueSummary(
  deps: IssueSummaryDeps,
  issueId: string,
): Promise<readonly CostEntry[]> {
  const entries = await deps.entries.listIssueEntries(issueId);
  if (entries.length === 0) {
    await deps.properties.deleteIssueSummary(issueId);
    return entries;
  }
  const projectId = entries[0]?.projectId ?? '';
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  const rates = await loadRatesFor(
    deps.settings,
    projectId,
    entries.flatMap(occurrencesDated),
    settings.reportingCurrency,
  );
  const summary = summarizeIssue(
    entries,
    settings.reportingCurrency,
    createConverter(rates, settings.reportingCurrency),
  );

  await deps.properties.saveIssueSummary(issueId, summary);

  return entries;
}
