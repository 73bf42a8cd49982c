import type { LocalHost } from '../host';
import { DEMO_USERS } from '../jira/demo-people';

/** An issue as the shell shows it. */
export type IssueView = {
  readonly id: string;
  readonly key: string;
  readonly summary: string;
  readonly type: string;
  readonly status: string;
  readonly labels: readonly string[];
  readonly projectKey: string;
  readonly projectName: string;
};

/** Read-only helpers over the Jira stand-in's demo site, for the shell pages. */
export function siteView(host: LocalHost) {
  const site = host.jira.site;
  const people = site.users.filter((u) => u.accountType === 'atlassian');
  const issueView = (id: string): IssueView | undefined => {
    const issue = site.issues.find((i) => i.id === id);
    const project = site.projects.find((p) => p.id === issue?.projectId);
    if (!issue || !project) return undefined;

    return {
      id: issue.id,
      key: issue.key,
      summary: issue.summary,
      type: site.issueTypes.find((t) => t.id === issue.issueTypeId)?.name ?? '',
      status: site.statuses.find((s) => s.id === issue.statusId)?.name ?? '',
      labels: issue.labels,
      projectKey: project.key,
      projectName: project.name,
    };
  };

  return {
    get projects() {
      return site.projects;
    },
    get issues(): IssueView[] {
      return site.issues.flatMap((i) => issueView(i.id) ?? []);
    },
    get firstIssueKey(): string {
      return site.issues[0]?.key ?? '';
    },
    users: people.map((u) => ({
      accountId: u.accountId,
      name: u.displayName,
      role: roleOf(u.accountId),
    })),
    defaultAccountId: people[0]?.accountId ?? '',
    issueByKey(key: string): IssueView | undefined {
      const issue = site.issues.find((i) => i.key === key || i.previousKeys.includes(key));
      return issue ? issueView(issue.id) : undefined;
    },
    projectByKey(key: string) {
      return site.projects.find((p) => p.key === key);
    },
    /** The viewer's identity, locale and time zone, as Forge takes them from the user's profile. */
    viewer(accountId: string) {
      const user = site.users.find((u) => u.accountId === accountId);
      // Forge's context gives the locale as a BCP 47 tag (en-US); Jira's profile stores en_US.
      return {
        accountId,
        locale: (user?.locale ?? 'en_US').replace('_', '-'),
        timezone: user?.timeZone ?? 'UTC',
      };
    },
    /** A shell URL for a @forge/bridge router location (issue, project settings, dashboard). */
    urlFor(location: unknown): string {
      const target = (location ?? {}) as {
        target?: string;
        issueKey?: string;
        projectKey?: string;
        url?: string;
      };
      if (target.target === 'issue' && target.issueKey)
        return `/browse/${encodeURIComponent(target.issueKey)}`;
      if (target.target === 'projectSettingsDetails' && target.projectKey) {
        return `/projects/${encodeURIComponent(target.projectKey)}/settings`;
      }
      if (target.target === 'dashboard') return '/dashboard';
      if (typeof target.url === 'string' && target.url.startsWith('/')) return target.url;

      return '/';
    },
  };
}

const ROLE_LABELS: Record<string, string> = {
  [DEMO_USERS.admin]: 'site admin',
  [DEMO_USERS.lead]: 'OPS project admin',
  [DEMO_USERS.member]: 'OPS developer',
  [DEMO_USERS.viewer]: 'OPS viewer',
  [DEMO_USERS.outsider]: 'no access',
  [DEMO_USERS.marketer]: 'MKT project admin',
};

function roleOf(accountId: string): string {
  return ROLE_LABELS[accountId] ?? 'user';
}
