import { canBrowseIssue } from '../access';
import { issueNotFound, jsonAnswer, readIntParam, readListParam } from '../http';
import type { JiraAnswer, JiraRequest } from '../http';
import { issueJson, parseFieldSelection } from '../issue-json';
import { parseJiraDateTime } from '../jql';
import { restUrl, userRefJson } from '../site-json';
import { findIssue, findUser } from '../site-lookup';
import type { DemoSite, SiteWorklog } from '../site-types';

const MAX_WORKLOGS_PER_PAGE = 5000;
// Jira's default time tracking settings: 8-hour days, 5-day weeks.
const MINUTES_PER_DAY = 8 * 60;
const MINUTES_PER_WEEK = 5 * MINUTES_PER_DAY;

/** GET /rest/api/3/issue/{issueIdOrKey}: 404 unless the caller can browse the issue. */
export function getIssue({ site, actor, params, query }: JiraRequest): JiraAnswer {
  const issue = findIssue(site, params.issueIdOrKey ?? '');
  if (!issue || !canBrowseIssue(site, actor, issue)) return issueNotFound();
  const selection = parseFieldSelection(readListParam(query, 'fields'), {
    mode: 'all',
    exclude: new Set(),
  });

  return jsonAnswer(issueJson(site, issue, selection, readListParam(query, 'properties')));
}

/**
 * GET /rest/api/3/issue/{issueIdOrKey}/worklog: a page of worklogs in the order they were
 * logged. `startedAfter` / `startedBefore` are epoch milliseconds, both inclusive.
 */
export function getIssueWorklogs({ site, actor, params, query }: JiraRequest): JiraAnswer {
  const issue = findIssue(site, params.issueIdOrKey ?? '');
  if (!issue || !canBrowseIssue(site, actor, issue)) return issueNotFound();
  const startAt = readIntParam(query, 'startAt', 0);
  if (typeof startAt !== 'number') return startAt;
  const requested = readIntParam(query, 'maxResults', MAX_WORKLOGS_PER_PAGE);
  if (typeof requested !== 'number') return requested;
  const after = readIntParam(query, 'startedAfter', 0);
  if (typeof after !== 'number') return after;
  const before = readIntParam(query, 'startedBefore', Number.MAX_SAFE_INTEGER);
  if (typeof before !== 'number') return before;

  const maxResults = Math.min(requested, MAX_WORKLOGS_PER_PAGE);
  const matching = site.worklogs
    .filter((worklog) => worklog.issueId === issue.id)
    .filter((worklog) => {
      const startedMs = parseJiraDateTime(worklog.started);
      return startedMs >= after && startedMs <= before;
    })
    .sort((left, right) => Number(left.id) - Number(right.id));
  const page = matching.slice(startAt, startAt + maxResults);

  return jsonAnswer({
    startAt,
    maxResults,
    total: matching.length,
    worklogs: page.map((worklog) => worklogJson(site, worklog)),
  });
}

export function worklogJson(site: DemoSite, worklog: SiteWorklog) {
  const author = findUser(site, worklog.authorAccountId);
  const authorJson = author ? userRefJson(site, author) : null;

  return {
    self: restUrl(site, `issue/${worklog.issueId}/worklog/${worklog.id}`),
    author: authorJson,
    updateAuthor: authorJson,
    ...(worklog.comment === undefined ? {} : { comment: textDocument(worklog.comment) }),
    created: worklog.created,
    updated: worklog.updated,
    started: worklog.started,
    timeSpent: formatDuration(worklog.timeSpentSeconds),
    timeSpentSeconds: worklog.timeSpentSeconds,
    id: worklog.id,
    issueId: worklog.issueId,
  };
}

// REST v3 returns rich text as Atlassian Document Format.
function textDocument(text: string) {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
}

/** Jira's "1w 2d 3h 30m" rendering of a duration (8-hour days, 5-day weeks). */
export function formatDuration(seconds: number): string {
  let minutes = Math.floor(seconds / 60);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['w', MINUTES_PER_WEEK],
    ['d', MINUTES_PER_DAY],
    ['h', 60],
    ['m', 1],
  ] as const) {
    const count = Math.floor(minutes / size);
    minutes -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }

  return parts.length === 0 ? '0m' : parts.join(' ');
}
