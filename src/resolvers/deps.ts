import { createJiraGateway } from '../jira/jira-gateway';
import { kvsCostEntryRepository } from '../storage/cost-entry-store';
import { kvsSettingsRepository } from '../storage/settings-store';

/**
 * The production wiring of the services' ports, made once per invocation so that the Jira
 * answers cached in the gateway never outlive one user's request.
 */
export function productionDeps(accountId: string) {
  return {
    entries: kvsCostEntryRepository,
    settings: kvsSettingsRepository,
    jira: createJiraGateway(accountId),
    accountId,
    now: () => new Date(),
  };
}
