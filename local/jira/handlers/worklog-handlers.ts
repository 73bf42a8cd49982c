import { canBrowseIssue } from '../access';
import { errorAnswer, isRecord, issueNotFound, jsonAnswer, readIntParam } from '../http';
import type { JiraAnswer, JiraRequest } from '../http';
import { parseJiraDateTime } from '../jql';
import { restUrl } from '../site-json';
import { findIssue } from '../site-lookup';
import type { DemoSite, SiteWorklog } from '../site-types';

import { worklogJson } from './issue-handlers';

/** Jira lists at most 1,000 changed worklogs per page and reads at most 1,000 by id. */
const CHANGED_PAGE_SIZE = 1000;
const MAX_IDS_PER_LIST = 1000;

/** GET /rest/api/3/issue/{issueIdOrKey}/worklog/{id}: 404 unless the worklog is on that issue. */
export function getIssueWorklog({ site, actor, params }: JiraRequest): JiraAnswer {
  const issue = findIssue(site, params.issueIdOrKey ?? '');
  if (!issue || !canBrowseIssue(site, actor, issue)) return issueNotFound();
  const worklog = site.worklogs.find(
    (candidate) => candidate.id === params.worklogId && candidate.issueId === issue.id,
  );
  if (!worklog) return errorAnswer(404, 'Cannot find worklog with id: ' + (params.worklogId ?? ''));

  return jsonAnswer(worklogJson(site, worklog));
}

/**
 * GET /rest/api/3/worklog/updated?since=: ids of worklogs the caller can see, changed after
 * `since` (epoch ms), oldest change first, 1,000 a page. A page never ends between two
 * worklogs changed at the same millisecond, so asking again from `until` misses none.
 */
export function getChangedWorklogs({ site, actor, query }: JiraRequest): JiraAnswer {
  const since = readIntParam(query, 'since', 0);
  if (typeof since !== 'number') return since;

  const changed = visibleWorklogs(site, actor)
    .map((worklog) => ({ worklog, updatedMs: parseJiraDateTime(worklog.updated) }))
    .filter((item) => item.updatedMs > since)
    .sort((a, b) => a.updatedMs - b.updatedMs || Number(a.worklog.id) - Number(b.worklog.id));
  let end = Math.min(CHANGED_PAGE_SIZE, changed.length);
  const boundary = changed[end - 1]?.updatedMs;
  while (end < changed.length && changed[end]?.updatedMs === boundary) end += 1;
  const page = changed.slice(0, end);
  const lastPage = end >= changed.length;
  const until = page.at(-1)?.updatedMs ?? since;

  return jsonAnswer({
    values: page.map(({ worklog, updatedMs }) => ({
      worklogId: Number(worklog.id),
      updatedTime: updatedMs,
      properties: [],
    })),
    since,
    until,
    self: restUrl(site, `worklog/updated?since=${since}`),
    ...(lastPage ? {} : { nextPage: restUrl(site, `worklog/updated?since=${until}`) }),
    lastPage,
  });
}

/** POST /rest/api/3/worklog/list {ids}: the worklogs the caller can see, up to 1,000 ids. */
export function listWorklogs({ site, actor, body }: JiraRequest): JiraAnswer {
  const ids = isRecord(body) ? body.ids : undefined;
  if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id) || /^\d+$/.test(String(id)))) {
    return errorAnswer(400, 'Provide the worklog ids as a list of numbers.');
  }
  if (ids.length > MAX_IDS_PER_LIST) {
    return errorAnswer(400, `Provide at most ${MAX_IDS_PER_LIST} worklog ids.`);
  }
  const wanted = new Set(ids.map(String));

  return jsonAnswer(
    visibleWorklogs(site, actor)
      .filter((worklog) => wanted.has(worklog.id))
      .map((worklog) => worklogJson(site, worklog)),
  );
}

function visibleWorklogs(site: DemoSite, actor: JiraRequest['actor']): SiteWorklog[] {
  const visible = new Set(
    site.issues.filter((issue) => canBrowseIssue(site, actor, issue)).map((issue) => issue.id),
  );

  return site.worklogs.filter((worklog) => visible.has(worklog.issueId));
}
