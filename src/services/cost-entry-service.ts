import { entryAuditEvent } from '../domain/audit';
import { createConverter } from '../domain/conversion';
import type { CostEntry } from '../domain/cost-entry';
import { occurrenceDates } from '../domain/cost-entry';
import type { CostSettings } from '../domain/cost-settings';
import { DEFAULT_COST_SETTINGS, findCategory } from '../domain/cost-settings';
import type { TotalItem } from '../domain/totals';
import { computeTotals } from '../domain/totals';
import { NotFoundError, PermissionError, ValidationError } from '../platform/errors';
import type {
  CostEntryDto,
  CostEntryInput,
  CreateEntryRequest,
  DeleteEntryRequest,
  PanelLoadResponse,
  UpdateEntryRequest,
} from '../shared/contract';
import type { CurrencyCode } from '../shared/currencies';

import { issueCostAccess } from './access';
import type {
  BackgroundJobs,
  CostEntryRepository,
  JiraGateway,
  KeyResultIndexEntry,
  SettingsRepository,
} from './ports';
import { loadRatesFor } from './rates';

/** What the cost entry use cases need; one instance per invocation. */
export type CostEntryDeps = {
  readonly entries: CostEntryRepository;
  readonly settings: SettingsRepository;
  readonly jira: JiraGateway;
  readonly jobs: BackgroundJobs;
  readonly accountId: string;
  readonly now: () => Date;
  /** A fresh unique id (audit events). */
  readonly newId: () => string;
};

/** The issue the panel is on, as the module context claims it; checked with Jira before use. */
export type IssueRef = { readonly id: string; readonly key?: string };

/**
 * Everything the issue panel shows, in one call: entries, totals, categories, permissions.
 * @throws {PermissionError} when the user may not see the issue's costs.
 */
export async function loadPanel(deps: CostEntryDeps, issue: IssueRef): Promise<PanelLoadResponse> {
  const stored = await deps.entries.listIssueEntries(issue.id);
  const jiraIssue = stored.length === 0 ? await deps.jira.findIssue(issue.id) : undefined;
  const projectId = stored[0]?.projectId ?? jiraIssue?.projectId;
  if (projectId === undefined) throw new PermissionError('You cannot see costs of this issue.');
  const config = await deps.settings.findProjectConfig(projectId);
  const settings = config.settings ?? DEFAULT_COST_SETTINGS;
  const access = await issueCostAccess({ jira: deps.jira, issueId: issue.id, projectId, settings });
  if (!access.canView) throw new PermissionError('You cannot see costs of this issue.');
  const fed = config.keyResultIndex.filter((kr) =>
    stored.some((entry) => entry.kind === kr.kind && kr.categoryIds.includes(entry.categoryId)),
  );
  const items = stored.flatMap(toTotalItems);
  const rates = await loadRatesFor(deps.settings, projectId, items, settings.reportingCurrency);
  const issueKey = jiraIssue?.key ?? issue.key ?? stored[0]?.issueKey ?? issue.id;

  return {
    issue: { id: issue.id, key: issueKey },
    project: { id: projectId, key: issueKey.split('-')[0] ?? '', name: '' },
    entries: stored.sort(byDateThenCreated).map(toDto),
    totals: computeTotals(
      items,
      settings.reportingCurrency,
      createConverter(rates, settings.reportingCurrency),
    ),
    categories: settings.categories,
    reportingCurrency: settings.reportingCurrency,
    canEdit: access.canEdit,
    keyResults: fed.map(({ objectiveId, objectiveTitle, keyResultId, keyResultTitle }) => ({
      objectiveId,
      objectiveTitle,
      keyResultId,
      keyResultTitle,
    })),
  };
}

/**
 * Records a cost on the issue. Retrying with the same id returns the entry already stored.
 * @throws {PermissionError} when the user may not edit the issue's costs.
 * @throws {ValidationError} when the category is unknown or retired.
 */
export async function createEntry(
  deps: CostEntryDeps,
  issue: IssueRef,
  request: CreateEntryRequest,
): Promise<CostEntryDto> {
  const editor = await requireEditor(deps, issue);
  const { jiraIssue, settings } = editor;
  requireActiveCategory(settings, request.categoryId);
  const timestamp = deps.now().toISOString();
  const entry: CostEntry = {
    ...fromInput(request),
    id: request.id,
    issueId: jiraIssue.id,
    issueKey: jiraIssue.key,
    projectId: jiraIssue.projectId,
    createdBy: deps.accountId,
    createdAt: timestamp,
    updatedBy: deps.accountId,
    updatedAt: timestamp,
    version: 1,
  };

  // The creation's audit event is written by the background job (version 1 of the entry
  // records who created it and when), which keeps an add within 1 KiB written; every later
  // change records its fields before and after (a deletion, a snapshot) in its transaction.
  const existing = await deps.entries.saveEntryChange({ after: entry });
  if (existing && existing.issueId !== jiraIssue.id)
    throw new ValidationError('This entry id is taken.');
  if (!existing) await afterChange(deps, editor, [entry], [entry.id]);

  return toDto(existing ?? entry);
}

/**
 * Changes an entry of the issue.
 * @throws {ConflictError} when someone else changed it since `request.version`.
 */
export async function updateEntry(
  deps: CostEntryDeps,
  issue: IssueRef,
  request: UpdateEntryRequest,
): Promise<CostEntryDto> {
  const editor = await requireEditor(deps, issue);
  const { jiraIssue, settings } = editor;
  const before = requireHandEntered(await findIssueEntry(deps, jiraIssue.id, request.id));
  if (request.categoryId !== before.categoryId) requireActiveCategory(settings, request.categoryId);
  const after: CostEntry = {
    ...before,
    ...fromInput(request),
    issueKey: jiraIssue.key,
    projectId: jiraIssue.projectId,
    updatedBy: deps.accountId,
    updatedAt: deps.now().toISOString(),
    version: before.version + 1,
  };

  const audit = entryAuditEvent({
    id: deps.newId(),
    at: after.updatedAt,
    actor: deps.accountId,
    action: 'entry.updated',
    before,
    after,
  });
  await deps.entries.saveEntryChange({
    before: { ...before, version: request.version },
    after,
    audit,
  });
  await afterChange(deps, editor, [before, after]);

  return toDto(after);
}

/**
 * Deletes an entry of the issue.
 * @throws {ConflictError} when someone else changed it since `request.version`.
 */
export async function deleteEntry(
  deps: CostEntryDeps,
  issue: IssueRef,
  request: DeleteEntryRequest,
): Promise<{ id: string }> {
  const editor = await requireEditor(deps, issue);
  const { jiraIssue } = editor;
  const before = requireHandEntered(await findIssueEntry(deps, jiraIssue.id, request.id));

  const at = deps.now().toISOString();
  const audit = entryAuditEvent({
    id: deps.newId(),
    at,
    actor: deps.accountId,
    action: 'entry.deleted',
    before,
  });
  await deps.entries.saveEntryChange({ before: { ...before, version: request.version }, audit });
  await afterChange(deps, editor, [before]);

  return { id: request.id };
}

async function requireEditor(deps: CostEntryDeps, issue: IssueRef) {
  const jiraIssue = await deps.jira.findIssue(issue.id);
  if (!jiraIssue) throw new PermissionError('You cannot change costs of this issue.');
  const config = await deps.settings.findProjectConfig(jiraIssue.projectId);
  const settings = config.settings ?? DEFAULT_COST_SETTINGS;
  const access = await issueCostAccess({
    jira: deps.jira,
    issueId: jiraIssue.id,
    projectId: jiraIssue.projectId,
    settings,
  });
  if (!access.canEdit) throw new PermissionError('You cannot change costs of this issue.');
  const narrowed = config.keyResultIndex.filter((kr) => kr.narrowed);

  return { jiraIssue, settings, narrowed };
}

/**
 * Queues the background work a changed entry needs: the issue's JQL summary, and the
 * JQL-narrowed key results whose categories and kind the entry (before or after) matches.
 */
async function afterChange(
  deps: CostEntryDeps,
  context: {
    jiraIssue: { id: string; projectId: string };
    narrowed: readonly KeyResultIndexEntry[];
  },
  changed: ReadonlyArray<CostEntry | undefined>,
  createdIds: readonly string[] = [],
): Promise<void> {
  await deps.jobs.refreshIssueSummaries([context.jiraIssue.id], createdIds);
  const matching = context.narrowed.filter((kr) =>
    changed.some(
      (entry) => entry && entry.kind === kr.kind && kr.categoryIds.includes(entry.categoryId),
    ),
  );
  if (matching.length > 0) {
    await deps.jobs.refreshKeyResults(
      matching.map((kr) => ({
        projectId: context.jiraIssue.projectId,
        objectiveId: kr.objectiveId,
        keyResultId: kr.keyResultId,
      })),
    );
  }
}

async function findIssueEntry(
  deps: CostEntryDeps,
  issueId: string,
  id: string,
): Promise<CostEntry> {
  const entry = await deps.entries.findEntry(id);
  if (!entry || entry.issueId !== issueId) {
    throw new NotFoundError('This entry no longer exists. Reload to see the latest.');
  }

  return entry;
}

/**
 * Derived entries follow their source: an edit by hand would be overwritten by the next import
 * or worklog change, so it is refused.
 * @throws {ValidationError} when the entry was derived.
 */
function requireHandEntered(entry: CostEntry): CostEntry {
  if (entry.source) {
    throw new ValidationError(
      `This cost comes from ${entry.source.label} and changes only with its source.`,
    );
  }

  return entry;
}

function requireActiveCategory(settings: CostSettings, categoryId: string): void {
  const category = findCategory(settings, categoryId);
  if (!category || category.retired) {
    throw new ValidationError('Choose one of the project’s active categories.', [
      { path: 'categoryId', message: 'Unknown or retired category.' },
    ]);
  }
}

function fromInput(input: CostEntryInput) {
  return {
    kind: input.kind,
    // The schema checked the code against the currency table.
    amountMinor: input.amount.amount,
    currency: input.amount.currency as CurrencyCode,
    categoryId: input.categoryId,
    incurredOn: input.incurredOn,
    description: input.description,
    recurrence: input.recurrence,
  };
}

function toTotalItems(entry: CostEntry): TotalItem[] {
  return occurrenceDates(entry).map((date) => ({
    amountMinor: entry.amountMinor,
    currency: entry.currency,
    kind: entry.kind,
    date,
  }));
}

function byDateThenCreated(a: CostEntry, b: CostEntry): number {
  return b.incurredOn.localeCompare(a.incurredOn) || b.createdAt.localeCompare(a.createdAt);
}

/** The contract view of an entry. */
export function toDto(entry: CostEntry): CostEntryDto {
  return {
    id: entry.id,
    issueId: entry.issueId,
    issueKey: entry.issueKey,
    kind: entry.kind,
    amount: { amount: entry.amountMinor, currency: entry.currency },
    categoryId: entry.categoryId,
    incurredOn: entry.incurredOn,
    description: entry.description,
    recurrence: entry.recurrence,
    createdBy: entry.createdBy,
    createdAt: entry.createdAt,
    updatedBy: entry.updatedBy,
    updatedAt: entry.updatedAt,
    version: entry.version,
    ...(entry.source ? { source: entry.source } : {}),
  };
}
