import api, { route } from '@forge/api';

import type { JiraGateway, JiraProject, ProjectPermission } from '../services/ports';

import { fetchJson } from './fetch-json';

type IssueJson = { id: string; key: string; fields?: { project?: { id?: string } } };
type ProjectJson = { id: string; key: string; name: string };
type BulkCheckJson = {
  globalPermissions?: string[];
  projectPermissions?: Array<{
    permission?: string;
    issues?: Array<number | string>;
    projects?: Array<number | string>;
  }>;
};
type IssueSearchJson = {
  issues?: Array<IssueJson>;
  nextPageToken?: string;
  isLast?: boolean;
};
type ProjectSearchJson = { values?: ProjectJson[]; isLast?: boolean };
type UserPageJson = { values?: Array<{ accountId?: string; displayName?: string }> };

/** Most account ids asked for in one `/user/bulk` call (Jira's page size). */
const USERS_PER_CALL = 200;
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
  /**
   * One bulk permission check (`POST /rest/api/3/permissions/check`) for the invoking user:
   * several permissions on several issues or projects, plus global Administer, in one call.
   */
  const bulkCheck = async (
    target: { issues: readonly string[] } | { projects: readonly string[] },
  ): Promise<Map<string, Set<ProjectPermission>>> => {
    const ids = 'issues' in target ? target.issues : target.projects;
    const scope = 'issues' in target ? 'issues' : 'projects';
    const json = await fetchJson<BulkCheckJson>(
      asUser().requestJira(route`/rest/api/3/permissions/check`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          globalPermissions: ['ADMINISTER'],
          projectPermissions: [{ permissions: ALL_PERMISSIONS, [scope]: ids.map(Number) }],
        }),
      }),
    );
    const held = new Map(ids.map((id) => [id, new Set<ProjectPermission>()]));
    for (const grant of json?.projectPermissions ?? []) {
      const permission = ALL_PERMISSIONS.find((p) => p === grant.permission);
      // Jira answers ids as numbers; compare them as strings.
      for (const id of (grant[scope] ?? []).map(String))
        if (permission) held.get(id)?.add(permission);
    }
    // A Jira admin administers every project, but only one that exists and that they can see:
    // Jira lists no grant at all for an unknown id, so a settings call on it stays denied.
    if (json?.globalPermissions?.includes('ADMINISTER') === true) {
      for (const permissions of held.values()) {
        if (permissions.has('BROWSE_PROJECTS')) permissions.add('ADMINISTER_PROJECTS');
      }
    }

    return held;
  };
  const issuesHolding = async (issueIds: readonly string[], permission: ProjectPermission) => {
    const held = new Set<string>();
    // Jira checks up to 1,000 issues per call; the checks are cached within the invocation.
    for (let start = 0; start < issueIds.length; start += 1000) {
      const ids = issueIds.slice(start, start + 1000);
      const batch = await once(`bulk:${ids.join(',')}`, () => bulkCheck({ issues: ids }));
      for (const [id, permissions] of batch) if (permissions.has(permission)) held.add(id);
    }

    return held;
  };
  const permissionsOf = async (
    target: { issues: readonly string[] } | { projects: readonly string[] },
  ): Promise<Set<ProjectPermission>> => {
    const [only] = (await bulkCheck(target)).values();

    return only ?? new Set<ProjectPermission>();
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
      const held = await once(`perm-issue:${issueId}`, () => permissionsOf({ issues: [issueId] }));

      return new Set(wanted.filter((permission) => held.has(permission)));
    },
    projectPermissions: async (projectId, wanted) => {
      const held = await once(`perm-project:${projectId}`, () =>
        permissionsOf({ projects: [projectId] }),
      );

      return new Set(wanted.filter((permission) => held.has(permission)));
    },
    browsableIssues: (issueIds) => issuesHolding(issueIds, 'BROWSE_PROJECTS'),
    editableIssues: async (issueIds) => {
      const [browsable, editable] = await Promise.all([
        issuesHolding(issueIds, 'BROWSE_PROJECTS'),
        issuesHolding(issueIds, 'EDIT_ISSUES'),
      ]);

      return new Set([...editable].filter((id) => browsable.has(id)));
    },
    findProjectIssuesByKey: async (projectId, issueKeys) => {
      const wanted = new Set(issueKeys);
      const found = new Map<string, { id: string; key: string; projectId: string }>();
      let token: string | undefined;
      // Listing the project's issues, rather than `key in (...)`, because Jira refuses a whole
      // JQL query when one key in it does not exist.
      do {
        const json = await fetchJson<IssueSearchJson>(
          asUser().requestJira(route`/rest/api/3/search/jql`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              jql: `project = ${Number(projectId)} ORDER BY key ASC`,
              fields: ['project'],
              maxResults: 5000,
              ...(token ? { nextPageToken: token } : {}),
            }),
          }),
        );
        for (const issue of json?.issues ?? []) {
          const key = issue.key?.toUpperCase();
          const issueProject = issue.fields?.project?.id;
          if (key && wanted.has(key) && issueProject === projectId)
            found.set(key, { id: issue.id, key, projectId });
        }
        token = json?.isLast === false ? json.nextPageToken : undefined;
      } while (token && found.size < wanted.size);

      return found;
    },
    displayNames: async (accountIds) => {
      const names = new Map<string, string>();
      const unique = [...new Set(accountIds)];
      for (let start = 0; start < unique.length; start += USERS_PER_CALL) {
        const query = new URLSearchParams({ maxResults: String(USERS_PER_CALL) });
        for (const id of unique.slice(start, start + USERS_PER_CALL)) query.append('accountId', id);
        const json = await fetchJson<UserPageJson>(
          asUser().requestJira(route`/rest/api/3/user/bulk?${query}`),
        );
        for (const user of json?.values ?? []) {
          if (user.accountId && user.displayName) names.set(user.accountId, user.displayName);
        }
      }

      return names;
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
