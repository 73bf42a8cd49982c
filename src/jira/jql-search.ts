import api, { route } from '@forge/api';

import { JiraApiError } from '../platform/errors';
import type { JqlSearch } from '../services/ports';

type SearchJson = { issues?: Array<{ id?: string }>; nextPageToken?: string; isLast?: boolean };
type ErrorJson = { errorMessages?: string[] };

/** Most issues one key result may be narrowed to; beyond it the materialization stops. */
const MAX_MATCHING_ISSUES = 10_000;

async function search(as: 'user' | 'app', jql: string, nextPageToken?: string, maxResults = 100) {
  const client = as === 'user' ? api.asUser() : api.asApp();

  return client.requestJira(route`/rest/api/3/search/jql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      jql,
      fields: ['id'],
      maxResults,
      ...(nextPageToken ? { nextPageToken } : {}),
    }),
  });
}

/** Jira's enhanced JQL search, for key results narrowed by JQL. */
export const jiraJqlSearch: JqlSearch = {
  async checkAsUser(jql) {
    const response = await search('user', jql, undefined, 1);
    if (response.status === 400) {
      const body = (await response.json()) as ErrorJson;
      return body.errorMessages?.join(' ') || 'Jira did not accept this JQL.';
    }
    if (!response.ok) throw new JiraApiError(`Jira answered ${response.status} to the JQL check.`);

    return undefined;
  },

  async issueIdsAsApp(jql) {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const response = await search('app', jql, token);
      if (!response.ok) throw new JiraApiError(`Jira answered ${response.status} to a JQL search.`);
      const body = (await response.json()) as SearchJson;
      ids.push(...(body.issues ?? []).flatMap((issue) => (issue.id ? [issue.id] : [])));
      token = body.isLast === false ? body.nextPageToken : undefined;
    } while (token && ids.length < MAX_MATCHING_ISSUES);

    return ids;
  },
};
