import type { AuditRecord } from '../src/storage/audit-store';
import { ENTITY } from '../src/storage/keys';
import type { AggregateRecord, CostEntryRecord } from '../src/storage/records';

import { int } from './format';
import type { Progress } from './seed';
import { seedThroughResolvers } from './seed';
import type { BenchSite } from './site';
import { closeSite, openSite } from './site';

/** The outcome of comparing a bulk-seeded store with one filled through the resolvers. */
export type SeedCheck = { readonly ok: boolean; readonly lines: readonly string[] };

type Stored<T> = { readonly value: T; readonly expireTime?: string };

const DAY_MS = 86_400_000;

/**
 * Seeds a second site with the same `size` entries through `entries/create`, one invocation
 * each, and compares what it stored with the bulk-seeded `bulk` site, record by record:
 * aggregates must be equal in every field (revision and cells included); entries equal except
 * their timestamps; audit events (matched by target, as their ids are random) equal except id
 * and time, with the same expiry. The comparison keeps field order, so sizes match too.
 */
export async function verifyBulkSeed(
  bulk: BenchSite,
  size: number,
  onProgress: Progress,
): Promise<SeedCheck> {
  const viaResolvers = openSite('verify');
  try {
    await seedThroughResolvers(viaResolvers, size, onProgress);
    const aggregates = readAll<AggregateRecord>(viaResolvers, ENTITY.costAggregate);
    const checks = [
      compare('aggregate records', aggregates, readAll(bulk, ENTITY.costAggregate), sortCells),
      compare(
        'entry records',
        readAll<CostEntryRecord>(viaResolvers, ENTITY.costEntry),
        readAll(bulk, ENTITY.costEntry),
        withoutTimestamps,
      ),
      compare(
        'audit events',
        byTarget(readAll<AuditRecord>(viaResolvers, ENTITY.auditEvent)),
        byTarget(readAll(bulk, ENTITY.auditEvent)),
        withoutIdAndTime,
      ),
    ];
    const cells = [...aggregates.values()].reduce(
      (n, r) => n + Object.keys(r.value.cells).length,
      0,
    );
    const revisions = [...aggregates.values()].reduce((n, r) => n + r.value.revision, 0);
    const ok = checks.every((c) => c.ok) && aggregates.size > 0;

    return {
      ok,
      lines: [
        `Seed check (${int(size)} entries, bulk seed vs one \`entries/create\` per entry on a ` +
          `second host): ${ok ? 'PASS' : 'FAIL'}`,
        ...checks.map((c) => `- ${c.line}`),
        `- the aggregates hold ${int(cells)} cells; their revisions sum to ${int(revisions)}`,
      ],
    };
  } finally {
    await closeSite(viaResolvers);
  }
}

/** Every stored record of an entity by key, with its expiry, straight from the store. */
function readAll<T>(site: BenchSite, entityName: string): Map<string, Stored<T>> {
  const records = new Map<string, Stored<T>>();
  for (const { key } of site.host.kvs.listAllKeys().filter((k) => k.entityName === entityName)) {
    const options = { metadataFields: ['EXPIRE_TIME'] };
    const answer = site.host.kvs.handle('/api/v1/entity/get', { entityName, key, options });
    records.set(key, answer.body as Stored<T>);
  }

  return records;
}

function compare<T>(
  what: string,
  expected: ReadonlyMap<string, Stored<T>>,
  actual: ReadonlyMap<string, Stored<T>>,
  normalise: (record: T) => unknown,
): { ok: boolean; line: string } {
  const now = Date.now();
  const comparable = (stored: Stored<T>) =>
    JSON.stringify({
      value: normalise(stored.value),
      expiresInDays: stored.expireTime
        ? Math.round((Date.parse(stored.expireTime) - now) / DAY_MS)
        : null,
    });
  const differing = [...new Set([...expected.keys(), ...actual.keys()])].filter((key) => {
    const want = expected.get(key);
    const got = actual.get(key);
    return want === undefined || got === undefined || comparable(want) !== comparable(got);
  });
  const counts = `${int(expected.size)} via resolvers, ${int(actual.size)} bulk`;

  return differing.length === 0
    ? { ok: true, line: `${what}: ${counts}; all equal` }
    : { ok: false, line: `${what}: ${counts}; differ: ${differing.slice(0, 5).join(', ')}` };
}

// Cell order in the JSON object depends on the order cells first appeared; values do not.
function sortCells(record: AggregateRecord): unknown {
  return {
    ...record,
    cells: Object.fromEntries(Object.entries(record.cells).sort(([a], [b]) => a.localeCompare(b))),
  };
}

function withoutTimestamps(record: CostEntryRecord): unknown {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = record;

  return rest;
}

function withoutIdAndTime(record: AuditRecord): unknown {
  const { id: _id, at: _at, ...rest } = record;

  return rest;
}

function byTarget(records: ReadonlyMap<string, Stored<AuditRecord>>) {
  return new Map([...records.values()].map((stored) => [stored.value.target, stored]));
}
