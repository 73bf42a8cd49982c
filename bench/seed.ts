import fs from 'node:fs';
import path from 'node:path';

import { kvs } from '@forge/kvs';
import type { SetOptions } from '@forge/kvs';

import { readEcbMonthlyRates } from '../local/demo/ecb-rates';
import { DEMO_USERS } from '../local/jira/demo-people';
import { emptyCounters, runInvocation } from '../local/runtime/invocation';
import type { InvocationCounters } from '../local/runtime/invocation';
import { entryCreationEvent } from '../src/services/audit-service';
import { AUDIT_TTL, toAuditRecord } from '../src/storage/audit-store';
import type { AuditRecord } from '../src/storage/audit-store';
import { ENTITY, keys } from '../src/storage/keys';
import type { AggregateRecord, CostEntryRecord } from '../src/storage/records';
import { entryToRecord } from '../src/storage/records';

import type { AggregateState } from './aggregate-state';
import { addEntries } from './aggregate-state';
import { benchEntry, createRequestOf, HISTORY_MONTHS, shiftMonth } from './dataset';
import { benchObjectives } from './objectives';
import type { BenchSite } from './site';
import { activate, invokeOk, settle } from './site';

/** Forge's most items per batch request. */
const BATCH_ITEMS = 25;
/** Entries generated, aggregated and written per step (bounds the seeder's memory). */
const CHUNK_ENTRIES = 5_000;
const ECB_FILE = path.resolve(__dirname, '../test/fixtures/ecb-eurofxref/eurofxref-hist.csv');

export type Progress = (done: number, total: number) => void;

/** What a bulk seed wrote, as the host counted it. */
export type SeedStats = InvocationCounters & {
  aggregates: number;
  /** Entries per issue id. */
  perIssue: Map<string, number>;
  elapsedMs: number;
};

/**
 * Writes `size` bench entries and their aggregates straight into the store through the real
 * @forge/kvs SDK (batch set, 25 items a request). The records are what `entries/create` writes:
 * entries mapped by the app's `entryToRecord`, aggregates built by its `aggregateEntries` and
 * `entryDelta` (see addEntries), each with the revision the app's optimistic lock would have
 * reached, and the creation audit event each entry's background job records. Only the
 * timestamps (the wall clock in the app) differ.
 */
export async function bulkSeedEntries(
  site: BenchSite,
  size: number,
  onProgress: Progress,
): Promise<SeedStats> {
  const started = performance.now();
  const counters = emptyCounters();
  const aggregates = new Map<string, AggregateState>();
  const perIssue = new Map<string, number>();
  activate(site);

  await runInvocation({ accountId: undefined, counters }, async () => {
    for (let start = 0; start < size; start += CHUNK_ENTRIES) {
      const count = Math.min(CHUNK_ENTRIES, size - start);
      const entries = Array.from({ length: count }, (_, i) => benchEntry(start + i, site.scope));
      await writeInBatches<CostEntryRecord>(
        entries.map((entry) => ({
          entityName: ENTITY.costEntry,
          key: keys.costEntry(entry.id),
          value: entryToRecord(entry),
        })),
      );
      await writeInBatches<AuditRecord>(
        entries.map((entry) => {
          const event = entryCreationEvent(entry);
          return {
            entityName: ENTITY.auditEvent,
            key: keys.auditEvent(event.id),
            value: toAuditRecord(event),
            options: { ttl: AUDIT_TTL },
          };
        }),
      );
      addEntries(aggregates, entries);
      entries.forEach(({ issueId }) => perIssue.set(issueId, (perIssue.get(issueId) ?? 0) + 1));
      onProgress(start + count, size);
    }
    await writeInBatches<AggregateRecord>(
      [...aggregates.values()].map(({ identity, revision, cells }) => ({
        entityName: ENTITY.costAggregate,
        key: keys.costAggregate(identity.projectId, identity.month, identity.categoryId),
        // The field order of the app's records, so that sizes match byte for byte.
        value: { schemaVersion: 1, ...identity, revision, cells },
      })),
    );
  });

  return {
    ...counters,
    aggregates: aggregates.size,
    perIssue,
    elapsedMs: performance.now() - started,
  };
}

async function writeInBatches<T>(
  items: ReadonlyArray<{ entityName: string; key: string; value: T; options?: SetOptions }>,
) {
  for (let i = 0; i < items.length; i += BATCH_ITEMS) {
    const answer = await kvs.batchSet<T>(items.slice(i, i + BATCH_ITEMS));
    if (answer.failedKeys.length > 0) {
      throw new Error(`Seeding failed: ${JSON.stringify(answer.failedKeys.slice(0, 3))}`);
    }
  }
}

/**
 * Writes the same entries one by one through `entries/create`, as their authors, letting the
 * background jobs the writes queue run as they go.
 */
export async function seedThroughResolvers(
  site: BenchSite,
  size: number,
  onProgress: Progress,
): Promise<void> {
  activate(site);
  for (let i = 0; i < size; i += 1) {
    const entry = benchEntry(i, site.scope);
    await invokeOk(site, {
      module: 'jira:issuePanel',
      location: { kind: 'issue', issueId: entry.issueId },
      accountId: entry.createdBy,
      key: 'entries/create',
      payload: createRequestOf(entry),
    });
    if ((i + 1) % 250 === 0 || i + 1 === size) {
      await settle(site);
      onProgress(i + 1, size);
    }
  }
}

/**
 * Exchange rates (ECB monthly, EUR to USD, GBP, JPY and CHF, over the history and a little
 * before) and the 50 key results, through `rates/save` and `objectives/save` as the site admin.
 */
export async function seedSettings(
  site: BenchSite,
): Promise<{ rates: number; keyResults: number }> {
  const rates = readEcbMonthlyRates(
    fs.readFileSync(ECB_FILE, 'utf8'),
    ['USD', 'GBP', 'JPY', 'CHF'],
    shiftMonth(site.scope.today.slice(0, 7), -HISTORY_MONTHS - 2),
  );
  const location = { kind: 'project-settings', projectId: site.projectId } as const;
  const asAdmin = {
    module: 'jira:projectSettingsPage' as const,
    location,
    accountId: DEMO_USERS.admin,
  };
  activate(site);

  for (const rate of rates) {
    await invokeOk(site, { ...asAdmin, key: 'rates/save', payload: rate });
  }
  const objectives = benchObjectives(site.scope.today, DEMO_USERS.lead);
  for (const objective of objectives) {
    await invokeOk(site, { ...asAdmin, key: 'objectives/save', payload: objective });
  }

  return {
    rates: rates.length,
    keyResults: objectives.reduce((sum, o) => sum + o.keyResults.length, 0),
  };
}
