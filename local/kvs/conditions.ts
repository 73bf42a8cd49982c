import { attributeSql, isAttributeName } from './entity-schema';
import { badRequest, isRecord } from './types';

/** A piece of SQL with its positional parameters, in order. */
export type SqlFragment = { sql: string; params: SqlParam[] };

/** A value SQLite can bind; JSON booleans are compared as json_extract returns them (1/0). */
export type SqlParam = string | number | null;

/** One bound of a range: the value and whether it is included. */
export type Bound = { value: SqlParam; inclusive: boolean };

/** A range condition turned into index bounds plus an exact check the bounds cannot express. */
export type RangeBounds = { lower?: Bound; upper?: Bound; extra?: SqlFragment };

type Condition = { condition: string; values: unknown[] };

const RANGE_CONDITIONS = new Set([
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
]);
const FILTER_CONDITIONS = new Set([
  ...RANGE_CONDITIONS,
  'NOT_EQUAL_TO',
  'CONTAINS',
  'NOT_CONTAINS',
  'EXISTS',
  'NOT_EXISTS',
]);
// Every string beginning with p sorts in [p, p + U+10FFFF) under SQLite's BINARY collation.
const PREFIX_CEILING = '\u{10FFFF}';
const COMPARISONS: Record<string, string> = {
  EQUAL_TO: '=',
  GREATER_THAN: '>',
  GREATER_THAN_EQUAL_TO: '>=',
  LESS_THAN: '<',
  LESS_THAN_EQUAL_TO: '<=',
};

/**
 * Compiles `{ and: [...] }` or `{ or: [...] }` filters (entity queries and transaction
 * conditions) to a SQL predicate over the `value` column of table `items`.
 * @returns undefined when there are no filters.
 * @throws {KvsError} INVALID_FILTER_OPERATORS_COMBINATION, EMPTY_FILTER_OPERATOR,
 *   INVALID_FILTER_CONDITION, INVALID_FILTER_VALUES or INSUFFICIENT_FILTER_VALUES.
 */
export function compileFilters(filters: unknown): SqlFragment | undefined {
  if (filters === undefined || filters === null) {
    return undefined;
  }
  if (!isRecord(filters)) {
    throw badRequest('BAD_REQUEST', 'filters must be an object with "and" or "or"');
  }
  if (filters.and !== undefined && filters.or !== undefined) {
    throw badRequest('INVALID_FILTER_OPERATORS_COMBINATION', '"and" and "or" cannot be combined');
  }
  const operator = filters.and !== undefined ? 'AND' : 'OR';
  const items = filters.and ?? filters.or;
  if (!Array.isArray(items) || items.length === 0) {
    throw badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty');
  }
  const parts = items.map(compileFilterItem);

  return {
    sql: `(${parts.map((part) => part.sql).join(` ${operator} `)})`,
    params: parts.flatMap((part) => part.params),
  };
}

function compileFilterItem(item: unknown): SqlFragment {
  if (!isRecord(item) || typeof item.property !== 'string' || !isAttributeName(item.property)) {
    throw badRequest('INVALID_FILTER_CONDITION', 'A filter needs a valid attribute "property"');
  }
  const { condition, values } = readCondition(item, FILTER_CONDITIONS);
  const path = `'$.${item.property}'`;
  const attribute = attributeSql(item.property);
  const comparison = COMPARISONS[condition];
  if (comparison !== undefined) {
    return { sql: `${attribute} ${comparison} ?`, params: [toParam(values[0])] };
  }
  switch (condition) {
    case 'NOT_EQUAL_TO':
      // A missing attribute is "not equal", as in DynamoDB's <> on an absent attribute.
      return { sql: `${attribute} IS NOT ?`, params: [toParam(values[0])] };
    case 'BETWEEN':
      return { sql: `${attribute} BETWEEN ? AND ?`, params: values.map(toParam) };
    case 'BEGINS_WITH':
      return prefixCheck(attribute, String(toParam(values[0])));
    case 'EXISTS':
      return { sql: `json_type(items.value, ${path}) IS NOT NULL`, params: [] };
    case 'NOT_EXISTS':
      return { sql: `json_type(items.value, ${path}) IS NULL`, params: [] };
    default:
      return containsCheck(path, toParam(values[0]), condition === 'NOT_CONTAINS');
  }
}

// CONTAINS matches a substring of a string attribute or an element of an array attribute.
function containsCheck(path: string, needle: SqlParam, negate: boolean): SqlFragment {
  const sql =
    `(CASE json_type(items.value, ${path}) ` +
    `WHEN 'text' THEN instr(json_extract(items.value, ${path}), ?) > 0 ` +
    `WHEN 'array' THEN EXISTS (SELECT 1 FROM json_each(items.value, ${path}) AS element ` +
    `WHERE element.value = ?) ELSE 0 END)`;

  return { sql: negate ? `NOT ${sql}` : sql, params: [needle, needle] };
}

function prefixCheck(expression: string, prefix: string): SqlFragment {
  return {
    sql: `(typeof(${expression}) = 'text' AND substr(${expression}, 1, length(?)) = ?)`,
    params: [prefix, prefix],
  };
}

/**
 * Turns a range condition (an entity query's `where`) into bounds on `expression`, so the
 * caller can merge them with a cursor and let SQLite seek in the index.
 * @throws {KvsError} INVALID_FILTER_CONDITION or the filter value codes.
 */
export function compileRange(range: unknown, expression: string): RangeBounds {
  const { condition, values } = readCondition(range, RANGE_CONDITIONS);
  const first = toParam(values[0]);
  switch (condition) {
    case 'EQUAL_TO':
      return { lower: { value: first, inclusive: true }, upper: { value: first, inclusive: true } };
    case 'BETWEEN':
      return {
        lower: { value: first, inclusive: true },
        upper: { value: toParam(values[1]), inclusive: true },
      };
    case 'GREATER_THAN':
    case 'GREATER_THAN_EQUAL_TO':
      return { lower: { value: first, inclusive: condition === 'GREATER_THAN_EQUAL_TO' } };
    case 'LESS_THAN':
    case 'LESS_THAN_EQUAL_TO':
      return { upper: { value: first, inclusive: condition === 'LESS_THAN_EQUAL_TO' } };
    default: {
      const prefix = String(first);
      return {
        lower: { value: prefix, inclusive: true },
        upper: { value: prefix + PREFIX_CEILING, inclusive: false },
        extra: prefixCheck(expression, prefix),
      };
    }
  }
}

function readCondition(input: unknown, allowed: ReadonlySet<string>): Condition {
  if (!isRecord(input) || typeof input.condition !== 'string' || !allowed.has(input.condition)) {
    const name = isRecord(input) ? JSON.stringify(input.condition) : 'missing';
    throw badRequest('INVALID_FILTER_CONDITION', `Condition ${name} is not supported here`);
  }
  const { condition } = input;
  const values = Array.isArray(input.values) ? input.values : [];
  if (condition === 'EXISTS' || condition === 'NOT_EXISTS') {
    return { condition, values };
  }
  if (condition === 'BETWEEN' && values.length !== 2) {
    throw badRequest('INSUFFICIENT_FILTER_VALUES', 'BETWEEN needs exactly two values');
  }
  if (condition !== 'BETWEEN' && values.length !== 1) {
    throw badRequest('INVALID_FILTER_VALUES', `${condition} needs exactly one value`);
  }

  return { condition, values };
}

/**
 * A JSON scalar as a bound parameter; booleans become 1/0 as json_extract returns them.
 * @throws {KvsError} INVALID_FILTER_VALUES for null, objects and arrays.
 */
export function toParam(value: unknown): SqlParam {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
    return value;
  }
  if (typeof value === 'boolean') {
    return value ? 1 : 0;
  }
  throw badRequest(
    'INVALID_FILTER_VALUES',
    'Condition values must be strings, numbers or booleans',
  );
}

/**
 * SQL for several lower and upper bounds on one indexed expression. With one bound per side
 * SQLite seeks on it directly; with more (a range plus a cursor) it seeks on the tightest,
 * max()/min() of the values in SQLite's own ordering, and re-checks each bound exactly.
 * The unary `+` keeps those re-checks from competing for the index.
 */
export function boundsSql(expression: string, lowers: Bound[], uppers: Bound[]): SqlFragment[] {
  const [lower] = lowers;
  const [upper] = uppers;
  if (lowers.length === 1 && uppers.length === 1 && lower && upper && isEquality(lower, upper)) {
    return [{ sql: `${expression} = ?`, params: [lower.value] }];
  }

  return [...sideSql(expression, lowers, '>', 'max'), ...sideSql(expression, uppers, '<', 'min')];
}

function sideSql(expression: string, bounds: Bound[], op: '>' | '<', pick: 'max' | 'min') {
  const exact = (bound: Bound, target: string): SqlFragment => ({
    sql: `${target} ${op}${bound.inclusive ? '=' : ''} ?`,
    params: [bound.value],
  });
  if (bounds.length <= 1) {
    return bounds.map((bound) => exact(bound, expression));
  }
  const seek: SqlFragment = {
    sql: `${expression} ${op}= ${pick}(${bounds.map(() => '?').join(', ')})`,
    params: bounds.map((bound) => bound.value),
  };

  return [seek, ...bounds.map((bound) => exact(bound, `+${expression}`))];
}

// EQUAL_TO arrives as two equal inclusive bounds; `=` lets SQLite seek on it as an equality.
function isEquality(lower: Bound, upper: Bound): boolean {
  return lower.inclusive && upper.inclusive && lower.value === upper.value;
}
