import { canBrowseProject, hasProjectPermission } from '../access';
import { errorAnswer, jsonAnswer, readIntParam, readListParam } from '../http';
import type { JiraAnswer, JiraRequest } from '../http';
import { projectJson, projectRefJson, projectRolesJson, restUrl } from '../site-json';
import { findProject, findUser } from '../site-lookup';
import type { SiteProject } from '../site-types';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 100;

/** GET /rest/api/3/project/{projectIdOrKey}: 404 unless the caller can browse the project. */
export function getProject(request: JiraRequest): JiraAnswer {
  const project = visibleProject(request);
  if (!project) return projectNotFound(request);

  return jsonAnswer(projectJson(request.site, project));
}

/**
 * GET /rest/api/3/project/search: a page of the projects the caller can browse, ordered by key.
 * Filters: `query` (part of key or name), `keys` and `id` (repeatable or comma-separated).
 */
export function searchProjects({ site, actor, query }: JiraRequest): JiraAnswer {
  const startAt = readIntParam(query, 'startAt', 0);
  if (typeof startAt !== 'number') return startAt;
  const requested = readIntParam(query, 'maxResults', DEFAULT_PAGE_SIZE);
  if (typeof requested !== 'number') return requested;

  const maxResults = Math.min(requested, MAX_PAGE_SIZE);
  const text = (query.get('query') ?? '').toLowerCase();
  const keys = readListParam(query, 'keys')?.map((key) => key.toUpperCase());
  const ids = readListParam(query, 'id');
  const matching = site.projects
    .filter((project) => canBrowseProject(site, actor, project))
    .filter((project) => !keys || keys.includes(project.key))
    .filter((project) => !ids || ids.includes(project.id))
    .filter((project) => `${project.key}\n${project.name}`.toLowerCase().includes(text))
    .sort((left, right) => left.key.localeCompare(right.key));
  const page = matching.slice(startAt, startAt + maxResults);
  const isLast = startAt + page.length >= matching.length;

  return jsonAnswer({
    self: restUrl(site, `project/search?startAt=${startAt}&maxResults=${maxResults}`),
    ...(isLast
      ? {}
      : {
          nextPage: restUrl(
            site,
            `project/search?startAt=${startAt + maxResults}&maxResults=${maxResults}`,
          ),
        }),
    maxResults,
    startAt,
    total: matching.length,
    isLast,
    values: page.map((project) => ({
      expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
      ...projectRefJson(site, project),
      style: 'classic',
      isPrivate: false,
      properties: {},
    })),
  });
}

/** GET /rest/api/3/project/{projectIdOrKey}/role: role name to URL; needs project admin. */
export function getProjectRoles(request: JiraRequest): JiraAnswer {
  const project = administeredProject(request);
  if ('status' in project) return project;

  return jsonAnswer(projectRolesJson(request.site, project));
}

/** GET /rest/api/3/project/{projectIdOrKey}/role/{roleId}: a role with its actors. */
export function getProjectRole(request: JiraRequest): JiraAnswer {
  const project = administeredProject(request);
  if ('status' in project) return project;
  const { site, params } = request;
  const role = site.projectRoles.find((candidate) => String(candidate.id) === params.roleId);
  if (!role) return errorAnswer(404, `No project role could be found with id '${params.roleId}'.`);

  const accountIds =
    project.roleMembers.find((member) => member.roleId === role.id)?.accountIds ?? [];
  const actors = accountIds.map((accountId, index) => ({
    id: role.id * 100 + index,
    displayName: findUser(site, accountId)?.displayName ?? accountId,
    type: 'atlassian-user-role-actor',
    actorUser: { accountId },
  }));

  return jsonAnswer({
    self: restUrl(site, `project/${project.id}/role/${role.id}`),
    name: role.name,
    id: role.id,
    description: role.description,
    actors,
    scope: { type: 'PROJECT', project: { id: project.id } },
  });
}

function visibleProject({ site, actor, params }: JiraRequest): SiteProject | undefined {
  const project = findProject(site, params.projectIdOrKey ?? '');

  return project && canBrowseProject(site, actor, project) ? project : undefined;
}

// Jira answers 404 for a project the caller cannot see and 403 for one it cannot configure.
function administeredProject(request: JiraRequest): SiteProject | JiraAnswer {
  const project = visibleProject(request);
  if (!project) return projectNotFound(request);
  if (!hasProjectPermission(request.site, request.actor, project, 'ADMINISTER_PROJECTS')) {
    return errorAnswer(403, 'You cannot edit the configuration of this project.');
  }

  return project;
}

function projectNotFound({ params }: JiraRequest): JiraAnswer {
  const ref = params.projectIdOrKey ?? '';
  const kind = /^\d+$/.test(ref) ? 'id' : 'key';

  return errorAnswer(404, `No project could be found with ${kind} '${ref}'.`);
}
