import { MKT_ISSUES, OPS_ISSUES, WORKLOGS } from './demo-issues';
import type { IssueRow, WorklogRow } from './demo-issues';
import {
  DEMO_APP_ACCOUNT_ID,
  DEMO_ROLE_IDS,
  DEMO_USERS,
  buildDemoUsers,
  buildGlobalGrants,
  buildPermissionScheme,
  buildProjectRoles,
} from './demo-people';

import type {
  DemoSite,
  SiteComponent,
  SiteIssue,
  SiteIssueType,
  SiteProject,
  SiteStatus,
  SiteWorklog,
} from './site-types';

export { DEMO_APP_ACCOUNT_ID, DEMO_ROLE_IDS, DEMO_USERS } from './demo-people';
export type { DemoUserName } from './demo-people';

/** Base URL of the demo site; used only inside `self` links, never fetched. */
export const DEMO_SITE_URL = 'https://demo.local.atlassian.net';

/** Ids of the demo projects by key. */
export const DEMO_PROJECT_IDS = { OPS: '10000', MKT: '10001' } as const;

const FIRST_ISSUE_ID = 10100;
const FIRST_WORKLOG_ID = 30000;

/**
 * Builds the seeded demo site: projects OPS (12 issues, ids 10100-10111) and MKT (6 issues, ids
 * 10112-10117), users, roles, one permission scheme and worklogs. Deterministic, and a fresh
 * copy on every call, so tests may change it freely.
 */
export function createDemoSite(): DemoSite {
  const issueTypes = buildIssueTypes();
  const statuses = buildStatuses();
  const projects = buildProjects();
  const issues = [
    ...buildIssues({
      project: projects[0],
      rows: OPS_ISSUES,
      firstId: FIRST_ISSUE_ID,
      issueTypes,
      statuses,
    }),
    ...buildIssues({
      project: projects[1],
      rows: MKT_ISSUES,
      firstId: FIRST_ISSUE_ID + OPS_ISSUES.length,
      issueTypes,
      statuses,
    }),
  ];

  return {
    baseUrl: DEMO_SITE_URL,
    cloudId: '4f1c2a7e-9b3d-4e8a-a6c5-0d2e7f9b1a30',
    appAccountId: DEMO_APP_ACCOUNT_ID,
    users: buildDemoUsers(),
    globalGrants: buildGlobalGrants(),
    projectRoles: buildProjectRoles(),
    permissionSchemes: [buildPermissionScheme()],
    issueTypes,
    statuses,
    projects,
    issues,
    worklogs: buildWorklogs(issues),
  };
}

function buildProjects(): SiteProject[] {
  const { administrators, developers, viewers } = DEMO_ROLE_IDS;
  const component = (id: number, name: string): SiteComponent => ({ id: String(id), name });

  return [
    {
      id: DEMO_PROJECT_IDS.OPS,
      key: 'OPS',
      name: 'Platform Operations',
      description: 'Cloud infrastructure, tooling and the licences the platform team runs on.',
      leadAccountId: DEMO_USERS.lead,
      permissionSchemeId: 10000,
      components: [
        component(10000, 'Compute'),
        component(10001, 'Storage'),
        component(10002, 'Network'),
        component(10003, 'Tooling'),
      ],
      roleMembers: [
        { roleId: administrators, accountIds: [DEMO_USERS.lead] },
        { roleId: developers, accountIds: [DEMO_USERS.member] },
        { roleId: viewers, accountIds: [DEMO_USERS.viewer] },
      ],
      nextIssueNumber: OPS_ISSUES.length + 1,
    },
    {
      id: DEMO_PROJECT_IDS.MKT,
      key: 'MKT',
      name: 'Marketing Web',
      description: 'The public website, its hosting and the marketing tool stack.',
      leadAccountId: DEMO_USERS.marketer,
      permissionSchemeId: 10000,
      components: [
        component(10004, 'Website'),
        component(10005, 'Content'),
        component(10006, 'Analytics'),
      ],
      roleMembers: [
        { roleId: administrators, accountIds: [DEMO_USERS.marketer] },
        { roleId: developers, accountIds: [DEMO_USERS.marketer] },
        { roleId: viewers, accountIds: [DEMO_USERS.member] },
      ],
      nextIssueNumber: MKT_ISSUES.length + 1,
    },
  ];
}

function buildIssueTypes(): SiteIssueType[] {
  return [
    {
      id: '10000',
      name: 'Epic',
      description: 'A big user story that needs to be broken down.',
      hierarchyLevel: 1,
    },
    {
      id: '10001',
      name: 'Story',
      description: 'Functionality or a feature expressed as a user goal.',
      hierarchyLevel: 0,
    },
    {
      id: '10002',
      name: 'Task',
      description: 'A small, distinct piece of work.',
      hierarchyLevel: 0,
    },
    { id: '10003', name: 'Bug', description: 'A problem or error.', hierarchyLevel: 0 },
  ];
}

function buildStatuses(): SiteStatus[] {
  return [
    { id: '10000', name: 'To Do', description: 'Work that has not started.', categoryKey: 'new' },
    {
      id: '3',
      name: 'In Progress',
      description: 'Work that is being done.',
      categoryKey: 'indeterminate',
    },
    { id: '10001', name: 'Done', description: 'Work that is finished.', categoryKey: 'done' },
  ];
}

interface IssueBuild {
  project: SiteProject | undefined;
  rows: readonly IssueRow[];
  firstId: number;
  issueTypes: readonly SiteIssueType[];
  statuses: readonly SiteStatus[];
}

function buildIssues({ project, rows, firstId, issueTypes, statuses }: IssueBuild): SiteIssue[] {
  if (!project) throw new Error('Demo project missing');
  const idOf = (number: number) => String(firstId + number - 1);

  return rows.map((row, index) => ({
    id: idOf(index + 1),
    key: `${project.key}-${index + 1}`,
    previousKeys: [],
    projectId: project.id,
    issueTypeId: findId(issueTypes, row.type),
    statusId: findId(statuses, row.status),
    summary: row.summary,
    labels: [...row.labels],
    componentIds: row.components.map((name) => findId(project.components, name)),
    ...(row.parent === undefined ? {} : { parentId: idOf(row.parent) }),
    reporterAccountId: DEMO_USERS[row.reporter],
    ...(row.assignee === undefined ? {} : { assigneeAccountId: DEMO_USERS[row.assignee] }),
    created: toJiraDateTime(row.created),
    updated: toJiraDateTime(row.created),
    properties: {},
  }));
}

function buildWorklogs(issues: readonly SiteIssue[]): SiteWorklog[] {
  return WORKLOGS.map((row: WorklogRow, index) => {
    const issue = issues.find((candidate) => candidate.key === row.issue);
    if (!issue) throw new Error(`Demo worklog names an unknown issue ${row.issue}`);
    const startedMs = Date.parse(`${row.started.replace(' ', 'T')}:00Z`);
    // Logged at the end of the work, as people usually do.
    const loggedAt = toJiraDateTime(new Date(startedMs + row.minutes * 60_000));

    return {
      id: String(FIRST_WORKLOG_ID + index),
      issueId: issue.id,
      authorAccountId: DEMO_USERS[row.author],
      timeSpentSeconds: row.minutes * 60,
      started: toJiraDateTime(row.started),
      created: loggedAt,
      updated: loggedAt,
      ...(row.comment === undefined ? {} : { comment: row.comment }),
    };
  });
}

function findId(items: readonly { id: string; name: string }[], name: string): string {
  const item = items.find((candidate) => candidate.name === name);
  if (!item) throw new Error(`Demo data names an unknown item '${name}'`);

  return item.id;
}

/** Formats a UTC "yyyy-MM-dd HH:mm" text or a Date as Jira does: "2026-01-12T09:15:00.000+0000". */
function toJiraDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(`${value.replace(' ', 'T')}:00Z`) : value;

  return date.toISOString().replace('Z', '+0000');
}
