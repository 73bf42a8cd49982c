/**
 * The demo Jira site as plain, JSON-serialisable data. The stand-in reads it and changes it only
 * through issue properties, moveIssue and deleteIssue.
 */

/** A person (or the app's system user) with an Atlassian account. */
export interface SiteUser {
  readonly accountId: string;
  readonly accountType: 'atlassian' | 'app';
  readonly displayName: string;
  readonly active: boolean;
  /** IANA zone, e.g. "Europe/Berlin". */
  readonly timeZone: string;
  /** Jira locale, e.g. "en_GB". */
  readonly locale: string;
  readonly groups: readonly string[];
}

/** A global permission granted to every member of a group (Jira's global permission grants). */
export interface GlobalGrant {
  readonly permission: string;
  readonly group: string;
}

/** A project role defined site-wide (Administrators, Developers, Viewers). */
export interface SiteProjectRole {
  readonly id: number;
  readonly name: string;
  readonly description: string;
}

/** A permission scheme: which project roles hold which project permissions. */
export interface PermissionScheme {
  readonly id: number;
  readonly name: string;
  readonly grants: readonly { readonly permission: string; readonly roleId: number }[];
}

/** A project component. */
export interface SiteComponent {
  readonly id: string;
  readonly name: string;
}

/** A Jira project with its role members and components. */
export interface SiteProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly leadAccountId: string;
  readonly permissionSchemeId: number;
  readonly components: readonly SiteComponent[];
  readonly roleMembers: readonly { readonly roleId: number; readonly accountIds: string[] }[];
  /** Number the next issue created or moved into the project gets. */
  nextIssueNumber: number;
}

/** An issue type (hierarchyLevel 1 for epics, 0 for standard types). */
export interface SiteIssueType {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly hierarchyLevel: number;
}

/** A workflow status and its category. */
export interface SiteStatus {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly categoryKey: 'new' | 'indeterminate' | 'done';
}

/** An issue. `previousKeys` lists keys the issue had before moves (oldest first). */
export interface SiteIssue {
  readonly id: string;
  key: string;
  previousKeys: string[];
  projectId: string;
  readonly issueTypeId: string;
  readonly statusId: string;
  readonly summary: string;
  readonly labels: readonly string[];
  componentIds: readonly string[];
  parentId?: string;
  readonly reporterAccountId: string;
  readonly assigneeAccountId?: string;
  /** Jira date-time, e.g. "2026-01-12T09:15:00.000+0000". */
  readonly created: string;
  readonly updated: string;
  /** Entity properties by key; values are any JSON. */
  readonly properties: Record<string, unknown>;
}

/** A worklog entry. `started` is a Jira date-time with offset. */
export interface SiteWorklog {
  readonly id: string;
  readonly issueId: string;
  readonly authorAccountId: string;
  readonly timeSpentSeconds: number;
  readonly started: string;
  readonly created: string;
  readonly updated: string;
  readonly comment?: string;
}

/** The whole demo site. */
export interface DemoSite {
  /** Base URL used only to build `self` links, e.g. "https://demo.local.atlassian.net". */
  readonly baseUrl: string;
  readonly cloudId: string;
  /** Account id of the app's system user (what `asApp()` calls run as). */
  readonly appAccountId: string;
  readonly users: readonly SiteUser[];
  readonly globalGrants: readonly GlobalGrant[];
  readonly projectRoles: readonly SiteProjectRole[];
  readonly permissionSchemes: readonly PermissionScheme[];
  readonly issueTypes: readonly SiteIssueType[];
  readonly statuses: readonly SiteStatus[];
  readonly projects: SiteProject[];
  issues: SiteIssue[];
  worklogs: SiteWorklog[];
}
