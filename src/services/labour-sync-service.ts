import type { CostEntry } from '../domain/cost-entry';
import type { LabourRate, Worklog, WorklogIssue } from '../domain/labour';
import { labourEntryFor, sameLabourEntry, worklogDate, worklogEntryId } from '../domain/labour';

import type {
  BackgroundJobs,
  CostEntryRepository,
  LabourQueue,
  LabourRepository,
  WorklogSource,
} from './ports';

/** What keeping labour entries in step with worklogs needs (no user: triggers and queues). */
export type LabourSyncDeps = {
  readonly entries: CostEntryRepository;
  readonly labour: LabourRepository;
  readonly worklogs: WorklogSource;
  readonly jobs: BackgroundJobs;
  readonly queue: LabourQueue;
  readonly now: () => Date;
};

/** What one write did to a worklog's entry. */
export type LabourOutcome = 'written' | 'deleted' | 'unchanged' | 'no-rate';

/**
 * Brings one worklog's labour entry in step with Jira after a worklog event: created, updated
 * (also when it moved to another issue) or deleted. Jira is read again rather than the event
 * trusted, so events arriving twice, late or out of order leave the right entry.
 */
export async function applyWorklogChange(
  deps: LabourSyncDeps,
  event: { worklogId: string; issueId: string },
): Promise<LabourOutcome> {
  const { worklogId, issueId } = event;
  const [worklog, existing] = await Promise.all([
    deps.worklogs.findWorklog(issueId, worklogId),
    deps.entries.findEntry(worklogEntryId(worklogId)),
  ]);
  // Gone from this issue: drop the entry only if it is still on this issue (a late event about
  // a worklog that moved on must not delete the entry of its new issue).
  if (!worklog) {
    if (!existing || existing.issueId !== issueId) return 'unchanged';
    return removeEntry(deps, existing);
  }
  const issue = await deps.worklogs.findIssue(worklog.issueId);
  const rates = issue ? await deps.labour.listLabourRates(issue.projectId) : [];
  const desired = issue && labourEntryFor({ worklog, issue, rates });

  const outcome = await writeEntry(deps.entries, { desired, existing });
  if (outcome !== 'unchanged' && outcome !== 'no-rate') {
    await deps.jobs.refreshIssueSummaries(
      [existing?.issueId, desired?.issueId].filter((id): id is string => id !== undefined),
    );
  }

  return outcome;
}

/**
 * Recomputes every labour entry of one issue from its worklogs, e.g. after the issue moved to a
 * project with other rates. Entries of worklogs no longer on the issue go.
 */
export async function resyncIssueLabour(deps: LabourSyncDeps, issueId: string): Promise<number> {
  const issue = await deps.worklogs.findIssue(issueId);
  const [worklogs, stored] = await Promise.all([
    issue ? deps.worklogs.listIssueWorklogs(issueId) : Promise.resolve([]),
    deps.entries.listIssueEntries(issueId),
  ]);
  const rates = issue ? await deps.labour.listLabourRates(issue.projectId) : [];
  const byId = new Map(stored.map((entry) => [entry.id, entry]));

  let changed = 0;
  for (const worklog of worklogs) {
    const existing = byId.get(worklogEntryId(worklog.id));
    byId.delete(worklogEntryId(worklog.id));
    const desired = issue && labourEntryFor({ worklog, issue, rates });
    if ((await writeEntry(deps.entries, { desired, existing })) !== 'unchanged') changed += 1;
  }
  for (const orphan of [...byId.values()].filter((entry) => entry.source?.kind === 'worklog')) {
    await deps.entries.saveEntryChange({ before: orphan });
    changed += 1;
  }
  if (changed > 0) await deps.jobs.refreshIssueSummaries([issueId]);

  return changed;
}

/**
 * Writes what a worklog's entry should be. `existing` is the stored entry when the caller read
 * it; when it did not, a create that finds one stored returns it and is turned into an update,
 * so a replay never counts a worklog twice.
 */
export async function writeEntry(
  entries: CostEntryRepository,
  input: { desired: CostEntry | undefined; existing?: CostEntry },
): Promise<LabourOutcome> {
  const { desired } = input;
  let existing = input.existing;
  if (!desired) {
    if (!existing) return 'no-rate';
    await entries.saveEntryChange({ before: existing });
    return 'deleted';
  }
  if (!existing) {
    const stored = await entries.saveEntryChange({ after: desired });
    if (!stored) return 'written';
    existing = stored;
  }
  if (sameLabourEntry(existing, desired)) return 'unchanged';
  await entries.saveEntryChange({
    before: existing,
    after: { ...desired, version: existing.version + 1 },
  });

  return 'written';
}

async function removeEntry(deps: LabourSyncDeps, existing: CostEntry): Promise<LabourOutcome> {
  await deps.entries.saveEntryChange({ before: existing });
  await deps.jobs.refreshIssueSummaries([existing.issueId]);

  return 'deleted';
}

/** A page of worklogs with the entries they should have, for the job's page processing. */
export function desiredEntries(input: {
  worklogs: readonly Worklog[];
  issues: ReadonlyMap<string, WorklogIssue>;
  rates: readonly LabourRate[];
  from?: string;
}): Array<{ worklog: Worklog; desired: CostEntry | undefined }> {
  const { worklogs, issues, rates, from } = input;

  return worklogs.flatMap((worklog) => {
    const issue = issues.get(worklog.issueId);
    if (!issue) return [];
    if (from !== undefined && worklogDate(worklog.started) < from) return [];

    return [{ worklog, desired: labourEntryFor({ worklog, issue, rates }) }];
  });
}
