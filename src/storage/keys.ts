/**
 * Every KVS key and entity name the app uses. Keys stay under Forge's 500-character limit and
 * use only [A-Za-z0-9:._-#]; ids from Jira are numeric and entry ids are checked at the boundary.
 */
export const ENTITY = {
  costEntry: 'cost-entry',
  costAggregate: 'cost-aggregate',
  objective: 'objective',
  auditEvent: 'audit-event',
} as const;

export const INDEX = {
  entriesByIssue: 'by-issue',
  entriesByProjectDate: 'by-project-date',
  entriesBySource: 'by-source',
  aggregatesByProjectMonth: 'by-project-month',
  objectivesByProject: 'by-project',
  auditByProject: 'by-project',
  auditByTarget: 'by-target',
} as const;

export const keys = {
  costEntry: (entryId: string) => entryId,
  objective: (objectiveId: string) => objectiveId,
  auditEvent: (eventId: string) => eventId,
  costAggregate: (projectId: string, month: string, categoryId: string) =>
    `${projectId}:${month}:${categoryId}`,
  costSettings: (projectId: string) => `settings:${projectId}`,
  rates: (projectId: string) => `rates:${projectId}`,
  labourRates: (projectId: string) => `labour-rates:${projectId}`,
  labourJob: (projectId: string) => `labour-job:${projectId}`,
  /** One year (or `head`, a copy of the latest year) of an imported pair; `pair` is `AAA-BBB`. */
  rateChunk: (projectId: string, pair: string, part: number | 'head') =>
    `rate-chunk:${projectId}:${pair}:${part}`,
  rateChunkPrefix: (projectId: string, pair: string) => `rate-chunk:${projectId}:${pair}:`,
  rateSeriesIndex: (projectId: string) => `rate-series:${projectId}`,
  keyResultSeries: (objectiveId: string, keyResultId: string) =>
    `kr-series:${objectiveId}:${keyResultId}`,
  jqlRegistry: (objectiveId: string) => `jql-kr:${objectiveId}`,
  jqlRegistryPrefix: 'jql-kr:',
  focusMapping: (projectId: string) => `focus-mapping:${projectId}`,
  focusBatch: (projectId: string, runId: string, batchIndex: number) =>
    `focus-run:${projectId}:${runId}:${batchIndex}`,
};
