import { randomUUID } from 'node:crypto';

import { jiraWorklogSource } from '../jira/worklog-source';
import { forgeBackgroundJobs, forgeLabourQueue } from '../platform/background-jobs';
import type { LabourSyncDeps } from '../services/labour-sync-service';
import { kvsCostEntryRepository } from '../storage/cost-entry-store';
import { kvsLabourRepository } from '../storage/labour-store';

/** The production wiring of labour work without a user (triggers and the queue consumer). */
export function labourSyncDeps(): LabourSyncDeps & { newId: () => string } {
  return {
    entries: kvsCostEntryRepository,
    labour: kvsLabourRepository,
    worklogs: jiraWorklogSource,
    jobs: forgeBackgroundJobs,
    queue: forgeLabourQueue,
    now: () => new Date(),
    newId: () => randomUUID(),
  };
}
