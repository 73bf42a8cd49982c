import { kvs } from '@forge/kvs';

import { DEMO_USERS } from '../local/jira/demo-people';
import { emptyCounters, runInvocation } from '../local/runtime/invocation';
import type { InvocationCounters } from '../local/runtime/invocation';
import type { MonthAggregate } from '../src/domain/aggregates';
import type { CostEntry } from '../src/domain/cost-entry';
import { productionDeps } from '../src/resolvers/deps';
import { loadGadget } from '../src/services/gadget-service';
import { listObjectives } from '../src/services/objective-service';
import type { CostEntryRepository } from '../src/services/ports';
import { kvsCostEntryRepository } from '../src/storage/cost-entry-store';
import { ENTITY, INDEX } from '../src/storage/keys';
import type { CostEntryRecord } from '../src/storage/records';
import { entryFromRecord } from '../src/storage/records';

import type { AggregateState } from './aggregate-state';
import { addEntries } from './aggregate-state';
import { benchGadgetConfig } from './objectives';
import type { BenchSite } from './site';

/** Forge's largest query page. */
const PAGE_SIZE = 100;

/** A naive invocation's answer and what it cost. */
export type NaiveResult = { readonly data: unknown; readonly counters: InvocationCounters };

/**
 * The gadget's data computed the naive way: the app's own gadget service, but with the
 * aggregates it asks for computed on the fly from every entry of the project, scanned through
 * the by-project-date index 100 at a time with the real @forge/kvs SDK (once per invocation).
 * Its answer must equal `gadget/load`'s; only the storage strategy differs.
 */
export function naiveGadgetLoad(site: BenchSite): Promise<NaiveResult> {
  return naively(DEMO_USERS.member, (deps) =>
    loadGadget(deps, benchGadgetConfig(site.projectId, site.scope.today)),
  );
}

/** `objectives/list` (as the site admin) computed the same naive way. */
export function naiveKrRollup(site: BenchSite): Promise<NaiveResult> {
  return naively(DEMO_USERS.admin, (deps) => listObjectives(deps, site.projectId, 'admin'));
}

type Deps = ReturnType<typeof productionDeps>;

async function naively(accountId: string, work: (deps: Deps) => Promise<unknown>) {
  const counters = emptyCounters();
  const deps = { ...productionDeps(accountId, 'UTC'), entries: scanningRepository() };
  const data = await runInvocation({ accountId, counters }, () => work(deps));

  return { data, counters };
}

/** The app's entry repository, except that aggregates come from a full entry scan. */
function scanningRepository(): CostEntryRepository {
  const scans = new Map<string, Promise<AggregateState[]>>();

  return {
    ...kvsCostEntryRepository,
    async listMonthAggregates(projectId, fromMonth, toMonth): Promise<MonthAggregate[]> {
      const scan = scans.get(projectId) ?? scanProject(projectId).then(aggregate);
      scans.set(projectId, scan);

      return (await scan)
        .filter(({ identity: { month } }) => month >= fromMonth && month <= toMonth)
        .map(({ identity, cells }) => ({ ...identity, cells }));
    },
  };
}

/** The entries' aggregates in the order the app's index returns them (month, then category). */
function aggregate(entries: readonly CostEntry[]): AggregateState[] {
  const states = new Map<string, AggregateState>();
  addEntries(states, entries);

  return [...states.values()].sort(
    (a, b) =>
      a.identity.month.localeCompare(b.identity.month) ||
      a.identity.categoryId.localeCompare(b.identity.categoryId),
  );
}

async function scanProject(projectId: string): Promise<CostEntry[]> {
  const entries: CostEntry[] = [];
  let cursor: string | undefined;
  do {
    const query = kvs
      .entity<CostEntryRecord>(ENTITY.costEntry)
      .query()
      .index(INDEX.entriesByProjectDate, { partition: [projectId] })
      .limit(PAGE_SIZE);
    const page = await (cursor ? query.cursor(cursor) : query).getMany();
    entries.push(...page.results.map((item) => entryFromRecord(item.value)));
    cursor = page.nextCursor;
  } while (cursor);

  return entries;
}
