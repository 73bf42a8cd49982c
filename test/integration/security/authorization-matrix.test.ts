import type { Location, UiModule } from '../../../local/host';
import { DEMO_ROLE_IDS, DEMO_USERS } from '../../../local/jira/demo-people';
import { DEFAULT_CATEGORIES } from '../../../src/domain/cost-settings';
import type { AccessRuleDto, GadgetProjectsResponse } from '../../../src/shared/contract';
import { GADGET_KEYS, PANEL_KEYS, SETTINGS_KEYS } from '../../../src/shared/resolver-keys';
import type { GadgetKey, PanelKey, SettingsKey } from '../../../src/shared/resolver-keys';
import type { Result } from '../../../src/shared/result';
import type { DemoUser } from '../../builders/local-host';
import { buildLocalHost, dataOf } from '../../builders/local-host';

import type { Outcome } from './support';
import {
  changedKeys,
  costObjectivePayload,
  dumpStore,
  entryPayload,
  envelopeProblem,
  manualObjectivePayload,
  outcomeOf,
  seedEntry,
} from './support';

type ResolverKey = PanelKey | SettingsKey | GadgetKey;
type ModuleType = UiModule['type'];
type ProjectKey = 'OPS' | 'MKT';

/**
 * What a key needs in the project its module context names: see costs, change costs, administer
 * the project, administer it and change its costs (the cost import), or nothing.
 * `payload-cost-read` keys name the project in their payload instead (the gadget's edit view,
 * before anything is configured).
 */
type Access =
  'cost-read' | 'cost-write' | 'project-admin' | 'admin-cost-write' | 'open' | 'payload-cost-read';

type Rules = { readonly viewers: AccessRuleDto; readonly editors: AccessRuleDto };

/** Where a case runs and what its arrange step may use. */
type Env = {
  readonly project: ProjectKey;
  readonly projectId: string;
  readonly issueId: string;
  readonly issueKey: string;
  readonly rules: Rules;
  readonly fresh: (prefix: string) => string;
  /** A settings call as the site admin in the env's project; set-up, so it must succeed. */
  readonly asAdmin: (key: SettingsKey, payload: unknown) => Promise<unknown>;
  /** Creates an entry on the env's issue as the site admin; set-up, so it must succeed. */
  readonly createAsAdmin: (payload: unknown) => Promise<unknown>;
  readonly fixedObjectiveId: () => Promise<string>;
};

/** A payload that names a record of another issue or project, and what an allowed user gets. */
type Foreign = { readonly payload: unknown; readonly allowed: Outcome };

type Row = {
  readonly module: ModuleType;
  readonly access: Access;
  /** Arranges what a valid call needs and returns its payload. */
  readonly arrange: (env: Env) => Promise<Record<string, unknown>>;
  readonly foreign?: (env: Env, other: Env) => Promise<Foreign>;
};

const PANEL: ModuleType = 'jira:issuePanel';
const SETTINGS: ModuleType = 'jira:projectSettingsPage';
const GADGET: ModuleType = 'jira:dashboardGadget';
const UNKNOWN_ID = '99999';
/** Text only records of the other issue or project hold; no response may carry it. */
const FOREIGN_MARKER = 'FOREIGN-RECORD-MARKER';

const FOCUS_SOURCE = { providerName: 'AWS', billingAccountId: '1', billingPeriod: '2024-09' };

/** One staged batch of a FOCUS import onto the env's issue, under a fresh run id. */
function focusBatch(env: Env) {
  return {
    runId: env.fresh('focus-run'),
    batchIndex: 0,
    costBasis: 'BilledCost',
    fileName: 'bill.csv',
    groups: [
      {
        source: FOCUS_SOURCE,
        issueKey: env.issueKey,
        categoryId: 'cloud',
        month: '2024-09',
        currency: 'USD',
        amountMinor: 1234,
        rowCount: 3,
      },
    ],
  };
}

const RATE = { base: 'USD', quote: 'EUR', rate: '0.9215', date: '2026-01-02' };
const LABOUR_RATE = { from: '2026-01-05', hourly: { amount: 7500, currency: 'EUR' } };

async function seedIssueEntry(env: Env, description = 'Seeded') {
  return seedEntry({
    id: env.fresh('seed'),
    issueId: env.issueId,
    issueKey: env.issueKey,
    projectId: env.projectId,
    description,
  });
}

/** Creates an entry through the panel as the site admin, so that it has an audit trail. */
async function foreignEntryId(other: Env): Promise<string> {
  const id = other.fresh('foreign');
  await other.createAsAdmin(entryPayload(id, { description: FOREIGN_MARKER }));

  return id;
}

async function foreignObjectiveId(other: Env, manual = false): Promise<string> {
  const id = other.fresh('foreign-obj');
  const payload = manual ? manualObjectivePayload(id) : costObjectivePayload(id);
  await other.asAdmin(SETTINGS_KEYS.saveObjective, { ...payload, title: FOREIGN_MARKER });

  return id;
}

/** One row per resolver key: the test fails to compile, and fails, when a key has none. */
const MATRIX: Readonly<Record<ResolverKey, Row>> = {
  [PANEL_KEYS.load]: { module: PANEL, access: 'cost-read', arrange: () => Promise.resolve({}) },
  [PANEL_KEYS.createEntry]: {
    module: PANEL,
    access: 'cost-write',
    arrange: (env) => Promise.resolve(entryPayload(env.fresh('create'))),
    foreign: async (_env, other) => ({
      payload: entryPayload(await foreignEntryId(other)),
      allowed: 'VALIDATION',
    }),
  },
  [PANEL_KEYS.updateEntry]: {
    module: PANEL,
    access: 'cost-write',
    arrange: async (env) => {
      const entry = await seedIssueEntry(env);
      return {
        ...entryPayload(entry.id, { amount: { amount: 99_00, currency: 'EUR' } }),
        version: 1,
      };
    },
    foreign: async (_env, other) => ({
      payload: { ...entryPayload(await foreignEntryId(other)), version: 1 },
      allowed: 'NOT_FOUND',
    }),
  },
  [PANEL_KEYS.deleteEntry]: {
    module: PANEL,
    access: 'cost-write',
    arrange: async (env) => ({ id: (await seedIssueEntry(env)).id, version: 1 }),
    foreign: async (_env, other) => ({
      payload: { id: await foreignEntryId(other), version: 1 },
      allowed: 'NOT_FOUND',
    }),
  },
  [PANEL_KEYS.entryHistory]: {
    module: PANEL,
    access: 'cost-read',
    arrange: async (env) => ({ id: (await seedIssueEntry(env)).id }),
    // Allowed, but the other issue's history stays out of the answer (checked by the marker).
    foreign: async (_env, other) => ({
      payload: { id: await foreignEntryId(other) },
      allowed: 'ok',
    }),
  },
  [SETTINGS_KEYS.load]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({}),
  },
  [SETTINGS_KEYS.updateCostSettings]: {
    module: SETTINGS,
    access: 'project-admin',
    // The rules in force, so that an allowed call leaves the case's rules as they are.
    arrange: (env) =>
      Promise.resolve({
        reportingCurrency: 'EUR',
        fiscalYearStartMonth: 1,
        categories: DEFAULT_CATEGORIES,
        ...env.rules,
      }),
  },
  [SETTINGS_KEYS.saveRate]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve(RATE),
  },
  [SETTINGS_KEYS.deleteRate]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: async (env) => {
      await env.asAdmin(SETTINGS_KEYS.saveRate, RATE);
      return { base: RATE.base, quote: RATE.quote, date: RATE.date };
    },
  },
  [SETTINGS_KEYS.listObjectives]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({}),
  },
  [SETTINGS_KEYS.saveObjective]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: (env) => Promise.resolve(costObjectivePayload(env.fresh('obj'))),
  },
  [SETTINGS_KEYS.deleteObjective]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: async (env) => {
      const id = env.fresh('obj');
      await env.asAdmin(SETTINGS_KEYS.saveObjective, costObjectivePayload(id));
      return { id, version: 1 };
    },
    foreign: async (_env, other) => ({
      payload: { id: await foreignObjectiveId(other), version: 1 },
      allowed: 'NOT_FOUND',
    }),
  },
  [SETTINGS_KEYS.checkIn]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: async (env) => {
      const objectiveId = env.fresh('obj');
      await env.asAdmin(SETTINGS_KEYS.saveObjective, manualObjectivePayload(objectiveId));
      return checkInPayload(objectiveId);
    },
    foreign: async (_env, other) => ({
      payload: checkInPayload(await foreignObjectiveId(other, true)),
      allowed: 'NOT_FOUND',
    }),
  },
  [SETTINGS_KEYS.previewKeyResult]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () =>
      Promise.resolve({
        period: { type: 'fiscal-quarter', fiscalYear: 2026, quarter: 1 },
        keyResult: costObjectivePayload('preview').keyResults[0],
      }),
  },
  [SETTINGS_KEYS.listAudit]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({}),
  },
  [SETTINGS_KEYS.contributions]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: async (env) => ({
      objectiveId: await env.fixedObjectiveId(),
      keyResultId: 'kr-cloud',
    }),
    foreign: async (_env, other) => ({
      payload: { objectiveId: await foreignObjectiveId(other), keyResultId: 'kr-cloud' },
      allowed: 'NOT_FOUND',
    }),
  },
  [SETTINGS_KEYS.reconcile]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({ repair: true }),
  },
  [SETTINGS_KEYS.loadLabour]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({}),
  },
  [SETTINGS_KEYS.focusLoad]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({}),
  },
  [SETTINGS_KEYS.saveLabourRate]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve(LABOUR_RATE),
  },
  [SETTINGS_KEYS.deleteLabourRate]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: async (env) => {
      await env.asAdmin(SETTINGS_KEYS.saveLabourRate, LABOUR_RATE);
      return { from: LABOUR_RATE.from };
    },
  },
  [SETTINGS_KEYS.startLabourBackfill]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({}),
  },
  [SETTINGS_KEYS.labourStatus]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({}),
  },
  [SETTINGS_KEYS.focusSaveMapping]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: (env) =>
      Promise.resolve({
        costBasis: 'BilledCost',
        rules: [
          {
            id: 'r-1',
            field: 'ServiceCategory',
            value: 'Compute',
            categoryId: 'cloud',
            issueKey: env.issueKey,
          },
        ],
      }),
  },
  [SETTINGS_KEYS.focusStage]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: (env) => Promise.resolve(focusBatch(env)),
  },
  [SETTINGS_KEYS.focusCommit]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: async (env) => {
      const batch = focusBatch(env);
      await env.asAdmin(SETTINGS_KEYS.focusStage, batch);
      return { runId: batch.runId, batchCount: 1, sources: [FOCUS_SOURCE] };
    },
  },
  [SETTINGS_KEYS.importRates]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () =>
      Promise.resolve({
        source: 'csv',
        series: [{ base: 'EUR', quote: 'USD', points: [['2026-01-02', '1.0842']] }],
      }),
  },
  [SETTINGS_KEYS.listRateSeries]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({}),
  },
  [SETTINGS_KEYS.deleteRateSeries]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: async (env) => {
      await env.asAdmin(SETTINGS_KEYS.importRates, {
        source: 'csv',
        series: [{ base: 'EUR', quote: 'GBP', points: [['2026-01-02', '0.8612']] }],
      });
      return { base: 'EUR', quote: 'GBP' };
    },
  },
  [SETTINGS_KEYS.importEntries]: {
    module: SETTINGS,
    access: 'admin-cost-write',
    arrange: (env) =>
      Promise.resolve({
        importId: 'imp-0123456789abcdef',
        dryRun: false,
        rows: [
          {
            row: 2,
            issueKey: env.issueKey,
            entry: {
              kind: 'actual',
              amount: { amount: 100, currency: 'EUR' },
              categoryId: 'cloud',
              incurredOn: '2026-01-05',
              description: 'Imported',
              recurrence: { frequency: 'none' },
            },
          },
        ],
      }),
  },
  [SETTINGS_KEYS.exportEntries]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({}),
  },
  [PANEL_KEYS.people]: {
    module: PANEL,
    access: 'open',
    arrange: () => Promise.resolve({ accountIds: [DEMO_USERS.member, DEMO_USERS.lead] }),
  },
  [SETTINGS_KEYS.people]: {
    module: SETTINGS,
    access: 'project-admin',
    arrange: () => Promise.resolve({ accountIds: [DEMO_USERS.member] }),
  },
  [GADGET_KEYS.load]: { module: GADGET, access: 'cost-read', arrange: () => Promise.resolve({}) },
  [GADGET_KEYS.listProjects]: {
    module: GADGET,
    access: 'open',
    arrange: () => Promise.resolve({}),
  },
  [GADGET_KEYS.listObjectives]: {
    module: GADGET,
    access: 'payload-cost-read',
    arrange: (env) => Promise.resolve({ projectId: env.projectId }),
  },
  [GADGET_KEYS.contributions]: {
    module: GADGET,
    access: 'cost-read',
    arrange: async (env) => ({
      objectiveId: await env.fixedObjectiveId(),
      keyResultId: 'kr-cloud',
    }),
    foreign: async (_env, other) => ({
      payload: { objectiveId: await foreignObjectiveId(other), keyResultId: 'kr-cloud' },
      allowed: 'NOT_FOUND',
    }),
  },
};

function checkInPayload(objectiveId: string) {
  return {
    objectiveId,
    keyResultId: 'kr-tagged',
    version: 1,
    value: 4,
    confidence: 'medium',
    note: 'Four of ten accounts tagged',
    date: '2026-02-01',
  };
}

const KEYS = Object.keys(MATRIX) as ResolverKey[];
const USERS = Object.keys(DEMO_USERS) as DemoUser[];

// The oracle: what Jira grants each demo user (local/jira/demo-people.ts), written out by hand.
const ROLE = {
  administrators: String(DEMO_ROLE_IDS.administrators),
  developers: String(DEMO_ROLE_IDS.developers),
  viewers: String(DEMO_ROLE_IDS.viewers),
};
type Grants = {
  readonly browse: boolean;
  readonly edit: boolean;
  readonly admin: boolean;
  readonly roles: readonly string[];
};
const NONE: Grants = { browse: false, edit: false, admin: false, roles: [] };
const SITE_ADMIN: Grants = { browse: true, edit: true, admin: true, roles: [] };
const GRANTS: Readonly<Record<ProjectKey, Readonly<Record<DemoUser, Grants>>>> = {
  OPS: {
    admin: SITE_ADMIN,
    lead: { browse: true, edit: true, admin: true, roles: [ROLE.administrators] },
    member: { browse: true, edit: true, admin: false, roles: [ROLE.developers] },
    viewer: { browse: true, edit: false, admin: false, roles: [ROLE.viewers] },
    outsider: NONE,
    marketer: NONE,
  },
  MKT: {
    admin: SITE_ADMIN,
    lead: NONE,
    member: { browse: true, edit: false, admin: false, roles: [ROLE.viewers] },
    viewer: NONE,
    outsider: NONE,
    marketer: {
      browse: true,
      edit: true,
      admin: true,
      roles: [ROLE.administrators, ROLE.developers],
    },
  },
};

const JIRA_RULE: AccessRuleDto = { type: 'jira-permission' };
const rolesRule = (...roleIds: string[]): AccessRuleDto => ({ type: 'roles', roleIds });

/** The cost rules the matrix runs OPS under; MKT keeps the default Jira rules. */
const CONFIGS: Readonly<Record<string, Rules>> = {
  'Jira permission rules': { viewers: JIRA_RULE, editors: JIRA_RULE },
  // viewer becomes a cost viewer, member a cost editor; lead administers without seeing costs.
  'cost roles (viewers+developers see, developers edit)': {
    viewers: rolesRule(ROLE.viewers, ROLE.developers),
    editors: rolesRule(ROLE.developers),
  },
  // member keeps Jira's edit permission but falls outside both rules.
  'administrators role only': {
    viewers: rolesRule(ROLE.administrators),
    editors: rolesRule(ROLE.administrators),
  },
};
const DEFAULT_RULES: Rules = { viewers: JIRA_RULE, editors: JIRA_RULE };

function expectedOutcome(access: Access, grants: Grants, rules: Rules): Outcome {
  const allows = (rule: AccessRuleDto) =>
    rule.type === 'jira-permission' || rule.roleIds.some((id) => grants.roles.includes(id));
  const canView = grants.browse && allows(rules.viewers);
  const canEdit = canView && grants.edit && allows(rules.editors);
  const allowed = {
    'cost-read': canView,
    'payload-cost-read': canView,
    'cost-write': canEdit,
    'project-admin': grants.admin,
    'admin-cost-write': grants.admin && canEdit,
    open: true,
  }[access];

  return allowed ? 'ok' : 'FORBIDDEN';
}

/**
 * The outcome of a call whose module context is broken: `broken` for keys that take their
 * project from the context, as in OPS for keys that name it in the payload (arranged in OPS).
 */
function outsideContext(access: Access, user: DemoUser, broken: Outcome): Outcome {
  if (access === 'open') return 'ok';
  if (access === 'payload-cost-read')
    return expectedOutcome('cost-read', GRANTS.OPS[user], DEFAULT_RULES);

  return broken;
}

/** The role a user plays in OPS under some rules, for the failure messages. */
function roleOf(user: DemoUser, rules: Rules): string {
  const grants = GRANTS.OPS[user];
  const read = expectedOutcome('cost-read', grants, rules) === 'ok';
  const write = expectedOutcome('cost-write', grants, rules) === 'ok';
  const costs = write ? 'cost editor' : read ? 'cost viewer' : 'no costs';

  return `${user} (${costs}${grants.admin ? ', project admin' : ''})`;
}

const tally = { cases: 0, denied: 0, pairs: new Set<string>() };

describe('authorization matrix', () => {
  const { host, call, ops, opsIssues } = buildLocalHost();
  const mkt = host.jira.site.projects.find((p) => p.key === 'MKT')!;
  const mktIssue = host.jira.site.issues.find((i) => i.projectId === mkt.id)!;
  let counter = 0;
  const fixedObjectives = new Map<string, string>();
  const envFor = (project: ProjectKey, rules: Rules = DEFAULT_RULES): Env => {
    const projectId = project === 'OPS' ? ops.id : mkt.id;
    const issue = project === 'OPS' ? opsIssues[0]! : mktIssue;
    const asAdmin = async (key: SettingsKey, payload: unknown) =>
      dataOf(
        await call({
          module: SETTINGS,
          location: { kind: 'project-settings', projectId },
          as: 'admin',
          key,
          payload,
        }),
      );
    return {
      project,
      projectId,
      issueId: issue.id,
      issueKey: issue.key,
      rules,
      fresh: (prefix) =>
        `${prefix}-${project.toLowerCase()}-${String((counter += 1)).padStart(5, '0')}`,
      asAdmin,
      createAsAdmin: async (payload) =>
        dataOf(
          await call({
            module: PANEL,
            location: { kind: 'issue', issueId: issue.id },
            as: 'admin',
            key: PANEL_KEYS.createEntry,
            payload,
          }),
        ),
      fixedObjectiveId: async () => {
        const known = fixedObjectives.get(project);
        if (known) return known;
        const id = `fixed-${project.toLowerCase()}`;
        await asAdmin(SETTINGS_KEYS.saveObjective, costObjectivePayload(id));
        fixedObjectives.set(project, id);
        return id;
      },
    };
  };
  host.saveGadgetConfiguration('g-OPS', { projectId: ops.id });
  host.saveGadgetConfiguration('g-MKT', { projectId: mkt.id });
  host.saveGadgetConfiguration('g-unknown', { projectId: UNKNOWN_ID });
  host.saveGadgetConfiguration('g-bogus', { projectId: 'OPS; DROP TABLE items' });

  const locationOf = (module: ModuleType, env: Env): Location => {
    if (module === PANEL) return { kind: 'issue', issueId: env.issueId };
    if (module === SETTINGS) return { kind: 'project-settings', projectId: env.projectId };
    return { kind: 'gadget', gadgetId: `g-${env.project}` };
  };
  const unknownLocationOf = (module: ModuleType): Location => {
    if (module === PANEL) return { kind: 'issue', issueId: UNKNOWN_ID };
    if (module === SETTINGS) return { kind: 'project-settings', projectId: UNKNOWN_ID };
    return { kind: 'gadget', gadgetId: 'g-unknown' };
  };
  const applyRules = async (rules: Rules) => {
    const env = envFor('OPS', rules);
    await env.asAdmin(
      SETTINGS_KEYS.updateCostSettings,
      await MATRIX[SETTINGS_KEYS.updateCostSettings].arrange(env),
    );

    return env;
  };

  /** Runs one case; returns a description of what is wrong with it, or undefined. */
  const runCase = async (input: {
    label: string;
    key: ResolverKey;
    user: DemoUser;
    module: ModuleType;
    location: Location;
    payload: unknown;
    expected: Outcome | 'denied';
    check?: (data: unknown) => string | undefined;
  }): Promise<string | undefined> => {
    await host.drainQueues();
    const before = dumpStore(host);
    let result: unknown;
    let outcome: Outcome;
    try {
      const answer = await host.invoke({
        module: host.module(input.module),
        location: input.location,
        accountId: DEMO_USERS[input.user],
        functionKey: input.key,
        payload: input.payload,
      });
      result = answer.result;
      outcome = outcomeOf(answer.result as Result<unknown>);
    } catch {
      outcome = 'threw';
    }
    await host.drainQueues();
    const changed = outcome === 'ok' ? [] : changedKeys(before, dumpStore(host));
    tally.cases += 1;
    if (outcome !== 'ok') tally.denied += 1;
    tally.pairs.add(`${input.key}/${input.user}`);

    const where = `${input.label}: ${input.key} as ${input.user}`;
    const matches =
      input.expected === 'denied'
        ? outcome !== 'ok' && outcome !== 'UNEXPECTED'
        : outcome === input.expected;
    if (!matches) return `${where}: expected ${input.expected}, got ${outcome}`;
    const problem = outcome === 'threw' ? undefined : envelopeProblem(result);
    if (problem) return `${where}: answer ${problem}`;
    if (changed.length > 0) return `${where}: denied but changed ${changed.join(', ')}`;
    if (JSON.stringify(result ?? null).includes(FOREIGN_MARKER))
      return `${where}: the answer leaks another issue's or project's record`;
    const data = (result as { data?: unknown } | undefined)?.data;

    return outcome === 'ok' && input.check ? input.check(data) : undefined;
  };

  /** Every project the user may browse, for the gadget's project picker. */
  const checkProjects = (user: DemoUser) => (data: unknown) => {
    const listed = (data as GadgetProjectsResponse).projects.map((p) => p.key).sort();
    const browsable = (['MKT', 'OPS'] as const).filter((p) => GRANTS[p][user].browse);

    return JSON.stringify(listed) === JSON.stringify(browsable)
      ? undefined
      : `gadget/list-projects as ${user} listed ${listed.join(',')}`;
  };

  afterAll(async () => {
    await host.shutdown();
    process.stdout.write(
      `authorization matrix: ${tally.cases} cases, ${tally.denied} denied ` +
        `(${KEYS.length} keys x ${USERS.length} users)\n`,
    );
  });

  it('has a row for every resolver key, under the module that defines it', () => {
    const declared = [
      ...Object.values(PANEL_KEYS).map((key) => `${PANEL} ${key}`),
      ...Object.values(SETTINGS_KEYS).map((key) => `${SETTINGS} ${key}`),
      ...Object.values(GADGET_KEYS).map((key) => `${GADGET} ${key}`),
    ].sort();

    const rows = KEYS.map((key) => `${MATRIX[key].module} ${key}`).sort();

    expect(rows).toStrictEqual(declared);
  });

  it.each(Object.entries(CONFIGS))(
    'allows or denies every key for every user as OPS rules say under %s',
    async (name, rules) => {
      const env = await applyRules(rules);
      const problems: string[] = [];

      for (const key of KEYS) {
        const row = MATRIX[key];
        for (const user of USERS) {
          const problem = await runCase({
            label: `${name} / ${roleOf(user, rules)}`,
            key,
            user,
            module: row.module,
            location: locationOf(row.module, env),
            payload: await row.arrange(env),
            expected: expectedOutcome(row.access, GRANTS.OPS[user], rules),
            ...(key === GADGET_KEYS.listProjects ? { check: checkProjects(user) } : {}),
          });
          if (problem) problems.push(problem);
        }
      }
      await applyRules(DEFAULT_RULES);

      expect(problems).toStrictEqual([]);
    },
    120_000,
  );

  it('denies every key in a project the user cannot browse or administer (MKT)', async () => {
    const env = envFor('MKT');
    const problems: string[] = [];

    for (const key of KEYS) {
      const row = MATRIX[key];
      for (const user of USERS) {
        const problem = await runCase({
          label: 'location in MKT',
          key,
          user,
          module: row.module,
          location: locationOf(row.module, env),
          payload: await row.arrange(env),
          expected: expectedOutcome(row.access, GRANTS.MKT[user], DEFAULT_RULES),
        });
        if (problem) problems.push(problem);
      }
    }

    expect(problems).toStrictEqual([]);
  }, 60_000);

  it.each([
    [
      'a top-level id of another issue or project',
      (env: Env) => ({
        issueId: env.issueId,
        projectId: env.projectId,
      }),
    ],
    [
      'a forged module context',
      (env: Env) => ({
        extension: { issue: { id: env.issueId }, project: { id: env.projectId } },
      }),
    ],
  ])(
    'refuses a payload carrying %s as VALIDATION for every key and user',
    async (_name, smuggle) => {
      const env = envFor('OPS');
      const other = envFor('MKT');
      const problems: string[] = [];

      for (const key of KEYS) {
        const row = MATRIX[key];
        for (const user of USERS) {
          const problem = await runCase({
            label: 'smuggled field',
            key,
            user,
            module: row.module,
            location: locationOf(row.module, env),
            payload: { ...(await row.arrange(env)), ...smuggle(other) },
            expected: 'VALIDATION',
          });
          if (problem) problems.push(problem);
        }
      }

      expect(problems).toStrictEqual([]);
    },
    60_000,
  );

  it('denies every key whose module context names an issue or project that does not exist', async () => {
    const env = envFor('OPS');
    const problems: string[] = [];

    for (const key of KEYS) {
      const row = MATRIX[key];
      for (const user of USERS) {
        const problem = await runCase({
          label: 'unknown location',
          key,
          user,
          module: row.module,
          location: unknownLocationOf(row.module),
          payload: await row.arrange(env),
          expected: outsideContext(row.access, user, 'FORBIDDEN'),
        });
        if (problem) problems.push(problem);
      }
    }

    expect(problems).toStrictEqual([]);
  }, 60_000);

  it('refuses a gadget configuration that names no project id as VALIDATION', async () => {
    const env = envFor('OPS');
    const problems: string[] = [];

    for (const key of Object.values(GADGET_KEYS)) {
      for (const user of USERS) {
        const problem = await runCase({
          label: 'bogus gadget configuration',
          key,
          user,
          module: GADGET,
          location: { kind: 'gadget', gadgetId: 'g-bogus' },
          payload: await MATRIX[key].arrange(env),
          expected: outsideContext(MATRIX[key].access, user, 'VALIDATION'),
        });
        if (problem) problems.push(problem);
      }
    }

    expect(problems).toStrictEqual([]);
  });

  it('never runs a key through another module’s resolver function', async () => {
    const env = envFor('OPS');
    const problems: string[] = [];

    for (const key of KEYS) {
      const row = MATRIX[key];
      for (const module of [PANEL, SETTINGS, GADGET].filter((m) => m !== row.module)) {
        for (const user of USERS) {
          const problem = await runCase({
            label: `through ${module}`,
            key,
            user,
            module,
            location: locationOf(module, env),
            payload: await row.arrange(env),
            expected: 'denied',
          });
          if (problem) problems.push(problem);
        }
      }
    }

    expect(problems).toStrictEqual([]);
  }, 60_000);

  it('never reaches a record of another issue or project through an id in the payload', async () => {
    const env = envFor('OPS');
    const other = envFor('MKT');
    const problems: string[] = [];

    for (const key of KEYS) {
      const row = MATRIX[key];
      if (!row.foreign) continue;
      for (const user of USERS) {
        const { payload, allowed } = await row.foreign(env, other);
        const permitted = expectedOutcome(row.access, GRANTS.OPS[user], DEFAULT_RULES) === 'ok';
        const problem = await runCase({
          label: 'foreign record',
          key,
          user,
          module: row.module,
          location: locationOf(row.module, env),
          payload,
          expected: permitted ? allowed : 'FORBIDDEN',
        });
        if (problem) problems.push(problem);
      }
    }

    expect(problems).toStrictEqual([]);
  }, 60_000);

  it('covers every key for every user, most of them more than once', () => {
    const everyPair = KEYS.flatMap((key) => USERS.map((user) => `${key}/${user}`));

    expect(everyPair.filter((pair) => !tally.pairs.has(pair))).toStrictEqual([]);
    expect(tally.cases).toBeGreaterThanOrEqual(KEYS.length * USERS.length * 5);
  });
});
