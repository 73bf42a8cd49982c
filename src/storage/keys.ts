/**
 * Every KVS key and entity name the app uses. Keys stay under Forge's 500-character limit and
 * use only [A-Za-z0-9:._-#]; ids from Jira are numeric and entry ids are checked at the boundary.
 */
export const ENTITY = {
  costEntry: 'cost-entry',
  costAggregate: 'cost-aggregate',
} as const;

export const INDEX = {
  entriesByIssue: 'by-issue',
  entriesByProjectDate: 'by-project-date',
  aggregatesByProjectYear: 'by-project-year',
} as const;

export const keys = {
  costEntry: (entryId: string) => entryId,
  costAggregate: (projectId: string, year: string) => `${projectId}:${year}`,
  costSettings: (projectId: string) => `settings:${projectId}`,
  rates: (projectId: string) => `rates:${projectId}`,
};
