import type { LocalHost } from '../../local/host';
import type { CostEntry } from '../../src/domain/cost-entry';
import type { LabourRate } from '../../src/domain/labour';
import { labourEntryFor } from '../../src/domain/labour';
import type { CostEntryRecord } from '../../src/storage/records';
import { entryFromRecord } from '../../src/storage/records';

/** Where the settings page of a project is, for `call`. */
export const settingsOf = (projectId: string) => ({
  module: 'jira:projectSettingsPage' as const,
  location: { kind: 'project-settings' as const, projectId },
});

/** Every stored labour entry (derived from a worklog), by id, without its write version. */
export function storedLabourEntries(host: LocalHost): Map<string, Omit<CostEntry, 'version'>> {
  const stored = new Map<string, Omit<CostEntry, 'version'>>();
  for (const { entityName, key } of host.kvs.listAllKeys()) {
    if (entityName !== 'cost-entry') continue;
    const answer = host.kvs.handle('/api/v1/entity/get', { entityName, key });
    const record = (answer.body as { value: CostEntryRecord }).value;
    if (record.source?.kind !== 'worklog') continue;
    const { version: _version, ...entry } = entryFromRecord(record);
    stored.set(entry.id, entry);
  }

  return stored;
}

/**
 * The labour entries a recomputation gives from the stand-in's worklogs and each project's
 * rates (as the test set them), keyed by id, without write versions.
 */
export function recomputedLabourEntries(
  host: LocalHost,
  ratesByProject: ReadonlyMap<string, readonly LabourRate[]>,
): Map<string, Omit<CostEntry, 'version'>> {
  const expected = new Map<string, Omit<CostEntry, 'version'>>();
  for (const worklog of host.jira.site.worklogs) {
    const issue = host.jira.site.issues.find((candidate) => candidate.id === worklog.issueId);
    if (!issue) continue;
    const entry = labourEntryFor({
      worklog,
      issue: { id: issue.id, key: issue.key, projectId: issue.projectId },
      rates: ratesByProject.get(issue.projectId) ?? [],
    });
    if (!entry) continue;
    const { version: _version, ...rest } = entry;
    expected.set(entry.id, rest);
  }

  return expected;
}
