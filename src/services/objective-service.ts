import { readCells } from '../domain/aggregates';
import type { AggregateCell } from '../domain/aggregates';
import { createConverter } from '../domain/conversion';
import type { CostSettings } from '../domain/cost-settings';
import { DEFAULT_COST_SETTINGS } from '../domain/cost-settings';
import { keyResultContributions } from '../domain/okr/contributions';
import { evaluateKeyResult } from '../domain/okr/evaluate';
import type { KeyResult } from '../domain/okr/key-result';
import type { Objective } from '../domain/okr/objective';
import { assertStatusChange, validateObjective } from '../domain/okr/objective';
import { resolvePeriod, shiftMonth } from '../domain/okr/periods';
import { monthsNeeded, seriesOf, viewObjective } from '../domain/okr/rollup';
import type { RollupContext } from '../domain/okr/rollup';
import { freezeObjective } from '../domain/okr/snapshot';
import { NotFoundError, PermissionError, ValidationError } from '../platform/errors';
import type { IsoDate } from '../shared/contract';
import { MAX_RECURRENCE_MONTHS } from '../shared/limits';
import type {
  CheckInRequest,
  ContributionsRequest,
  ContributionsResponse,
  DeleteObjectiveRequest,
  KeyResultView,
  ObjectiveView,
  ObjectivesResponse,
  PreviewKeyResultRequest,
  SaveObjectiveRequest,
} from '../shared/okr-contract';

import { projectCostAccess, requireProjectAdmin } from './access';
import { auditEventOf } from './audit-service';
import type {
  AuditRepository,
  BackgroundJobs,
  JqlSearch,
  RollupRepository,
  CostEntryRepository,
  JiraGateway,
  KeyResultIndexEntry,
  ObjectiveRepository,
  SettingsRepository,
  StoredObjective,
} from './ports';
import { loadRatesFor, monthDated, occurrencesDated } from './rates';

/** What the objective use cases need; one instance per invocation. */
export type ObjectiveDeps = {
  readonly objectives: ObjectiveRepository;
  readonly entries: CostEntryRepository;
  readonly settings: SettingsRepository;
  readonly jira: JiraGateway;
  readonly accountId: string;
  readonly today: IsoDate;
  readonly audit: AuditRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly rollups: RollupRepository;
  readonly jql: JqlSearch;
  readonly jobs: BackgroundJobs;
};

/** The objective fields whose changes the audit trail records. */
const OBJECTIVE_FIELDS = [
  'title',
  'description',
  'ownerAccountId',
  'period',
  'status',
  'keyResults',
] as const;

/** Who is looking: admins see every objective; cost viewers see active and closed ones. */
export type Audience = 'admin' | 'viewer';

/**
 * A project's objectives with live key result values, read from aggregates only: the number of
 * KVS calls does not grow with the number of cost entries.
 * @throws {PermissionError} when the user may not see them.
 */
export async function listObjectives(
  deps: ObjectiveDeps,
  projectId: string,
  audience: Audience,
): Promise<ObjectivesResponse> {
  const settings = await requireAudience(deps, projectId, audience);

  return (await viewObjectivesWith(deps, projectId, settings, audience)).response;
}

/** Months from `from` to `to` (inclusive), as `YYYY-MM`. */
export type MonthRange = { readonly from: string; readonly to: string };

/**
 * The objectives `audience` sees, for a caller that has already checked access and read the
 * settings, together with the aggregate cells and the converter the rollup used. With
 * `alsoMonths`, those months' cells are read in the same pass, so a caller that needs both
 * (the gadget) reads aggregates and rates once.
 */
export async function viewObjectivesWith(
  deps: ObjectiveDeps,
  projectId: string,
  settings: CostSettings,
  audience: Audience,
  alsoMonths?: MonthRange,
): Promise<{ response: ObjectivesResponse; context: RollupContext }> {
  const stored = (await deps.objectives.listObjectives(projectId))
    .filter(
      (s) =>
        audience === 'admin' || s.objective.status === 'active' || s.objective.status === 'closed',
    )
    .sort(
      (a, b) => statusRank(a) - statusRank(b) || a.objective.title.localeCompare(b.objective.title),
    );
  const context = await rollupContext(
    deps,
    projectId,
    settings,
    stored.map((s) => s.objective),
    alsoMonths,
  );

  return {
    response: {
      reportingCurrency: settings.reportingCurrency,
      fiscalYearStartMonth: settings.fiscalYearStartMonth,
      today: deps.today,
      objectives: stored.map((s) => viewObjective(s, context)),
    },
    context,
  };
}

/**
 * Creates or replaces an objective. Cost key results take the project's reporting currency;
 * closing freezes the key results' values, reopening thaws them.
 * @throws {ValidationError} with every problem found; {ConflictError} on a stale version.
 */
export async function saveObjective(
  deps: ObjectiveDeps,
  projectId: string,
  request: SaveObjectiveRequest,
): Promise<ObjectiveView> {
  await requireProjectAdmin(deps.jira, projectId);
  const existing =
    request.version > 0 ? await findProjectObjective(deps, projectId, request.id) : undefined;
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  const { version: _version, ...fields } = request;
  const draft: Objective = {
    ...fields,
    keyResults: request.keyResults.map((kr) =>
      kr.type === 'cost' ? { ...kr, currency: settings.reportingCurrency } : kr,
    ),
  };
  requireKnownCategories(settings, draft.keyResults);
  if (existing && existing.objective.status !== draft.status)
    assertStatusChange(existing.objective.status, draft.status);
  validateObjective(draft, settings.fiscalYearStartMonth);
  await requireValidJql(deps, projectId, draft.keyResults);
  const context = await rollupContext(deps, projectId, settings, [draft]);
  const objective = withSnapshot(draft, existing?.objective, context);

  const others = (await deps.objectives.listObjectives(projectId)).filter(
    (stored) => stored.objective.id !== objective.id,
  );
  await deps.objectives.saveObjectiveChange({
    projectId,
    objectiveId: objective.id,
    objective,
    expectedVersion: request.version,
    keyResultIndex: keyResultIndexOf([...others.map((s) => s.objective), objective]),
    narrowedKeyResultIds: narrowedIds(objective),
    audit: auditEventOf(deps, {
      projectId,
      action: existing ? 'objective.updated' : 'objective.created',
      target: `objective:${objective.id}`,
      summary: objective.title,
      before: existing?.objective,
      after: objective,
      fields: OBJECTIVE_FIELDS,
    }),
  });
  await measureNarrowedKeyResults(deps, projectId, objective);
  const saved: StoredObjective = { projectId, objective, version: request.version + 1 };

  return viewObjective(saved, context);
}

/** Deletes an objective and its key results. */
export async function deleteObjective(
  deps: ObjectiveDeps,
  projectId: string,
  request: DeleteObjectiveRequest,
): Promise<{ id: string }> {
  await requireProjectAdmin(deps.jira, projectId);
  const existing = await findProjectObjective(deps, projectId, request.id);

  const others = (await deps.objectives.listObjectives(projectId)).filter(
    (stored) => stored.objective.id !== request.id,
  );
  await deps.objectives.saveObjectiveChange({
    projectId,
    objectiveId: request.id,
    expectedVersion: request.version,
    keyResultIndex: keyResultIndexOf(others.map((s) => s.objective)),
    narrowedKeyResultIds: [],
    audit: auditEventOf(deps, {
      projectId,
      action: 'objective.deleted',
      target: `objective:${request.id}`,
      summary: existing.objective.title,
      before: existing.objective,
      fields: OBJECTIVE_FIELDS,
    }),
  });

  return { id: request.id };
}

/**
 * Records a check-in on a manual key result, in the key result's unit.
 * @throws {ValidationError} when the key result is not manual.
 */
export async function checkIn(
  deps: ObjectiveDeps,
  projectId: string,
  request: CheckInRequest,
): Promise<ObjectiveView> {
  await requireProjectAdmin(deps.jira, projectId);
  const stored = await findProjectObjective(deps, projectId, request.objectiveId);
  const target = stored.objective.keyResults.find((kr) => kr.id === request.keyResultId);
  if (!target || target.type !== 'manual') {
    throw new ValidationError('Check-ins are for manual key results.', [
      { path: 'keyResultId', message: 'Not a manual key result.' },
    ]);
  }
  const checkIn = {
    value: request.value,
    confidence: request.confidence,
    note: request.note,
    authorAccountId: deps.accountId,
    date: request.date,
  };
  const objective: Objective = {
    ...stored.objective,
    keyResults: stored.objective.keyResults.map((kr) =>
      kr.id === target.id && kr.type === 'manual'
        ? { ...kr, checkIns: [...kr.checkIns, checkIn].slice(-200) }
        : kr,
    ),
  };
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  validateObjective(objective, settings.fiscalYearStartMonth);

  await deps.objectives.saveObjectiveChange({
    projectId,
    objectiveId: objective.id,
    objective,
    expectedVersion: request.version,
    audit: auditEventOf(deps, {
      projectId,
      action: 'objective.updated',
      target: `objective:${objective.id}`,
      summary: `Check-in on ${target.title}`,
      before: stored.objective,
      after: objective,
      fields: OBJECTIVE_FIELDS,
    }),
  });
  const saved: StoredObjective = { projectId, objective, version: request.version + 1 };

  return viewObjective(saved, await rollupContext(deps, projectId, settings, [objective]));
}

/** Evaluates a key result being edited against the recorded costs, without saving it. */
export async function previewKeyResult(
  deps: ObjectiveDeps,
  projectId: string,
  request: PreviewKeyResultRequest,
): Promise<KeyResultView> {
  await requireProjectAdmin(deps.jira, projectId);
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  const keyResult: KeyResult =
    request.keyResult.type === 'cost'
      ? { ...request.keyResult, currency: settings.reportingCurrency }
      : request.keyResult;
  const objective: Objective = {
    id: 'preview',
    title: 'Preview',
    description: '',
    ownerAccountId: deps.accountId,
    period: request.period,
    status: 'active',
    keyResults: [keyResult],
  };
  validateObjective(objective, settings.fiscalYearStartMonth);
  const view = viewObjective(
    { objective, version: 0 },
    await rollupContext(deps, projectId, settings, [objective]),
  );
  const only = view.keyResults[0];
  if (!only) throw new ValidationError('Nothing to preview.');

  return only;
}

async function requireAudience(
  deps: ObjectiveDeps,
  projectId: string,
  audience: Audience,
): Promise<CostSettings> {
  if (audience === 'admin') {
    await requireProjectAdmin(deps.jira, projectId);
    return (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  }
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  const access = await projectCostAccess({ jira: deps.jira, projectId, settings });
  if (!access.canView) throw new PermissionError('You cannot see the costs of this project.');

  return settings;
}

async function findProjectObjective(
  deps: ObjectiveDeps,
  projectId: string,
  id: string,
): Promise<StoredObjective> {
  const stored = await deps.objectives.findObjective(id);
  if (!stored || stored.projectId !== projectId) {
    throw new NotFoundError('This objective no longer exists. Reload to see the latest.');
  }

  return stored;
}

/** Reads the aggregates (one query) and, only when needed, the rates for a set of objectives. */
async function rollupContext(
  deps: ObjectiveDeps,
  projectId: string,
  settings: CostSettings,
  objectives: readonly Objective[],
  alsoMonths?: MonthRange,
): Promise<RollupContext> {
  const needed = objectives
    .filter((o) => o.keyResults.some((kr) => kr.type === 'cost'))
    .map((o) => monthsNeeded(o, settings.fiscalYearStartMonth));
  const cells: AggregateCell[] = [];
  for (const range of readPlan(needed, alsoMonths)) {
    const aggregates = await deps.entries.listMonthAggregates(projectId, range.from, range.to);
    cells.push(...aggregates.flatMap(readCells));
  }
  const rates = await loadRatesFor(
    deps.settings,
    projectId,
    cells.map(monthDated),
    settings.reportingCurrency,
  );
  const narrowed = objectives.flatMap((o) =>
    o.keyResults
      .filter((kr) => kr.type === 'cost' && kr.jql)
      .map((kr) => ({ objectiveId: o.id, keyResultId: kr.id })),
  );
  const materialized = narrowed.length > 0 ? await deps.rollups.findSeries(narrowed) : new Map();

  return {
    cells,
    materialized,
    convert: createConverter(rates, settings.reportingCurrency),
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    today: deps.today,
    ...(settings.forecastThresholds ? { thresholds: settings.forecastThresholds } : {}),
  };
}

/**
 * The aggregate reads for the objectives' months and an extra range: the objectives' span as
 * one read, as before, and the extra range merged into it when they overlap or touch, else read
 * on its own (a gap of years between them is not worth reading).
 */
export function readPlan(needed: readonly MonthRange[], extra?: MonthRange): MonthRange[] {
  const from = needed.map((r) => r.from).sort()[0];
  const to = needed
    .map((r) => r.to)
    .sort()
    .at(-1);
  if (from === undefined || to === undefined) return extra ? [extra] : [];
  const span = { from, to };
  if (!extra) return [span];
  const touches = extra.from <= shiftMonth(span.to, 1) && span.from <= shiftMonth(extra.to, 1);
  if (!touches) return [span, extra];

  return [
    {
      from: extra.from < span.from ? extra.from : span.from,
      to: extra.to > span.to ? extra.to : span.to,
    },
  ];
}

function withSnapshot(
  draft: Objective,
  before: Objective | undefined,
  context: RollupContext,
): Objective {
  const { snapshot: _snapshot, ...live } = draft;
  if (draft.status !== 'closed') return live;
  if (before?.status === 'closed' && before.snapshot) return { ...live, snapshot: before.snapshot };
  const period = resolvePeriod(draft.period, context.fiscalYearStartMonth);
  const evaluated = draft.keyResults.map((keyResult) => ({
    keyResult,
    evaluation: evaluateKeyResult(keyResult, {
      series: seriesOf(draft.id, keyResult, context),
      window: period,
      today: context.today,
    }),
  }));

  return { ...live, snapshot: freezeObjective(context.today, evaluated) };
}

function requireKnownCategories(settings: CostSettings, keyResults: readonly KeyResult[]): void {
  const known = new Set(settings.categories.map((c) => c.id));
  const details = keyResults.flatMap((kr, index) =>
    kr.type === 'cost'
      ? kr.categoryIds
          .filter((id) => !known.has(id))
          .map((id) => ({
            path: `keyResults.${index}.categoryIds`,
            message: `Unknown category ${id}.`,
          }))
      : [],
  );
  if (details.length > 0)
    throw new ValidationError('A key result names a category the project does not have.', details);
}

/** Rebuilds the index of active cost key results that the issue panel reads with the settings. */
/** The index of active cost key results the issue panel matches entries against. */
function keyResultIndexOf(all: readonly Objective[]): KeyResultIndexEntry[] {
  return all
    .filter((objective) => objective.status === 'active')
    .flatMap((objective) =>
      objective.keyResults.flatMap((kr) =>
        kr.type === 'cost' && !kr.archived
          ? [
              {
                objectiveId: objective.id,
                objectiveTitle: objective.title,
                keyResultId: kr.id,
                keyResultTitle: kr.title,
                categoryIds: kr.categoryIds,
                kind: kr.kind,
                ...(kr.jql ? { narrowed: true } : {}),
              },
            ]
          : [],
      ),
    );
}

function statusRank(stored: StoredObjective): number {
  return ['active', 'draft', 'closed', 'archived'].indexOf(stored.objective.status);
}

/**
 * The issues and entries behind a cost key result's value (drill-down). Reads the project's
 * entries in the window through the date index: an on-demand call, not a rollup.
 * @throws {ValidationError} when the key result is not a cost key result.
 */
export async function keyResultContributionsOf(
  deps: ObjectiveDeps,
  projectId: string,
  request: ContributionsRequest,
  audience: Audience,
): Promise<ContributionsResponse> {
  const settings = await requireAudience(deps, projectId, audience);
  const stored = await findProjectObjective(deps, projectId, request.objectiveId);
  const keyResult = stored.objective.keyResults.find((kr) => kr.id === request.keyResultId);
  if (!keyResult || keyResult.type !== 'cost') {
    throw new ValidationError('Only cost key results have contributing issues.', [
      { path: 'keyResultId', message: 'Not a cost key result.' },
    ]);
  }
  const window = resolvePeriod(stored.objective.period, settings.fiscalYearStartMonth);
  // A recurring entry may start up to MAX_RECURRENCE_MONTHS - 1 months before the window.
  const from = `${shiftMonth(window.start.slice(0, 7), 1 - MAX_RECURRENCE_MONTHS)}-01`;
  const entries = await deps.entries.listProjectEntriesBetween(projectId, from, window.end);
  const rates = await loadRatesFor(
    deps.settings,
    projectId,
    entries.flatMap(occurrencesDated),
    settings.reportingCurrency,
  );

  const all = keyResultContributions({
    keyResult: { ...keyResult, currency: settings.reportingCurrency },
    entries,
    window,
    upTo: deps.today,
    convert: createConverter(rates, settings.reportingCurrency),
  });
  // Issue-level security can hide issues of a project the viewer may browse: one bulk check.
  const visible = await deps.jira.browsableIssues(all.issues.map((issue) => issue.issueId));
  const issues = all.issues.filter((issue) => visible.has(issue.issueId));
  const hidden = all.issues.length - issues.length;

  return { ...all, issues, ...(hidden > 0 ? { hiddenIssueCount: hidden } : {}) };
}

/** The JQL a narrowed key result runs: its own, within the project. */
export function narrowedJql(projectId: string, jql: string): string {
  return `project = ${projectId} AND (${jql})`;
}

async function requireValidJql(
  deps: ObjectiveDeps,
  projectId: string,
  keyResults: readonly KeyResult[],
) {
  const details: Array<{ path: string; message: string }> = [];
  for (const [index, kr] of keyResults.entries()) {
    if (kr.type !== 'cost' || !kr.jql) continue;
    // The JQL as typed, so Jira's positions point at the user's own text; the structure
    // check (validateObjective) has made sure it stays inside the project group when wrapped.
    const problem = await deps.jql.checkAsUser(kr.jql);
    if (problem) details.push({ path: `keyResults.${index}.jql`, message: problem });
  }
  if (details.length > 0)
    throw new ValidationError('Jira did not accept a key result’s JQL.', details);
}

/** The objective's key results narrowed by JQL, which the daily refresh measures. */
function narrowedIds(objective: Objective): string[] {
  return objective.keyResults.filter((kr) => kr.type === 'cost' && kr.jql).map((kr) => kr.id);
}

/** Measures the objective's JQL key results now, in the background. */
async function measureNarrowedKeyResults(
  deps: ObjectiveDeps,
  projectId: string,
  objective: Objective,
) {
  const ids = narrowedIds(objective);
  if (ids.length > 0) {
    await deps.jobs.refreshKeyResults(
      ids.map((keyResultId) => ({ projectId, objectiveId: objective.id, keyResultId })),
    );
  }
}
