import type { PanelLoadResponse } from '../../src/shared/contract';
import type { FocusMappingDto } from '../../src/shared/focus-contract';
import { SETTINGS_KEYS } from '../../src/shared/resolver-keys';
import type { CostEntryRecord } from '../../src/storage/records';
import { importFocusFile, opsSettings, readFocusSample } from '../builders/focus-import';
import { aggregatesAndRecount, buildLocalHost, dataOf } from '../builders/local-host';
import { readRecords } from './security/support';

type Host = ReturnType<typeof buildLocalHost>;

const SERVICE_CATEGORIES = [
  'Compute',
  'Storage',
  'Networking',
  'Management and Governance',
  'Other',
  'Databases',
  'Integration',
  'AI and Machine Learning',
  'Identity',
  'Security',
];

/** One issue per ServiceCategory (cloud), so that issue totals are ServiceCategory totals. */
function perServiceMapping(host: Host, shift = 0): FocusMappingDto {
  return {
    costBasis: 'BilledCost',
    rules: SERVICE_CATEGORIES.map((value, index) => ({
      id: `svc-${index}`,
      field: 'ServiceCategory' as const,
      value,
      categoryId: 'cloud',
      issueKey: host.opsIssues[(index + shift) % SERVICE_CATEGORIES.length]!.key,
    })),
  };
}

/** A minimal CSV reader written for this test, independent of the app's parser. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);

  return rows;
}

/** "12.34567890123" as an integer of 1e-11 units, by string surgery only. */
function toScaled(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^[+-]/, '').split('.');
  const value = BigInt(whole + fraction.padEnd(11, '0'));

  return negative ? -value : value;
}

function roundCents(scaled: bigint): bigint {
  const unit = 10n ** 9n;
  const magnitude = scaled < 0n ? -scaled : scaled;
  const floor = magnitude / unit;
  const rest = magnitude - floor * unit;
  const up = rest * 2n > unit || (rest * 2n === unit && floor % 2n === 1n);
  const rounded = up ? floor + 1n : floor;

  return scaled < 0n ? -rounded : rounded;
}

/**
 * Per ServiceCategory, in cents: exact sums per bill (provider, billing account and billing
 * period: one entry each here), each rounded once.
 */
function expectedCentsByServiceCategory(text: string): Map<string, bigint> {
  const [header = [], ...rows] = parseCsv(text).filter((r) => r.length > 1);
  const col = (name: string) => header.indexOf(name);
  const sums = new Map<string, bigint>();
  for (const row of rows) {
    const key = ['ServiceCategory', 'ProviderName', 'BillingAccountId', 'BillingPeriodStart']
      .map((name) => row[col(name)])
      .join('|');
    sums.set(key, (sums.get(key) ?? 0n) + toScaled(row[col('BilledCost')] ?? ''));
  }
  const totals = new Map<string, bigint>();
  for (const [key, sum] of sums) {
    const service = key.split('|')[0] ?? '';
    totals.set(service, (totals.get(service) ?? 0n) + roundCents(sum));
  }

  return totals;
}

async function usdOnIssue(host: Host, issueId: string): Promise<bigint> {
  const panel = dataOf(
    await host.call<PanelLoadResponse>({
      module: 'jira:issuePanel',
      location: { kind: 'issue', issueId },
      as: 'admin',
      key: 'panel/load',
    }),
  );

  return BigInt(panel.totals.byCurrency.find((t) => t.currency === 'USD')?.actual ?? 0);
}

async function saveMapping(host: Host, mapping: FocusMappingDto) {
  return host.call({
    ...opsSettings(host),
    as: 'admin',
    key: SETTINGS_KEYS.focusSaveMapping,
    payload: mapping,
  });
}

async function importSample(host: Host, mapping: FocusMappingDto, runId: string) {
  const run = await importFocusFile(host, { text: readFocusSample(), mapping, runId });
  const outcome = dataOf(await run.commit());

  return { ...run, outcome };
}

function focusEntries(host: Host): CostEntryRecord[] {
  return readRecords<CostEntryRecord>(host.host, 'cost-entry').filter(
    (record) => record.source?.kind === 'focus-import',
  );
}

describe('FOCUS import through the local host', () => {
  it('records the sample with per-ServiceCategory totals exact to the cent', async () => {
    const host = buildLocalHost();
    const mapping = perServiceMapping(host);
    dataOf(await saveMapping(host, mapping));

    await importSample(host, mapping, 'run-sample-1');

    const expected = expectedCentsByServiceCategory(readFocusSample());
    const measured = new Map<string, bigint>();
    for (const [index, service] of SERVICE_CATEGORIES.entries()) {
      measured.set(service, await usdOnIssue(host, host.opsIssues[index]!.id));
    }
    expect(measured).toStrictEqual(expected);
    await host.host.shutdown();
  });

  it('writes one entry per bill, issue, category, month and currency, with its source', async () => {
    const host = buildLocalHost();
    const mapping = perServiceMapping(host);

    const { preview } = await importSample(host, mapping, 'run-sample-2');

    const entries = focusEntries(host);
    // Three providers' September bills over ten service categories (11 entries), plus the one
    // Oracle row billed in October: four bills.
    expect({
      rows: preview.rowCount,
      entries: entries.length,
      bills: new Set(entries.map((e) => e.sourceKey)).size,
      months: [...new Set(entries.map((e) => e.incurredOn))],
    }).toStrictEqual({ rows: 1000, entries: 12, bills: 4, months: ['2024-09-01'] });
    await host.host.shutdown();
  });

  it('replaces the earlier import of the same bill and never counts it twice', async () => {
    const host = buildLocalHost();
    await importSample(host, perServiceMapping(host), 'run-replace-1');
    const first = focusEntries(host).reduce((sum, e) => sum + e.amountMinor, 0);

    const again = await importSample(host, perServiceMapping(host), 'run-replace-2');
    const moved = await importSample(host, perServiceMapping(host, 1), 'run-replace-3');

    const entries = focusEntries(host);
    const { stored, recount } = aggregatesAndRecount(host.host);
    expect({
      unchanged: again.outcome,
      movedDeleted: moved.outcome.deleted > 0,
      total: entries.reduce((sum, e) => sum + e.amountMinor, 0),
      count: entries.length,
      aggregatesExact: stored,
    }).toStrictEqual({
      unchanged: {
        done: true,
        written: 0,
        deleted: 0,
        entries: 12,
        sources: again.preview.sources,
      },
      movedDeleted: true,
      total: first,
      count: 12,
      aggregatesExact: recount,
    });
    await host.host.shutdown();
  });

  it('never holds a replaced and a replacing entry together when the commit fails midway', async () => {
    const outcomes: string[] = [];
    for (const failedCall of [2, 4, 7, 11]) {
      const host = buildLocalHost();
      await importSample(host, perServiceMapping(host), `run-fault-a-${failedCall}`);
      const oldIds = new Set(focusEntries(host).map((e) => e.id));
      const run = await importFocusFile(host, {
        text: readFocusSample(),
        mapping: perServiceMapping(host, 3),
        runId: `run-fault-b-${failedCall}`,
      });

      host.host.runtime.injectFaults({ failKvsCall: failedCall });
      const failed = await run.commit();
      host.host.runtime.injectFaults({});
      const ids = focusEntries(host).map((e) => e.id);
      const mixed = ids.some((id) => oldIds.has(id)) && ids.some((id) => !oldIds.has(id));
      const { stored, recount } = aggregatesAndRecount(host.host);
      const retried = dataOf(await run.commit());

      const total = focusEntries(host).reduce((sum, e) => sum + e.amountMinor, 0);
      outcomes.push(
        `${failed.result.ok ? 'ok' : 'failed'} mixed=${mixed} exact=${String(
          JSON.stringify([...stored]) === JSON.stringify([...recount]),
        )} done=${retried.done} total=${total}`,
      );
      await host.host.shutdown();
    }

    expect(
      outcomes.filter((o) => o.includes('mixed=true') || o.includes('exact=false')),
    ).toStrictEqual([]);
    expect(outcomes.filter((o) => o.startsWith('failed')).length).toBeGreaterThan(0);
    expect(
      new Set(outcomes.map((o) => o.replace(/^(ok|failed) /, '').replace(/mixed=\w+ /, ''))).size,
    ).toBe(1);
  });

  it('writes many entries of one aggregate in few transactions, keeping the aggregate exact', async () => {
    const host = buildLocalHost();
    const source = { providerName: 'AWS', billingAccountId: 'acct-9', billingPeriod: '2024-09' };
    const groups = (cents: number) =>
      host.opsIssues.slice(0, 12).flatMap((issue, i) =>
        ['USD', 'EUR', 'GBP', 'JPY', 'CHF'].map((currency, c) => ({
          source,
          issueKey: issue.key,
          categoryId: 'cloud',
          month: '2024-09',
          currency,
          amountMinor: cents + i * 10 + c,
          rowCount: 1,
        })),
      );
    const run = async (runId: string, cents: number) => {
      const all = groups(cents);
      for (const [batchIndex, start] of [0, 50].entries()) {
        dataOf(
          await host.call({
            ...opsSettings(host),
            as: 'admin',
            key: SETTINGS_KEYS.focusStage,
            payload: {
              runId,
              batchIndex,
              costBasis: 'BilledCost',
              fileName: 'x.csv',
              groups: all.slice(start, start + 50),
            },
          }),
        );
      }
      return host.call<{ done: boolean; written: number }>({
        ...opsSettings(host),
        as: 'admin',
        key: SETTINGS_KEYS.focusCommit,
        payload: { runId, batchCount: 2, sources: [source] },
      });
    };

    const first = await run('run-many-1', 100);
    const second = await run('run-many-2', 200);

    const { stored, recount } = aggregatesAndRecount(host.host);
    // 60 entries in one project x month x category: 3 chunks of at most 24 entries plus their
    // aggregate, each a batch read of the entries, one of the aggregate and a transaction (9);
    // plus reading the staged batches, the bill's old entries, the project configuration, the
    // audit event and creating the empty aggregate once (5).
    expect({
      written: [dataOf(first).written, dataOf(second).written],
      entries: focusEntries(host).length,
      exact: stored,
      firstCommitKvsCalls: first.counters.kvsCalls,
    }).toStrictEqual({ written: [60, 60], entries: 60, exact: recount, firstCommitKvsCalls: 14 });
    await host.host.shutdown();
  });

  it('refuses issues outside the project, unknown categories and oversized batches', async () => {
    const host = buildLocalHost();
    const base = perServiceMapping(host);
    const group = {
      source: { providerName: 'AWS', billingAccountId: '1', billingPeriod: '2024-09' },
      issueKey: host.opsIssues[0]!.key,
      categoryId: 'cloud',
      month: '2024-09',
      currency: 'USD',
      amountMinor: 100,
      rowCount: 1,
    };
    const stage = (groups: unknown[]) =>
      host.call({
        ...opsSettings(host),
        as: 'admin',
        key: SETTINGS_KEYS.focusStage,
        payload: {
          runId: 'run-bad-1',
          batchIndex: 0,
          costBasis: 'BilledCost',
          fileName: 'x.csv',
          groups,
        },
      });

    const codes = [
      await saveMapping(host, {
        ...base,
        defaultTarget: { categoryId: 'cloud', issueKey: 'MKT-1' },
      }),
      await saveMapping(host, {
        ...base,
        defaultTarget: { categoryId: 'nope', issueKey: group.issueKey },
      }),
      await stage([{ ...group, issueKey: 'OPS-999' }]),
      await stage([{ ...group, currency: 'XYZ' }]),
      await stage(Array.from({ length: 201 }, () => group)),
      await host.call({
        ...opsSettings(host),
        as: 'admin',
        key: SETTINGS_KEYS.focusCommit,
        payload: { runId: 'run-bad-2', batchCount: 1, sources: [group.source] },
      }),
    ].map(({ result }) => (result.ok ? 'ok' : result.error.code));

    expect(codes).toStrictEqual(Array(6).fill('VALIDATION'));
    await host.host.shutdown();
  });

  it('denies every import call to project members who do not administer it', async () => {
    const host = buildLocalHost();
    const keys = [
      SETTINGS_KEYS.focusLoad,
      SETTINGS_KEYS.focusSaveMapping,
      SETTINGS_KEYS.focusStage,
      SETTINGS_KEYS.focusCommit,
    ];
    const payloads: Record<string, unknown> = {
      [SETTINGS_KEYS.focusLoad]: {},
      [SETTINGS_KEYS.focusSaveMapping]: perServiceMapping(host),
      [SETTINGS_KEYS.focusStage]: {
        runId: 'run-deny-1',
        batchIndex: 0,
        costBasis: 'BilledCost',
        fileName: 'x',
        groups: [],
      },
      [SETTINGS_KEYS.focusCommit]: {
        runId: 'run-deny-1',
        batchCount: 1,
        sources: [{ providerName: 'AWS', billingAccountId: '1', billingPeriod: '2024-09' }],
      },
    };

    const codes = [];
    for (const key of keys) {
      const { result } = await host.call({
        ...opsSettings(host),
        as: 'member',
        key,
        payload: payloads[key],
      });
      codes.push(result.ok ? 'ok' : result.error.code);
    }

    expect(codes).toStrictEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    await host.host.shutdown();
  });
});
