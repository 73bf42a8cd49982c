import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { InvokeResult, Location, LocalHost, UiModule } from '../local/host';
import { DEMO_USERS } from '../local/jira/demo-people';
import { todayIn } from '../src/domain/calendar';
import type { Result } from '../src/shared/result';
import { buildLocalHost } from '../test/builders/local-host';

import type { DatasetScope } from './dataset';

/** A local host on its own temp SQLite file, with the OPS project the bench fills. */
export type BenchSite = {
  readonly host: LocalHost;
  readonly dir: string;
  readonly projectId: string;
  readonly issueIds: readonly string[];
  readonly scope: DatasetScope;
};

/** One resolver call as a demo user, from a location, as the host's shell would make it. */
export type BenchCall = {
  readonly module: UiModule['type'];
  readonly location: Location;
  readonly accountId: string;
  readonly key: string;
  readonly payload?: unknown;
};

/** Opens a fresh site in a new temp folder; `closeSite` removes the folder again. */
export function openSite(label: string): BenchSite {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `okr-bench-${label}-`));
  const { host, ops, opsIssues } = buildLocalHost({ dataFile: path.join(dir, 'kvs.sqlite') });
  const [first, panelIssue, writeIssue, jobIssue, ...rest] = opsIssues;
  if (!first || !panelIssue || !writeIssue || !jobIssue) {
    throw new Error('The bench needs at least 4 OPS issues.');
  }
  const ref = ({ id, key }: { id: string; key: string }) => ({ id, key });

  return {
    host,
    dir,
    projectId: ops.id,
    issueIds: opsIssues.map((issue) => issue.id),
    scope: {
      projectId: ops.id,
      panelIssue: ref(panelIssue),
      writeIssue: ref(writeIssue),
      jobIssue: ref(jobIssue),
      otherIssues: [first, ...rest].map(ref),
      authors: [DEMO_USERS.member, DEMO_USERS.lead],
      today: todayIn('UTC'),
    },
  };
}

/** Lets queued background work finish, then closes the host and deletes its files. */
export async function closeSite(site: BenchSite): Promise<void> {
  await site.host.shutdown();
  fs.rmSync(site.dir, { recursive: true, force: true });
}

/**
 * Makes this site's host the one the Forge SDKs talk to: each LocalHost installs its runtime
 * into the process globals when built, so with two hosts alive the last one built would answer.
 */
export function activate(site: BenchSite): void {
  site.host.runtime.install();
}

/**
 * Waits until every queued background job has run.
 * @throws {Error} when a job failed: the bench measures only what works.
 */
export async function settle(site: BenchSite): Promise<void> {
  await site.host.drainQueues();
  const failure = site.host.queueFailures[0];
  if (failure)
    throw new Error(`A background job on ${failure.queueName} failed`, { cause: failure.error });
}

/** Invokes a resolver; a result that is not ok fails the bench with the app's error. */
export async function invokeOk(site: BenchSite, call: BenchCall): Promise<InvokeResult> {
  const invoked = await site.host.invoke({
    module: site.host.module(call.module),
    location: call.location,
    accountId: call.accountId,
    functionKey: call.key,
    payload: call.payload ?? {},
  });
  const result = invoked.result as Result<unknown>;
  if (!result.ok) {
    throw new Error(`${call.key} failed: ${result.error.code} ${result.error.message}`);
  }

  return invoked;
}
