import type { PeopleResponse } from '../shared/contract';

import type { JiraGateway } from './ports';

/**
 * Display names of people, asked of Jira as the viewer, so Jira's own rule (the "Browse users
 * and groups" permission) decides whom the viewer may see; the app stores no names.
 */
export async function displayNamesOf(
  deps: { readonly jira: JiraGateway },
  accountIds: readonly string[],
): Promise<PeopleResponse> {
  if (accountIds.length === 0) return { names: {} };
  const names = await deps.jira.displayNames(accountIds);

  return { names: Object.fromEntries(names) };
}
