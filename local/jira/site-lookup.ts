import type { DemoSite, SiteIssue, SiteProject, SiteUser } from './site-types';

/** Finds a user by account id. */
export function findUser(site: DemoSite, accountId: string): SiteUser | undefined {
  return site.users.find((user) => user.accountId === accountId);
}

/** Finds a project by id or key (key case-insensitive, as Jira accepts). */
export function findProject(site: DemoSite, idOrKey: string): SiteProject | undefined {
  const upper = idOrKey.toUpperCase();

  return site.projects.find((project) => project.id === idOrKey || project.key === upper);
}

/**
 * Finds an issue by id, current key or a key it had before a move (Jira still resolves old keys).
 * Keys are case-insensitive.
 */
export function findIssue(site: DemoSite, idOrKey: string): SiteIssue | undefined {
  const upper = idOrKey.toUpperCase();
  const byIdOrKey = site.issues.find((issue) => issue.id === idOrKey || issue.key === upper);

  return byIdOrKey ?? site.issues.find((issue) => issue.previousKeys.includes(upper));
}

/** The project an issue belongs to. @throws {Error} when the site data is inconsistent. */
export function projectOf(site: DemoSite, issue: SiteIssue): SiteProject {
  const project = site.projects.find((candidate) => candidate.id === issue.projectId);
  if (!project) throw new Error(`Issue ${issue.id} names an unknown project ${issue.projectId}`);

  return project;
}
