import fc from 'fast-check';

import type { Location, UiModule } from '../../../local/host';
import { DEMO_USERS } from '../../../local/jira/demo-people';
import { addMonths, isIsoDate } from '../../../src/domain/calendar';
import { DEFAULT_CATEGORIES } from '../../../src/domain/cost-settings';
import type { CostSettings, RateRecord } from '../../../src/domain/cost-settings';
import type { Objective } from '../../../src/domain/okr/objective';
import { validateObjective } from '../../../src/domain/okr/objective';
import { isCurrencyCode, MAX_SAFE_MINOR_UNITS } from '../../../src/shared/currencies';
import { repeatsEndBefore } from '../../../src/shared/limits';
import { GADGET_KEYS, PANEL_KEYS, SETTINGS_KEYS } from '../../../src/shared/resolver-keys';
import type { GadgetKey, PanelKey, SettingsKey } from '../../../src/shared/resolver-keys';
import type { Result } from '../../../src/shared/result';
import type { AggregateRecord, CostEntryRecord } from '../../../src/storage/records';
import { aggregatesAndRecount, buildLocalHost, dataOf } from '../../builders/local-host';

import type { Outcome } from './support';
import {
  costObjectivePayload,
  entryPayload,
  envelopeProblem,
  manualObjectivePayload,
  outcomeOf,
  readRecords,
  readValue,
} from './support';

type ModuleType = UiModule['type'];
type ResolverKey = PanelKey | SettingsKey | GadgetKey;

const RUNS_PER_KEY = 20;
const ENTRY_POOL = ['pool-entry-01', 'pool-entry-02', 'pool-entry-03', 'pool-entry-04'];
const OBJECTIVE_POOL = ['pool-cost-obj', 'pool-manual-obj'];
const KEY_RESULT_IDS = ['kr-cloud', 'kr-tagged', 'kr-a', 'kr-b', 'kr-none'];

// Values that break naive validation: wrong types, non-finite and unsafe numbers, impossible and
// out-of-range dates, bogus currency codes, a huge string and deep nesting. 2^51 - 1 itself is
// left out: enough entries of it overflow the totals (see known-gaps.test.ts).
const HUGE_STRING = 'x'.repeat(300_000);
const deepNesting = (depth: number): unknown =>
  Array.from({ length: depth }).reduce<unknown>((inner) => ({ nested: [inner] }), 'bottom');
const weirdValue = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0.5,
    1e308,
    -1e308,
    2 ** 51,
    -(2 ** 51),
    2 ** 53,
    Number.MIN_VALUE,
    '',
    ' ',
    'NaN',
    '1e3',
    '12.50',
    '2026-02-30',
    '1969-12-31',
    '2101-01-01',
    '0000-00-00',
    '2026-1-1',
    'XXX',
    'eur',
    'EURO',
    'BTC',
    null,
    true,
    false,
    [],
    {},
    '__proto__',
    HUGE_STRING,
    deepNesting(500),
  ),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

const date = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const currency = fc.constantFrom('EUR', 'USD', 'JPY', 'KWD', 'GBP', 'CLF');
const money = fc.record({
  amount: fc.oneof(fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }), fc.constantFrom(0, -1)),
  currency,
});
const recurrence = fc.oneof(
  fc.constant({ frequency: 'none' }),
  fc.record({ frequency: fc.constant('monthly'), months: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ frequency: fc.constant('monthly'), until: date }),
);
const categoryId = fc.constantFrom('cloud', 'infrastructure', 'licences', 'other', 'no-such-one');
// A repeat-until date before the entry's own date, or a year or more after it, is refused;
// keep most of them within that year.
const entryFields = fc
  .tuple(
    fc.record({
      kind: fc.constantFrom('actual', 'planned'),
      amount: money,
      categoryId,
      incurredOn: date,
      description: fc.string({ maxLength: 40 }),
      recurrence,
    }),
    fc.nat(3),
  )
  .map(([fields, coin]) => {
    const { recurrence: repeat, incurredOn } = fields;
    if (!('until' in repeat) || coin === 0) return fields;
    if (repeat.until < incurredOn)
      return { ...fields, recurrence: { ...repeat, until: incurredOn } };
    const lastAllowed = addMonths(incurredOn, 11);
    if (repeat.until > lastAllowed)
      return { ...fields, recurrence: { ...repeat, until: lastAllowed } };
    return fields;
  });
const freshId = fc.stringMatching(/^fz-[a-z0-9]{6,12}$/);
const entryId = fc.oneof(freshId, fc.constantFrom(...ENTRY_POOL));
const objectiveId = fc.oneof(freshId, fc.constantFrom(...OBJECTIVE_POOL));
const version = fc.integer({ min: 0, max: 4 });
const decimalRate = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9_999 }))
    .map(([units, fraction]) => `${units}.${fraction}`),
  fc.constantFrom('0', '0.0', '1.0842', '999999999999.999999999999', '0.000000000001'),
);
const period = fc.oneof(
  fc.record({ type: fc.constant('fiscal-year'), fiscalYear: fc.integer({ min: 1971, max: 2100 }) }),
  fc.record({
    type: fc.constant('fiscal-half'),
    fiscalYear: fc.integer({ min: 1971, max: 2100 }),
    half: fc.constantFrom(1, 2),
  }),
  fc.record({
    type: fc.constant('fiscal-quarter'),
    fiscalYear: fc.integer({ min: 1971, max: 2100 }),
    quarter: fc.constantFrom(1, 2, 3, 4),
  }),
  // Mostly a start and a later end; now and then an end before the start.
  fc.tuple(date, fc.integer({ min: -30, max: 400 })).map(([start, days]) => ({
    type: 'custom',
    start,
    endInclusive: new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10),
  })),
);
const minor = fc.integer({ min: -1_000_000_00, max: 1_000_000_00 });
const keyResultBase = {
  id: fc.constantFrom(...KEY_RESULT_IDS),
  title: fc.string({ minLength: 1, maxLength: 30 }),
  weight: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
  archived: fc.boolean(),
};
const costKeyResult = fc.record(
  {
    ...keyResultBase,
    type: fc.constant('cost'),
    categoryIds: fc.subarray(['cloud', 'infrastructure', 'labour', 'travel', 'gone'], {
      minLength: 1,
      maxLength: 2,
    }),
    jql: fc.constantFrom('labels = cloud', 'status = Done', 'project = 1 AND ((('),
    kind: fc.constantFrom('actual', 'planned'),
    measure: fc.oneof(
      fc.constant({ type: 'total' }),
      fc.record({ type: fc.constant('run-rate'), months: fc.integer({ min: 1, max: 24 }) }),
    ),
    baseline: fc.oneof(
      fc.record({ type: fc.constant('fixed'), amountMinor: minor }),
      fc.record({ type: fc.constant('window'), months: fc.integer({ min: 1, max: 24 }) }),
    ),
    target: fc.oneof(
      fc.record({ type: fc.constant('amount'), amountMinor: minor }),
      fc.record({
        type: fc.constant('percent-change'),
        percent: fc.double({ min: -100, max: 1000, noNaN: true }),
      }),
      fc.record({ type: fc.constant('cap'), amountMinor: minor }),
    ),
  },
  { requiredKeys: ['id', 'title', 'weight', 'archived', 'type', 'categoryIds', 'kind', 'measure'] },
);
const checkInFields = {
  value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  confidence: fc.constantFrom('low', 'medium', 'high'),
  note: fc.string({ maxLength: 40 }),
  date,
};
const manualKeyResult = fc.record(
  {
    ...keyResultBase,
    type: fc.constant('manual'),
    unit: fc.constantFrom('number', 'percent', 'currency'),
    currency,
    startValue: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
    targetValue: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
    checkIns: fc.array(fc.record({ ...checkInFields, authorAccountId: fc.constant('a-1') }), {
      maxLength: 3,
    }),
  },
  {
    requiredKeys: [
      'id',
      'title',
      'weight',
      'archived',
      'type',
      'unit',
      'startValue',
      'targetValue',
      'checkIns',
    ],
  },
);
const keyResult = fc.oneof(costKeyResult, manualKeyResult);
const accessRule = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ type: 'jira-permission' }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('roles'),
      roleIds: fc.array(fc.constantFrom('10001', '10002', '10003', '1'), { minLength: 1 }),
    }),
  },
);
const contributions = fc.record({
  objectiveId,
  keyResultId: fc.constantFrom(...KEY_RESULT_IDS),
});

const focusTarget = {
  categoryId: fc.constantFrom('cloud', 'infrastructure', 'retired-or-unknown'),
  issueKey: fc.constantFrom('OPS-1', 'OPS-2', 'MKT-1', 'OPS-999'),
};
const focusSource = fc.record({
  providerName: fc.constantFrom('AWS', 'Microsoft'),
  billingAccountId: fc.constantFrom('1234567890123', '/providers/x'),
  billingPeriod: fc.constantFrom('2024-09', '2024-10'),
});
const focusRunId = fc.constantFrom('fuzz-run-0001', 'fuzz-run-0002');
const focusMapping = fc.record(
  {
    costBasis: fc.constantFrom('BilledCost', 'EffectiveCost'),
    rules: fc.array(
      fc.record(
        {
          id: fc.constantFrom('r-1', 'r-2', 'r-3'),
          field: fc.constantFrom('tag', 'ServiceCategory', 'ServiceName', 'SubAccountName'),
          tagKey: fc.constantFrom('application', 'env'),
          value: fc.string({ minLength: 1, maxLength: 12 }),
          ...focusTarget,
        },
        { requiredKeys: ['id', 'field', 'value', 'categoryId', 'issueKey'] },
      ),
      { maxLength: 3 },
    ),
    defaultTarget: fc.record(focusTarget),
  },
  { requiredKeys: ['costBasis', 'rules'] },
);

/** A schema-valid (or nearly valid) payload per key, and the module that defines the key. */
const VALID: Readonly<Record<ResolverKey, { module: ModuleType; payload: fc.Arbitrary<unknown> }>> =
  {
    [PANEL_KEYS.load]: { module: 'jira:issuePanel', payload: fc.constant({}) },
    [PANEL_KEYS.createEntry]: {
      module: 'jira:issuePanel',
      payload: fc.tuple(entryId, entryFields).map(([id, fields]) => ({ id, ...fields })),
    },
    [PANEL_KEYS.updateEntry]: {
      module: 'jira:issuePanel',
      payload: fc
        .tuple(entryId, version, entryFields)
        .map(([id, v, fields]) => ({ id, version: v, ...fields })),
    },
    [PANEL_KEYS.deleteEntry]: {
      module: 'jira:issuePanel',
      payload: fc.record({ id: entryId, version }),
    },
    [PANEL_KEYS.entryHistory]: { module: 'jira:issuePanel', payload: fc.record({ id: entryId }) },
    [SETTINGS_KEYS.load]: { module: 'jira:projectSettingsPage', payload: fc.constant({}) },
    [SETTINGS_KEYS.updateCostSettings]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({
        reportingCurrency: currency,
        fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
        categories: fc
          .tuple(
            fc.array(fc.boolean(), {
              minLength: DEFAULT_CATEGORIES.length,
              maxLength: DEFAULT_CATEGORIES.length,
            }),
            fc.boolean(),
          )
          .map(([retired, extra]) => [
            ...DEFAULT_CATEGORIES.map((c, i) => ({ ...c, retired: retired[i] ?? false })),
            ...(extra ? [{ id: 'fuzz-extra', name: 'Fuzz extra', retired: false }] : []),
          ]),
        viewers: accessRule,
        editors: accessRule,
      }),
    },
    [SETTINGS_KEYS.saveRate]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({ base: currency, quote: currency, rate: decimalRate, date }),
    },
    [SETTINGS_KEYS.deleteRate]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({ base: currency, quote: currency, date }),
    },
    [SETTINGS_KEYS.listObjectives]: {
      module: 'jira:projectSettingsPage',
      payload: fc.constant({}),
    },
    [SETTINGS_KEYS.saveObjective]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({
        id: objectiveId,
        title: fc.string({ minLength: 1, maxLength: 40 }),
        description: fc.string({ maxLength: 40 }),
        ownerAccountId: fc.constant('owner-1'),
        period,
        status: fc.constantFrom('draft', 'active', 'closed', 'archived'),
        keyResults: fc.array(keyResult, { maxLength: 3 }),
        version,
      }),
    },
    [SETTINGS_KEYS.deleteObjective]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({ id: objectiveId, version }),
    },
    [SETTINGS_KEYS.checkIn]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({
        objectiveId,
        keyResultId: fc.constantFrom(...KEY_RESULT_IDS),
        version,
        ...checkInFields,
      }),
    },
    [SETTINGS_KEYS.previewKeyResult]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({ period, keyResult }),
    },
    // No cursor: a malformed one is a known gap (known-gaps.test.ts).
    [SETTINGS_KEYS.listAudit]: { module: 'jira:projectSettingsPage', payload: fc.constant({}) },
    [SETTINGS_KEYS.contributions]: { module: 'jira:projectSettingsPage', payload: contributions },
    [SETTINGS_KEYS.reconcile]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({ repair: fc.boolean() }),
    },
    [SETTINGS_KEYS.loadLabour]: { module: 'jira:projectSettingsPage', payload: fc.constant({}) },
    [SETTINGS_KEYS.saveLabourRate]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record(
        {
          accountId: fc.constantFrom('member-1', 'user:abc-123', 'a'),
          from: date,
          hourly: fc.record({
            amount: fc.integer({ min: 0, max: 1_000_000 }),
            currency,
          }),
        },
        { requiredKeys: ['from', 'hourly'] },
      ),
    },
    [SETTINGS_KEYS.deleteLabourRate]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record(
        { accountId: fc.constantFrom('member-1', 'a'), from: date },
        { requiredKeys: ['from'] },
      ),
    },
    [SETTINGS_KEYS.startLabourBackfill]: {
      module: 'jira:projectSettingsPage',
      payload: fc.constant({}),
    },
    [SETTINGS_KEYS.labourStatus]: { module: 'jira:projectSettingsPage', payload: fc.constant({}) },
    [SETTINGS_KEYS.focusLoad]: { module: 'jira:projectSettingsPage', payload: fc.constant({}) },
    [SETTINGS_KEYS.focusSaveMapping]: { module: 'jira:projectSettingsPage', payload: focusMapping },
    [SETTINGS_KEYS.focusStage]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({
        runId: focusRunId,
        batchIndex: fc.integer({ min: 0, max: 2 }),
        costBasis: fc.constantFrom('BilledCost', 'EffectiveCost'),
        fileName: fc.string({ maxLength: 20 }),
        groups: fc.array(
          fc.record({
            source: focusSource,
            ...focusTarget,
            month: fc.constantFrom('2024-09', '2024-10'),
            currency,
            amountMinor: minor,
            rowCount: fc.integer({ min: 1, max: 1000 }),
          }),
          { maxLength: 4 },
        ),
      }),
    },
    [SETTINGS_KEYS.focusCommit]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({
        runId: focusRunId,
        batchCount: fc.integer({ min: 1, max: 3 }),
        sources: fc.array(focusSource, { minLength: 1, maxLength: 2 }),
      }),
    },
    [SETTINGS_KEYS.importRates]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({
        source: fc.constantFrom('ecb', 'csv'),
        series: fc.array(
          fc.record({
            base: currency,
            quote: currency,
            points: fc.array(fc.tuple(date, decimalRate), { minLength: 1, maxLength: 4 }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
    },
    [SETTINGS_KEYS.listRateSeries]: {
      module: 'jira:projectSettingsPage',
      payload: fc.constant({}),
    },
    [SETTINGS_KEYS.deleteRateSeries]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({ base: currency, quote: currency }),
    },
    [SETTINGS_KEYS.importEntries]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({
        importId: fc.constantFrom('imp-0123456789abcdef', 'imp-fedcba9876543210'),
        dryRun: fc.boolean(),
        rows: fc.array(
          fc.record({
            row: fc.integer({ min: 2, max: 40 }),
            issueKey: fc.constantFrom('OPS-1', 'OPS-2', 'MKT-1', 'OPS-999'),
            entry: entryFields,
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    },
    [SETTINGS_KEYS.exportEntries]: { module: 'jira:projectSettingsPage', payload: fc.constant({}) },
    [PANEL_KEYS.people]: {
      module: 'jira:issuePanel',
      payload: fc.record({
        accountIds: fc.array(fc.constantFrom('5b10ac8d82e05b22cc7d4ef1', 'unknown-1', 'a'), {
          maxLength: 3,
        }),
      }),
    },
    [SETTINGS_KEYS.people]: {
      module: 'jira:projectSettingsPage',
      payload: fc.record({
        accountIds: fc.array(fc.constantFrom('abc', 'x:y-z'), { maxLength: 2 }),
      }),
    },
    [GADGET_KEYS.load]: { module: 'jira:dashboardGadget', payload: fc.constant({}) },
    [GADGET_KEYS.listProjects]: { module: 'jira:dashboardGadget', payload: fc.constant({}) },
    [GADGET_KEYS.listObjectives]: {
      module: 'jira:dashboardGadget',
      payload: fc.record({
        projectId: fc.oneof(fc.constant('10000'), fc.stringMatching(/^\d{1,18}$/)),
      }),
    },
    [GADGET_KEYS.contributions]: { module: 'jira:dashboardGadget', payload: contributions },
  };

type Path = ReadonlyArray<string | number>;

/** Every path into a JSON-like value, the root (empty path) first. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const children = Array.isArray(value)
    ? value.map((child, index) => pathsOf(child, [...at, index]))
    : Object.entries(value).map(([key, child]) => pathsOf(child, [...at, key]));

  return [at, ...children.flat()];
}

/** A copy of `root` with the value at `path` replaced (or, with `drop`, removed). */
function withValueAt(root: unknown, path: Path, value: unknown, drop = false): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  const last = drop && rest.length === 0;
  if (Array.isArray(root)) {
    const items: unknown[] = [...root];
    const index = Number(head);
    if (last) items.splice(index, 1);
    else items[index] = withValueAt(items[index], rest, value, drop);
    return items;
  }
  const copy = { ...(root as Record<string, unknown>) };
  if (last) delete copy[head];
  else copy[head] = withValueAt(copy[head], rest, value, drop);

  return copy;
}

type Mutation = { kind: 'replace' | 'add-field' | 'drop-field'; pick: number; value: unknown };

/** A valid payload with one field replaced by a weird value, one unknown field, or one missing. */
function mutate(payload: unknown, mutation: Mutation): unknown {
  const paths = pathsOf(payload);
  const objects = paths.filter((path) => {
    const node = path.reduce<unknown>(
      (value, step) => (value as Record<string | number, unknown>)[step],
      payload,
    );
    return typeof node === 'object' && node !== null && !Array.isArray(node);
  });
  const inner = paths.slice(1);
  if (mutation.kind === 'add-field' && objects.length > 0) {
    const target = objects[mutation.pick % objects.length] ?? [];
    return withValueAt(payload, [...target, 'unexpectedField'], mutation.value);
  }
  if (inner.length === 0) return mutation.value;
  const target = inner[mutation.pick % inner.length] ?? [];

  return withValueAt(payload, target, mutation.value, mutation.kind === 'drop-field');
}

function payloadFor(key: ResolverKey): fc.Arbitrary<unknown> {
  const valid = VALID[key].payload;
  const mutation = fc.record({
    kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'add-field', 'drop-field'),
    pick: fc.nat(),
    value: weirdValue,
  });

  return fc.oneof(
    { weight: 5, arbitrary: valid },
    {
      weight: 4,
      arbitrary: fc.tuple(valid, mutation).map(([payload, m]) => mutate(payload, m)),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  );
}

/** Why a stored cost entry is invalid, if it is. */
function entryProblem(record: CostEntryRecord): string | undefined {
  const { amountMinor, recurrence } = record;
  if (!Number.isInteger(amountMinor) || Math.abs(amountMinor) > MAX_SAFE_MINOR_UNITS)
    return `amount ${amountMinor}`;
  if (!isCurrencyCode(record.currency)) return `currency ${record.currency}`;
  if (!isIsoDate(record.incurredOn)) return `date ${record.incurredOn}`;
  if (!['actual', 'planned'].includes(record.kind)) return `kind ${record.kind}`;
  if (!/^[a-z0-9-]{1,40}$/.test(record.categoryId)) return `category ${record.categoryId}`;
  if (!Number.isInteger(record.version) || record.version < 1) return `version ${record.version}`;
  if (record.description.length > 1000) return 'description too long';
  if ('months' in recurrence && !(Number.isInteger(recurrence.months) && recurrence.months >= 1))
    return `recurrence ${JSON.stringify(recurrence)}`;
  if (
    'until' in recurrence &&
    !(
      isIsoDate(recurrence.until) &&
      recurrence.until >= record.incurredOn &&
      recurrence.until < repeatsEndBefore(record.incurredOn)
    )
  )
    return `recurrence ${JSON.stringify(recurrence)}`;

  return undefined;
}

function aggregateProblem(record: AggregateRecord): string | undefined {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(record.month)) return `month ${record.month}`;
  for (const [cell, value] of Object.entries(record.cells)) {
    const [code, kind] = cell.split('|');
    if (!isCurrencyCode(code) || (kind !== 'actual' && kind !== 'planned')) return `cell ${cell}`;
    if (!/^-?[1-9]\d*$/.test(value)) return `cell value ${value}`;
  }

  return undefined;
}

function objectiveProblem(objective: Objective): string | undefined {
  try {
    validateObjective(objective, 1);
  } catch (error) {
    return `objective ${objective.id}: ${(error as Error).message}`;
  }
  for (const kr of objective.keyResults) {
    if (kr.type !== 'cost') continue;
    if (!isCurrencyCode(kr.currency)) return `key result currency ${kr.currency}`;
    const amounts = [kr.baseline, kr.target].flatMap((part) =>
      part && 'amountMinor' in part ? [part.amountMinor] : [],
    );
    if (amounts.some((a) => !Number.isInteger(a) || Math.abs(a) > MAX_SAFE_MINOR_UNITS))
      return `key result amounts ${amounts.join(',')}`;
  }

  return undefined;
}

describe('resolver fuzzing as the site admin', () => {
  it('answers every payload with data or a typed error and stores only valid records', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    host.saveGadgetConfiguration('fuzz', { projectId: ops.id });
    const locations: Record<ModuleType, Location> = {
      'jira:issuePanel': { kind: 'issue', issueId: opsIssues[0]!.id },
      'jira:projectSettingsPage': { kind: 'project-settings', projectId: ops.id },
      'jira:dashboardGadget': { kind: 'gadget', gadgetId: 'fuzz' },
    };
    const settingsCall = async (key: string, payload: unknown) =>
      dataOf(
        await call({
          module: 'jira:projectSettingsPage',
          location: locations['jira:projectSettingsPage'],
          as: 'admin',
          key,
          payload,
        }),
      );
    for (const id of ENTRY_POOL) {
      dataOf(
        await call({
          module: 'jira:issuePanel',
          location: locations['jira:issuePanel'],
          as: 'admin',
          key: PANEL_KEYS.createEntry,
          payload: entryPayload(id),
        }),
      );
    }
    await settingsCall(SETTINGS_KEYS.saveObjective, costObjectivePayload('pool-cost-obj'));
    await settingsCall(SETTINGS_KEYS.saveObjective, manualObjectivePayload('pool-manual-obj'));
    await settingsCall(SETTINGS_KEYS.saveRate, {
      base: 'USD',
      quote: 'EUR',
      rate: '0.92',
      date: '2020-01-01',
    });
    // Settings may lock the admin out of costs or retire categories: undo that after each run.
    const restoreSettings = async () => {
      const loaded = (await settingsCall(SETTINGS_KEYS.load, {})) as { settings: CostSettings };
      await settingsCall(SETTINGS_KEYS.updateCostSettings, {
        ...loaded.settings,
        categories: loaded.settings.categories.map((c) => ({ ...c, retired: false })),
        viewers: { type: 'jira-permission' },
        editors: { type: 'jira-permission' },
      });
    };
    const outcomes = new Map<Outcome, number>();
    let runs = 0;

    for (const key of Object.keys(VALID) as ResolverKey[]) {
      const module = VALID[key].module;
      await fc.assert(
        fc.asyncProperty(payloadFor(key), async (payload) => {
          runs += 1;
          const { result } = await host.invoke({
            module: host.module(module),
            location: locations[module],
            accountId: DEMO_USERS.admin,
            functionKey: key,
            payload,
          });
          const outcome = outcomeOf(result as Result<unknown>);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (key === SETTINGS_KEYS.updateCostSettings) await restoreSettings();
          await host.drainQueues();
          const problem = envelopeProblem(result);

          return problem === undefined && outcome !== 'UNEXPECTED';
        }),
        { numRuns: RUNS_PER_KEY },
      );
    }
    const entries = readRecords<CostEntryRecord>(host, 'cost-entry');
    const aggregates = readRecords<AggregateRecord>(host, 'cost-aggregate');
    const objectives = readRecords<Objective>(host, 'objective');
    const settings = readValue<{ settings?: CostSettings }>(host, `settings:${ops.id}`)?.settings;
    const rates = readValue<{ rates: RateRecord[] }>(host, `rates:${ops.id}`)?.rates ?? [];
    const { stored, recount } = aggregatesAndRecount(host);
    const queueFailures = host.queueFailures.length;
    const failedJobs = host.queueFailures.map(
      ({ queueName, error }) =>
        `${queueName}: ${error instanceof Error ? error.message : String(error)}`,
    );
    await host.shutdown();
    process.stdout.write(
      `fuzz: ${runs} runs (${[...outcomes].map(([o, n]) => `${o} ${n}`).join(', ')}); ` +
        `${entries.length} entries, ${aggregates.length} aggregates, ` +
        `${objectives.length} objectives stored` +
        (failedJobs.length > 0 ? `; failed jobs: ${failedJobs.join(' | ')}` : '') +
        '\n',
    );

    const problems = [
      ...entries.map(entryProblem),
      ...aggregates.map(aggregateProblem),
      ...objectives.map(objectiveProblem),
      ...(settings && !isCurrencyCode(settings.reportingCurrency) ? ['reporting currency'] : []),
      ...rates.map((r) =>
        isCurrencyCode(r.base) && isCurrencyCode(r.quote) && isIsoDate(r.date) && r.base !== r.quote
          ? undefined
          : `rate ${JSON.stringify(r)}`,
      ),
    ].filter((problem) => problem !== undefined);
    expect(problems).toStrictEqual([]);
    expect(stored).toStrictEqual(recount);
    expect(queueFailures).toBe(0);
    expect(runs).toBe(Object.keys(VALID).length * RUNS_PER_KEY);
  }, 120_000);

  // Found by this fuzzing: such an entry was stored, listed with its amount, and counted in no
  // month, so the panel's totals and the aggregates silently left it out.
  it('refuses an entry that repeats until a date before its own as VALIDATION', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[0]!.id },
    };
    const repeat = { frequency: 'monthly', until: '2026-03-09' };

    const created = await call({
      ...panel,
      as: 'admin',
      key: PANEL_KEYS.createEntry,
      payload: entryPayload('until-0001', { incurredOn: '2026-03-10', recurrence: repeat }),
    });
    dataOf(
      await call({
        ...panel,
        as: 'admin',
        key: PANEL_KEYS.createEntry,
        payload: entryPayload('until-0002'),
      }),
    );
    const updated = await call({
      ...panel,
      as: 'admin',
      key: PANEL_KEYS.updateEntry,
      payload: { ...entryPayload('until-0002', { recurrence: repeat }), version: 1 },
    });
    const entries = readRecords<CostEntryRecord>(host, 'cost-entry');
    await host.shutdown();

    expect([outcomeOf(created.result), outcomeOf(updated.result)]).toStrictEqual([
      'VALIDATION',
      'VALIDATION',
    ]);
    expect(entries.map((e) => [e.id, e.recurrence])).toStrictEqual([
      ['until-0002', { frequency: 'none' }],
    ]);
  });
});
