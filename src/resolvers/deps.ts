import { randomUUID } from 'node:crypto';

import { todayIn } from '../domain/calendar';
import { createJiraGateway } from '../jira/jira-gateway';
import { jiraJqlSearch } from '../jira/jql-search';
import { forgeBackgroundJobs, forgeLabourQueue } from '../platform/background-jobs';
import { kvsAuditRepository } from '../storage/audit-store';
import { kvsCostEntryRepository } from '../storage/cost-entry-store';
import { kvsFocusImportRepository } from '../storage/focus-import-store';
import { kvsLabourRepository } from '../storage/labour-store';
import { kvsObjectiveRepository } from '../storage/objective-store';
import { kvsRollupRepository } from '../storage/rollup-store';
import { kvsSettingsRepository } from '../storage/settings-store';

/**
 * The production wiring of the services' ports, made once per invocation so that the Jira
 * answers cached in the gateway never outlive one user's request.
 */
export function productionDeps(accountId: string, timezone = 'UTC') {
  return {
    entries: kvsCostEntryRepository,
    objectives: kvsObjectiveRepository,
    settings: kvsSettingsRepository,
    jira: createJiraGateway(accountId),
    jobs: forgeBackgroundJobs,
    rollups: kvsRollupRepository,
    jql: jiraJqlSearch,
    accountId,
    now: () => new Date(),
    newId: () => randomUUID(),
    audit: kvsAuditRepository,
    focusImports: kvsFocusImportRepository,
    today: safeToday(timezone),
  };
}

/** The wiring of the labour settings use cases (rates, the labour job). */
export function labourDeps(accountId: string) {
  return { ...productionDeps(accountId), labour: kvsLabourRepository, queue: forgeLabourQueue };
}

/** Today in the viewer's time zone; an unknown zone falls back to UTC rather than failing. */
function safeToday(timezone: string): string {
  try {
    return todayIn(timezone);
  } catch {
    return todayIn('UTC');
  }
}
