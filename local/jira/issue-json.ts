import { copyJson } from './http';
import { issueTypeJson, projectRefJson, restUrl, statusJson, userRefJson } from './site-json';
import { findUser, projectOf } from './site-lookup';
import type { DemoSite, SiteIssue } from './site-types';

/** Which issue fields to return: all (minus exclusions) or only the named ones. */
export type FieldSelection =
  | { readonly mode: 'all'; readonly exclude: ReadonlySet<string> }
  | { readonly mode: 'only'; readonly include: ReadonlySet<string> };

const NAVIGABLE_FIELDS = [
  'summary',
  'issuetype',
  'project',
  'parent',
  'labels',
  'components',
  'status',
  'created',
  'updated',
  'reporter',
  'assignee',
  'timespent',
  'description',
] as const;

/**
 * Reads Jira's `fields` list: "*all" / "*navigable" for every field, "-name" to drop one, or
 * names to pick. Without a list the fallback applies (GET issue: all; enhanced search: id only).
 */
export function parseFieldSelection(
  items: readonly string[] | undefined,
  fallback: FieldSelection,
): FieldSelection {
  if (!items || items.length === 0) return fallback;
  const exclude = new Set(
    items.filter((item) => item.startsWith('-')).map((item) => item.slice(1)),
  );
  const include = new Set(items.filter((item) => !item.startsWith('-')));
  const wantsAll = include.has('*all') || include.has('*navigable') || include.size === 0;

  return wantsAll ? { mode: 'all', exclude } : { mode: 'only', include };
}

/** Whether a selection asks for nothing but the issue id. */
export function isIdOnly(selection: FieldSelection): boolean {
  return selection.mode === 'only' && [...selection.include].every((name) => name === 'id');
}

/**
 * An issue as Jira's REST v3 returns it, with the selected fields and, when asked, the named
 * entity properties.
 */
export function issueJson(
  site: DemoSite,
  issue: SiteIssue,
  selection: FieldSelection,
  propertyKeys: readonly string[] = [],
) {
  const fields = Object.fromEntries(
    NAVIGABLE_FIELDS.filter((name) => isSelected(selection, name))
      .map((name) => [name, fieldValue(site, issue, name)] as const)
      .filter(([, value]) => value !== undefined),
  );
  const properties = Object.fromEntries(
    propertyKeys
      .filter((key) => Object.hasOwn(issue.properties, key))
      .map((key) => [key, copyJson(issue.properties[key])]),
  );

  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: restUrl(site, `issue/${issue.id}`),
    key: issue.key,
    ...(propertyKeys.length > 0 ? { properties } : {}),
    fields,
  };
}

function isSelected(selection: FieldSelection, name: string): boolean {
  return selection.mode === 'all' ? !selection.exclude.has(name) : selection.include.has(name);
}

function fieldValue(site: DemoSite, issue: SiteIssue, name: (typeof NAVIGABLE_FIELDS)[number]) {
  switch (name) {
    case 'summary':
      return issue.summary;
    case 'issuetype':
      return issueTypeRef(site, issue.issueTypeId);
    case 'project':
      return projectRefJson(site, projectOf(site, issue));
    case 'parent':
      return parentJson(site, issue);
    case 'labels':
      return [...issue.labels];
    case 'components':
      return componentsJson(site, issue);
    case 'status':
      return statusRef(site, issue.statusId);
    case 'created':
      return issue.created;
    case 'updated':
      return issue.updated;
    case 'reporter':
      return userRef(site, issue.reporterAccountId);
    case 'assignee':
      return userRef(site, issue.assigneeAccountId);
    case 'timespent':
      return timeSpentSeconds(site, issue);
    case 'description':
      return null;
  }
}

// Jira leaves `parent` out entirely when an issue has none, rather than sending null.
function parentJson(site: DemoSite, issue: SiteIssue) {
  const parent = site.issues.find((candidate) => candidate.id === issue.parentId);
  if (!parent) return undefined;

  return {
    id: parent.id,
    key: parent.key,
    self: restUrl(site, `issue/${parent.id}`),
    fields: {
      summary: parent.summary,
      status: statusRef(site, parent.statusId),
      issuetype: issueTypeRef(site, parent.issueTypeId),
    },
  };
}

function componentsJson(site: DemoSite, issue: SiteIssue) {
  const project = projectOf(site, issue);

  return project.components
    .filter((component) => issue.componentIds.includes(component.id))
    .map((component) => ({
      self: restUrl(site, `component/${component.id}`),
      id: component.id,
      name: component.name,
    }));
}

function issueTypeRef(site: DemoSite, id: string) {
  const type = site.issueTypes.find((candidate) => candidate.id === id);

  return type ? issueTypeJson(site, type) : null;
}

function statusRef(site: DemoSite, id: string) {
  const status = site.statuses.find((candidate) => candidate.id === id);

  return status ? statusJson(site, status) : null;
}

function userRef(site: DemoSite, accountId: string | undefined) {
  const user = accountId === undefined ? undefined : findUser(site, accountId);

  return user ? userRefJson(site, user) : null;
}

function timeSpentSeconds(site: DemoSite, issue: SiteIssue): number | null {
  const logs = site.worklogs.filter((worklog) => worklog.issueId === issue.id);

  return logs.length === 0 ? null : logs.reduce((sum, log) => sum + log.timeSpentSeconds, 0);
}
