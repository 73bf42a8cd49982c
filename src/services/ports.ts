import type { YearAggregate } from '../domain/aggregates';
import type { CostEntry } from '../domain/cost-entry';
import type { CostSettings, RateRecord } from '../domain/cost-settings';


/** Stored cost entries and their aggregates. Implemented over KVS in src/storage. */
export interface CostEntryRepository {
  findEntry(id: string): Promise<CostEntry | undefined>;
  listIssueEntries(issueId: string): Promise<CostEntry[]>;
  listProjectEntries(projectId: string): Promise<CostEntry[]>;
  /**
   * Writes an entry change and its aggregate deltas atomically.
   * @throws {ConflictError} when `before` no longer matches the stored version.
   */
  saveEntryChange(change: { before?: CostEntry; after?: CostEntry }): Promise<void>;
  listYearAggregates(projectId: string, fromYear: string, toYear: string): Promise<YearAggregate[]>;
}

/** A project's cost settings and rate table. */
export interface SettingsRepository {
  findCostSettings(projectId: string): Promise<CostSettings | undefined>;
  saveCostSettings(projectId: string, settings: CostSettings): Promise<void>;
  listRates(projectId: string): Promise<RateRecord[]>;
  saveRates(projectId: string, rates: readonly RateRecord[]): Promise<void>;
}

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
  issuePermissions(issueId: string, permissions: readonly ProjectPermission[]): Promise<Set<ProjectPermission>>;
  /** Which of the permissions the user holds on a project; global admins hold all of them. */
  projectPermissions(projectId: string, permissions: readonly ProjectPermission[]): Promise<Set<ProjectPermission>>;
  /** Projects the user may browse. */
  listBrowsableProjects(): Promise<JiraProject[]>;
  /** The ids of the project roles the user belongs to. */
  projectRoleIds(projectId: string): Promise<Set<string>>;
  listProjectRoles(projectId: string): Promise<Array<{ id: string; name: string }>>;
}
