import { userActor } from './access';
import type { Actor } from './access';
import { errorAnswer } from './http';
import type { JiraAnswer, JiraCaller } from './http';
import { JIRA_ROUTES, matchPattern } from './routes';
import { findIssue } from './site-lookup';
import type { DemoSite } from './site-types';
import { WorklogWriter } from './worklog-writes';

export type { JiraAnswer, JiraCaller } from './http';
export type { DemoSite } from './site-types';

/**
 * The local host's stand-in for Jira Cloud REST v3 over a demo site. `handle` applies the
 * calling user's permissions as Jira does (the app sees everything) and changes the site only
 * through issue property writes; `moveIssue` and `deleteIssue` are helpers for tests and the demo.
 */
export class JiraStandIn {
  readonly site: DemoSite;
  /** Logs, edits and deletes work as people do, returning the event Jira sends the app. */
  readonly worklogs: WorklogWriter;

  constructor(site: DemoSite) {
    this.site = site;
    this.worklogs = new WorklogWriter(site);
  }

  /**
   * Answers one REST call.
   * @param pathWithQuery e.g. "/rest/api/3/issue/OPS-1?fields=summary" (URI-encoded as sent).
   * @param body the request body already parsed from JSON, or undefined.
   */
  handle(method: string, pathWithQuery: string, body: unknown, caller: JiraCaller): JiraAnswer {
    const actor = this.resolveActor(caller);
    if (!actor) return errorAnswer(401, 'Client must be authenticated to access this resource.');
    const [rawPath = '', rawQuery = ''] = splitOnce(pathWithQuery, '?');
    const segments = decodeSegments(rawPath);
    if (!segments) return errorAnswer(400, `The path '${rawPath}' is not correctly encoded.`);

    const upper = method.toUpperCase();
    const candidates = JIRA_ROUTES.map((route) => ({
      route,
      params: matchPattern(route.pattern, segments),
    })).filter((item) => item.params !== undefined);
    const match = candidates.find((item) => item.route.method === upper);
    if (!match?.params) {
      return candidates.length > 0
        ? errorAnswer(405, `Method ${upper} is not allowed for ${rawPath}.`)
        : errorAnswer(404, `No Jira REST resource matches ${upper} ${rawPath}.`);
    }

    return match.route.handler({
      site: this.site,
      actor,
      method: upper,
      params: match.params,
      query: new URLSearchParams(rawQuery),
      body,
    });
  }

  /**
   * Moves an issue to another project as Jira does: same id, a new key in the target project,
   * the old key kept so it still resolves. Components are cleared (they belong to a project).
   * @throws {Error} when the issue or project does not exist or the issue is already there.
   */
  moveIssue(issueId: string, toProjectId: string): { oldKey: string; newKey: string } {
    const issue = this.site.issues.find((candidate) => candidate.id === issueId);
    const project = this.site.projects.find((candidate) => candidate.id === toProjectId);
    if (!issue) throw new Error(`No issue with id ${issueId}`);
    if (!project) throw new Error(`No project with id ${toProjectId}`);
    if (issue.projectId === project.id) throw new Error(`Issue ${issue.key} is already there`);

    const oldKey = issue.key;
    const newKey = `${project.key}-${project.nextIssueNumber}`;
    project.nextIssueNumber += 1;
    issue.previousKeys.push(oldKey);
    issue.key = newKey;
    issue.projectId = project.id;
    issue.componentIds = [];

    return { oldKey, newKey };
  }

  /**
   * Deletes an issue with its worklogs and properties; its children lose their parent.
   * @throws {Error} when the issue does not exist.
   */
  deleteIssue(issueId: string): void {
    const issue = findIssue(this.site, issueId);
    if (!issue || issue.id !== issueId) throw new Error(`No issue with id ${issueId}`);

    this.site.issues = this.site.issues.filter((candidate) => candidate.id !== issueId);
    this.site.worklogs = this.site.worklogs.filter((worklog) => worklog.issueId !== issueId);
    for (const child of this.site.issues.filter((candidate) => candidate.parentId === issueId)) {
      delete child.parentId;
    }
  }

  private resolveActor(caller: JiraCaller): Actor | undefined {
    return caller.kind === 'app' ? { kind: 'app' } : userActor(this.site, caller.accountId);
  }
}

function splitOnce(text: string, separator: string): [string, string] {
  const index = text.indexOf(separator);

  return index < 0 ? [text, ''] : [text.slice(0, index), text.slice(index + 1)];
}

function decodeSegments(path: string): string[] | undefined {
  try {
    return path
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}
