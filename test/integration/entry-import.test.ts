import Papa from 'papaparse';

import { DEFAULT_CATEGORIES } from '../../src/domain/cost-settings';
import type { PanelLoadResponse } from '../../src/shared/contract';
import type {
  EntryImportRowDto,
  ExportEntriesResponse,
  ImportEntriesResponse,
} from '../../src/shared/csv-contract';
import { ENTRY_IMPORT_BATCH_SIZE } from '../../src/shared/csv-contract';
import { entriesToCsvRows, toCsv } from '../../src/shared/csv-export';
import type { EntryImportOptions } from '../../src/shared/entry-import';
import {
  detectDelimiter,
  guessEntryMapping,
  importIdOf,
  readEntryRows,
} from '../../src/shared/entry-import';
import { SETTINGS_KEYS } from '../../src/shared/resolver-keys';
import { aggregatesAndRecount, buildLocalHost, dataOf } from '../builders/local-host';

import { changedKeys, dumpStore } from './security/support';

type Host = ReturnType<typeof buildLocalHost>;

const OPTIONS: EntryImportOptions = {
  locale: 'de-DE',
  datePattern: 'DD.MM.YYYY',
  defaultCurrency: 'EUR',
  defaultCategoryId: 'cloud',
  defaultKind: 'actual',
  categories: DEFAULT_CATEGORIES,
};

function settingsOf(host: Host) {
  return {
    module: 'jira:projectSettingsPage' as const,
    location: { kind: 'project-settings' as const, projectId: host.ops.id },
  };
}

/** What the settings page does with a chosen file: split, map, validate, batch. */
function prepare(host: Host, text: string, options = OPTIONS) {
  const records = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: detectDelimiter(text),
    skipEmptyLines: true,
  }).data;
  const guessed = guessEntryMapping(records[0] ?? []);
  const mapping = { issueKey: 0, date: 1, amount: 2, ...guessed };
  const read = readEntryRows(records, mapping, options);
  const importId = importIdOf([
    host.ops.id,
    JSON.stringify(mapping),
    JSON.stringify(options),
    JSON.stringify(records),
  ]);
  const batches: EntryImportRowDto[][] = [];
  for (let start = 0; start < read.rows.length; start += ENTRY_IMPORT_BATCH_SIZE) {
    batches.push(read.rows.slice(start, start + ENTRY_IMPORT_BATCH_SIZE));
  }

  return { importId, batches, errors: read.errors };
}

async function send(host: Host, importId: string, rows: EntryImportRowDto[], dryRun = false) {
  return host.call<ImportEntriesResponse>({
    ...settingsOf(host),
    as: 'admin',
    key: SETTINGS_KEYS.importEntries,
    payload: { importId, dryRun, rows },
  });
}

function costFile(host: Host, rowCount: number): string {
  const lines = ['\uFEFFIssue;Date;Amount;Currency;Category;Description'];
  for (let i = 0; i < rowCount; i += 1) {
    const issue = host.opsIssues[i % 3]!.key;
    lines.push(
      [
        issue,
        `${String((i % 28) + 1).padStart(2, '0')}.03.2026`,
        `1.000,${String(i % 100).padStart(2, '0')}`,
        '',
        'Cloud services',
        `"Bill ${i}\nline two"`,
      ].join(';'),
    );
  }

  return `${lines.join('\r\n')}\r\n`;
}

describe('cost CSV import through the local host', () => {
  it('writes every row once, so the panel shows the imported costs', async () => {
    const host = buildLocalHost();
    const { importId, batches, errors } = prepare(host, costFile(host, 120));

    const answers = [];
    for (const rows of batches) answers.push(dataOf(await send(host, importId, rows)));
    const panel = dataOf(
      await host.call<PanelLoadResponse>({
        module: 'jira:issuePanel',
        location: { kind: 'issue', issueId: host.opsIssues[0]!.id },
        as: 'admin',
        key: 'panel/load',
      }),
    );
    const { stored, recount } = aggregatesAndRecount(host.host);
    await host.host.shutdown();

    expect([errors, batches.length, answers.reduce((n, a) => n + a.created, 0)]).toStrictEqual([
      [],
      3,
      120,
    ]);
    expect(panel.entries).toHaveLength(40);
    expect(panel.entries.find((e) => e.description === 'Bill 0\nline two')?.amount).toStrictEqual({
      amount: 100000,
      currency: 'EUR',
    });
    expect(stored).toStrictEqual(recount);
  });

  it('checks a dry run without writing and names the refused rows', async () => {
    const host = buildLocalHost();
    const mkt = host.host.jira.site.issues.find((issue) => issue.key.startsWith('MKT-'))!;
    const lines = ['Issue,Date,Amount', `${host.opsIssues[0]!.key},2026-03-01,5`];
    const text = [...lines, `${mkt.key},2026-03-01,5`, 'OPS-9999,2026-03-01,5', ''].join('\n');
    const { importId, batches } = prepare(host, text, { ...OPTIONS, locale: 'en-US' });
    const before = dumpStore(host.host);

    const checked = dataOf(await send(host, importId, batches[0]!, true));
    const written = dataOf(await send(host, importId, batches[0]!, false));
    const changed = changedKeys(before, dumpStore(host.host));
    await host.host.shutdown();

    expect(checked.errors.map((e) => e.row)).toStrictEqual([3, 4]);
    expect([written.created, written.errors.length, changed]).toStrictEqual([0, 2, []]);
  });

  it('resumes exactly where an interrupted batch stopped', async () => {
    const clean = buildLocalHost();
    const cleanFile = prepare(clean, costFile(clean, 30));
    dataOf(await send(clean, cleanFile.importId, cleanFile.batches[0]!));
    const interrupted = buildLocalHost();
    const file = prepare(interrupted, costFile(interrupted, 30));
    // Fails a KVS call part-way through the writes of the batch.
    interrupted.host.runtime.injectFaults({ failKvsCall: 40 });
    const failed = await send(interrupted, file.importId, file.batches[0]!);
    interrupted.host.runtime.injectFaults({});
    const partial = aggregatesAndRecount(interrupted.host);

    const resumed = dataOf(await send(interrupted, file.importId, file.batches[0]!));
    const entries = (h: Host) =>
      [...dumpStore(h.host)]
        .filter(([key]) => key.startsWith('cost-entry/'))
        .map(([key, value]) => [key, JSON.parse(value).value.amountMinor as number]);
    const [cleanEntries, resumedEntries] = [entries(clean), entries(interrupted)];
    const after = aggregatesAndRecount(interrupted.host);
    await clean.host.shutdown();
    await interrupted.host.shutdown();

    expect(failed.result.ok).toBe(false);
    expect(partial.stored).toStrictEqual(partial.recount);
    expect(resumed.created + resumed.skipped).toBe(30);
    expect(resumed.skipped).toBeGreaterThan(0);
    expect(cleanEntries).toHaveLength(30);
    expect(resumedEntries).toStrictEqual(cleanEntries);
    expect(after.stored).toStrictEqual(after.recount);
  });

  it('round-trips the export of a project through the import format', async () => {
    const host = buildLocalHost();
    const { importId, batches } = prepare(host, costFile(host, 12));
    for (const rows of batches) dataOf(await send(host, importId, rows));

    const exported = dataOf(
      await host.call<ExportEntriesResponse>({
        ...settingsOf(host),
        as: 'admin',
        key: SETTINGS_KEYS.exportEntries,
      }),
    );
    const csv = toCsv(entriesToCsvRows(exported.entries, DEFAULT_CATEGORIES, ','), {
      delimiter: ';',
      bom: true,
    });
    const again = prepare(host, csv);
    await host.host.shutdown();

    expect(again.errors).toStrictEqual([]);
    expect(again.batches.flat().map((row) => [row.issueKey, row.entry])).toStrictEqual(
      exported.entries.map((e) => [
        e.issueKey,
        {
          kind: e.kind,
          amount: e.amount,
          categoryId: e.categoryId,
          incurredOn: e.incurredOn,
          description: e.description,
          recurrence: e.recurrence,
        },
      ]),
    );
  });

  it('denies a member and a viewer', async () => {
    const host = buildLocalHost();
    const { importId, batches } = prepare(host, costFile(host, 2));

    const outcomes = [];
    for (const as of ['member', 'viewer'] as const) {
      const answer = await host.call({
        ...settingsOf(host),
        as,
        key: SETTINGS_KEYS.importEntries,
        payload: { importId, dryRun: false, rows: batches[0] },
      });
      outcomes.push(answer.result.ok ? 'ok' : answer.result.error.code);
    }
    await host.host.shutdown();

    expect(outcomes).toStrictEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
