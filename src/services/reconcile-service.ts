import { aggregateEntries, aggregateId } from '../domain/aggregates';
import { logger } from '../platform/logger';
import type { AggregateDriftDto, ReconcileResponse } from '../shared/contract';

import { requireProjectAdmin } from './access';
import type { AggregateReplacement, CostEntryRepository, JiraGateway } from './ports';

/** What reconciling needs; one instance per invocation. */
export type ReconcileDeps = {
  readonly entries: CostEntryRepository;
  readonly jira: JiraGateway;
};

/**
 * Every month an aggregate can hold: entries are dated 1970-01-01 to 2100-12-31 and recur for
 * up to a year after. Reading the whole range also finds stray aggregates in months that hold
 * no entry at all.
 */
const FIRST_MONTH = '1970-01';
const LAST_MONTH = '2101-12';

/**
 * Compares a project's stored month aggregates with a full recount of its entries and, when
 * asked, overwrites the drifted ones with the recount. Aggregates are read before the entries,
 * so a write that lands in between shows as drift and the repair refuses it as a conflict
 * instead of writing a stale recount.
 * @throws {PermissionError} unless the user administers the project.
 * @throws {ConflictError} when costs changed during a repair; checking again resolves it.
 */
export async function reconcileProject(
  deps: ReconcileDeps,
  projectId: string,
  options: { readonly repair: boolean },
): Promise<ReconcileResponse> {
  await requireProjectAdmin(deps.jira, projectId);
  const stored = await deps.entries.listMonthAggregates(projectId, FIRST_MONTH, LAST_MONTH);
  // Limitation: every entry of the project is read in one invocation (a KVS call per 100), so
  // a project with tens of thousands of entries may pass Forge's 25 s limit; checking a range
  // of months per call, or a background job, would remove that.
  const entries = await deps.entries.listProjectEntries(projectId);

  const expected = aggregateEntries(entries);
  const storedById = new Map(stored.map((aggregate) => [aggregateId(aggregate), aggregate.cells]));
  // Empty aggregates are normal (created before a first write, emptied by deletes): not counted.
  const nonEmpty = [...storedById].filter(
    ([, cells]) => Object.keys(nonZeroCells(cells)).length > 0,
  );
  const ids = [...new Set([...nonEmpty.map(([id]) => id), ...expected.keys()])].sort();
  const replacements: AggregateReplacement[] = [];
  for (const id of ids) {
    const previous = storedById.get(id) ?? {};
    const cells = expected.get(id) ?? {};
    if (sameCells(nonZeroCells(previous), cells)) continue;
    // An aggregate id is `projectId|month|categoryId`; none of the three holds a '|'.
    const [, month = '', categoryId = ''] = id.split('|');
    replacements.push({ month, categoryId, cells, previous });
  }
  const drifted = replacements.map(({ month, categoryId, cells, previous }): AggregateDriftDto => ({
    month,
    categoryId,
    stored: nonZeroCells(previous),
    expected: cells,
  }));
  const repair = options.repair && replacements.length > 0;

  if (repair) {
    await deps.entries.replaceAggregates(projectId, replacements);
    logger.warn('[Reconcile] Repaired drifted cost aggregates', {
      projectId,
      drifted: replacements.length,
    });
  }

  return { checked: ids.length, drifted, repaired: repair };
}

/** Cells as the app writes them: a sum of zero is dropped, never stored as "0". */
function nonZeroCells(cells: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(cells).filter(([, value]) => !/^-?0+$/.test(value)));
}

function sameCells(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  const keysOfA = Object.keys(a);

  return keysOfA.length === Object.keys(b).length && keysOfA.every((key) => a[key] === b[key]);
}
