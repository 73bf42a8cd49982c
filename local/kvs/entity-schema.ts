import { createHash } from 'node:crypto';

import { isValidEntityName, validateEntityName } from './limits';
import { badRequest, isRecord } from './types';
import type { EntityDef, EntityIndexDef } from './types';

/** The built-in index over entity keys, available on every entity without a declaration. */
export const BY_KEY_INDEX = 'by-key';
/** Prefix of the SQLite indexes this store owns, so stale ones can be dropped on start. */
export const SQL_INDEX_PREFIX = 'kvsix_';

const ATTRIBUTE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
// Forge's float type is DynamoDB's number: 0 or a magnitude in [1e-130, 1e126).
const FLOAT_MIN_MAGNITUDE = 1e-130;
const FLOAT_MAX_MAGNITUDE = 1e126;

/**
 * An index resolved for a query. `byKey` marks the built-in index whose range is the key;
 * `sqlIndex` names the SQLite index that serves a declared one.
 */
export type ResolvedIndex = EntityIndexDef & { byKey: boolean; sqlIndex?: string };

/** The items-table namespace ("space") of a custom entity's rows. */
export function entitySpace(entityName: string): string {
  return `e:${entityName}`;
}

/**
 * The SQL expression reading one attribute of a stored value. Queries must use exactly this
 * text so SQLite matches it to the expression indexes; names are checked by the schema first.
 */
export function attributeSql(attribute: string): string {
  return `json_extract(value, '$.${attribute}')`;
}

/** True when a string may be inlined into SQL as an attribute path. */
export function isAttributeName(name: string): boolean {
  return ATTRIBUTE_NAME_PATTERN.test(name);
}

/** The declared entities, their value rules and the SQLite indexes that serve their queries. */
export class EntitySchema {
  private readonly defs = new Map<string, EntityDef>();

  /** @throws {Error} when a declaration is malformed (a configuration error, not a request). */
  constructor(defs: readonly EntityDef[]) {
    for (const def of defs) {
      checkDefinition(def);
      this.defs.set(def.name, def);
    }
  }

  /**
   * The declaration of a requested entity.
   * @throws {KvsError} INVALID_ENTITY_TYPE for a malformed name, ENTITY_NOT_FOUND when undeclared.
   */
  requireEntity(name: unknown): EntityDef {
    const valid = validateEntityName(name);
    const def = this.defs.get(valid);
    if (def === undefined) {
      throw badRequest('ENTITY_NOT_FOUND', `Entity "${valid}" is not declared in the manifest`);
    }

    return def;
  }

  /**
   * A declared index of an entity, or the built-in by-key index.
   * @throws {KvsError} INVALID_ENTITY_INDEX when the entity declares no such index.
   */
  requireIndex(def: EntityDef, indexName: unknown): ResolvedIndex {
    if (indexName === BY_KEY_INDEX) {
      return { name: BY_KEY_INDEX, partition: [], range: [], byKey: true };
    }
    const index = def.indexes.find((candidate) => candidate.name === indexName);
    if (index === undefined) {
      throw badRequest(
        'INVALID_ENTITY_INDEX',
        `Index ${JSON.stringify(indexName)} is not declared for entity "${def.name}"`,
      );
    }

    return { ...index, byKey: false, sqlIndex: sqlIndexFor(def, index).name };
  }

  /**
   * Checks a value against the entity's declared attribute types.
   *
   * Undeclared attributes are stored and returned but never indexed. Forge's documents do not
   * say whether the service keeps, drops or rejects them; keeping them is the choice that never
   * loses data an app wrote.
   * Limitation: undeclared attributes are accepted without checking the real service's rule;
   * a check against a deployed app would settle it.
   * JSON null is refused for typed attributes (allowed for `any`): the type table lists no null.
   * @throws {KvsError} INVALID_ENTITY_VALUE when the value is not an object or a type is wrong.
   */
  validateValue(def: EntityDef, value: unknown): void {
    if (!isRecord(value)) {
      throw badRequest('INVALID_ENTITY_VALUE', `A "${def.name}" value must be a JSON object`);
    }
    for (const [attribute, { type }] of Object.entries(def.attributes)) {
      const field = value[attribute];
      if (field === undefined || type === 'any' || matchesType(type, field)) {
        continue;
      }
      throw badRequest(
        'INVALID_ENTITY_VALUE',
        `Attribute "${attribute}" of "${def.name}" must be a valid ${describeType(type)}`,
        { attribute },
      );
    }
  }

  /** CREATE INDEX statements for every declared index, named by a hash of their definition. */
  indexStatements(): Array<{ name: string; sql: string }> {
    return [...this.defs.values()].flatMap((def) =>
      def.indexes.map((index) => sqlIndexFor(def, index)),
    );
  }
}

// A partial expression index per declared index: (partition..., range..., key) over the
// entity's rows only, so a query with the same expressions seeks instead of scanning.
function sqlIndexFor(def: EntityDef, index: EntityIndexDef): { name: string; sql: string } {
  const columns = [...index.partition, ...index.range].map(attributeSql);
  const space = entitySpace(def.name);
  const name = SQL_INDEX_PREFIX + hashIndex(space, columns);
  const sql =
    `CREATE INDEX IF NOT EXISTS ${name} ON items (${[...columns, 'key'].join(', ')}) ` +
    `WHERE space = '${space}'`;

  return { name, sql };
}

function matchesType(type: 'string' | 'integer' | 'float' | 'boolean', field: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof field === 'string';
    case 'boolean':
      return typeof field === 'boolean';
    case 'integer':
      // Forge's integer attribute is a 32-bit signed integer.
      return (
        typeof field === 'number' &&
        Number.isInteger(field) &&
        field >= INT32_MIN &&
        field <= INT32_MAX
      );
    case 'float':
      return typeof field === 'number' && isForgeFloat(field);
  }
}

function isForgeFloat(value: number): boolean {
  const magnitude = Math.abs(value);

  return value === 0 || (magnitude >= FLOAT_MIN_MAGNITUDE && magnitude < FLOAT_MAX_MAGNITUDE);
}

function describeType(type: string): string {
  return type === 'integer' ? '32-bit signed integer' : type;
}

function hashIndex(space: string, columns: readonly string[]): string {
  return createHash('sha1')
    .update(JSON.stringify([space, columns]))
    .digest('hex')
    .slice(0, 16);
}

function checkDefinition(def: EntityDef): void {
  if (!isValidEntityName(def.name)) {
    throw new Error(`Entity name "${def.name}" does not match Forge's entity name rules`);
  }
  for (const attribute of Object.keys(def.attributes)) {
    if (!isAttributeName(attribute)) {
      throw new Error(`Attribute "${attribute}" of entity "${def.name}" is not a valid name`);
    }
  }
  for (const index of def.indexes) {
    if (index.name === BY_KEY_INDEX) {
      throw new Error(`Entity "${def.name}" declares the reserved index name "${BY_KEY_INDEX}"`);
    }
    const missing = [...index.partition, ...index.range].filter((a) => !(a in def.attributes));
    if (index.range.length === 0 || missing.length > 0) {
      throw new Error(`Index "${index.name}" of "${def.name}" needs declared range attributes`);
    }
  }
}
