import { isDeepStrictEqual } from 'node:util';

import type { Location, UiModule } from '../../../local/host';
import { DEMO_USERS } from '../../../local/jira/demo-people';
import type { Objective } from '../../../src/domain/okr/objective';
import type { KeyResultIndexEntry } from '../../../src/services/ports';
import { PANEL_KEYS, SETTINGS_KEYS } from '../../../src/shared/resolver-keys';
import type { Result } from '../../../src/shared/result';
import type { CostEntryRecord } from '../../../src/storage/records';
import { aggregatesAndRecount, buildLocalHost, dataOf } from '../../builders/local-host';

import type { Outcome } from './support';
import {
  costObjectivePayload,
  entryPayload,
  envelopeProblem,
  outcomeOf,
  readRecords,
  readValue,
} from './support';

type Host = ReturnType<typeof buildLocalHost>;

/** One write to break: how to arrange its starting point and the call that makes it. */
type Scenario = {
  readonly name: string;
  readonly arrange: (host: Host) => Promise<void>;
  readonly act: (host: Host) => {
    module: UiModule['type'];
    location: Location;
    key: string;
    payload: unknown;
  };
  /** The state the write is about, comparable across hosts (no timestamps or random ids). */
  readonly state: (host: Host) => unknown;
};

/** What one injected fault came to. */
type FaultRun = {
  readonly failedCall: number;
  readonly outcome: Outcome;
  readonly envelope: string | undefined;
  /** 'before' (nothing applied), 'after' (all applied) or 'partial'. */
  readonly applied: 'before' | 'after' | 'partial';
  readonly recountEqual: boolean;
  readonly retry: Outcome;
  readonly settled: boolean;
};

const tally = { scenarios: 0, faults: 0, callsByScenario: new Map<string, number>() };

const panelAt = (host: Host, index = 0) => ({
  module: 'jira:issuePanel' as const,
  location: { kind: 'issue' as const, issueId: host.opsIssues[index]!.id },
});
const settingsOf = (host: Host) => ({
  module: 'jira:projectSettingsPage' as const,
  location: { kind: 'project-settings' as const, projectId: host.ops.id },
});

async function create(host: Host, payload: unknown): Promise<void> {
  dataOf(await host.call({ ...panelAt(host), as: 'member', key: PANEL_KEYS.createEntry, payload }));
}

/** JSON with object keys sorted, so that equal states compare equal across hosts. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Entries without their timestamps, and the aggregates' non-empty cells. */
function costState(host: Host) {
  const entries = readRecords<CostEntryRecord>(host.host, 'cost-entry')
    .map(({ createdAt: _c, updatedAt: _u, ...entry }) => entry)
    .sort((a, b) => a.id.localeCompare(b.id));

  return { entries, aggregates: [...aggregatesAndRecount(host.host).stored].sort() };
}

/** The project's objectives and the key result index the issue panel reads. */
function objectiveState(host: Host) {
  const objectives = readRecords<Objective>(host.host, 'objective').sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  const index =
    readValue<{ keyResultIndex?: KeyResultIndexEntry[] }>(host.host, `settings:${host.ops.id}`)
      ?.keyResultIndex ?? [];

  return { objectives, index: index.map((kr) => `${kr.objectiveId}/${kr.keyResultId}`).sort() };
}

const monthly = (id: string, from: string) =>
  entryPayload(id, { incurredOn: from, recurrence: { frequency: 'monthly', months: 12 } });

const ENTRY_SCENARIOS: readonly Scenario[] = [
  {
    name: 'create in a month without an aggregate',
    arrange: () => Promise.resolve(),
    act: (host) => ({
      ...panelAt(host),
      key: PANEL_KEYS.createEntry,
      payload: entryPayload('fault-new'),
    }),
    state: costState,
  },
  {
    name: 'create in a month with an aggregate',
    arrange: (host) => create(host, entryPayload('fault-old')),
    act: (host) => ({
      ...panelAt(host),
      key: PANEL_KEYS.createEntry,
      payload: entryPayload('fault-new', { amount: { amount: 7_00, currency: 'USD' } }),
    }),
    state: costState,
  },
  {
    name: 'edit that moves an entry to another month',
    arrange: (host) => create(host, entryPayload('fault-edit')),
    act: (host) => ({
      ...panelAt(host),
      key: PANEL_KEYS.updateEntry,
      payload: { ...entryPayload('fault-edit', { incurredOn: '2026-05-02' }), version: 1 },
    }),
    state: costState,
  },
  {
    name: 'edit that moves all twelve months of a recurring entry',
    arrange: (host) => create(host, monthly('fault-yearly', '2025-01-10')),
    act: (host) => ({
      ...panelAt(host),
      key: PANEL_KEYS.updateEntry,
      payload: { ...monthly('fault-yearly', '2027-01-10'), version: 1 },
    }),
    state: costState,
  },
  {
    name: 'delete',
    arrange: async (host) => {
      await create(host, entryPayload('fault-keep'));
      await create(host, entryPayload('fault-delete', { kind: 'planned' }));
    },
    act: (host) => ({
      ...panelAt(host),
      key: PANEL_KEYS.deleteEntry,
      payload: { id: 'fault-delete', version: 1 },
    }),
    state: costState,
  },
];

const OBJECTIVE_SCENARIOS: readonly Scenario[] = [
  {
    name: 'objective create',
    arrange: () => Promise.resolve(),
    act: (host) => ({
      ...settingsOf(host),
      key: SETTINGS_KEYS.saveObjective,
      payload: costObjectivePayload('fault-objective'),
    }),
    state: objectiveState,
  },
  {
    name: 'objective update that archives its key result',
    arrange: async (host) => {
      dataOf(
        await host.call({
          ...settingsOf(host),
          as: 'lead',
          key: SETTINGS_KEYS.saveObjective,
          payload: costObjectivePayload('fault-objective'),
        }),
      );
    },
    act: (host) => {
      const payload = costObjectivePayload('fault-objective', 1);
      return {
        ...settingsOf(host),
        key: SETTINGS_KEYS.saveObjective,
        payload: { ...payload, keyResults: [{ ...payload.keyResults[0]!, archived: true }] },
      };
    },
    state: objectiveState,
  },
];

async function invokeAs(host: Host, call: ReturnType<Scenario['act']>) {
  return host.host.invoke({
    module: host.host.module(call.module),
    location: call.location,
    accountId: DEMO_USERS.lead,
    functionKey: call.key,
    payload: call.payload,
  });
}

/** Runs the write once without faults: how many KVS calls it makes and the state it leaves. */
async function reference(scenario: Scenario) {
  const host = buildLocalHost();
  await scenario.arrange(host);
  await host.host.drainQueues();
  const { result, counters } = await invokeAs(host, scenario.act(host));
  await host.host.drainQueues();
  const after = canonical(scenario.state(host));
  await host.host.shutdown();
  dataOf({ result: result as Result<unknown> });

  return { calls: counters.kvsCalls, after };
}

/** Fails the `failedCall`-th KVS call of the write, then retries it once without faults. */
async function runWithFault(
  scenario: Scenario,
  failedCall: number,
  after: string,
): Promise<FaultRun> {
  const host = buildLocalHost();
  await scenario.arrange(host);
  await host.host.drainQueues();
  const before = canonical(scenario.state(host));
  const call = scenario.act(host);

  host.host.runtime.injectFaults({ failKvsCall: failedCall });
  const { result } = await invokeAs(host, call);
  host.host.runtime.injectFaults({});
  await host.host.drainQueues();
  const state = canonical(scenario.state(host));
  const { stored, recount } = aggregatesAndRecount(host.host);
  const recountEqual = isDeepStrictEqual(stored, recount);
  const retry = outcomeOf((await invokeAs(host, call)).result as Result<unknown>);
  await host.host.drainQueues();
  const settled = canonical(scenario.state(host)) === after;
  await host.host.shutdown();

  return {
    failedCall,
    outcome: outcomeOf(result as Result<unknown>),
    envelope: envelopeProblem(result),
    applied: state === before ? 'before' : state === after ? 'after' : 'partial',
    recountEqual,
    retry,
    settled,
  };
}

/** Every fault the write can meet, one per KVS call it makes; `counted` adds it to the figures. */
async function runScenario(scenario: Scenario, counted = true): Promise<FaultRun[]> {
  const { calls, after } = await reference(scenario);
  const runs: FaultRun[] = [];
  for (let failedCall = 1; failedCall <= calls; failedCall += 1)
    runs.push(await runWithFault(scenario, failedCall, after));
  if (counted) {
    tally.scenarios += 1;
    tally.faults += runs.length;
    tally.callsByScenario.set(scenario.name, calls);
  }

  return runs;
}

/** A failed write answers a typed error and applies nothing, or applies all of it. */
function problemsOf(runs: readonly FaultRun[]): string[] {
  return runs.flatMap((run) => {
    const at = `KVS call ${run.failedCall}`;
    const problems = [
      ...(run.envelope ? [`${at}: answer ${run.envelope}`] : []),
      ...(run.applied === 'partial' ? [`${at}: left a half-applied write`] : []),
      ...(run.recountEqual ? [] : [`${at}: aggregates differ from a recount`]),
      ...(run.outcome === 'ok' && run.applied !== 'after' ? [`${at}: ok but not applied`] : []),
      ...(run.settled ? [] : [`${at}: a retry (${run.retry}) did not reach the intended state`]),
    ];

    return problems;
  });
}

describe('writes under injected KVS faults', () => {
  afterAll(() => {
    const calls = [...tally.callsByScenario].map(([name, n]) => `${name} ${n}`).join(', ');
    process.stdout.write(
      `faults: ${tally.faults} injected over ${tally.scenarios} writes (KVS calls: ${calls})\n`,
    );
  });

  it.each(ENTRY_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    'applies a cost %s fully or not at all whichever KVS call fails',
    async (_name, scenario) => {
      const runs = await runScenario(scenario);

      expect(runs.length).toBeGreaterThanOrEqual(3);
      expect(problemsOf(runs)).toStrictEqual([]);
      expect(runs.filter((run) => run.outcome !== 'ok').length).toBeGreaterThan(0);
    },
    60_000,
  );

  it.each(OBJECTIVE_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    'keeps the objective record whole and answers a typed error for an %s whichever KVS call fails',
    async (_name, scenario) => {
      const runs = await runScenario({
        ...scenario,
        state: (host) => objectiveState(host).objectives,
      });

      expect(runs.length).toBeGreaterThanOrEqual(5);
      expect(problemsOf(runs)).toStrictEqual([]);
    },
    60_000,
  );

  // An edit that moves all twelve months of a recurring entry leaves no room for its audit event
  // in the transaction, so the store writes it just after; if that write fails, the applied
  // edit still answers success (the lost audit event is logged), never a false CONFLICT.
  it('answers a committed twelve-month edit whose audit write fails without CONFLICT', async () => {
    const scenario = ENTRY_SCENARIOS.find((s) => s.name.includes('twelve months'))!;
    const { calls, after } = await reference(scenario);

    const run = await runWithFault(scenario, calls, after);

    expect(run.outcome).not.toBe('CONFLICT');
  }, 60_000);

  // An objective save writes the objective, the issue panel's key result index, the JQL registry
  // and the audit event in one transaction, after every read: whichever call fails, the index
  // never disagrees with the objectives.
  it.each(OBJECTIVE_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    'keeps the key result index in step with the objectives for an %s whichever KVS call fails',
    async (_name, scenario) => {
      const runs = await runScenario(scenario, false);

      expect(runs.filter((run) => run.applied === 'partial')).toStrictEqual([]);
    },
    60_000,
  );
});
