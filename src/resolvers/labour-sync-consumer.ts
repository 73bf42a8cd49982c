import Resolver from '@forge/resolver';
import { z } from 'zod';

import { logger } from '../platform/logger';
import { processLabourSyncPage } from '../services/labour-job-service';

import { labourSyncDeps } from './labour-deps';

/** The consumer's method name in manifest.yml (`resolver.method`). */
export const SYNC_LABOUR_PAGE = 'sync-labour-page';

const event = z.object({
  projectId: z.string().regex(/^\d{1,18}$/),
  jobId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
});

const resolver = new Resolver();

resolver.define(SYNC_LABOUR_PAGE, async ({ payload }) => {
  const parsed = event.safeParse(payload);
  if (!parsed.success) {
    logger.warn('[LabourSync] Skipped an event of unexpected shape');
    return;
  }
  try {
    await processLabourSyncPage(labourSyncDeps(), parsed.data);
  } catch (error) {
    // Rethrown so that Forge retries the page; the job record still points at it.
    logger.error('[LabourSync] Failed to process a page of worklogs', { ...parsed.data, error });
    throw error;
  }
});

/** The `labour-sync-consumer` function: recomputes labour entries page by page. */
export const labourSyncConsumer = resolver.getDefinitions();
