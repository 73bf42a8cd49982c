import { boundsSql, compileRange } from './conditions';
import type { Bound, SqlFragment, SqlParam } from './conditions';
import type { KvsContext } from './context';
import { decodeCursor, encodeCursor } from './cursor';
import { readMetadataFields, toItemResult, valueBytes } from './item-results';
import type { MetadataFields } from './item-results';
import { KV_SPACE } from './item-store';
import type { ItemRow } from './item-store';
import { readPageLimit } from './limits';
import { asRecord, badRequest, isRecord } from './types';
import type { KvsAnswer } from './types';

/** One page request, already validated and compiled to SQL. */
export type PageSpec = {
  space: string;
  /** The SQLite index to use; without it SQLite may prefer the primary key and sort. */
  indexedBy?: string;
  where: SqlFragment[];
  /** Sort expressions before the key; their values go into the cursor. */
  sortExpressions: string[];
  descending: boolean;
  limit: number;
  fields: MetadataFields;
  cursorScope: string;
};

/**
 * Runs a page query: rows ordered by the sort expressions then key, `limit + 1` fetched to
 * learn whether a cursor is needed. Filters are in the SQL, so every page but the last is full.
 */
export function runPage(ctx: KvsContext, spec: PageSpec): KvsAnswer {
  const direction = spec.descending ? 'DESC' : 'ASC';
  const selected = spec.sortExpressions.map((expression, i) => `, ${expression} AS r${i}`);
  const order = [...spec.sortExpressions, 'key'].map((expression) => `${expression} ${direction}`);
  const where = [
    { sql: `space = '${spec.space.replaceAll("'", "''")}'`, params: [] },
    { sql: '(expires_at IS NULL OR expires_at > ?)', params: [ctx.now()] },
    ...spec.where,
  ];
  const sql =
    `SELECT items.*${selected.join('')} FROM items ` +
    (spec.indexedBy === undefined ? '' : `INDEXED BY ${spec.indexedBy} `) +
    `WHERE ${where.map((part) => part.sql).join(' AND ')} ` +
    `ORDER BY ${order.join(', ')} LIMIT ?`;
  const params = [...where.flatMap((part) => part.params), spec.limit + 1];

  // `as`: the statement selects the items columns plus r0..rN
  const rows = ctx.items.prepared(sql).all(...params) as Array<ItemRow & Record<string, SqlParam>>;
  const page = rows.slice(0, spec.limit);
  const data = page.map((row) => toItemResult(row, spec.fields));
  ctx.counters.bytesRead += page.reduce((sum, row) => sum + valueBytes(row), 0);
  const last = page[page.length - 1];
  const cursor =
    rows.length > spec.limit && last !== undefined
      ? encodeCursor({
          scope: spec.cursorScope,
          range: spec.sortExpressions.map((_, i) => last[`r${i}`] ?? null),
          key: last.key,
        })
      : undefined;

  return { status: 200, body: cursor === undefined ? { data } : { data, cursor } };
}

/**
 * The SQL that resumes after a cursor position: a seek bound on the first sort expression
 * (or the key) plus an exact row-value comparison over all sort expressions and the key.
 */
export function resumeAfter(
  position: { range: SqlParam[]; key: string },
  sortExpressions: string[],
  descending: boolean,
): { bound: Bound; exact: SqlFragment } {
  const columns = [...sortExpressions, 'key'];
  const placeholders = columns.map(() => '?').join(', ');
  const [firstValue = null] = position.range;

  return {
    bound:
      sortExpressions.length === 0
        ? { value: position.key, inclusive: false }
        : { value: firstValue, inclusive: true },
    exact: {
      sql: `(${columns.join(', ')}) ${descending ? '<' : '>'} (${placeholders})`,
      params: [...position.range, position.key],
    },
  };
}

/**
 * `/api/v1/query`: keys of the plain KVS namespace, optionally `where key BEGINS_WITH`, in key
 * order. The cursor arrives as `after`.
 * @throws {KvsError} LIST_QUERY_LIMIT_EXCEEDED, QUERY_WHERE_INVALID, QUERY_WHERE_FIELD_INVALID,
 *   INVALID_FILTER_CONDITION or INVALID_CURSOR.
 */
export function queryKeys(ctx: KvsContext, body: unknown): KvsAnswer {
  const request = asRecord(body);
  const limit = readPageLimit(request.limit, 'LIST_QUERY_LIMIT_EXCEEDED');
  const prefix = readKeyPrefix(request.where);
  const scope = KV_SPACE;

  const range = compileRange({ condition: 'BEGINS_WITH', values: [prefix] }, 'key');
  const lowers = range.lower === undefined ? [] : [range.lower];
  const uppers = range.upper === undefined ? [] : [range.upper];
  if (request.after !== undefined && request.after !== null) {
    const position = decodeCursor(request.after, scope, 0);
    lowers.push({ value: position.key, inclusive: false });
  }
  const where = [...boundsSql('key', lowers, uppers), ...(range.extra ? [range.extra] : [])];

  return runPage(ctx, {
    space: KV_SPACE,
    where,
    sortExpressions: [],
    descending: false,
    limit,
    fields: readMetadataFields(request.options),
    cursorScope: scope,
  });
}

function readKeyPrefix(where: unknown): string {
  if (where === undefined || where === null) {
    return '';
  }
  if (!Array.isArray(where) || where.length !== 1) {
    throw badRequest('QUERY_WHERE_INVALID', 'KVS queries should contain a single "where" clause');
  }
  const [clause] = where as unknown[]; // `as`: length checked above
  if (!isRecord(clause) || clause.property !== 'key') {
    throw badRequest('QUERY_WHERE_FIELD_INVALID', 'KVS queries can only filter on "key"');
  }
  const values = Array.isArray(clause.values) ? clause.values : [];
  const [prefix] = values as unknown[]; // `as`: Array.isArray narrowed to any[]
  if (clause.condition !== 'BEGINS_WITH' || values.length !== 1 || typeof prefix !== 'string') {
    throw badRequest('INVALID_FILTER_CONDITION', 'KVS queries support only BEGINS_WITH a string');
  }

  return prefix;
}
