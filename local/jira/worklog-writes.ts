import { worklogJson } from './handlers/issue-handlers';
import { parseJiraDateTime } from './jql';
import type { DemoSite, SiteWorklog } from './site-types';

/** What Forge delivers to a trigger on `avi:jira:{created,updated,deleted}:worklog`. */
export type WorklogEvent = {
  readonly eventType:
    'avi:jira:created:worklog' | 'avi:jira:updated:worklog' | 'avi:jira:deleted:worklog';
  readonly atlassianId: string;
  readonly worklog: ReturnType<typeof worklogJson>;
};

/** The fields a person sets when logging work. `started` is a Jira date-time. */
export type WorklogInput = {
  readonly issueId: string;
  readonly authorAccountId: string;
  readonly started: string;
  readonly timeSpentSeconds: number;
  readonly comment?: string;
};

/**
 * Changes worklogs of the demo site as people do in Jira, and returns the event Jira would send
 * the app. Every change gets its own `updated` millisecond (a clock that never repeats), so
 * Jira's feed of changed worklogs sees each one.
 */
export class WorklogWriter {
  private lastMs: number;
  private lastId: number;

  constructor(private readonly site: DemoSite) {
    this.lastMs = site.worklogs.reduce((max, w) => Math.max(max, parseJiraDateTime(w.updated)), 0);
    this.lastId = site.worklogs.reduce((max, w) => Math.max(max, Number(w.id)), 29_999);
  }

  add(input: WorklogInput, actor = input.authorAccountId): WorklogEvent {
    this.requireIssue(input.issueId);
    const at = this.tick();
    const worklog: SiteWorklog = {
      id: String(this.nextId()),
      issueId: input.issueId,
      authorAccountId: input.authorAccountId,
      timeSpentSeconds: input.timeSpentSeconds,
      started: input.started,
      created: at,
      updated: at,
      ...(input.comment === undefined ? {} : { comment: input.comment }),
    };
    this.site.worklogs.push(worklog);

    return this.event('avi:jira:created:worklog', worklog, actor);
  }

  /** Changes time, start or (as a stand-in for Jira's move of work) the issue of a worklog. */
  update(
    worklogId: string,
    changes: Partial<Pick<WorklogInput, 'issueId' | 'started' | 'timeSpentSeconds'>>,
    actor?: string,
  ): WorklogEvent {
    const index = this.site.worklogs.findIndex((w) => w.id === worklogId);
    const current = this.site.worklogs[index];
    if (!current) throw new Error(`No worklog with id ${worklogId}`);
    if (changes.issueId !== undefined) this.requireIssue(changes.issueId);
    const next: SiteWorklog = { ...current, ...changes, updated: this.tick() };
    this.site.worklogs[index] = next;

    return this.event('avi:jira:updated:worklog', next, actor ?? current.authorAccountId);
  }

  remove(worklogId: string, actor?: string): WorklogEvent {
    const current = this.site.worklogs.find((w) => w.id === worklogId);
    if (!current) throw new Error(`No worklog with id ${worklogId}`);
    this.site.worklogs = this.site.worklogs.filter((w) => w.id !== worklogId);

    return this.event('avi:jira:deleted:worklog', current, actor ?? current.authorAccountId);
  }

  /**
   * Adds worklogs straight into the site, without events: work logged before the app was
   * installed, for the backfill. Deterministic for a seed.
   */
  seed(input: {
    count: number;
    issueIds: readonly string[];
    authorAccountIds: readonly string[];
    firstDay: string;
    days: number;
  }): void {
    const firstMs = Date.parse(`${input.firstDay}T00:00:00Z`);
    for (let i = 0; i < input.count; i += 1) {
      const startedMs =
        firstMs + ((i * 7919) % input.days) * 86_400_000 + ((i * 37) % 10) * 3_600_000;
      const at = this.tick();
      this.site.worklogs.push({
        id: String(this.nextId()),
        issueId: input.issueIds[i % input.issueIds.length] ?? '',
        authorAccountId: input.authorAccountIds[(i * 3) % input.authorAccountIds.length] ?? '',
        timeSpentSeconds: 900 + ((i * 131) % 32) * 450,
        started: toJiraDateTime(startedMs),
        created: at,
        updated: at,
      });
    }
  }

  private event(
    eventType: WorklogEvent['eventType'],
    worklog: SiteWorklog,
    actor: string,
  ): WorklogEvent {
    return { eventType, atlassianId: actor, worklog: worklogJson(this.site, worklog) };
  }

  private requireIssue(issueId: string): void {
    if (!this.site.issues.some((issue) => issue.id === issueId)) {
      throw new Error(`No issue with id ${issueId}`);
    }
  }

  private nextId(): number {
    this.lastId += 1;

    return this.lastId;
  }

  private tick(): string {
    this.lastMs = Math.max(Date.now(), this.lastMs + 1);

    return toJiraDateTime(this.lastMs);
  }
}

/** Jira's rendering of an instant in UTC: "2026-01-12T09:15:00.000+0000". */
export function toJiraDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}
