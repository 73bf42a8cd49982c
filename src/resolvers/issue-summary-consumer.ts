import Resolver from '@forge/resolver';
import { z } from 'zod';

import { jiraIssuePropertyWriter } from '../jira/issue-properties';
import { logger } from '../platform/logger';
import { recordEntryCreations } from '../services/audit-service';
import { syncIssueSummary } from '../services/issue-summary-service';
import { kvsAuditRepository } from '../storage/audit-store';
import { kvsCostEntryRepository } from '../storage/cost-entry-store';
import { kvsSettingsRepository } from '../storage/settings-store';

/** The consumer's method name in manifest.yml (`resolver.method`). */
export const SYNC_ISSUE_SUMMARY = 'sync-issue-summary';

const event = z.object({
  issueId: z.string().regex(/^\d{1,18}$/),
  /** Entries just added by hand, whose creation the audit trail records. */
  created: z
    .array(z.string().regex(/^[A-Za-z0-9-]{8,64}$/))
    .max(25)
    .optional(),
});

const resolver = new Resolver();

resolver.define(SYNC_ISSUE_SUMMARY, async ({ payload }) => {
  const parsed = event.safeParse(payload);
  if (!parsed.success) {
    logger.warn('[IssueSummary] Skipped an event of unexpected shape');
    return;
  }
  const deps = {
    entries: kvsCostEntryRepository,
    settings: kvsSettingsRepository,
    properties: jiraIssuePropertyWriter,
    audit: kvsAuditRepository,
  };
  try {
    const entries = await syncIssueSummary(deps, parsed.data.issueId);
    if (parsed.data.created) await recordEntryCreations(deps, entries, parsed.data.created);
  } catch (error) {
    // Rethrown so that Forge retries the event; the summary is only a cache of the entries.
    logger.error('[IssueSummary] Failed to rebuild an issue summary', {
      issueId: parsed.data.issueId,
      error,
    });
    throw error;
  }
});

/** The `issue-summary-consumer` function: rebuilds issues' JQL cost summaries. */
export const issueSummaryConsumer = resolver.getDefinitions();
