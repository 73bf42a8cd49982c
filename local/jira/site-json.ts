import type { DemoSite, SiteIssueType, SiteProject, SiteStatus, SiteUser } from './site-types';

// Jira Cloud's status categories; ids and colours are fixed across sites.
const STATUS_CATEGORIES = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
} as const;

/** `${baseUrl}/rest/api/3/<path>`. */
export function restUrl(site: DemoSite, path: string): string {
  return `${site.baseUrl}/rest/api/3/${path}`;
}

/** The short user object Jira embeds in issues and worklogs. */
export function userRefJson(site: DemoSite, user: SiteUser) {
  return {
    self: restUrl(site, `user?accountId=${user.accountId}`),
    accountId: user.accountId,
    avatarUrls: avatarUrls(`${site.baseUrl}/avatars/user/${user.accountId}`),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    accountType: user.accountType,
  };
}

/** The user object of `/myself` and `/user`; groups are listed only with `expand=groups`. */
export function userJson(site: DemoSite, user: SiteUser, expand: readonly string[] = []) {
  const groups = expand.includes('groups')
    ? user.groups.map((name) => ({ name, self: restUrl(site, `group?groupname=${name}`) }))
    : [];

  return {
    ...userRefJson(site, user),
    locale: user.locale,
    groups: { size: user.groups.length, items: groups },
    applicationRoles: { size: user.accountType === 'app' ? 0 : 1, items: [] },
    expand: 'groups,applicationRoles',
  };
}

/** The short project object of issue fields and project search. */
export function projectRefJson(site: DemoSite, project: SiteProject) {
  return {
    self: restUrl(site, `project/${project.id}`),
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: avatarUrls(`${site.baseUrl}/avatars/project/${project.id}`),
  };
}

/** The full project object of `GET /project/{idOrKey}`. */
export function projectJson(site: DemoSite, project: SiteProject) {
  const lead = site.users.find((user) => user.accountId === project.leadAccountId);

  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectRefJson(site, project),
    description: project.description,
    ...(lead ? { lead: userRefJson(site, lead) } : {}),
    components: project.components.map((component) => ({
      self: restUrl(site, `component/${component.id}`),
      id: component.id,
      name: component.name,
      isAssigneeTypeValid: false,
    })),
    issueTypes: site.issueTypes.map((type) => issueTypeJson(site, type)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    roles: projectRolesJson(site, project),
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

/** Map of role name to role URL, as `GET /project/{idOrKey}/role` answers. */
export function projectRolesJson(site: DemoSite, project: SiteProject): Record<string, string> {
  return Object.fromEntries(
    site.projectRoles.map((role) => [
      role.name,
      restUrl(site, `project/${project.id}/role/${role.id}`),
    ]),
  );
}

/** An issue type as Jira embeds it. */
export function issueTypeJson(site: DemoSite, type: SiteIssueType) {
  return {
    self: restUrl(site, `issuetype/${type.id}`),
    id: type.id,
    description: type.description,
    iconUrl: `${site.baseUrl}/images/icons/issuetypes/${type.name.toLowerCase()}.svg`,
    name: type.name,
    subtask: false,
    hierarchyLevel: type.hierarchyLevel,
  };
}

/** A status with its category, as Jira embeds it. */
export function statusJson(site: DemoSite, status: SiteStatus) {
  const category = STATUS_CATEGORIES[status.categoryKey];

  return {
    self: restUrl(site, `status/${status.id}`),
    description: status.description,
    iconUrl: `${site.baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: { self: restUrl(site, `statuscategory/${category.id}`), ...category },
  };
}

function avatarUrls(base: string): Record<string, string> {
  return {
    '48x48': `${base}?size=48`,
    '24x24': `${base}?size=24`,
    '16x16': `${base}?size=16`,
    '32x32': `${base}?size=32`,
  };
}
