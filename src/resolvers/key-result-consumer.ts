import { randomUUID } from 'node:crypto';

import Resolver from '@forge/resolver';
import { z } from 'zod';

import { jiraJqlSearch } from '../jira/jql-search';
import { forgeBackgroundJobs } from '../platform/background-jobs';
import { logger } from '../platform/logger';
import { refreshAllNarrowed, refreshKeyResult } from '../services/key-result-refresh-service';
import { kvsCostEntryRepository } from '../storage/cost-entry-store';
import { kvsObjectiveRepository } from '../storage/objective-store';
import { kvsRollupRepository } from '../storage/rollup-store';
import { kvsSettingsRepository } from '../storage/settings-store';

/** The consumer's method name in manifest.yml (`resolver.method`). */
export const REFRESH_KEY_RESULT = 'refresh-key-result';

const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const event = z.object({
  projectId: z.string().regex(/^\d{1,18}$/),
  objectiveId: id,
  keyResultId: id,
});

const deps = {
  objectives: kvsObjectiveRepository,
  entries: kvsCostEntryRepository,
  settings: kvsSettingsRepository,
  rollups: kvsRollupRepository,
  jql: jiraJqlSearch,
  now: () => new Date(),
  newId: () => randomUUID(),
};

const resolver = new Resolver();

resolver.define(REFRESH_KEY_RESULT, async ({ payload }) => {
  const parsed = event.safeParse(payload);
  if (!parsed.success) {
    logger.warn('[KeyResultRollup] Skipped an event of unexpected shape');
    return;
  }
  try {
    await refreshKeyResult(deps, parsed.data);
  } catch (error) {
    // Rethrown so that Forge retries the event.
    logger.error('[KeyResultRollup] Failed to measure a key result', { ...parsed.data, error });
    throw error;
  }
});

/** The `kr-rollup-consumer` function: measures JQL-narrowed key results. */
export const keyResultRollupConsumer = resolver.getDefinitions();

/** The daily scheduled trigger: queues every JQL-narrowed key result for measuring. */
export async function onDailySchedule(): Promise<void> {
  const queued = await refreshAllNarrowed({
    rollups: kvsRollupRepository,
    jobs: forgeBackgroundJobs,
  });
  logger.info('[KeyResultRollup] Queued the daily refresh', { keyResults: queued });
}
