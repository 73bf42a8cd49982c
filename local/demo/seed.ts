import fs from 'node:fs';
import path from 'node:path';

import type { FocusRuleField } from '../../src/shared/focus-contract';
import type { LocalHost } from '../host';
import { DEMO_USERS } from '../jira/demo-people';

import { readEcbImportBatches } from './ecb-rates';
import { importFocusThroughResolvers, shiftFocusSample } from './focus-demo';

type EntrySeed = {
  issueIndex: number;
  categoryId: string;
  currency: string;
  amountMinor: number;
  monthsAgo: number;
  day: number;
  kind?: 'actual' | 'planned';
  months?: number;
  description: string;
};

const ECB_FILE = path.resolve(__dirname, '../../test/fixtures/ecb-eurofxref/eurofxref-hist.csv');
/** The FOCUS sample (CC BY 4.0, attribution in test/fixtures/SOURCES.md). */
const FOCUS_FILE = path.resolve(
  __dirname,
  '../../test/fixtures/focus-sample-data/focus_sample.csv',
);

/**
 * The year of AWS-led cloud bills the demo's key results are about (USD minor units, oldest
 * first): they fall after the spot-instance migration. Each month is the FOCUS sample moved to
 * that month and scaled to about this amount, then imported through the Import tab's resolvers.
 */
const CLOUD_BILLS = [
  48210_00, 47650_00, 49120_00, 46330_00, 45980_00, 44120_00, 43870_00, 42010_00, 41460_00,
  40150_00, 39870_00, 38990_00,
];

/**
 * The demo site's cost data, written through the app's own resolvers as the demo admin, so the
 * demo exercises the same code paths as a real site: cost settings, ECB rates, and a year of
 * costs on the Platform Operations issues in several categories and currencies.
 */
export async function seedDemo(
  host: LocalHost,
  today: string,
): Promise<{ entries: number; rates: number }> {
  const ops = host.jira.site.projects[0];
  if (!ops) throw new Error('The demo site has no project');
  const opsIssues = host.jira.site.issues.filter((issue) => issue.projectId === ops.id);
  const settingsModule = host.module('jira:projectSettingsPage');
  const panel = host.module('jira:issuePanel');
  const asAdmin = async (
    module: typeof panel,
    location: Parameters<LocalHost['invoke']>[0]['location'],
    functionKey: string,
    payload: unknown,
  ) => {
    const { result } = await host.invoke({
      module,
      location,
      accountId: DEMO_USERS.admin,
      functionKey,
      payload,
    });
    const envelope = result as { ok: boolean; error?: { message: string } };
    if (!envelope.ok)
      throw new Error(`Demo seeding failed at ${functionKey}: ${envelope.error?.message ?? ''}`);
  };

  // The daily ECB history of the demo's currencies, through the app's own import path.
  const batches = fs.existsSync(ECB_FILE)
    ? readEcbImportBatches(fs.readFileSync(ECB_FILE, 'utf8'), ['USD', 'GBP', 'JPY', 'CHF'])
    : [];
  let rates = 0;
  for (const series of batches) {
    await asAdmin(settingsModule, { kind: 'project-settings', projectId: ops.id }, 'rates/import', {
      source: 'ecb',
      series,
    });
    rates += series.reduce((n, s) => n + s.points.length, 0);
  }
  for (const [index, seed] of demoEntries().entries()) {
    const issue = opsIssues[seed.issueIndex % opsIssues.length];
    if (!issue) continue;
    const month = shiftMonth(today, -seed.monthsAgo);
    await asAdmin(panel, { kind: 'issue', issueId: issue.id }, 'entries/create', {
      id: `demo-entry-${String(index).padStart(4, '0')}`,
      kind: seed.kind ?? 'actual',
      amount: { amount: seed.amountMinor, currency: seed.currency },
      categoryId: seed.categoryId,
      incurredOn: `${month}-${String(seed.day).padStart(2, '0')}`,
      description: seed.description,
      recurrence: seed.months
        ? { frequency: 'monthly', months: seed.months }
        : { frequency: 'none' },
    });
  }

  // Labour: hourly rates, then the backfill that costs the demo's worklogs (a queue consumer).
  for (const rate of demoLabourRates()) {
    await asAdmin(
      settingsModule,
      { kind: 'project-settings', projectId: ops.id },
      'labour/save-rate',
      rate,
    );
  }
  await asAdmin(
    settingsModule,
    { kind: 'project-settings', projectId: ops.id },
    'labour/start-backfill',
    {},
  );
  await seedFocusImports(host, today, ops.id, opsIssues);

  for (const objective of demoObjectives(today)) {
    await asAdmin(
      settingsModule,
      { kind: 'project-settings', projectId: ops.id },
      'objectives/save',
      objective,
    );
  }

  await host.drainQueues();

  // JQL-narrowed key results are measured by a queue consumer; let it run before serving.
  await host.drainQueues();

  // Imports replace entries of earlier bills, so the stored entries are counted, not the calls.
  const entries = host.kvs.listAllKeys().filter((k) => k.entityName === 'cost-entry').length;

  return { entries, rates };
}

/**
 * Cloud costs from FOCUS bills: a mapping by ServiceCategory and tag onto the OPS issues, the
 * sample's own September 2024 bill, then twelve monthly bills of the sample's shape.
 */
async function seedFocusImports(
  host: LocalHost,
  today: string,
  projectId: string,
  opsIssues: ReadonlyArray<{ key: string }>,
): Promise<void> {
  if (!fs.existsSync(FOCUS_FILE)) return;
  const call = async (functionKey: string, payload: unknown) => {
    const { result } = await host.invoke({
      module: host.module('jira:projectSettingsPage'),
      location: { kind: 'project-settings', projectId },
      accountId: DEMO_USERS.admin,
      functionKey,
      payload,
    });
    const envelope = result as { ok: boolean; data?: unknown; error?: { message: string } };
    if (!envelope.ok)
      throw new Error(`Demo seeding failed at ${functionKey}: ${envelope.error?.message ?? ''}`);
    return envelope.data;
  };
  const key = (index: number) => opsIssues[index % opsIssues.length]?.key ?? '';
  const rule = (
    id: string,
    field: FocusRuleField,
    value: string,
    issueIndex: number,
    tagKey?: string,
  ) => ({
    id,
    field,
    ...(tagKey ? { tagKey } : {}),
    value,
    categoryId: 'cloud',
    issueKey: key(issueIndex),
  });
  const mapping = {
    costBasis: 'BilledCost' as const,
    rules: [
      rule('compute', 'ServiceCategory', 'Compute', 1),
      rule('databases', 'ServiceCategory', 'Databases', 2),
      rule('storage', 'ServiceCategory', 'Storage', 3),
      rule('networking', 'ServiceCategory', 'Networking', 4),
      rule('dev-leftovers', 'tag', 'dev', 9, 'environment'),
    ],
    defaultTarget: { categoryId: 'cloud', issueKey: key(0) },
  };
  await call('focus-import/save-mapping', mapping);
  const sample = fs.readFileSync(FOCUS_FILE, 'utf8');
  const original = await importFocusThroughResolvers({
    call,
    file: sample,
    mapping,
    runId: 'demo-focus-sample',
    fileName: 'focus_sample.csv',
  });
  const sampleMinor = original.preview.totals.find((t) => t.currency === 'USD')?.amountMinor ?? 1;
  for (const [index, bill] of CLOUD_BILLS.entries()) {
    const month = shiftMonth(today, index - (CLOUD_BILLS.length - 1));
    await importFocusThroughResolvers({
      call,
      file: shiftFocusSample(sample, month, Math.round(bill / sampleMinor)),
      mapping,
      runId: `demo-focus-${month}`,
      fileName: `focus-${month}.csv`,
    });
  }
}

/** A project default, two people's own rates, and a raise in the middle of November. */
function demoLabourRates() {
  const eur = (amount: number) => ({ amount, currency: 'EUR' });

  return [
    { from: '2026-01-01', hourly: eur(65_00) },
    { accountId: DEMO_USERS.member, from: '2026-01-01', hourly: eur(80_00) },
    { accountId: DEMO_USERS.member, from: '2026-11-16', hourly: eur(86_50) },
    { accountId: DEMO_USERS.lead, from: '2026-01-01', hourly: eur(95_00) },
  ];
}

/** Two objectives: one measured from costs (the product's point), one with check-ins. */
function demoObjectives(today: string) {
  const start = `${shiftMonth(today, -5)}-01`;
  const lastMonth = shiftMonth(today, 0);
  const [year, month] = lastMonth.split('-').map(Number) as [number, number];
  const endInclusive = `${lastMonth}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  const base = { weight: 1, archived: false, type: 'cost' as const, kind: 'actual' as const };

  return [
    {
      id: 'demo-objective-lean-platform',
      title: 'Run a leaner platform',
      description: 'Bring infrastructure and cloud spend down without slowing delivery.',
      ownerAccountId: DEMO_USERS.lead,
      period: { type: 'custom', start, endInclusive },
      status: 'active',
      version: 0,
      keyResults: [
        {
          ...base,
          id: 'kr-infra-15',
          title: 'Reduce infrastructure costs by 15% within six months',
          categoryIds: ['infrastructure'],
          measure: { type: 'total' },
          baseline: { type: 'window', months: 6 },
          target: { type: 'percent-change', percent: -15 },
        },
        {
          ...base,
          id: 'kr-cloud-20',
          title: 'Cut the cloud run-rate by 20%',
          categoryIds: ['cloud'],
          measure: { type: 'run-rate', months: 3 },
          baseline: { type: 'window', months: 6 },
          target: { type: 'percent-change', percent: -20 },
        },
        {
          ...base,
          id: 'kr-aws-10',
          title: 'Spend 10% less on AWS work (issues labelled aws)',
          categoryIds: ['cloud', 'infrastructure'],
          jql: 'labels = aws',
          measure: { type: 'total' },
          baseline: { type: 'window', months: 6 },
          target: { type: 'percent-change', percent: -10 },
        },
        {
          ...base,
          id: 'kr-licences-cap',
          title: 'Keep software licences under €25,000',
          categoryIds: ['licences'],
          measure: { type: 'total' },
          target: { type: 'cap', amountMinor: 25_000_00 },
        },
      ],
    },
    {
      id: 'demo-objective-finops',
      title: 'Make costs visible to every team',
      description: 'Every team sees what its work costs.',
      ownerAccountId: DEMO_USERS.admin,
      period: { type: 'custom', start, endInclusive },
      status: 'active',
      version: 0,
      keyResults: [
        {
          id: 'kr-dashboards',
          title: 'Teams reviewing a cost dashboard monthly',
          weight: 1,
          archived: false,
          type: 'manual',
          unit: 'number',
          startValue: 0,
          targetValue: 8,
          checkIns: [
            {
              value: 2,
              confidence: 'medium',
              note: 'Platform and web teams onboarded',
              authorAccountId: DEMO_USERS.admin,
              date: `${shiftMonth(today, -3)}-10`,
            },
            {
              value: 5,
              confidence: 'high',
              note: 'Data and mobile joined',
              authorAccountId: DEMO_USERS.admin,
              date: `${shiftMonth(today, -1)}-12`,
            },
          ],
        },
      ],
    },
  ];
}

function demoEntries(): EntrySeed[] {
  const seeds: EntrySeed[] = [];
  const infra = [
    12400_00, 12400_00, 11800_00, 11800_00, 10950_00, 10950_00, 10200_00, 10200_00, 9800_00,
    9800_00, 9650_00, 9650_00,
  ];
  infra.forEach((amountMinor, i) => {
    seeds.push({
      issueIndex: 2,
      categoryId: 'infrastructure',
      currency: 'EUR',
      amountMinor,
      monthsAgo: 11 - i,
      day: 15,
      description: 'Data centre colocation and network transit',
    });
  });
  seeds.push(
    {
      issueIndex: 3,
      categoryId: 'licences',
      currency: 'EUR',
      amountMinor: 1890_00,
      monthsAgo: 9,
      day: 1,
      months: 12,
      description: 'Atlassian Cloud Premium, 150 seats',
    },
    {
      issueIndex: 3,
      categoryId: 'licences',
      currency: 'USD',
      amountMinor: 875_00,
      monthsAgo: 9,
      day: 1,
      months: 12,
      description: 'Slack Business+ (credit for unused seats applied in month 4)',
    },
    {
      issueIndex: 3,
      categoryId: 'licences',
      currency: 'USD',
      amountMinor: -310_00,
      monthsAgo: 6,
      day: 12,
      description: 'Slack credit: 12 deactivated seats',
    },
    {
      issueIndex: 4,
      categoryId: 'hardware',
      currency: 'GBP',
      amountMinor: 4_299_00,
      monthsAgo: 7,
      day: 21,
      description: 'Build server rack units (London office)',
    },
    {
      issueIndex: 4,
      categoryId: 'hardware',
      currency: 'JPY',
      amountMinor: 1_280_000,
      monthsAgo: 5,
      day: 9,
      description: 'Tokyo edge appliances',
    },
    {
      issueIndex: 5,
      categoryId: 'travel',
      currency: 'CHF',
      amountMinor: 2_140_50,
      monthsAgo: 4,
      day: 18,
      description: 'Vendor review in Zurich',
    },
    {
      issueIndex: 5,
      categoryId: 'services',
      currency: 'EUR',
      amountMinor: 18_000_00,
      monthsAgo: 3,
      day: 30,
      description: 'FinOps consultancy, cost review',
    },
    {
      issueIndex: 6,
      categoryId: 'cloud',
      currency: 'USD',
      amountMinor: 36_500_00,
      monthsAgo: -1,
      day: 3,
      kind: 'planned',
      months: 3,
      description: 'Planned AWS spend after reserved instances',
    },
    {
      issueIndex: 7,
      categoryId: 'licences',
      currency: 'EUR',
      amountMinor: 6_400_00,
      monthsAgo: 1,
      day: 5,
      kind: 'planned',
      description: 'Monitoring tool renewal (quote)',
    },
    {
      issueIndex: 8,
      categoryId: 'other',
      currency: 'KWD',
      amountMinor: 2_755,
      monthsAgo: 2,
      day: 14,
      description: 'Regional domain registrations (no KWD rate: stays unconverted)',
    },
  );

  return seeds;
}

/** The month `YYYY-MM` that is `delta` months from today's month. */
function shiftMonth(today: string, delta: number): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + delta;

  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
