import api, { route } from '@forge/api';

import type { Worklog, WorklogIssue } from '../domain/labour';
import { JiraApiError } from '../platform/errors';
import type { WorklogSource } from '../services/ports';

import { fetchJson } from './fetch-json';

type WorklogJson = {
  id?: string;
  issueId?: string;
  author?: { accountId?: string } | null;
  started?: string;
  timeSpentSeconds?: number;
};
type WorklogPageJson = { startAt?: number; total?: number; worklogs?: WorklogJson[] };
type ChangedJson = {
  values?: Array<{ worklogId?: number | string; updatedTime?: number }>;
  until?: number;
  lastPage?: boolean;
};
type IssueJson = { id?: string; key?: string; fields?: { project?: { id?: string } } };
type SearchJson = { issues?: IssueJson[]; nextPageToken?: string; isLast?: boolean };

/** Jira answers at most 5,000 worklogs per issue page and 1,000 per bulk read. */
const ISSUE_PAGE_SIZE = 5000;
const BULK_READ_SIZE = 1000;
/** Ids-and-keys searches page at up to 5,000 issues. */
const SEARCH_PAGE_SIZE = 5000;
/** A project's issues beyond this are not read (one job page must stay within its timeout). */
const MAX_PROJECT_ISSUES = 100_000;

/** Worklogs and issues through Jira REST, as the app. */
export const jiraWorklogSource: WorklogSource = {
  async findWorklog(issueId, worklogId) {
    const json = await fetchJson<WorklogJson>(
      api.asApp().requestJira(route`/rest/api/3/issue/${issueId}/worklog/${worklogId}`),
    );
    const worklog = json && toWorklog(json);

    return worklog?.issueId === issueId ? worklog : undefined;
  },

  async listIssueWorklogs(issueId) {
    const worklogs: Worklog[] = [];
    for (let startAt = 0; ; startAt += ISSUE_PAGE_SIZE) {
      const query = new URLSearchParams({
        startAt: String(startAt),
        maxResults: String(ISSUE_PAGE_SIZE),
      });
      const json = await fetchJson<WorklogPageJson>(
        api.asApp().requestJira(route`/rest/api/3/issue/${issueId}/worklog?${query}`),
      );
      const page = (json?.worklogs ?? []).flatMap((item) => toWorklog(item) ?? []);
      worklogs.push(...page);
      if (page.length === 0 || startAt + page.length >= (json?.total ?? 0)) return worklogs;
    }
  },

  async findIssue(issueId) {
    const json = await fetchJson<IssueJson>(
      api.asApp().requestJira(route`/rest/api/3/issue/${issueId}?fields=project`),
    );

    return json ? toIssue(json) : undefined;
  },

  async listProjectIssues(projectId) {
    const issues: WorklogIssue[] = [];
    let token: string | undefined;
    do {
      const response = await api.asApp().requestJira(route`/rest/api/3/search/jql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          jql: `project = ${projectId}`,
          fields: ['key'],
          maxResults: SEARCH_PAGE_SIZE,
          ...(token ? { nextPageToken: token } : {}),
        }),
      });
      if (!response.ok) throw new JiraApiError(`Jira answered ${response.status} to a JQL search.`);
      const body = (await response.json()) as SearchJson;
      for (const item of body.issues ?? []) {
        if (item.id && item.key) issues.push({ id: item.id, key: item.key, projectId });
      }
      token = body.isLast === false ? body.nextPageToken : undefined;
    } while (token && issues.length < MAX_PROJECT_ISSUES);

    return issues;
  },

  async changedWorklogs(since) {
    const json = await fetchJson<ChangedJson>(
      api.asApp().requestJira(route`/rest/api/3/worklog/updated?since=${String(since)}`),
    );
    if (!json) throw new JiraApiError('Jira did not answer the list of changed worklogs.');
    const ids = (json.values ?? []).flatMap((value) =>
      value.worklogId === undefined ? [] : [String(value.worklogId)],
    );

    return { ids, until: json.until ?? since, lastPage: json.lastPage !== false };
  },

  async worklogsById(ids) {
    const worklogs: Worklog[] = [];
    for (let start = 0; start < ids.length; start += BULK_READ_SIZE) {
      const json = await fetchJson<WorklogJson[]>(
        api.asApp().requestJira(route`/rest/api/3/worklog/list`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ids: ids.slice(start, start + BULK_READ_SIZE).map(Number) }),
        }),
      );
      worklogs.push(...(json ?? []).flatMap((item) => toWorklog(item) ?? []));
    }

    return worklogs;
  },
};

function toWorklog(json: WorklogJson): Worklog | undefined {
  const { id, issueId, started, timeSpentSeconds } = json;
  const authorAccountId = json.author?.accountId;
  if (!id || !issueId || !started || !authorAccountId || typeof timeSpentSeconds !== 'number') {
    return undefined;
  }

  return { id: String(id), issueId: String(issueId), authorAccountId, started, timeSpentSeconds };
}

function toIssue(json: IssueJson): WorklogIssue | undefined {
  const projectId = json.fields?.project?.id;

  return json.id && json.key && projectId ? { id: json.id, key: json.key, projectId } : undefined;
}
