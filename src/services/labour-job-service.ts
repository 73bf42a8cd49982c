import { worklogEntryId } from '../domain/labour';
import type { IsoDate } from '../shared/contract';

import type { LabourSyncDeps } from './labour-sync-service';
import { desiredEntries, writeEntry } from './labour-sync-service';
import type { LabourSyncJob } from './ports';

/** Most issue ids a job keeps for the summary rebuild at its end (about 20 bytes each). */
const MAX_PENDING_SUMMARIES = 2000;

/**
 * Starts (or restarts) the background recomputation of a project's labour entries from Jira's
 * feed of changed worklogs. `from` limits it to worklogs started on or after a date (a rate
 * change); a job already running widens to the earlier of both dates and starts over, since
 * the pages it read were computed with the old rates.
 */
export async function startLabourSync(
  deps: Pick<LabourSyncDeps, 'labour' | 'queue' | 'now'> & { newId: () => string },
  input: { projectId: string; from?: IsoDate },
): Promise<LabourSyncJob> {
  const { projectId } = input;
  const current = await deps.labour.findSyncJob(projectId);
  const running = current?.status === 'running';
  const from = !running
    ? input.from
    : input.from === undefined || current.from === undefined
      ? undefined
      : input.from < current.from
        ? input.from
        : current.from;
  const at = deps.now().toISOString();
  const job: LabourSyncJob = {
    projectId,
    jobId: deps.newId(),
    status: 'running',
    ...(from === undefined ? {} : { from }),
    // A restarted job still owes the summaries of the issues its predecessor changed.
    ...(running && current.pendingSummaries ? { pendingSummaries: current.pendingSummaries } : {}),
    since: 0,
    startedAt: at,
    updatedAt: at,
    pages: 0,
    worklogsRead: 0,
    entriesWritten: 0,
    entriesDeleted: 0,
    withoutRate: 0,
  };

  await deps.labour.saveSyncJob(job);
  await deps.queue.pushSyncPage({ projectId, jobId: job.jobId });

  return job;
}

/**
 * Processes one page of a job: reads a page of changed worklogs, writes the entries of those on
 * the project's issues, saves the cursor and queues the next page. A page run twice (a retry
 * after a crash) writes nothing new: entry ids are per worklog and unchanged entries are skipped.
 * An event of a superseded or finished job is ignored.
 * @returns whether a page was processed.
 */
export async function processLabourSyncPage(
  deps: LabourSyncDeps,
  event: { projectId: string; jobId: string },
): Promise<boolean> {
  const job = await deps.labour.findSyncJob(event.projectId);
  if (!job || job.jobId !== event.jobId || job.status !== 'running') return false;

  // Limitation: Jira's changed-worklog feed is site-wide, so each project's job reads every
  // project's worklogs and keeps its own; a site-wide job shared by the projects would read once.
  // Limitation: worklogs deleted while the app missed the event are not in this feed, so their
  // entries stay; reading /rest/api/3/worklog/deleted in the same job would remove them.
  // Limitation: a worklog edited while its page is being written can be written with its earlier
  // state (its event came first); its next change, or the next recomputation, corrects it.
  const page = await deps.worklogs.changedWorklogs(job.since);
  const [worklogs, issues, rates] = await Promise.all([
    deps.worklogs.worklogsById(page.ids),
    page.ids.length > 0 ? deps.worklogs.listProjectIssues(job.projectId) : Promise.resolve([]),
    deps.labour.listLabourRates(job.projectId),
  ]);
  const wanted = desiredEntries({
    worklogs,
    issues: new Map(issues.map((issue) => [issue.id, issue])),
    rates,
    ...(job.from === undefined ? {} : { from: job.from }),
  });

  // One batch read per 25 worklogs finds the entries already stored (a replay, a rate change).
  const stored = await deps.entries.findEntries(
    wanted.map(({ worklog }) => worklogEntryId(worklog.id)),
  );

  const counts = { written: 0, deleted: 0, withoutRate: 0 };
  const touched = new Set<string>();
  for (const { worklog, desired } of wanted) {
    const existing = stored.get(worklogEntryId(worklog.id));
    const outcome = await writeEntry(deps.entries, { desired, existing });
    if (outcome === 'written') counts.written += 1;
    if (outcome === 'deleted') counts.deleted += 1;
    if (!desired) counts.withoutRate += 1;
    if (outcome === 'written' || outcome === 'deleted') touched.add(worklog.issueId);
  }
  // Issue summaries are rebuilt once per issue when the job ends, not after every page: each
  // rebuild reads all of an issue's entries. Beyond a bound the ids are flushed early.
  const pending = new Set([...(job.pendingSummaries ?? []), ...touched]);
  const flush = page.lastPage || pending.size > MAX_PENDING_SUMMARIES;
  const next: LabourSyncJob = {
    ...job,
    pendingSummaries: flush ? [] : [...pending],
    status: page.lastPage ? 'done' : 'running',
    since: page.until,
    readUpTo: new Date(page.until).toISOString(),
    updatedAt: deps.now().toISOString(),
    pages: job.pages + 1,
    worklogsRead: job.worklogsRead + wanted.length,
    entriesWritten: job.entriesWritten + counts.written,
    entriesDeleted: job.entriesDeleted + counts.deleted,
    withoutRate: job.withoutRate + counts.withoutRate,
  };

  // Limitation: the job record is a plain KVS key, so a restart that lands between this read and
  // the save below is overwritten by this page (the restart's rates then apply only from the
  // next page on); an entity with a version condition would close that window.
  if ((await deps.labour.findSyncJob(event.projectId))?.jobId !== event.jobId) return true;
  // Saved only after the page's writes, so a crash before it repeats the page, never skips it.
  await deps.labour.saveSyncJob(next);
  if (flush && pending.size > 0) await deps.jobs.refreshIssueSummaries([...pending]);
  if (!page.lastPage) await deps.queue.pushSyncPage(event);

  return true;
}
