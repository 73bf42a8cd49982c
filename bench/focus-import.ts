import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Papa from 'papaparse';

import { importFocusThroughResolvers } from '../local/demo/focus-demo';
import { LocalHost } from '../local/host';
import { DEMO_USERS } from '../local/jira/demo-people';
import { emptyCounters } from '../local/runtime/invocation';
import type { InvocationCounters } from '../local/runtime/invocation';
import type { FocusMappingDto } from '../src/shared/focus-contract';
import { SETTINGS_KEYS } from '../src/shared/resolver-keys';

import { fixed, int, seconds, table } from './format';

export const FOCUS_BENCH_ROWS = 100_000;
/** The issue's budget for importing a 100,000-row FOCUS file through the local host. */
export const FOCUS_BENCH_BUDGET_MS = 30_000;

const SAMPLE = path.join(__dirname, '../test/fixtures/focus-sample-data/focus_sample.csv');
const APPLICATIONS = 36;
const CATEGORIES = ['cloud', 'infrastructure', 'services'];
const PERIODS = ['2024-07', '2024-08', '2024-09'];

/** One import run's cost: wall time, memory high-water marks and the host's counters. */
export type FocusImportStats = {
  readonly label: string;
  readonly rows: number;
  readonly entries: number;
  readonly invocations: number;
  readonly counters: InvocationCounters;
  readonly elapsedMs: number;
  readonly startHeapMb: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
};

/**
 * Writes a FOCUS file of `rows` rows built from the sample's rows (cycled), spread over three
 * billing periods and 36 `application` tags (plus untagged rows for the default issue),
 * streamed to disk.
 */
async function writeBenchFile(file: string, rows: number): Promise<void> {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(SAMPLE, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const columns = parsed.meta.fields ?? [];
  const out = fs.createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`${Papa.unparse([columns])}\n`);
  for (let start = 0; start < rows; start += 1000) {
    const chunk = parsed.data.slice(0, Math.min(1000, rows - start)).map((row, offset) => {
      const index = start + offset;
      const period = PERIODS[index % PERIODS.length] ?? '2024-09';
      const shift = (value: string | undefined) =>
        value && /^2024-(09|10)/.test(value) ? `${period}${value.slice(7)}` : (value ?? '');
      return {
        ...row,
        BillingPeriodStart: `${period}-01 00:00:00`,
        ChargePeriodStart: shift(row.ChargePeriodStart),
        ChargePeriodEnd: shift(row.ChargePeriodEnd),
        Tags: JSON.stringify({ application: `app-${index % (APPLICATIONS + 1)}`, env: 'prod' }),
      };
    });
    await write(`${Papa.unparse(chunk, { columns, header: false })}\n`);
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

function benchMapping(issueKeys: readonly string[]): FocusMappingDto {
  return {
    costBasis: 'BilledCost',
    rules: Array.from({ length: APPLICATIONS }, (_, i) => ({
      id: `app-${i}`,
      field: 'tag' as const,
      tagKey: 'application',
      value: `app-${i}`,
      // 36 tags onto 12 issues x 3 categories: every issue x category pair once.
      categoryId: CATEGORIES[Math.floor(i / issueKeys.length) % CATEGORIES.length] ?? 'cloud',
      issueKey: issueKeys[i % issueKeys.length] ?? '',
    })),
    defaultTarget: { categoryId: 'cloud', issueKey: issueKeys[0] ?? '' },
  };
}

/**
 * Imports a generated 100,000-row FOCUS file through the settings resolvers on a fresh local
 * host, streaming it from disk with the Import tab's reader, then imports it again (the replace
 * path, nothing changed).
 */
export async function runFocusImportBench(
  progress: (text: string) => void,
): Promise<FocusImportStats[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-focus-bench-'));
  const file = path.join(folder, 'focus-100k.csv');
  progress(`writing a ${int(FOCUS_BENCH_ROWS)}-row FOCUS file`);
  await writeBenchFile(file, FOCUS_BENCH_ROWS);
  const host = new LocalHost({ dataFile: path.join(folder, 'kvs.sqlite') });
  const ops = host.jira.site.projects.find((p) => p.key === 'OPS');
  if (!ops) throw new Error('The demo site lacks OPS');
  const issueKeys = host.jira.site.issues.filter((i) => i.projectId === ops.id).map((i) => i.key);
  let counters = emptyCounters();
  let invocations = 0;
  const call = async (functionKey: string, payload: unknown) => {
    const { result, counters: used } = await host.invoke({
      module: host.module('jira:projectSettingsPage'),
      location: { kind: 'project-settings', projectId: ops.id },
      accountId: DEMO_USERS.admin,
      functionKey,
      payload,
    });
    invocations += 1;
    for (const key of Object.keys(counters) as Array<keyof InvocationCounters>) {
      counters = { ...counters, [key]: counters[key] + used[key] };
    }
    const envelope = result as { ok: boolean; data?: unknown; error?: { message: string } };
    if (!envelope.ok) throw new Error(`${functionKey} failed: ${envelope.error?.message ?? ''}`);
    return envelope.data;
  };
  const mapping = benchMapping(issueKeys);
  await call(SETTINGS_KEYS.focusSaveMapping, mapping);

  const results: FocusImportStats[] = [];
  for (const label of ['first import', 're-import (replaces, unchanged)']) {
    progress(`FOCUS import: ${label}`);
    counters = emptyCounters();
    invocations = 0;
    let peakRss = process.memoryUsage.rss();
    const startHeap = process.memoryUsage().heapUsed;
    let peakHeap = startHeap;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
    }, 5);
    const started = performance.now();
    const { preview, commit } = await importFocusThroughResolvers({
      call,
      file: fs.createReadStream(file, { encoding: 'utf8' }),
      mapping,
      runId: `bench-focus-${results.length}`,
      fileName: 'focus-100k.csv',
    });
    const elapsedMs = performance.now() - started;
    clearInterval(sampler);
    results.push({
      label,
      rows: preview.rowCount,
      entries: commit.entries,
      invocations,
      counters,
      elapsedMs,
      startHeapMb: startHeap / 2 ** 20,
      peakRssMb: peakRss / 2 ** 20,
      peakHeapMb: peakHeap / 2 ** 20,
    });
  }
  await host.shutdown();
  fs.rmSync(folder, { recursive: true, force: true });

  return results;
}

/** The runs as a markdown table. */
export function focusImportTable(stats: readonly FocusImportStats[]): string {
  return table(
    [
      'run',
      'rows',
      'entries',
      'invocations',
      'KVS calls',
      'KVS KB read',
      'KVS KB written',
      'Jira calls',
      'time',
      'heap at start MB',
      'peak heap MB',
      'peak RSS MB',
    ],
    stats.map((s) => [
      s.label,
      int(s.rows),
      int(s.entries),
      int(s.invocations),
      int(s.counters.kvsCalls),
      fixed(s.counters.kvsBytesRead / 1024, 1),
      fixed(s.counters.kvsBytesWritten / 1024, 1),
      int(s.counters.jiraCalls),
      seconds(s.elapsedMs),
      int(s.startHeapMb),
      int(s.peakHeapMb),
      int(s.peakRssMb),
    ]),
  );
}
