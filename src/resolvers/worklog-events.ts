import { z } from 'zod';

import { logger } from '../platform/logger';
import { applyWorklogChange } from '../services/labour-sync-service';

import { labourSyncDeps } from './labour-deps';

const numericId = z.string().regex(/^\d{1,18}$/);
const worklogEvent = z.object({
  eventType: z.enum([
    'avi:jira:created:worklog',
    'avi:jira:updated:worklog',
    'avi:jira:deleted:worklog',
  ]),
  worklog: z.object({
    id: z.union([numericId, z.number().int().nonnegative()]).transform(String),
    issueId: z.union([numericId, z.number().int().nonnegative()]).transform(String),
  }),
});

/**
 * The `worklog-events` trigger: keeps the labour entry of a worklog in step when it is logged,
 * edited or deleted. The worklog is read again from Jira, so duplicates and late events are
 * harmless.
 */
export async function onWorklogEvent(event: unknown): Promise<void> {
  const parsed = worklogEvent.safeParse(event);
  if (!parsed.success) {
    logger.warn('[WorklogEvents] Skipped an event of unexpected shape');
    return;
  }
  const { eventType, worklog } = parsed.data;
  try {
    await applyWorklogChange(labourSyncDeps(), { worklogId: worklog.id, issueId: worklog.issueId });
  } catch (error) {
    logger.error('[WorklogEvents] Failed to apply a worklog event', {
      worklogId: worklog.id,
      issueId: worklog.issueId,
      eventType,
      error,
    });
    throw error;
  }
}
