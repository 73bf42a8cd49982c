import { DEMO_USERS, createDemoSite } from '../../../local/jira/demo-site';
import type { DemoUserName } from '../../../local/jira/demo-site';
import { JiraStandIn } from '../../../local/jira/jira-stand-in';
import type { JiraAnswer, JiraCaller } from '../../../local/jira/jira-stand-in';

/** A stand-in over a fresh demo site. */
export function buildStandIn(): JiraStandIn {
  return new JiraStandIn(createDemoSite());
}

/** The caller for a demo user. */
export function asUser(name: DemoUserName): JiraCaller {
  return { kind: 'user', accountId: DEMO_USERS[name] };
}

/** The caller for `asApp()`. */
export const AS_APP: JiraCaller = { kind: 'app' };

/**
 * The JSON body of an answer, typed as the shape a test expects. This is the one place tests
 * narrow a body; the assertions that read it check the shape.
 */
export function bodyAs<T = Record<string, unknown>>(answer: JiraAnswer): T {
  const body = answer.body;
  if (typeof body !== 'object' || body === null) throw new Error(`No JSON body: ${answer.status}`);

  return body as T; // checked by the caller's assertions
}

/** GET as a caller. */
export function get(standIn: JiraStandIn, path: string, caller: JiraCaller): JiraAnswer {
  return standIn.handle('GET', path, undefined, caller);
}

/** Issue keys of a search answer's issues. */
export function keysOf(answer: JiraAnswer): string[] {
  const { issues } = bodyAs<{ issues: { key: string }[] }>(answer);

  return issues.map((issue) => issue.key);
}
