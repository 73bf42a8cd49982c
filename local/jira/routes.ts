import { getIssue, getIssueWorklogs } from './handlers/issue-handlers';
import { checkPermissions, getMyPermissions } from './handlers/permission-handlers';
import {
  getProject,
  getProjectRole,
  getProjectRoles,
  searchProjects,
} from './handlers/project-handlers';
import {
  deleteIssueProperty,
  getIssueProperty,
  listIssueProperties,
  setIssueProperty,
} from './handlers/property-handlers';
import { searchJql } from './handlers/search-handler';
import { getMyself, getUser, getUsersBulk } from './handlers/user-handlers';
import { getIssueWorklog, getChangedWorklogs, listWorklogs } from './handlers/worklog-handlers';
import type { JiraHandler } from './http';

/** A REST route: method, path pattern with ":name" parameters, and its handler. */
export interface JiraRoute {
  readonly method: string;
  readonly pattern: string;
  readonly handler: JiraHandler;
}

const ISSUE = '/rest/api/3/issue/:issueIdOrKey';
const PROJECT = '/rest/api/3/project/:projectIdOrKey';

/** Every route the stand-in answers; literal paths come before parameterised ones. */
export const JIRA_ROUTES: readonly JiraRoute[] = [
  { method: 'GET', pattern: '/rest/api/3/myself', handler: getMyself },
  { method: 'GET', pattern: '/rest/api/3/user', handler: getUser },
  { method: 'GET', pattern: '/rest/api/3/user/bulk', handler: getUsersBulk },
  { method: 'GET', pattern: '/rest/api/3/mypermissions', handler: getMyPermissions },
  { method: 'POST', pattern: '/rest/api/3/permissions/check', handler: checkPermissions },
  { method: 'GET', pattern: '/rest/api/3/search/jql', handler: searchJql },
  { method: 'POST', pattern: '/rest/api/3/search/jql', handler: searchJql },
  { method: 'GET', pattern: '/rest/api/3/project/search', handler: searchProjects },
  { method: 'GET', pattern: '/rest/api/3/worklog/updated', handler: getChangedWorklogs },
  { method: 'POST', pattern: '/rest/api/3/worklog/list', handler: listWorklogs },
  { method: 'GET', pattern: PROJECT, handler: getProject },
  { method: 'GET', pattern: `${PROJECT}/role`, handler: getProjectRoles },
  { method: 'GET', pattern: `${PROJECT}/role/:roleId`, handler: getProjectRole },
  { method: 'GET', pattern: ISSUE, handler: getIssue },
  { method: 'GET', pattern: `${ISSUE}/worklog`, handler: getIssueWorklogs },
  { method: 'GET', pattern: `${ISSUE}/worklog/:worklogId`, handler: getIssueWorklog },
  { method: 'GET', pattern: `${ISSUE}/properties`, handler: listIssueProperties },
  { method: 'GET', pattern: `${ISSUE}/properties/:propertyKey`, handler: getIssueProperty },
  { method: 'PUT', pattern: `${ISSUE}/properties/:propertyKey`, handler: setIssueProperty },
  { method: 'DELETE', pattern: `${ISSUE}/properties/:propertyKey`, handler: deleteIssueProperty },
];

/**
 * Matches decoded path segments against a pattern.
 * @returns the named parameters, or undefined when the path does not fit.
 */
export function matchPattern(
  pattern: string,
  segments: readonly string[],
): Record<string, string> | undefined {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }

  return params;
}
