import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LocalHost } from '../../local/host';
import type { Location, UiModule } from '../../local/host';
import { DEMO_USERS } from '../../local/jira/demo-people';
import { aggregateEntries, aggregateId } from '../../src/domain/aggregates';
import type { Result } from '../../src/shared/result';
import type { AggregateRecord, CostEntryRecord } from '../../src/storage/records';
import { entryFromRecord } from '../../src/storage/records';

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

/**
 * Every stored aggregate (empty ones left out) and a full recount from the stored entries, keyed
 * by aggregate id, for tests that check the maintained aggregates never drift.
 */
export function aggregatesAndRecount(host: LocalHost) {
  const read = (entityName: string) =>
    host.kvs
      .listAllKeys()
      .filter((k) => k.entityName === entityName)
      .map(
        (k) =>
          (
            host.kvs.handle('/api/v1/entity/get', { entityName, key: k.key }).body as {
              value: unknown;
            }
          ).value,
      );
  const stored = new Map(
    (read('cost-aggregate') as AggregateRecord[])
      .filter((record) => Object.keys(record.cells).length > 0)
      .map((record) => [aggregateId(record), record.cells]),
  );
  const recount = aggregateEntries((read('cost-entry') as CostEntryRecord[]).map(entryFromRecord));

  return { stored, recount };
}
