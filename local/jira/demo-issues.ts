import type { DemoUserName } from './demo-people';

/** One issue of the demo data table; `parent` is the number of an epic in the same project. */
export interface IssueRow {
  readonly type: 'Epic' | 'Story' | 'Task' | 'Bug';
  readonly status: 'To Do' | 'In Progress' | 'Done';
  readonly summary: string;
  readonly labels: readonly string[];
  readonly components: readonly string[];
  readonly parent?: number;
  /** UTC, "yyyy-MM-dd HH:mm". */
  readonly created: string;
  readonly reporter: DemoUserName;
  readonly assignee?: DemoUserName;
}

/** One worklog of the demo data table; `started` is UTC "yyyy-MM-dd HH:mm". */
export interface WorklogRow {
  readonly issue: string;
  readonly author: DemoUserName;
  readonly started: string;
  readonly minutes: number;
  readonly comment?: string;
}

/** Issues of OPS "Platform Operations", numbered OPS-1.. in order (ids from 10100). */
export const OPS_ISSUES: readonly IssueRow[] = [
  {
    type: 'Epic',
    status: 'In Progress',
    summary: 'Cut cloud compute spend by 20%',
    labels: ['cloud', 'saving'],
    components: ['Compute'],
    created: '2026-01-12 09:15',
    reporter: 'lead',
    assignee: 'lead',
  },
  {
    type: 'Story',
    status: 'In Progress',
    summary: 'Migrate build agents to spot instances',
    labels: ['cloud', 'aws', 'saving'],
    components: ['Compute'],
    parent: 1,
    created: '2026-01-19 10:30',
    reporter: 'lead',
    assignee: 'member',
  },
  {
    type: 'Task',
    status: 'Done',
    summary: 'Right-size staging database instances',
    labels: ['aws', 'cloud', 'saving'],
    components: ['Compute', 'Storage'],
    parent: 1,
    created: '2026-02-02 08:45',
    reporter: 'member',
    assignee: 'member',
  },
  {
    type: 'Task',
    status: 'To Do',
    summary: 'Move cold backups to archive storage tier',
    labels: ['aws', 'saving'],
    components: ['Storage'],
    parent: 1,
    created: '2026-02-16 14:00',
    reporter: 'lead',
  },
  {
    type: 'Bug',
    status: 'In Progress',
    summary: 'NAT gateway egress charges doubled after VPC change',
    labels: ['aws', 'cloud'],
    components: ['Network'],
    parent: 1,
    created: '2026-03-03 16:20',
    reporter: 'viewer',
    assignee: 'member',
  },
  {
    type: 'Epic',
    status: 'In Progress',
    summary: 'Consolidate SaaS licences',
    labels: ['licences', 'saving'],
    components: ['Tooling'],
    created: '2026-03-10 09:00',
    reporter: 'lead',
    assignee: 'lead',
  },
  {
    type: 'Task',
    status: 'To Do',
    summary: 'Renew Atlassian and Slack licences',
    labels: ['licences'],
    components: ['Tooling'],
    parent: 6,
    created: '2026-03-17 11:10',
    reporter: 'lead',
    assignee: 'lead',
  },
  {
    type: 'Story',
    status: 'Done',
    summary: 'Retire unused monitoring seats',
    labels: ['licences', 'saving'],
    components: ['Tooling'],
    parent: 6,
    created: '2026-04-06 13:25',
    reporter: 'member',
    assignee: 'member',
  },
  {
    type: 'Task',
    status: 'To Do',
    summary: 'Negotiate three-year CDN commitment',
    labels: ['infra', 'saving'],
    components: ['Network'],
    created: '2026-05-04 10:00',
    reporter: 'admin',
  },
  {
    type: 'Story',
    status: 'In Progress',
    summary: 'Tag all AWS resources with cost centre',
    labels: ['aws', 'infra'],
    components: ['Tooling'],
    created: '2026-06-01 09:40',
    reporter: 'lead',
    assignee: 'member',
  },
  {
    type: 'Bug',
    status: 'To Do',
    summary: 'Orphaned EBS volumes are never cleaned up',
    labels: ['aws', 'cloud'],
    components: ['Storage'],
    created: '2026-07-13 15:05',
    reporter: 'member',
  },
  {
    type: 'Task',
    status: 'To Do',
    summary: 'Replace the on-call paging tool',
    labels: [],
    components: [],
    created: '2026-08-24 12:00',
    reporter: 'lead',
  },
];

/** Issues of MKT "Marketing Web", numbered MKT-1.. in order (ids continue after OPS). */
export const MKT_ISSUES: readonly IssueRow[] = [
  {
    type: 'Epic',
    status: 'In Progress',
    summary: 'Relaunch the marketing website',
    labels: ['web'],
    components: ['Website'],
    created: '2026-02-09 09:30',
    reporter: 'marketer',
    assignee: 'marketer',
  },
  {
    type: 'Story',
    status: 'In Progress',
    summary: 'Move website hosting to a static CDN',
    labels: ['cloud', 'infra'],
    components: ['Website'],
    parent: 1,
    created: '2026-02-23 10:15',
    reporter: 'marketer',
    assignee: 'marketer',
  },
  {
    type: 'Task',
    status: 'Done',
    summary: 'Renew stock photo subscription',
    labels: ['licences'],
    components: ['Content'],
    created: '2026-04-14 11:00',
    reporter: 'marketer',
  },
  {
    type: 'Task',
    status: 'To Do',
    summary: 'Cancel the unused A/B testing tool',
    labels: ['licences', 'saving'],
    components: ['Analytics'],
    created: '2026-05-19 14:45',
    reporter: 'marketer',
  },
  {
    type: 'Bug',
    status: 'To Do',
    summary: 'Contact form spam drives up email costs',
    labels: [],
    components: ['Website'],
    created: '2026-06-30 08:50',
    reporter: 'member',
  },
  {
    type: 'Story',
    status: 'To Do',
    summary: 'Consolidate analytics vendors',
    labels: ['saving'],
    components: ['Analytics'],
    parent: 1,
    created: '2026-07-21 16:30',
    reporter: 'marketer',
  },
];

/** Worklogs, mostly on OPS, from September to early December 2026 (ids from 30000). */
export const WORKLOGS: readonly WorklogRow[] = [
  {
    issue: 'OPS-2',
    author: 'member',
    started: '2026-09-14 09:00',
    minutes: 180,
    comment: 'Spot fleet pilot for Linux agents',
  },
  { issue: 'OPS-2', author: 'member', started: '2026-09-21 13:30', minutes: 150 },
  {
    issue: 'OPS-2',
    author: 'lead',
    started: '2026-10-05 10:00',
    minutes: 60,
    comment: 'Review interruption handling',
  },
  { issue: 'OPS-2', author: 'member', started: '2026-10-12 09:15', minutes: 240 },
  { issue: 'OPS-2', author: 'member', started: '2026-11-02 14:00', minutes: 120 },
  { issue: 'OPS-2', author: 'lead', started: '2026-11-16 11:00', minutes: 90 },
  {
    issue: 'OPS-2',
    author: 'member',
    started: '2026-12-01 08:30',
    minutes: 180,
    comment: 'Windows agents moved',
  },
  { issue: 'OPS-3', author: 'member', started: '2026-09-28 09:00', minutes: 360 },
  { issue: 'OPS-3', author: 'admin', started: '2026-10-19 15:00', minutes: 30 },
  { issue: 'OPS-5', author: 'member', started: '2026-10-26 10:00', minutes: 120 },
  { issue: 'OPS-5', author: 'lead', started: '2026-11-09 16:00', minutes: 60 },
  { issue: 'OPS-5', author: 'member', started: '2026-11-23 09:30', minutes: 210 },
  {
    issue: 'OPS-7',
    author: 'lead',
    started: '2026-09-07 11:00',
    minutes: 45,
    comment: 'Collected seat counts',
  },
  { issue: 'OPS-10', author: 'member', started: '2026-10-08 13:00', minutes: 120 },
  { issue: 'OPS-10', author: 'lead', started: '2026-11-30 10:30', minutes: 60 },
  { issue: 'MKT-2', author: 'marketer', started: '2026-10-20 09:45', minutes: 120 },
];
