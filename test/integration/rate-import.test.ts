import fs from 'node:fs';
import path from 'node:path';

import { readEcbImportBatches } from '../../local/demo/ecb-rates';
import { DEFAULT_CATEGORIES } from '../../src/domain/cost-settings';
import type { GadgetLoadResponse, PanelLoadResponse } from '../../src/shared/contract';
import type { ImportRatesResponse, ListRateSeriesResponse } from '../../src/shared/csv-contract';
import { isCurrencyCode } from '../../src/shared/currencies';
import { SETTINGS_KEYS } from '../../src/shared/resolver-keys';
import { buildLocalHost, dataOf } from '../builders/local-host';
import { changedKeys, dumpStore } from './security/support';

const ECB_CSV = fs.readFileSync(
  path.join(__dirname, '../fixtures/ecb-eurofxref/eurofxref-hist.csv'),
  'utf8',
);
// Counted from the file independently of the parser: every cell that is not N/A or empty, in
// the columns of currencies the app supports (retired ones such as CYP are left out).
const [ECB_HEADER = '', ...ECB_LINES] = ECB_CSV.trim().split('\n');
const SUPPORTED_COLUMNS = ECB_HEADER.split(',').flatMap((code, index) =>
  index > 0 && isCurrencyCode(code.trim()) ? [index] : [],
);
const ECB_POINTS = ECB_LINES.flatMap((line) => {
  const cells = line.split(',');
  return SUPPORTED_COLUMNS.map((index) => cells[index]?.trim() ?? '');
}).filter((cell) => cell !== '' && cell !== 'N/A').length;

type Host = ReturnType<typeof buildLocalHost>;

function settingsOf(host: Host) {
  return {
    module: 'jira:projectSettingsPage' as const,
    location: { kind: 'project-settings' as const, projectId: host.ops.id },
  };
}

async function importEcb(host: Host, batches = readEcbImportBatches(ECB_CSV)) {
  const results: ImportRatesResponse[] = [];
  for (const series of batches) {
    const answer = await host.call<ImportRatesResponse>({
      ...settingsOf(host),
      as: 'admin',
      key: SETTINGS_KEYS.importRates,
      payload: { source: 'ecb', series },
    });
    results.push(dataOf(answer));
  }

  return results;
}

async function addUsdCost(host: Host, issueIndex: number, id: string, incurredOn: string) {
  dataOf(
    await host.call({
      module: 'jira:issuePanel',
      location: { kind: 'issue', issueId: host.opsIssues[issueIndex]!.id },
      as: 'admin',
      key: 'entries/create',
      payload: {
        id,
        kind: 'actual',
        amount: { amount: 11711, currency: 'USD' },
        categoryId: 'cloud',
        incurredOn,
        description: 'Cloud bill',
        recurrence: { frequency: 'none' },
      },
    }),
  );
}

async function loadPanel(host: Host, issueIndex: number) {
  return host.call<PanelLoadResponse>({
    module: 'jira:issuePanel',
    location: { kind: 'issue', issueId: host.opsIssues[issueIndex]!.id },
    as: 'member',
    key: 'panel/load',
  });
}

describe('exchange-rate import through the local host', () => {
  let host: Host;
  let imported: ImportRatesResponse[];

  beforeAll(async () => {
    host = buildLocalHost();
    imported = await importEcb(host);
  }, 120_000);

  afterAll(async () => {
    await host.host.shutdown();
  });

  it('stores every published rate of the full ECB history once', async () => {
    const listed = dataOf(
      await host.call<ListRateSeriesResponse>({
        ...settingsOf(host),
        as: 'admin',
        key: SETTINGS_KEYS.listRateSeries,
      }),
    );
    const usd = listed.series.find((s) => s.quote === 'USD');
    const chunks = [...dumpStore(host.host)].filter(([key]) => key.startsWith('kv/rate-chunk:'));
    process.stdout.write(
      `ECB history: ${listed.series.length} pairs, ${chunks.length} records, ` +
        `${chunks.reduce((n, [, value]) => n + value.length, 0)} bytes stored\n`,
    );

    expect(imported.reduce((n, r) => n + r.changedCount, 0)).toBe(ECB_POINTS);
    expect(usd && [usd.base, usd.from, usd.to, usd.count]).toStrictEqual([
      'EUR',
      '1999-01-04',
      '2026-04-13',
      6983,
    ]);
  });

  it('converts a Saturday cost at the Friday rate, within the panel budget', async () => {
    await addUsdCost(host, 0, 'weekend-0001', '2026-04-11');

    const { result, counters } = await loadPanel(host, 0);
    const panel = dataOf({ result });
    process.stdout.write(
      `panel load with the ECB history: ${counters.kvsCalls} KVS calls, ` +
        `${counters.kvsBytesRead} bytes read, ${counters.jiraCalls} Jira call\n`,
    );

    // 117.11 USD at Friday 2026-04-10's 1.1711 is exactly 100.00 EUR.
    expect(panel.totals.reporting).toStrictEqual({
      currency: 'EUR',
      actual: 10000,
      planned: 0,
      unconvertedCount: 0,
    });
    expect([counters.kvsCalls <= 3, counters.jiraCalls]).toStrictEqual([true, 1]);
    expect(counters.kvsBytesRead).toBeLessThan(40_000);
  });

  it('crosses USD to JPY through EUR at the last rates on or before the date', async () => {
    await addUsdCost(host, 1, 'cross-00001', '2026-04-12');
    dataOf(
      await host.call({
        ...settingsOf(host),
        as: 'admin',
        key: SETTINGS_KEYS.updateCostSettings,
        payload: {
          reportingCurrency: 'JPY',
          fiscalYearStartMonth: 1,
          categories: DEFAULT_CATEGORIES,
          viewers: { type: 'jira-permission' },
          editors: { type: 'jira-permission' },
        },
      }),
    );

    const panel = dataOf(await loadPanel(host, 1));

    // 117.11 USD / 1.1711 * 186.43 = 18,643 JPY (2026-04-10 rates; JPY has no minor unit).
    expect(panel.totals.reporting.actual).toBe(18643);
  });

  it('keeps the gadget within 30 KVS calls with the full history stored', async () => {
    host.host.saveGadgetConfiguration('rates-1', { projectId: host.ops.id });

    const { result, counters } = await host.call<GadgetLoadResponse>({
      module: 'jira:dashboardGadget',
      location: { kind: 'gadget', gadgetId: 'rates-1' },
      as: 'admin',
      key: 'gadget/load',
    });

    process.stdout.write(
      `gadget load with the ECB history: ${counters.kvsCalls} KVS calls, ` +
        `${counters.kvsBytesRead} bytes read\n`,
    );

    expect([result.ok, counters.kvsCalls <= 30]).toStrictEqual([true, true]);
  });

  it('changes nothing when the same history is imported again', async () => {
    const before = dumpStore(host.host);

    const again = await importEcb(host);
    const changed = changedKeys(before, dumpStore(host.host));

    expect([again.reduce((n, r) => n + r.changedCount, 0), changed]).toStrictEqual([0, []]);
  });
});

describe('an interrupted exchange-rate import', () => {
  it('ends with the rates of an uninterrupted import once the file is imported again', async () => {
    const batches = readEcbImportBatches(ECB_CSV, ['USD', 'JPY', 'GBP']).map((series) =>
      series.map((s) => ({ ...s, points: s.points.filter(([date]) => date >= '2020-01-01') })),
    );
    const clean = buildLocalHost();
    await importEcb(clean, batches);
    const interrupted = buildLocalHost();
    interrupted.host.runtime.injectFaults({ failKvsCall: 12 });
    const failed = await interrupted.call({
      ...settingsOf(interrupted),
      as: 'admin',
      key: SETTINGS_KEYS.importRates,
      payload: { source: 'ecb', series: batches[0] },
    });
    interrupted.host.runtime.injectFaults({});

    await importEcb(interrupted, batches);
    const rates = (h: Host) =>
      new Map([...dumpStore(h.host)].filter(([key]) => key.startsWith('kv/rate-chunk:')));
    const [cleanRates, resumedRates] = [rates(clean), rates(interrupted)];
    await clean.host.shutdown();
    await interrupted.host.shutdown();

    expect(failed.result.ok).toBe(false);
    expect(resumedRates).toStrictEqual(cleanRates);
  });
});
