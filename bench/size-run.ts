import { DEMO_USERS } from '../local/jira/demo-people';
import type { GadgetLoadResponse, PanelLoadResponse } from '../src/shared/contract';
import type { Result } from '../src/shared/result';

import type { SizeStats } from './bill';
import type { BudgetOutcome } from './budgets';
import { checkBudgets } from './budgets';
import { fixed, int, seconds } from './format';
import type { Operation, OpStats, RunPlan } from './measure';
import { measure } from './measure';
import { naiveGadgetLoad, naiveKrRollup } from './naive';
import type { NaiveResult } from './naive';
import { addEntryCall, appOperations, GADGET_ID, OP, timeBackgroundJob } from './operations';
import { appTable, callList, naiveTable } from './report';
import type { NaiveComparison } from './report';
import { bulkSeedEntries, seedSettings } from './seed';
import type { BenchSite } from './site';
import { activate, closeSite, invokeOk, openSite, settle } from './site';
import { traceCalls } from './trace';
import { verifyBulkSeed } from './verify-seed';

/** How the bench talks: `out` goes to the console and the report, `progress` to the console. */
export type BenchIo = { readonly out: (text?: string) => void; readonly progress: Progress };
type Progress = (text: string) => void;

export type SizeOptions = {
  readonly app: RunPlan;
  readonly naive: RunPlan;
  readonly verifySeed: boolean;
  readonly traceCalls: boolean;
};

export type SizeOutcome = {
  readonly stats: SizeStats;
  readonly budgets: readonly BudgetOutcome[];
  readonly seedCheckOk: boolean;
  readonly naiveMatches: boolean;
};

/** Seeds one size on a fresh host, measures every operation and the naive scans, reports them. */
export async function runSize(
  size: number,
  options: SizeOptions,
  io: BenchIo,
): Promise<SizeOutcome> {
  const site = openSite(String(size));
  try {
    io.out(`## ${int(size)} entries`);
    io.out();
    const { seedCheckOk, seeded } = await seed(site, size, options.verifySeed, io);
    const app = new Map<string, OpStats>();
    const operations = appOperations(site);
    for (const operation of operations) {
      io.progress(
        `measuring ${operation.name} (${options.app.warmups} + ${options.app.runs} runs)`,
      );
      app.set(operation.name, await measure(operation, options.app));
    }
    const compared = await compareNaive(site);
    const naive = new Map<string, OpStats>();
    for (const [name, run] of [
      [OP.gadgetLoad, naiveGadgetLoad],
      [OP.krRollup, naiveKrRollup],
    ] as const) {
      io.progress(
        `measuring naive ${name} (${options.naive.warmups} + ${options.naive.runs} runs)`,
      );
      naive.set(name, await measure({ name, run: () => run(site) }, options.naive));
    }

    io.out(appTable(app, options.app));
    io.out();
    io.out(naiveTable(app, naive, compared));
    io.out();
    io.out(await heavyIssueJob(site, seeded.perIssue));
    io.out();
    if (options.traceCalls) await traceOperations(site, operations, options.app, io);
    io.out(
      `Process RSS high-water mark after this size: ` +
        `${fixed(process.resourceUsage().maxRSS / 1024, 0)} MB.`,
    );
    io.out();

    return {
      stats: { size, app, naive },
      budgets: checkBudgets(size, app),
      seedCheckOk,
      naiveMatches: compared.gadget && compared.kr,
    };
  } finally {
    await closeSite(site);
  }
}

async function seed(site: BenchSite, size: number, verify: boolean, io: BenchIo) {
  const seeded = await bulkSeedEntries(site, size, (done, total) =>
    io.progress(`seeding ${int(size)}: ${int(done)} / ${int(total)} entries written`),
  );
  io.out(
    `Seeded ${int(size)} entries and ${seeded.aggregates} ` +
      `aggregate records in ` +
      `${seconds(seeded.elapsedMs)} (${int(seeded.kvsCalls)} SDK batch/set calls, ` +
      `${fixed(seeded.kvsBytesWritten / 2 ** 20, 1)} MiB).`,
  );
  let ok = true;
  if (verify) {
    const check = await verifyBulkSeed(site, size, (done, total) =>
      io.progress(`seed check: ${int(done)} / ${int(total)} entries through entries/create`),
    );
    check.lines.forEach((line) => io.out(line));
    ok = check.ok;
  }
  const settings = await seedSettings(site);
  const panel = await panelEntries(site);
  io.out(
    `Through the resolvers: ${settings.rates} ECB exchange rates (\`rates/save\`), ` +
      `${settings.keyResults} cost key results in 10 objectives (\`objectives/save\`). ` +
      `The panel's issue ${site.scope.panelIssue.key} holds ${panel} entries; writes go to ` +
      `${site.scope.writeIssue.key}, background jobs are timed on ${site.scope.jobIssue.key}.`,
  );
  io.out();

  return { seedCheckOk: ok, seeded };
}

/** The background job of one write on the issue holding the most entries, as a sentence. */
async function heavyIssueJob(site: BenchSite, perIssue: ReadonlyMap<string, number>) {
  const [issueId = '', entries = 0] = [...perIssue].sort(([, a], [, b]) => b - a)[0] ?? [];
  const issue = site.scope.otherIssues.find((i) => i.id === issueId) ?? site.scope.writeIssue;
  const { counters, elapsedMs = 0 } = await timeBackgroundJob(site, issue, 'bench-heavy-00001');

  return (
    `The same background job after a write on ${issue.key}, the issue with the most entries ` +
    `(${int(entries)}): ${int(counters.kvsCalls)} KVS calls, ${int(counters.kvsBytesRead)} ` +
    `bytes read, ${int(counters.jiraCalls)} Jira call(s), ${fixed(elapsedMs, 1)} ms.`
  );
}

/** Lists the calls of one more run of each operation (and of the background jobs). */
async function traceOperations(
  site: BenchSite,
  operations: readonly Operation[],
  plan: RunPlan,
  io: BenchIo,
) {
  const next = plan.warmups + plan.runs;
  io.out(`Calls of one more run of each operation:`);
  io.out();
  for (const operation of operations) {
    if (operation.name === OP.addEntryJob) {
      await invokeOk(site, addEntryCall(site, site.scope.jobIssue, 'bench-traced-00001'));
      callList(operation.name, await traceCalls(() => settle(site))).forEach(io.out);
      continue;
    }
    callList(operation.name, await traceCalls(() => operation.run(next))).forEach(io.out);
    await operation.settle?.();
  }
  io.out();
}

async function panelEntries(site: BenchSite): Promise<number> {
  const { result } = await invokeOk(site, {
    module: 'jira:issuePanel',
    location: { kind: 'issue', issueId: site.scope.panelIssue.id },
    accountId: DEMO_USERS.member,
    key: 'panel/load',
  });

  return (result as { data: PanelLoadResponse }).data.entries.length;
}

/** Whether the naive scans answer exactly what the app answers, and the KR count shown. */
async function compareNaive(site: BenchSite): Promise<NaiveComparison> {
  activate(site);
  const gadget = await invokeOk(site, {
    module: 'jira:dashboardGadget',
    location: { kind: 'gadget', gadgetId: GADGET_ID },
    accountId: DEMO_USERS.member,
    key: 'gadget/load',
  });
  const kr = await invokeOk(site, {
    module: 'jira:projectSettingsPage',
    location: { kind: 'project-settings', projectId: site.projectId },
    accountId: DEMO_USERS.admin,
    key: 'objectives/list',
  });
  const same = (app: unknown, naive: NaiveResult) =>
    JSON.stringify((app as Result<unknown> & { ok: true }).data) === JSON.stringify(naive.data);
  const shown = (gadget.result as { data: GadgetLoadResponse }).data;
  const keyResults =
    shown.state === 'ready' ? shown.objectives.reduce((n, o) => n + o.keyResults.length, 0) : 0;

  return {
    gadget: same(gadget.result, await naiveGadgetLoad(site)),
    kr: same(kr.result, await naiveKrRollup(site)),
    keyResults,
  };
}
