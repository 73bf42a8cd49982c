import { DEMO_USERS } from '../local/jira/demo-people';
import type { CreateEntryRequest, UpdateEntryRequest } from '../src/shared/contract';

import type { IssueRef } from './dataset';
import type { Operation, RunCost } from './measure';
import { diffCounters, sumCounters } from './measure';
import { benchGadgetConfig } from './objectives';
import type { BenchCall, BenchSite } from './site';
import { invokeOk, settle } from './site';

/** The dashboard gadget the bench configures to show the OPS project. */
export const GADGET_ID = '1';

/** Names of the measured operations, in the order they run and are printed. */
export const OP = {
  panelLoad: 'panel load',
  addEntry: 'add entry',
  addEntryNewMonth: 'add entry, first in its month x category',
  addEntryJob: 'add entry: background job',
  editEntry: 'edit entry',
  settingsLoad: 'settings load',
  gadgetLoad: 'gadget load',
  krRollup: 'KR rollup',
} as const;

/**
 * The user actions, each through the real resolvers as a demo user: the member (browses and
 * edits OPS) on the issue panel and the gadget, the site admin on the settings page. "add
 * entry" creates one entry per run on the write issue, dated today, and "edit entry" then edits
 * the entry created by the same run number, so it must run after it. "add entry, first in its
 * month x category" dates each entry in a month no cost has touched yet. The background job a write queues
 * runs after each run, untimed, except in "add entry: background job", which times only it.
 */
export function appOperations(site: BenchSite): Operation[] {
  const panelIssue = { kind: 'issue', issueId: site.scope.panelIssue.id } as const;
  const settingsPage = { kind: 'project-settings', projectId: site.projectId } as const;
  const gadget = { kind: 'gadget', gadgetId: GADGET_ID } as const;
  const { member, admin } = DEMO_USERS;
  const run = async (call: BenchCall): Promise<RunCost> => ({
    counters: (await invokeOk(site, call)).counters,
  });
  const asSettingsAdmin = {
    module: 'jira:projectSettingsPage',
    location: settingsPage,
    accountId: admin,
  } as const;
  site.host.saveGadgetConfiguration(GADGET_ID, benchGadgetConfig(site.projectId, site.scope.today));

  const operations: Array<Omit<Operation, 'settle'>> = [
    {
      name: OP.panelLoad,
      run: () =>
        run({
          module: 'jira:issuePanel',
          location: panelIssue,
          accountId: member,
          key: 'panel/load',
        }),
    },
    {
      name: OP.addEntry,
      run: (i) => run(addEntryCall(site, site.scope.writeIssue, `bench-added-${pad(i)}`)),
    },
    {
      name: OP.addEntryNewMonth,
      run: (i) => {
        const call = addEntryCall(site, site.scope.writeIssue, `bench-new-month-${pad(i)}`);
        const payload = { ...(call.payload as CreateEntryRequest), incurredOn: monthAhead(i) };

        return run({ ...call, payload });
      },
    },
    {
      name: OP.addEntryJob,
      run: (i) => timeBackgroundJob(site, site.scope.jobIssue, `bench-queued-${pad(i)}`),
    },
    {
      name: OP.editEntry,
      run: (i) =>
        run({
          ...addEntryCall(site, site.scope.writeIssue, `bench-added-${pad(i)}`),
          key: 'entries/update',
          payload: edited(site, `bench-added-${pad(i)}`),
        }),
    },
    {
      name: OP.settingsLoad,
      run: async () => {
        const load = await run({ ...asSettingsAdmin, key: 'settings/load' });
        const list = await run({ ...asSettingsAdmin, key: 'objectives/list' });

        return { counters: sumCounters(load.counters, list.counters) };
      },
    },
    {
      name: OP.gadgetLoad,
      run: () =>
        run({
          module: 'jira:dashboardGadget',
          location: gadget,
          accountId: member,
          key: 'gadget/load',
        }),
    },
    { name: OP.krRollup, run: () => run({ ...asSettingsAdmin, key: 'objectives/list' }) },
  ];

  return operations.map((operation) => ({ ...operation, settle: () => settle(site) }));
}

/**
 * Adds an entry to `issue`, then runs the background job it queued on its own and reports
 * only that job: its platform calls (the host's running totals, less the invocation's own)
 * and how long the queue took to drain.
 */
export async function timeBackgroundJob(
  site: BenchSite,
  issue: IssueRef,
  entryId: string,
): Promise<RunCost> {
  const before = { ...site.host.runtime.totals };
  const { counters } = await invokeOk(site, addEntryCall(site, issue, entryId));
  const started = performance.now();
  await settle(site);
  const elapsedMs = performance.now() - started;

  const job = diffCounters(diffCounters(site.host.runtime.totals, before), counters);
  // The totals do not count queue pushes, so that counter comes out negative: the job pushed none.
  for (const name of Object.keys(job) as Array<keyof typeof job>)
    job[name] = Math.max(0, job[name]);

  return { counters: job, elapsedMs };
}

/** The member adding a EUR cloud cost dated today to `issue`. */
export function addEntryCall(site: BenchSite, issue: IssueRef, id: string): BenchCall {
  const payload: CreateEntryRequest = {
    id,
    kind: 'actual',
    amount: { amount: 1_234_56, currency: 'EUR' },
    categoryId: 'cloud',
    incurredOn: site.scope.today,
    description: 'Reserved instance top-up',
    recurrence: { frequency: 'none' },
  };

  return {
    module: 'jira:issuePanel',
    location: { kind: 'issue', issueId: issue.id },
    accountId: DEMO_USERS.member,
    key: 'entries/create',
    payload,
  };
}

function edited(site: BenchSite, id: string): UpdateEntryRequest {
  return {
    id,
    version: 1,
    kind: 'actual',
    amount: { amount: 2_345_67, currency: 'EUR' },
    categoryId: 'cloud',
    incurredOn: site.scope.today,
    description: 'Reserved instance top-up (corrected invoice)',
    recurrence: { frequency: 'none' },
  };
}

/** The 15th of a month years ahead of any seeded cost, a different month for every run. */
function monthAhead(i: number): string {
  const index = 2040 * 12 + i;

  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15`;
}

function pad(i: number): string {
  return String(i).padStart(5, '0');
}
