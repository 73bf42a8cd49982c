import type { CostEntry } from '../domain/cost-entry';
import type { CostSettings } from '../domain/cost-settings';
import { DEFAULT_COST_SETTINGS, findCategory } from '../domain/cost-settings';
import { focusSourceKey, toFocusEntry } from '../domain/focus-import';
import { NotFoundError, ValidationError } from '../platform/errors';
import type { CurrencyCode } from '../shared/currencies';
import type {
  CommitFocusImportRequest,
  CommitFocusImportResponse,
  FocusImportLoadResponse,
  FocusMappingDto,
  SaveFocusMappingRequest,
  StageFocusBatchRequest,
  StageFocusBatchResponse,
} from '../shared/focus-contract';

import { requireProjectAdmin } from './access';
import { recordChange } from './audit-service';
import type {
  AuditRepository,
  BackgroundJobs,
  CostEntryRepository,
  FocusImportRepository,
  JiraGateway,
  JiraIssue,
  SettingsRepository,
} from './ports';

/** What the FOCUS import use cases need; one instance per invocation. */
export type FocusImportDeps = {
  readonly entries: CostEntryRepository;
  readonly settings: SettingsRepository;
  readonly focusImports: FocusImportRepository;
  readonly jira: JiraGateway;
  readonly audit: AuditRepository;
  readonly jobs: BackgroundJobs;
  readonly accountId: string;
  readonly now: () => Date;
  readonly newId: () => string;
};

const EMPTY_MAPPING: FocusMappingDto = { costBasis: 'BilledCost', rules: [] };

/**
 * A commit call stops starting new writes after this long and answers `done: false`, so that it
 * ends well within Forge's 25-second resolver limit; the browser then calls again.
 */
const COMMIT_BUDGET_MS = 15_000;

/** Changes handed to the store at once between checks of the time budget. */
const WRITE_SLICE = 96;

/**
 * The Import tab's data: the remembered mapping and the project key.
 * @throws {PermissionError} unless the user administers the project.
 */
export async function loadFocusImport(
  deps: FocusImportDeps,
  projectId: string,
): Promise<FocusImportLoadResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const [project, mapping] = await Promise.all([
    deps.jira.findProject(projectId),
    deps.focusImports.findMapping(projectId),
  ]);
  if (!project) throw new NotFoundError('This project was not found.');

  return { mapping: mapping ?? EMPTY_MAPPING, projectKey: project.key };
}

/**
 * Remembers the project's mapping rules, default issue and cost basis.
 * @throws {ValidationError} when a category is unknown or retired, an issue is not in the
 *   project, or rule ids repeat.
 */
export async function saveFocusMapping(
  deps: FocusImportDeps,
  projectId: string,
  request: SaveFocusMappingRequest,
): Promise<FocusMappingDto> {
  await requireProjectAdmin(deps.jira, projectId);
  if (new Set(request.rules.map((rule) => rule.id)).size !== request.rules.length) {
    throw new ValidationError('Two rules share an id.', [
      { path: 'rules', message: 'Ids repeat.' },
    ]);
  }
  const targets = [...request.rules, ...(request.defaultTarget ? [request.defaultTarget] : [])];
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  requireActiveCategories(
    settings,
    targets.map((target) => target.categoryId),
  );
  await resolveIssues(
    deps,
    projectId,
    targets.map((target) => target.issueKey),
  );
  const before = (await deps.focusImports.findMapping(projectId)) ?? EMPTY_MAPPING;

  await deps.focusImports.saveMapping(projectId, request);
  await recordChange(deps, {
    projectId,
    action: 'settings.updated',
    target: 'focus-mapping',
    summary: 'FOCUS import mapping',
    before,
    after: request,
    fields: ['costBasis', 'rules', 'defaultTarget'],
  });

  return request;
}

/**
 * Stores one batch of an import run after checking its categories and issues. Sending the same
 * batch again overwrites it, so a retried upload adds nothing twice.
 * @throws {ValidationError} when a category is unknown or retired or an issue is not in the project.
 */
export async function stageFocusBatch(
  deps: FocusImportDeps,
  projectId: string,
  request: StageFocusBatchRequest,
): Promise<StageFocusBatchResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const settings = (await deps.settings.findCostSettings(projectId)) ?? DEFAULT_COST_SETTINGS;
  requireActiveCategories(
    settings,
    request.groups.map((group) => group.categoryId),
  );
  const issues = await resolveIssues(
    deps,
    projectId,
    request.groups.map((g) => g.issueKey),
  );

  await deps.focusImports.saveBatch(projectId, request.runId, request.batchIndex, {
    costBasis: request.costBasis,
    fileName: request.fileName,
    stagedBy: deps.accountId,
    groups: request.groups.map((group) => {
      const issue = issues.get(group.issueKey.toUpperCase());
      // resolveIssues threw for every key it did not find.
      return { ...group, issueId: issue?.id ?? '', issueKey: issue?.key ?? group.issueKey };
    }),
  });

  return { runId: request.runId, batchIndex: request.batchIndex };
}

/**
 * Applies a staged run to its bills. First every entry the earlier imports of these bills hold
 * and this run does not is deleted, then the run's entries are written (an unchanged one is
 * skipped): so a group that moved to another issue or category is never counted twice, even
 * when the call stops in the middle. Calling again resumes; once `done`, the bills hold exactly
 * the run's entries.
 * @throws {ValidationError} when a batch is missing or expired, or a group's bill is not listed.
 */
export async function commitFocusImport(
  deps: FocusImportDeps,
  projectId: string,
  request: CommitFocusImportRequest,
): Promise<CommitFocusImportResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const started = deps.now().getTime();
  const batches = await deps.focusImports.listBatches(projectId, request.runId, request.batchCount);
  const missing = batches.findIndex((batch) => batch === undefined);
  if (missing >= 0) {
    throw new ValidationError(
      `Part ${missing + 1} of the upload is missing or expired. Upload the file again.`,
    );
  }
  const staged = batches.flatMap((batch) => batch?.groups ?? []);
  const costBasis = batches[0]?.costBasis ?? 'BilledCost';
  const sourceKeys = new Set(request.sources.map((source) => focusSourceKey(projectId, source)));
  const at = deps.now().toISOString();
  const wanted = new Map<string, CostEntry>();
  for (const group of staged) {
    if (!sourceKeys.has(focusSourceKey(projectId, group.source))) {
      throw new ValidationError('A staged group belongs to a bill the import does not list.');
    }
    const entry = toFocusEntry({
      projectId,
      // The batch schema checked the code against the currency table.
      group: { ...group, currency: group.currency as CurrencyCode },
      costBasis,
      accountId: deps.accountId,
      at,
    });
    wanted.set(entry.id, entry);
  }
  const stored = (
    await Promise.all([...sourceKeys].map((key) => deps.entries.listSourceEntries(key)))
  ).flat();

  // Limitation: two admins committing imports of the same bill at the same moment can interleave
  // chunk by chunk (each chunk stays exact, but the bill may end as a mix of both runs until one
  // is committed again); a per-bill lock record taken by the commit would serialise them.
  const stale = stored.filter((entry) => !wanted.has(entry.id)).map((before) => ({ before }));
  const storedById = new Map(stored.map((entry) => [entry.id, entry]));
  const writes = [...wanted.values()].map((after) => ({ before: storedById.get(after.id), after }));
  let written = 0;
  let deleted = 0;
  for (const changes of [stale, writes]) {
    for (let start = 0; start < changes.length; start += WRITE_SLICE) {
      if (deps.now().getTime() - started > COMMIT_BUDGET_MS) {
        return { done: false, written, deleted, entries: wanted.size, sources: request.sources };
      }
      const outcome = await deps.entries.saveDerivedEntries(
        changes.slice(start, start + WRITE_SLICE),
      );
      written += outcome.written;
      deleted += outcome.deleted;
    }
  }

  await afterCommit(deps, {
    projectId,
    request,
    stored,
    wanted: [...wanted.values()],
    written,
    deleted,
  });

  return { done: true, written, deleted, entries: wanted.size, sources: request.sources };
}

/** The audit event and background refreshes of a finished commit that changed something. */
async function afterCommit(
  deps: FocusImportDeps,
  input: {
    projectId: string;
    request: CommitFocusImportRequest;
    stored: readonly CostEntry[];
    wanted: readonly CostEntry[];
    written: number;
    deleted: number;
  },
): Promise<void> {
  const { projectId, request, stored, wanted, written, deleted } = input;
  if (written === 0 && deleted === 0) return;
  const bills = request.sources
    .map((s) => `${s.providerName || 'cloud'} ${s.billingPeriod}`)
    .join(', ');
  await recordChange(deps, {
    projectId,
    action: 'import.committed',
    target: `import:${request.runId}`,
    summary: `FOCUS bill ${bills}: ${written} entries written, ${deleted} removed`,
    fields: [],
  });
  const touched = [...stored, ...wanted];
  await deps.jobs.refreshIssueSummaries([...new Set(touched.map((entry) => entry.issueId))]);
  const categories = new Set(touched.map((entry) => entry.categoryId));
  const { keyResultIndex } = await deps.settings.findProjectConfig(projectId);
  const narrowed = keyResultIndex.filter(
    (kr) => kr.narrowed && kr.kind === 'actual' && kr.categoryIds.some((c) => categories.has(c)),
  );
  if (narrowed.length > 0) {
    await deps.jobs.refreshKeyResults(
      narrowed.map(({ objectiveId, keyResultId }) => ({ projectId, objectiveId, keyResultId })),
    );
  }
}

function requireActiveCategories(settings: CostSettings, categoryIds: readonly string[]): void {
  const bad = [...new Set(categoryIds)].filter(
    (id) => findCategory(settings, id)?.retired !== false,
  );
  if (bad.length > 0) {
    throw new ValidationError(`Unknown or retired categories: ${bad.join(', ')}.`, [
      { path: 'categoryId', message: 'Choose one of the project’s active categories.' },
    ]);
  }
}

/**
 * The project's issues with these keys, from JQL search pages of the project as the user.
 * @throws {ValidationError} naming the keys that are not issues of the project.
 */
async function resolveIssues(
  deps: FocusImportDeps,
  projectId: string,
  issueKeys: readonly string[],
): Promise<Map<string, JiraIssue>> {
  const unique = [...new Set(issueKeys.map((key) => key.toUpperCase()))];
  const found = await deps.jira.findProjectIssuesByKey(projectId, unique);
  const missing = unique.filter((key) => !found.has(key));
  if (missing.length > 0) {
    throw new ValidationError(`Not issues of this project: ${missing.join(', ')}.`, [
      { path: 'issueKey', message: 'Use the key of an issue in this project.' },
    ]);
  }

  return found;
}
