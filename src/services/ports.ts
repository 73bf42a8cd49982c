import type { MonthAggregate } from '../domain/aggregates';
import type { AuditEvent } from '../domain/audit';
import type { CostEntry } from '../domain/cost-entry';
import type { CostSettings, RateRecord } from '../domain/cost-settings';
import type { IssueCostSummary } from '../domain/issue-summary';
import type { LabourRate, Worklog, WorklogIssue } from '../domain/labour';
import type { Objective } from '../domain/okr/objective';
import type { RatePoint } from '../domain/rate-series';
import type { RateImportSource, RateSeriesSummaryDto } from '../shared/csv-contract';
import type { FocusCostBasis, FocusGroupDto, FocusMappingDto } from '../shared/focus-contract';
import type { LabourSyncJobDto } from '../shared/labour-contract';
import type { FedKeyResultDto } from '../shared/okr-contract';

/** Stored cost entries and their aggregates. Implemented over KVS in src/storage. */
export interface CostEntryRepository {
  findEntry(id: string): Promise<CostEntry | undefined>;
  /** The stored entries among these ids (batch reads of 25), by id; missing ids are absent. */
  findEntries(ids: readonly string[]): Promise<Map<string, CostEntry>>;
  listIssueEntries(issueId: string): Promise<CostEntry[]>;
  listProjectEntries(projectId: string): Promise<CostEntry[]>;
  /** A project's entries dated from `from` to `to` (inclusive), through the date index. */
  listProjectEntriesBetween(projectId: string, from: string, to: string): Promise<CostEntry[]>;
  /** The derived entries whose `source.key` is `sourceKey` (through the `by-source` index). */
  listSourceEntries(sourceKey: string): Promise<CostEntry[]>;
  /**
   * Writes an entry change and its aggregate deltas atomically. A create whose id is stored
   * already writes nothing and returns the stored entry (a retried create is idempotent).
   * @throws {ConflictError} when `before` no longer matches the stored version.
   */
  saveEntryChange(change: {
    before?: CostEntry;
    after?: CostEntry;
    /** Written in the same transaction when it fits in Forge's 25 operations, else just after. */
    audit?: AuditEvent;
  }): Promise<CostEntry | undefined>;
  /** A project's aggregates of the months from `fromMonth` to `toMonth` (inclusive). */
  listMonthAggregates(
    projectId: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<MonthAggregate[]>;
  /**
   * Overwrites aggregates of a project with recounted cells (reconciliation), one transaction
   * per 25 aggregates. Each is written only while it still holds the `previous` cells.
   * @throws {ConflictError} when an aggregate changed since `previous` was read.
   */
  replaceAggregates(projectId: string, records: readonly AggregateReplacement[]): Promise<void>;
  /**
   * Sets (`after`) or deletes (`before` alone) derived entries in bulk, with their aggregates kept
   * exact: entries are grouped per aggregate, up to 24 entries and their aggregate per
   * transaction, each aggregate guarded by its revision. The stored entry is the truth: versions
   * and creation fields continue from it, and a change equal to it is not written.
   */
  saveDerivedEntries(
    changes: ReadonlyArray<{ before?: CostEntry; after?: CostEntry }>,
  ): Promise<{ written: number; deleted: number }>;
}

/** A recounted aggregate to write, with the cells it held when it was read (`{}` if absent). */
export type AggregateReplacement = {
  readonly month: string;
  readonly categoryId: string;
  readonly cells: Readonly<Record<string, string>>;
  readonly previous: Readonly<Record<string, string>>;
};

/** An objective as stored, with the project it belongs to and its write version. */
export type StoredObjective = {
  readonly projectId: string;
  readonly version: number;
  readonly objective: Objective;
};

/** Objectives and their key results. */
export interface ObjectiveRepository {
  listObjectives(projectId: string): Promise<StoredObjective[]>;
  findObjective(id: string): Promise<StoredObjective | undefined>;
  /**
   * Creates (`expectedVersion` 0), replaces or (without `objective`) deletes an objective, and
   * writes what follows from it in the same transaction: the project's key result index, the
   * registry of its JQL-narrowed key results (series of dropped ones go) and the audit event.
   * Either all of it is stored or none.
   * @throws {ConflictError} when the stored version is not `expectedVersion`.
   */
  saveObjectiveChange(change: ObjectiveChange): Promise<void>;
}

/** One objective change with everything derived from it. */
export type ObjectiveChange = {
  readonly projectId: string;
  readonly objectiveId: string;
  /** The objective to store, its version becoming `expectedVersion + 1`; absent deletes it. */
  readonly objective?: Objective;
  readonly expectedVersion: number;
  /** The project's new index of active cost key results; absent leaves the index alone. */
  readonly keyResultIndex?: readonly KeyResultIndexEntry[];
  /** The objective's key results narrowed by JQL; absent leaves the registry alone. */
  readonly narrowedKeyResultIds?: readonly string[];
  readonly audit?: AuditEvent;
};

/** A cost key result the issue panel can match entries to without loading objectives. */
export type KeyResultIndexEntry = FedKeyResultDto & {
  readonly categoryIds: readonly string[];
  readonly kind: 'actual' | 'planned';
  /** Narrowed by JQL: measured in the background, refreshed when matching costs change. */
  readonly narrowed?: boolean;
};

/** A staged group of an import run: a FOCUS group with its issue resolved to an id. */
export type StagedFocusGroup = FocusGroupDto & { readonly issueId: string };

/** One staged batch of an import run, as the batch call stored it. */
export type StagedFocusBatch = {
  readonly costBasis: FocusCostBasis;
  readonly fileName: string;
  readonly stagedBy: string;
  readonly groups: readonly StagedFocusGroup[];
};

/** FOCUS import mappings and the batches of import runs before they are committed. */
export interface FocusImportRepository {
  findMapping(projectId: string): Promise<FocusMappingDto | undefined>;
  saveMapping(projectId: string, mapping: FocusMappingDto): Promise<void>;
  /** Stores (or overwrites) one batch of a run; staged batches expire after a day. */
  saveBatch(
    projectId: string,
    runId: string,
    batchIndex: number,
    batch: StagedFocusBatch,
  ): Promise<void>;
  /** Batches 0 to `batchCount - 1` of a run, undefined where one is missing or expired. */
  listBatches(
    projectId: string,
    runId: string,
    batchCount: number,
  ): Promise<Array<StagedFocusBatch | undefined>>;
}

/** A project's cost settings and rate table. */
export interface SettingsRepository {
  findCostSettings(projectId: string): Promise<CostSettings | undefined>;
  /** Settings plus the index of active cost key results, in one read. */
  findProjectConfig(
    projectId: string,
  ): Promise<{ settings: CostSettings | undefined; keyResultIndex: KeyResultIndexEntry[] }>;
  saveCostSettings(projectId: string, settings: CostSettings): Promise<void>;
  /**
   * The rates entered by hand; with a scope, also the imported rates a conversion of those
   * currencies within those years may need (one batch read of at most 25 keys for a few pairs
   * and years). A hand-entered rate wins over an imported one of the same pair and date.
   */
  listRates(projectId: string, scope?: RateScope): Promise<RateRecord[]>;
  saveRates(projectId: string, rates: readonly RateRecord[]): Promise<void>;
  /**
   * Merges imported points into a pair (a point replaces the stored one of its date).
   * @throws {ValidationError} when the pair is stored in the other direction.
   */
  saveRateSeries(
    projectId: string,
    series: RateSeriesWrite,
  ): Promise<{ changedCount: number; summary: RateSeriesSummaryDto }>;
  listRateSeries(projectId: string): Promise<RateSeriesSummaryDto[]>;
  /** Removes an imported pair; false when there was nothing to remove. */
  deleteRateSeries(projectId: string, base: string, quote: string): Promise<boolean>;
}

/**
 * What a conversion needs: amounts in `currencies`, dated in `years` (each stored year carries
 * the last rate before it, so the years in between are not needed).
 */
export type RateScope = {
  readonly currencies: readonly string[];
  readonly reportingCurrency: string;
  readonly years: readonly number[];
};

/** Validated points of one imported pair, oldest first. */
export type RateSeriesWrite = {
  readonly base: string;
  readonly quote: string;
  readonly points: readonly RatePoint[];
  readonly source: RateImportSource;
  readonly importedAt: string;
};

/** A Jira project as the app needs it. */
export type JiraProject = { readonly id: string; readonly key: string; readonly name: string };

/** A Jira issue as the app needs it. */
export type JiraIssue = { readonly id: string; readonly key: string; readonly projectId: string };

/** Jira project permissions the app checks. */
export type ProjectPermission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADMINISTER_PROJECTS';

/** Jira as the invoking user sees it. Implemented over REST in src/jira. */
export interface JiraGateway {
  /** The issue, or undefined when it does not exist or the user may not browse it. */
  findIssue(issueId: string): Promise<JiraIssue | undefined>;
  findProject(projectId: string): Promise<JiraProject | undefined>;
  /** Which of the permissions the user holds on an issue (one Jira call). */
  issuePermissions(
    issueId: string,
    permissions: readonly ProjectPermission[],
  ): Promise<Set<ProjectPermission>>;
  /** Which of the permissions the user holds on a project; global admins hold all of them. */
  projectPermissions(
    projectId: string,
    permissions: readonly ProjectPermission[],
  ): Promise<Set<ProjectPermission>>;
  /** Which of these issues the user may browse (one bulk check per 1,000 issues). */
  browsableIssues(issueIds: readonly string[]): Promise<Set<string>>;
  /** Which of these issues the user may edit (one bulk check per 1,000 issues). */
  editableIssues(issueIds: readonly string[]): Promise<Set<string>>;
  /**
   * The issues of a project the user may browse that have one of these keys (upper case),
   * found by JQL search pages of the project's issues, so an unknown key is simply absent.
   */
  findProjectIssuesByKey(
    projectId: string,
    issueKeys: readonly string[],
  ): Promise<Map<string, JiraIssue>>;
  /** Projects the user may browse. */
  listBrowsableProjects(): Promise<JiraProject[]>;
  /**
   * Display names by account id, as the user may see them (Jira leaves out people the user may
   * not browse, and unknown ids); one call per 200 ids.
   */
  displayNames(accountIds: readonly string[]): Promise<Map<string, string>>;
  /** The ids of the project roles the user belongs to. */
  projectRoleIds(projectId: string): Promise<Set<string>>;
  listProjectRoles(projectId: string): Promise<Array<{ id: string; name: string }>>;
}

/** Writes the derived JQL summary of an issue (as the app: triggers and queues have no user). */
export interface IssuePropertyWriter {
  saveIssueSummary(issueId: string, summary: IssueCostSummary): Promise<void>;
  deleteIssueSummary(issueId: string): Promise<void>;
}

/** Background work, run after the invocation that asked for it (a Forge async event queue). */
export interface BackgroundJobs {
  /**
   * Asks for the JQL summaries of these issues to be rebuilt; `createdEntryIds` (entries just
   * added by hand to the one issue given) also get their creation recorded in the audit trail.
   */
  refreshIssueSummaries(
    issueIds: readonly string[],
    createdEntryIds?: readonly string[],
  ): Promise<void>;
  /** Asks for JQL-narrowed key results to be measured again. */
  refreshKeyResults(
    refs: ReadonlyArray<{ projectId: string; objectiveId: string; keyResultId: string }>,
  ): Promise<void>;
}

/** A page of audit events, newest first; `cursor` fetches the next page. */
export type AuditPage = { readonly events: AuditEvent[]; readonly cursor?: string };

/** The audit trail. Events expire after AUDIT_RETENTION_DAYS. */
export interface AuditRepository {
  saveEvent(event: AuditEvent): Promise<void>;
  listProjectEvents(projectId: string, cursor?: string): Promise<AuditPage>;
  listTargetEvents(target: string): Promise<AuditEvent[]>;
}

/** JQL search for key results narrowed by JQL. */
export interface JqlSearch {
  /** Jira's message when the JQL is invalid for the user, undefined when it is valid. */
  checkAsUser(jql: string): Promise<string | undefined>;
  /** Ids of every issue matching (as the app: background work has no user). */
  issueIdsAsApp(jql: string): Promise<string[]>;
}

/** A JQL-narrowed key result's month series, computed in the background. */
export type MaterializedSeries = {
  readonly series: Readonly<Record<string, number>>;
  readonly refreshedAt: string;
  readonly issueCount: number;
  readonly jql: string;
};

/** Materialized rollups of JQL-narrowed key results, and the registry the schedule reads. */
export interface RollupRepository {
  findSeries(
    refs: ReadonlyArray<{ objectiveId: string; keyResultId: string }>,
  ): Promise<Map<string, MaterializedSeries>>;
  saveSeries(
    ref: { objectiveId: string; keyResultId: string },
    series: MaterializedSeries,
  ): Promise<void>;
  listRegistered(cursor?: string): Promise<{
    refs: Array<{ projectId: string; objectiveId: string; keyResultId: string }>;
    cursor?: string;
  }>;
}

/** A project's labour rates and the state of its labour recomputation job. */
export interface LabourRepository {
  listLabourRates(projectId: string): Promise<LabourRate[]>;
  saveLabourRates(projectId: string, rates: readonly LabourRate[]): Promise<void>;
  findSyncJob(projectId: string): Promise<LabourSyncJob | undefined>;
  saveSyncJob(job: LabourSyncJob): Promise<void>;
}

/** The labour job record: the DTO plus the project and the cursor into Jira's worklog feed. */
export type LabourSyncJob = LabourSyncJobDto & {
  readonly projectId: string;
  /** Epoch ms: the next page lists worklogs changed after it. */
  readonly since: number;
  /** Issues whose entries the job changed and whose JQL summaries are not rebuilt yet. */
  readonly pendingSummaries?: readonly string[];
};

/** One page of Jira's feed of changed worklogs (ids), oldest change first. */
export type WorklogFeedPage = {
  readonly ids: readonly string[];
  /** Epoch ms to ask the next page from. */
  readonly until: number;
  readonly lastPage: boolean;
};

/** Worklogs and their issues, read as the app (triggers and queues have no user). */
export interface WorklogSource {
  /** The worklog, or undefined when it is gone (deleted, or no longer on that issue). */
  findWorklog(issueId: string, worklogId: string): Promise<Worklog | undefined>;
  /** Every worklog of an issue (paged through Jira's issue worklog list). */
  listIssueWorklogs(issueId: string): Promise<Worklog[]>;
  findIssue(issueId: string): Promise<WorklogIssue | undefined>;
  /** Every issue of a project, with its key (JQL, as the app). */
  listProjectIssues(projectId: string): Promise<WorklogIssue[]>;
  /** Ids of worklogs changed after `since` (epoch ms), one page. */
  changedWorklogs(since: number): Promise<WorklogFeedPage>;
  /** The worklogs with these ids (up to 1,000 per Jira call). */
  worklogsById(ids: readonly string[]): Promise<Worklog[]>;
}

/** Queues the next page of a project's labour job (a Forge async event queue). */
export interface LabourQueue {
  pushSyncPage(event: { projectId: string; jobId: string }): Promise<void>;
}
