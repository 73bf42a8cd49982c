import { entryAuditEvent } from '../domain/audit';

import type { BackgroundJobs, CostEntryRepository } from './ports';

/** What the issue event handlers need. */
export type IssueLifecycleDeps = {
  readonly entries: CostEntryRepository;
  readonly jobs: BackgroundJobs;
  readonly now: () => Date;
  readonly newId: () => string;
};

/**
 * Moves an issue's entries (and their aggregate contributions) to the project and key the
 * issue now has. Idempotent: entries already in that project and key are left alone.
 * @returns how many entries changed.
 */
export async function followIssueMove(
  deps: IssueLifecycleDeps,
  issue: { id: string; key: string; projectId: string },
): Promise<number> {
  const entries = await deps.entries.listIssueEntries(issue.id);
  const stale = entries.filter(
    (entry) => entry.projectId !== issue.projectId || entry.issueKey !== issue.key,
  );
  for (const before of stale) {
    const after = {
      ...before,
      projectId: issue.projectId,
      issueKey: issue.key,
      version: before.version + 1,
    };
    const audit = entryAuditEvent({
      id: deps.newId(),
      at: deps.now().toISOString(),
      actor: 'jira',
      action: 'entry.moved',
      before,
      after,
    });
    await deps.entries.saveEntryChange({ before, after, audit });
  }
  if (stale.length > 0) await deps.jobs.refreshIssueSummaries([issue.id]);

  return stale.length;
}

/**
 * Deletes an issue's entries and their aggregate contributions. Idempotent.
 * @returns how many entries were deleted.
 */
export async function forgetIssue(deps: IssueLifecycleDeps, issueId: string): Promise<number> {
  const entries = await deps.entries.listIssueEntries(issueId);
  for (const before of entries) {
    const audit = entryAuditEvent({
      id: deps.newId(),
      at: deps.now().toISOString(),
      actor: 'jira',
      action: 'entry.deleted',
      before,
    });
    await deps.entries.saveEntryChange({ before, audit });
  }

  return entries.length;
}
