import {
  canBrowseIssue,
  canBrowseProject,
  hasGlobalPermission,
  hasIssuePermission,
  hasProjectPermission,
  isPermissionOfType,
  userActor,
} from '../access';
import type { Actor } from '../access';
import { errorAnswer, issueNotFound, jsonAnswer, readListParam } from '../http';
import type { JiraAnswer, JiraRequest } from '../http';
import { findPermission } from '../permission-catalogue';
import { findIssue, findProject, projectOf } from '../site-lookup';
import type { DemoSite, SiteProject } from '../site-types';
import { readBulkCheck } from './bulk-check-body';
import type { BulkCheck } from './bulk-check-body';

const MAX_BULK_ENTITIES = 1000;

/**
 * GET /rest/api/3/mypermissions: the caller's permissions globally, in a project or for an issue.
 * Without a project or issue, a project permission counts if held in any project (as in Jira).
 */
export function getMyPermissions({ site, actor, query }: JiraRequest): JiraAnswer {
  const keys = readListParam(query, 'permissions') ?? [];
  if (keys.length === 0) return errorAnswer(400, "The 'permissions' query parameter is required.");
  const invalid = keys.filter((key) => !findPermission(key));
  if (invalid.length > 0) {
    return errorAnswer(400, `Invalid permission key(s): ${invalid.join(', ')}`);
  }
  const scope = resolveScope(site, actor, query);
  if ('status' in scope) return scope;

  const permissions = Object.fromEntries(
    keys.map((key) => {
      const info = findPermission(key);
      const havePermission =
        info?.type === 'GLOBAL'
          ? hasGlobalPermission(site, actor, key)
          : scopeProjects(site, scope.project).some((project) =>
              hasProjectPermission(site, actor, project, key),
            );
      return [key, { ...info, havePermission }];
    }),
  );

  return jsonAnswer({ permissions });
}

/**
 * POST /rest/api/3/permissions/check: which of the given projects and issues the user holds each
 * permission for, and which global permissions. Checking another account needs ADMINISTER (the
 * app may). Unknown ids are ignored; ids come back as numbers, as in Jira.
 */
export function checkPermissions({ site, actor, body }: JiraRequest): JiraAnswer {
  const check = readBulkCheck(body);
  if (typeof check === 'string') return errorAnswer(400, check);
  const problem = findBulkProblem(check);
  if (problem) return errorAnswer(400, problem);
  const subject = resolveSubject(site, actor, check.accountId);
  if ('status' in subject) return subject;

  return jsonAnswer({
    projectPermissions: groupByPermission(check).map(({ permission, projects, issues }) => ({
      permission,
      projects: allowedProjects(site, subject, permission, projects),
      issues: allowedIssues(site, subject, permission, issues),
    })),
    globalPermissions: check.globalPermissions.filter((key) =>
      hasGlobalPermission(site, subject, key),
    ),
  });
}

function resolveScope(
  site: DemoSite,
  actor: Actor,
  query: URLSearchParams,
): { project?: SiteProject } | JiraAnswer {
  const issueRef = query.get('issueId') ?? query.get('issueKey');
  if (issueRef) {
    const issue = findIssue(site, issueRef);
    if (!issue || !canBrowseIssue(site, actor, issue)) return issueNotFound();
    return { project: projectOf(site, issue) };
  }
  const projectId = query.get('projectId');
  const projectRef = projectId ?? query.get('projectKey');
  if (!projectRef) return {};
  const project = findProject(site, projectRef);
  if (!project || !canBrowseProject(site, actor, project)) {
    const kind = projectId ? 'id' : 'key';
    return errorAnswer(404, `No project could be found with ${kind} '${projectRef}'.`);
  }

  return { project };
}

function scopeProjects(site: DemoSite, project: SiteProject | undefined): readonly SiteProject[] {
  return project ? [project] : site.projects;
}

function findBulkProblem(check: BulkCheck): string | undefined {
  const projectKeys = check.projectPermissions.flatMap((entry) => entry.permissions);
  const badProject = projectKeys.filter((key) => !isPermissionOfType(key, 'PROJECT'));
  if (badProject.length > 0) return `Invalid project permission key(s): ${badProject.join(', ')}`;
  const badGlobal = check.globalPermissions.filter((key) => !isPermissionOfType(key, 'GLOBAL'));
  if (badGlobal.length > 0) return `Invalid global permission key(s): ${badGlobal.join(', ')}`;
  const projectCount = check.projectPermissions.flatMap((entry) => entry.projects).length;
  const issueCount = check.projectPermissions.flatMap((entry) => entry.issues).length;
  if (projectCount > MAX_BULK_ENTITIES || issueCount > MAX_BULK_ENTITIES) {
    const limit = MAX_BULK_ENTITIES;
    return `A maximum of ${limit} projects and ${limit} issues can be checked.`;
  }

  return undefined;
}

function resolveSubject(site: DemoSite, actor: Actor, accountId: string | undefined) {
  const self = actor.kind === 'user' ? actor.user.accountId : undefined;
  if (accountId === undefined || accountId === self) return actor;
  if (!hasGlobalPermission(site, actor, 'ADMINISTER')) {
    return errorAnswer(403, 'You must have the Administer Jira permission to check other users.');
  }

  return (
    userActor(site, accountId) ??
    errorAnswer(404, 'Specified user does not exist or you do not have required permissions')
  );
}

function groupByPermission(check: BulkCheck) {
  const groups = new Map<string, { projects: string[]; issues: string[] }>();
  for (const entry of check.projectPermissions) {
    for (const permission of entry.permissions) {
      const group = groups.get(permission) ?? { projects: [], issues: [] };
      group.projects.push(...entry.projects);
      group.issues.push(...entry.issues);
      groups.set(permission, group);
    }
  }

  return [...groups].map(([permission, group]) => ({ permission, ...group }));
}

function allowedProjects(site: DemoSite, actor: Actor, permission: string, ids: string[]) {
  const allowed = unique(ids).filter((id) => {
    const project = site.projects.find((candidate) => candidate.id === id);
    return project !== undefined && hasProjectPermission(site, actor, project, permission);
  });

  return allowed.map(Number);
}

function allowedIssues(site: DemoSite, actor: Actor, permission: string, ids: string[]) {
  const allowed = unique(ids).filter((id) => {
    const issue = site.issues.find((candidate) => candidate.id === id);
    return issue !== undefined && hasIssuePermission(site, actor, issue, permission);
  });

  return allowed.map(Number);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
