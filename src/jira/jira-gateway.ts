import api, { route } from '@forge/api';

import type { JiraGateway, JiraProject, ProjectPermission } from '../services/ports';

import { fetchJson } from './fetch-json';

type IssueJson = { id: string; key: string; fields?: { project?: { id?: string } } };
type ProjectJson = { id: string; key: string; name: string };
type MyPermissionsJson = { permissions?: Record<string, { havePermission?: boolean }> };
type ProjectSearchJson = { values?: ProjectJson[]; isLast?: boolean };
type RoleActorJson = { actors?: Array<{ actorUser?: { accountId?: string } }> };

const ALL_PERMISSIONS: readonly ProjectPermission[] = [
  'BROWSE_PROJECTS',
  'EDIT_ISSUES',
  'ADMINISTER_PROJECTS',
];

/**
 * Jira as the invoking user, over REST. One instance serves one invocation: answers are cached
 * in it, because Jira rate-limits REST calls by points and permission checks are costly.
 */
export function createJiraGateway(accountId: string): JiraGateway {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const cached = cache.get(key);
    if (cached) return cached as Promise<T>;
    const pending = load();
    cache.set(key, pending);

    return pending;
  };
  const asUser = () => api.asUser();
  const permissionsOf = async (query: URLSearchParams): Promise<Set<ProjectPermission>> => {
    query.set('permissions', [...ALL_PERMISSIONS, 'ADMINISTER'].join(','));
    const json = await fetchJson<MyPermissionsJson>(
      asUser().requestJira(route`/rest/api/3/mypermissions?${query}`),
    );
    // 404: the issue or project does not exist or is invisible to the user, so no permission.
    if (!json) return new Set<ProjectPermission>();
    const held = new Set<ProjectPermission>();
    const isAdmin = json.permissions?.ADMINISTER?.havePermission === true;
    for (const permission of ALL_PERMISSIONS) {
      if (isAdmin || json.permissions?.[permission]?.havePermission === true) held.add(permission);
    }

    return held;
  };

  return {
    findIssue: (issueId) =>
      once(`issue:${issueId}`, async () => {
        const json = await fetchJson<IssueJson>(
          asUser().requestJira(route`/rest/api/3/issue/${issueId}?fields=project`),
        );
        const projectId = json?.fields?.project?.id;

        return json && projectId ? { id: json.id, key: json.key, projectId } : undefined;
      }),
    findProject: (projectId) =>
      once(`project:${projectId}`, async () => {
        const json = await fetchJson<ProjectJson>(
          asUser().requestJira(route`/rest/api/3/project/${projectId}`),
        );

        return json ? { id: json.id, key: json.key, name: json.name } : undefined;
      }),
    issuePermissions: async (issueId, wanted) => {
      const held = await once(`perm-issue:${issueId}`, () =>
        permissionsOf(new URLSearchParams({ issueId })),
      );

      return new Set(wanted.filter((permission) => held.has(permission)));
    },
    projectPermissions: async (projectId, wanted) => {
      const held = await once(`perm-project:${projectId}`, () =>
        permissionsOf(new URLSearchParams({ projectId })),
      );

      return new Set(wanted.filter((permission) => held.has(permission)));
    },
    listBrowsableProjects: () =>
      once('projects', async () => {
        const projects: JiraProject[] = [];
        for (let startAt = 0; startAt < 10_000; startAt += 50) {
          const query = new URLSearchParams({ startAt: String(startAt), maxResults: '50' });
          const json = await fetchJson<ProjectSearchJson>(
            asUser().requestJira(route`/rest/api/3/project/search?${query}`),
          );
          const page = json?.values ?? [];
          projects.push(...page.map(({ id, key, name }) => ({ id, key, name })));
          if (json?.isLast !== false || page.length === 0) break;
        }

        return projects;
      }),
    projectRoleIds: (projectId) =>
      once(`roles-of:${projectId}`, async () => {
        // Reading role members needs Administer Projects, which cost viewers lack; the app reads
        // them as itself, only to test the invoking user's own membership.
        const roles = await listRoles(projectId, 'app');
        const mine = new Set<string>();
        for (const role of roles) {
          const json = await fetchJson<RoleActorJson>(
            api.asApp().requestJira(route`/rest/api/3/project/${projectId}/role/${role.id}`),
          );
          if (json?.actors?.some((actor) => actor.actorUser?.accountId === accountId)) {
            mine.add(role.id);
          }
        }

        return mine;
      }),
    listProjectRoles: (projectId) => once(`roles:${projectId}`, () => listRoles(projectId)),
  };

  async function listRoles(
    projectId: string,
    as: 'user' | 'app' = 'user',
  ): Promise<Array<{ id: string; name: string }>> {
    const client = as === 'app' ? api.asApp() : asUser();
    const json = await fetchJson<Record<string, string>>(
      client.requestJira(route`/rest/api/3/project/${projectId}/role`),
    );

    return Object.entries(json ?? {}).flatMap(([name, self]) => {
      const id = /\/role\/(\d+)$/.exec(self)?.[1];

      return id ? [{ id, name }] : [];
    });
  }
}
