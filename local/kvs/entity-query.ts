import { boundsSql, compileFilters, compileRange, toParam } from './conditions';
import type { Bound, SqlFragment } from './conditions';
import type { KvsContext } from './context';
import { decodeCursor } from './cursor';
import { attributeSql, entitySpace } from './entity-schema';
import type { ResolvedIndex } from './entity-schema';
import { readMetadataFields } from './item-results';
import { readPageLimit } from './limits';
import { resumeAfter, runPage } from './query-page';
import { asRecord, badRequest } from './types';
import type { KvsAnswer } from './types';

/**
 * `/api/v1/entity/query`: one page of an entity's items through one index.
 *
 * - `partition` must give one value per partition attribute of the index (none for by-key).
 * - `range` (the builder's `where`) applies to the index's first range attribute, or the key for
 *   the built-in by-key index.
 * - `filters` (`{ and | or: [...] }`) run in SQL, so pages are full.
 * - Results are sorted by the range attributes, ties by key, ASC unless `sort` is DESC.
 * - An item belongs to an index only when it has every partition and range attribute.
 *
 * Limitation: with several range attributes the range condition constrains only the first;
 * Forge's documents show single-attribute ranges only, so composite behaviour is a guess.
 * @throws {KvsError} ENTITY_NOT_FOUND, INVALID_ENTITY_INDEX, INVALID_PARTITION,
 *   COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE, INVALID_CURSOR or a filter code.
 */
export function queryEntities(ctx: KvsContext, body: unknown): KvsAnswer {
  const request = asRecord(body);
  const def = ctx.schema.requireEntity(request.entityName);
  const index = ctx.schema.requireIndex(def, request.indexName);
  const limit = readPageLimit(request.limit, 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
  const descending = readDescending(request.sort);
  const partition = partitionSql(index, request.partition);
  const filters = compileFilters(request.filters);

  const sortExpressions = index.byKey ? [] : index.range.map(attributeSql);
  const membership = sortExpressions.map((expression) => ({
    sql: `${expression} IS NOT NULL`,
    params: [],
  }));
  const cursorScope = JSON.stringify([def.name, index.name, descending]);
  const seek = seekSql(request, { sortExpressions, descending, cursorScope });
  const where = [...partition, ...membership, ...seek, ...(filters ? [filters] : [])];

  return runPage(ctx, {
    space: entitySpace(def.name),
    ...(index.sqlIndex === undefined ? {} : { indexedBy: index.sqlIndex }),
    where,
    sortExpressions,
    descending,
    limit,
    fields: readMetadataFields(request.options),
    cursorScope,
  });
}

/**
 * The range condition and the cursor as SQL: both become bounds on the first sort expression
 * (the key for by-key), merged so SQLite seeks once, plus the exact checks bounds cannot express.
 */
function seekSql(
  request: Record<string, unknown>,
  seek: { sortExpressions: string[]; descending: boolean; cursorScope: string },
): SqlFragment[] {
  const expression = seek.sortExpressions[0] ?? 'key';
  const lowers: Bound[] = [];
  const uppers: Bound[] = [];
  const extras: SqlFragment[] = [];
  if (request.range !== undefined && request.range !== null) {
    const range = compileRange(request.range, expression);
    lowers.push(...(range.lower ? [range.lower] : []));
    uppers.push(...(range.upper ? [range.upper] : []));
    extras.push(...(range.extra ? [range.extra] : []));
  }
  if (request.cursor !== undefined && request.cursor !== null) {
    const count = seek.sortExpressions.length;
    const position = decodeCursor(request.cursor, seek.cursorScope, count);
    const resume = resumeAfter(position, seek.sortExpressions, seek.descending);
    (seek.descending ? uppers : lowers).push(resume.bound);
    extras.push(resume.exact);
  }

  return [...boundsSql(expression, lowers, uppers), ...extras];
}

function partitionSql(index: ResolvedIndex, partition: unknown): SqlFragment[] {
  const values = partition === undefined || partition === null ? [] : partition;
  if (!Array.isArray(values) || values.length !== index.partition.length) {
    throw badRequest(
      'INVALID_PARTITION',
      `Index "${index.name}" needs ${index.partition.length} partition value(s)`,
    );
  }

  return index.partition.map((attribute, i) => ({
    sql: `${attributeSql(attribute)} = ?`,
    params: [toParam(values[i])],
  }));
}

function readDescending(sort: unknown): boolean {
  if (sort !== undefined && sort !== null && sort !== 'ASC' && sort !== 'DESC') {
    throw badRequest('BAD_REQUEST', 'sort must be ASC or DESC');
  }

  return sort === 'DESC';
}
