import type { CostEntry } from '../domain/cost-entry';
import type { CostSettings } from '../domain/cost-settings';
import { DEFAULT_COST_SETTINGS } from '../domain/cost-settings';
import { PermissionError } from '../platform/errors';
import type {
  EntryImportRowDto,
  ImportEntriesRequest,
  ImportEntriesResponse,
  RowError,
} from '../shared/csv-contract';
import type { CurrencyCode } from '../shared/currencies';
import { importedEntryId } from '../shared/entry-import';

import { projectCostAccess, requireProjectAdmin } from './access';
import { recordChange } from './audit-service';
import type {
  AuditRepository,
  BackgroundJobs,
  CostEntryRepository,
  JiraGateway,
  JiraIssue,
  SettingsRepository,
} from './ports';

/** What the cost import needs; one instance per invocation. */
export type EntryImportDeps = {
  readonly entries: CostEntryRepository;
  readonly settings: SettingsRepository;
  readonly jira: JiraGateway;
  readonly jobs: BackgroundJobs;
  readonly audit: AuditRepository;
  readonly accountId: string;
  readonly now: () => Date;
  readonly newId: () => string;
};

/**
 * Checks, and unless `dryRun` writes, one batch of a cost CSV import. Every row is checked
 * again here (the payload schema did the fields): the issue key must name an issue of this
 * project that the user may edit (two bulk Jira calls per batch, not one per row), the
 * category must be active. A batch with any refused row writes nothing and lists the rows.
 * Each entry's id comes from the import id and its row, so a batch sent again (a retry, or
 * the same file imported again) skips the rows already written: an interrupted import
 * resumes exactly where it stopped.
 * @throws {PermissionError} unless the user administers the project and passes its
 *   cost-editor rule.
 */
export async function importEntries(
  deps: EntryImportDeps,
  projectId: string,
  request: ImportEntriesRequest,
): Promise<ImportEntriesResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const config = await deps.settings.findProjectConfig(projectId);
  const settings = config.settings ?? DEFAULT_COST_SETTINGS;
  const access = await projectCostAccess({ jira: deps.jira, projectId, settings });
  if (!access.canEdit) throw new PermissionError('You cannot change costs in this project.');
  const keys = [...new Set(request.rows.map((row) => row.issueKey.toUpperCase()))];
  const issues = await deps.jira.findProjectIssuesByKey(projectId, keys);
  const editable = await deps.jira.editableIssues([...issues.values()].map((i) => i.id));
  const errors = request.rows.flatMap((row) => rowProblem(row, { issues, editable, settings }));
  if (errors.length > 0 || request.dryRun) return { created: 0, skipped: 0, errors };

  const written = await writeRows(deps, request, issues);
  if (written.created.length > 0) {
    await afterImport(deps, projectId, written.created, config.keyResultIndex);
  }

  return { created: written.created.length, skipped: written.skipped, errors: [] };
}

function rowProblem(
  row: EntryImportRowDto,
  context: {
    issues: ReadonlyMap<string, JiraIssue>;
    editable: ReadonlySet<string>;
    settings: CostSettings;
  },
): RowError[] {
  const issue = context.issues.get(row.issueKey.toUpperCase());
  const category = context.settings.categories.find((c) => c.id === row.entry.categoryId);
  const message = !issue
    ? `${row.issueKey} is not an issue of this project that you can see.`
    : !context.editable.has(issue.id)
      ? `You cannot edit ${row.issueKey}.`
      : !category || category.retired
        ? `The category ${row.entry.categoryId} is unknown or retired.`
        : undefined;

  return message ? [{ row: row.row, message }] : [];
}

async function writeRows(
  deps: EntryImportDeps,
  request: ImportEntriesRequest,
  issues: ReadonlyMap<string, JiraIssue>,
): Promise<{ created: CostEntry[]; skipped: number }> {
  const timestamp = deps.now().toISOString();
  const created: CostEntry[] = [];
  let skipped = 0;
  // One transaction per entry (entry + its month aggregate), in order: if the invocation dies,
  // the rows before are stored and the batch sent again skips exactly those.
  for (const row of request.rows) {
    const issue = issues.get(row.issueKey.toUpperCase());
    if (!issue) continue;
    const { entry } = row;
    const after: CostEntry = {
      id: importedEntryId(request.importId, row.row),
      kind: entry.kind,
      // The payload schema checked the code against the currency table.
      amountMinor: entry.amount.amount,
      currency: entry.amount.currency as CurrencyCode,
      categoryId: entry.categoryId,
      incurredOn: entry.incurredOn,
      description: entry.description,
      recurrence: entry.recurrence,
      issueId: issue.id,
      issueKey: issue.key,
      projectId: issue.projectId,
      createdBy: deps.accountId,
      createdAt: timestamp,
      updatedBy: deps.accountId,
      updatedAt: timestamp,
      version: 1,
    };
    const existing = await deps.entries.saveEntryChange({ after });
    if (existing) skipped += 1;
    else created.push(after);
  }

  return { created, skipped };
}

async function afterImport(
  deps: EntryImportDeps,
  projectId: string,
  created: readonly CostEntry[],
  keyResultIndex: Awaited<ReturnType<SettingsRepository['findProjectConfig']>>['keyResultIndex'],
): Promise<void> {
  await deps.jobs.refreshIssueSummaries([...new Set(created.map((entry) => entry.issueId))]);
  const matching = keyResultIndex.filter(
    (kr) =>
      kr.narrowed &&
      created.some((entry) => entry.kind === kr.kind && kr.categoryIds.includes(entry.categoryId)),
  );
  if (matching.length > 0) {
    await deps.jobs.refreshKeyResults(
      matching.map(({ objectiveId, keyResultId }) => ({ projectId, objectiveId, keyResultId })),
    );
  }
  await recordChange(deps, {
    projectId,
    action: 'entries.imported',
    target: `import:${created[0]?.id.split('-').slice(0, 2).join('-') ?? ''}`,
    summary: `Imported ${created.length} cost entries from a CSV file`,
    fields: [],
  });
}
