import { findPermission, projectPermissionKeys } from './permission-catalogue';
import { findUser, projectOf } from './site-lookup';
import type { DemoSite, SiteIssue, SiteProject, SiteUser } from './site-types';

/** Who is calling: a known site user, or the app itself (which sees and may do everything). */
export type Actor = { readonly kind: 'app' } | { readonly kind: 'user'; readonly user: SiteUser };

/** Whether the actor holds a global permission through one of its groups. */
export function hasGlobalPermission(site: DemoSite, actor: Actor, permission: string): boolean {
  if (actor.kind === 'app') return true;

  return userHasGlobalPermission(site, actor.user, permission);
}

/**
 * The project permissions an actor holds in a project: from the project's permission scheme
 * via the actor's project roles.
 */
export function projectPermissionsOf(
  site: DemoSite,
  actor: Actor,
  project: SiteProject,
): ReadonlySet<string> {
  // Limitation: in real Jira a site admin gets project permissions only through scheme grants;
  // here global ADMINISTER implies all of them, as the demo's design asks.
  if (actor.kind === 'app' || userHasGlobalPermission(site, actor.user, 'ADMINISTER')) {
    return new Set(projectPermissionKeys());
  }
  const scheme = site.permissionSchemes.find((item) => item.id === project.permissionSchemeId);
  const roleIds = new Set(
    project.roleMembers
      .filter((member) => member.accountIds.includes(actor.user.accountId))
      .map((member) => member.roleId),
  );
  const granted = (scheme?.grants ?? []).filter((grant) => roleIds.has(grant.roleId));

  return new Set(granted.map((grant) => grant.permission));
}

/** Whether the actor holds one project permission in a project. */
export function hasProjectPermission(
  site: DemoSite,
  actor: Actor,
  project: SiteProject,
  permission: string,
): boolean {
  return projectPermissionsOf(site, actor, project).has(permission);
}

/** Whether the actor may see a project (BROWSE_PROJECTS). */
export function canBrowseProject(site: DemoSite, actor: Actor, project: SiteProject): boolean {
  return hasProjectPermission(site, actor, project, 'BROWSE_PROJECTS');
}

/** Whether the actor may see an issue: browse permission in the issue's project. */
export function canBrowseIssue(site: DemoSite, actor: Actor, issue: SiteIssue): boolean {
  return canBrowseProject(site, actor, projectOf(site, issue));
}

/**
 * Whether the actor holds a permission for one issue. As in Jira, an issue permission also needs
 * the issue to be visible.
 */
export function hasIssuePermission(
  site: DemoSite,
  actor: Actor,
  issue: SiteIssue,
  permission: string,
): boolean {
  const permissions = projectPermissionsOf(site, actor, projectOf(site, issue));

  return permissions.has('BROWSE_PROJECTS') && permissions.has(permission);
}

/** Resolves an account id to an actor; undefined for an unknown account. */
export function userActor(site: DemoSite, accountId: string): Actor | undefined {
  const user = findUser(site, accountId);

  return user ? { kind: 'user', user } : undefined;
}

/** Whether a permission key is valid and of the given type. */
export function isPermissionOfType(key: string, type: 'GLOBAL' | 'PROJECT'): boolean {
  return findPermission(key)?.type === type;
}

function userHasGlobalPermission(site: DemoSite, user: SiteUser, permission: string): boolean {
  return site.globalGrants.some(
    (grant) => grant.permission === permission && user.groups.includes(grant.group),
  );
}
