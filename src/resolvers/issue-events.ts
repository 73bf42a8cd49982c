import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import { forgeBackgroundJobs } from '../platform/background-jobs';
import { logger } from '../platform/logger';
import { followIssueMove, forgetIssue } from '../services/issue-lifecycle-service';
import { resyncIssueLabour } from '../services/labour-sync-service';
import { kvsCostEntryRepository } from '../storage/cost-entry-store';

import { labourSyncDeps } from './labour-deps';

const issueEvent = z.object({
  eventType: z.enum(['avi:jira:updated:issue', 'avi:jira:deleted:issue']),
  issue: z.object({
    id: z.string().regex(/^\d{1,18}$/),
    key: z.string().max(255),
    fields: z
      .object({ project: z.object({ id: z.string().regex(/^\d{1,18}$/) }).optional() })
      .optional(),
  }),
});

/**
 * The `issue-events` trigger: an issue's costs follow it to another project and go with it when
 * it is deleted. Events may arrive twice or late; both handlers are idempotent.
 */
export async function onIssueEvent(event: unknown): Promise<void> {
  const parsed = issueEvent.safeParse(event);
  if (!parsed.success) {
    logger.warn('[IssueEvents] Skipped an event of unexpected shape');
    return;
  }
  const { eventType, issue } = parsed.data;
  const deps = {
    entries: kvsCostEntryRepository,
    jobs: forgeBackgroundJobs,
    newId: () => randomUUID(),
    now: () => new Date(),
  };
  try {
    if (eventType === 'avi:jira:deleted:issue') {
      const deleted = await forgetIssue(deps, issue.id);
      logger.info('[IssueEvents] Removed the costs of a deleted issue', {
        issueId: issue.id,
        deleted,
      });
      return;
    }
    const projectId = issue.fields?.project?.id;
    if (projectId === undefined) return;
    const moved = await followIssueMove(deps, { id: issue.id, key: issue.key, projectId });
    if (moved === 0) return;
    logger.info('[IssueEvents] Moved costs with their issue', { issueId: issue.id, moved });
    // Labour is priced with the rates of the project the issue is in now.
    // Limitation: only an issue that had entries is repriced, so worklogs that had no rate in
    // the old project gain entries in the new one at the next labour recomputation.
    await resyncIssueLabour(labourSyncDeps(), issue.id);
  } catch (error) {
    logger.error('[IssueEvents] Failed to apply an issue event', {
      issueId: issue.id,
      eventType,
      error,
    });
    throw error;
  }
}
