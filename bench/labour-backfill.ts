import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { DEMO_USERS } from '../local/jira/demo-people';
import type { InvocationCounters } from '../local/runtime/invocation';
import type { LabourRateDto, LabourSyncResponse } from '../src/shared/labour-contract';
import type { Result } from '../src/shared/result';
import { recomputedLabourEntries, storedLabourEntries } from '../test/builders/labour';
import { buildLocalHost } from '../test/builders/local-host';

import { fixed, int, seconds, table } from './format';
import { diffCounters } from './measure';

/** Worklogs the backfill costs, over the OPS issues, four people and half a year. */
export const LABOUR_WORKLOGS = 10_000;
const RSS_SAMPLE_MS = 5;

type Reporter = { out: (text?: string) => void; progress: (text: string) => void };

/**
 * "labour backfill of 10,000 worklogs": generates worklogs in the stand-in (logged before the
 * app was there, so no events), starts the backfill as a project admin and runs the queue
 * consumer page by page until the job is done; then once more with nothing changed. Reports
 * the platform calls of the whole job (the starting invocation included), its wall time and
 * the process's peak RSS, and checks the stored entries against a recomputation.
 * @returns whether the stored entries equal the recomputation.
 */
export async function benchLabourBackfill({ out, progress }: Reporter): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-bench-labour-'));
  const { host, ops, opsIssues } = buildLocalHost({ dataFile: path.join(dir, 'kvs.sqlite') });
  const settings = host.module('jira:projectSettingsPage');
  const invoke = async <T>(key: string, payload: unknown = {}) => {
    const { result } = await host.invoke({
      module: settings,
      location: { kind: 'project-settings', projectId: ops.id },
      accountId: DEMO_USERS.admin,
      functionKey: key,
      payload,
    });
    const envelope = result as Result<T>; // the resolver's envelope, checked just below
    if (!envelope.ok) throw new Error(`${key} failed: ${envelope.error.message}`);

    return envelope.data;
  };
  const eur = (amount: number) => ({ amount, currency: 'EUR' });
  const rates: LabourRateDto[] = [
    { from: '2026-01-01', hourly: eur(65_00) },
    { accountId: DEMO_USERS.member, from: '2026-01-01', hourly: eur(80_00) },
    { accountId: DEMO_USERS.member, from: '2026-04-16', hourly: eur(86_50) },
    { accountId: DEMO_USERS.lead, from: '2026-01-01', hourly: eur(95_00) },
  ];
  for (const rate of rates) await invoke('labour/save-rate', rate);
  await host.drainQueues();
  progress(`generating ${int(LABOUR_WORKLOGS)} worklogs`);
  host.jira.worklogs.seed({
    count: LABOUR_WORKLOGS,
    issueIds: opsIssues.map((issue) => issue.id),
    authorAccountIds: [DEMO_USERS.member, DEMO_USERS.lead, DEMO_USERS.viewer, DEMO_USERS.admin],
    firstDay: '2026-01-01',
    days: 180,
  });

  const rows: string[][] = [];
  for (const label of ['labour backfill', 'labour backfill again (nothing changed)']) {
    progress(label);
    const measured = await measureJob(host.runtime.totals, async () => {
      await invoke<LabourSyncResponse>('labour/start-backfill');
      await host.drainQueues();
    });
    const { job } = await invoke<LabourSyncResponse>('labour/status');
    const c = measured.counters;
    rows.push([
      label,
      int(job?.worklogsRead ?? 0),
      int(job?.pages ?? 0),
      int(job?.entriesWritten ?? 0),
      int(c.kvsCalls),
      int(c.kvsBytesRead),
      int(c.kvsBytesWritten),
      int(c.jiraCalls),
      seconds(measured.elapsedMs),
      fixed(measured.peakRssMb, 0),
    ]);
  }
  const stored = storedLabourEntries(host);
  const same = isDeepStrictEqual(stored, recomputedLabourEntries(host, new Map([[ops.id, rates]])));
  await host.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });

  out('## Labour backfill of 10,000 worklogs');
  out();
  out(
    `${int(LABOUR_WORKLOGS)} worklogs generated in the stand-in on the OPS project's ` +
      `${opsIssues.length} issues (4 people, 180 days), plus the demo's own; 4 labour rates ` +
      '(a default, two people, one raise). The backfill is started by `labour/start-backfill` ' +
      "and runs as the `labour-sync` queue consumer, one page of Jira's changed-worklog feed " +
      '(1,000) per event (one event per page), until done. Counters are the whole job, the starting invocation ' +
      'included; time is wall time to the end of the queue drain; peak RSS is the process.',
  );
  out();
  out(
    table(
      [
        'operation',
        'worklogs read',
        'pages',
        'entries written',
        'KVS calls',
        'KVS bytes read',
        'KVS bytes written',
        'Jira calls',
        'time',
        'peak RSS MB',
      ],
      rows,
    ),
  );
  out();
  out(
    `Stored labour entries (${int(stored.size)}) equal a recomputation from the worklogs and ` +
      `rates: ${same ? 'yes' : '**NO**'}. Host queue failures: ${host.queueFailures.length}.`,
  );
  out();

  return same && host.queueFailures.length === 0;
}

async function measureJob(
  totals: InvocationCounters,
  work: () => Promise<void>,
): Promise<{ counters: InvocationCounters; elapsedMs: number; peakRssMb: number }> {
  const before = { ...totals };
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  const elapsedMs = performance.now() - started;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());

  return { counters: diffCounters(totals, before), elapsedMs, peakRssMb: peakRss / 2 ** 20 };
}
