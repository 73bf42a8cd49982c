import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LocalHost } from '../../local/host';
import type { Location, UiModule } from '../../local/host';
import { DEMO_USERS } from '../../local/jira/demo-people';
import type { Result } from '../../src/shared/result';

export type DemoUser = keyof typeof DEMO_USERS;

/** A local host on a fresh SQLite file in a temp folder, plus helpers to call it as a user. */
export function buildLocalHost(options: { dataFile?: string } = {}) {
  const dataFile =
    options.dataFile ??
    path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'okr-host-')), 'kvs.sqlite');
  const host = new LocalHost({ dataFile });
  const call = async <T>(input: {
    module: UiModule['type'];
    location: Location;
    as: DemoUser;
    key: string;
    payload?: unknown;
    locale?: string;
    timezone?: string;
  }) => {
    const { result, counters } = await host.invoke({
      module: host.module(input.module),
      location: input.location,
      accountId: DEMO_USERS[input.as],
      functionKey: input.key,
      payload: input.payload ?? {},
      ...(input.locale ? { locale: input.locale } : {}),
      ...(input.timezone ? { timezone: input.timezone } : {}),
    });

    return { result: result as Result<T>, counters };
  };
  const ops = host.jira.site.projects.find((p) => p.key === 'OPS');
  if (!ops) throw new Error('demo site lacks OPS');
  const opsIssues = host.jira.site.issues.filter((i) => i.projectId === ops.id);

  return { host, dataFile, call, ops, opsIssues };
}

/** The data of a successful result; fails the test with the error otherwise. */
export function dataOf<T>({ result }: { result: Result<T> }): T {
  if (!result.ok)
    throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);

  return result.data;
}
