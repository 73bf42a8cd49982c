import type { JqlIssue, JqlValueCatalog } from './jql';
import { projectOf } from './site-lookup';
import type { DemoSite, SiteIssue, SiteProject } from './site-types';

/** The JQL view of a site issue (names resolved, keys including those before moves). */
export function toJqlIssue(site: DemoSite, issue: SiteIssue): JqlIssue {
  const project = projectOf(site, issue);
  const parent = site.issues.find((candidate) => candidate.id === issue.parentId);

  return {
    id: issue.id,
    keys: [issue.key, ...issue.previousKeys],
    project: { id: project.id, key: project.key, name: project.name },
    issueType: namedRef(site.issueTypes, issue.issueTypeId),
    status: namedRef(site.statuses, issue.statusId),
    labels: issue.labels,
    components: project.components.filter((component) => issue.componentIds.includes(component.id)),
    ...(parent ? { parent: { id: parent.id, keys: [parent.key, ...parent.previousKeys] } } : {}),
    summary: issue.summary,
    created: issue.created,
  };
}

/** Values a searcher may name in JQL: only what the searcher can see, as in Jira. */
export function jqlCatalog(
  site: DemoSite,
  visibleProjects: readonly SiteProject[],
  visibleIssues: readonly SiteIssue[],
): JqlValueCatalog {
  const components = visibleProjects.flatMap((project) => project.components);

  return {
    hasProject: (value) =>
      visibleProjects.some(
        (project) => project.id === value || same(project.key, value) || same(project.name, value),
      ),
    hasIssueType: (value) => site.issueTypes.some((type) => namedMatch(type, value)),
    hasStatus: (value) => site.statuses.some((status) => namedMatch(status, value)),
    hasComponent: (value) => components.some((component) => namedMatch(component, value)),
    hasIssueKey: (key) =>
      visibleIssues.some((issue) => [issue.key, ...issue.previousKeys].some((k) => same(k, key))),
  };
}

function namedRef(items: readonly { id: string; name: string }[], id: string) {
  const item = items.find((candidate) => candidate.id === id);

  return { id, name: item?.name ?? '' };
}

function namedMatch(item: { id: string; name: string }, value: string): boolean {
  return item.id === value || same(item.name, value);
}

function same(left: string, right: string): boolean {
  return left.toLowerCase() === right.trim().toLowerCase();
}
