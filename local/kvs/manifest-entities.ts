import { parse } from 'yaml';

import type { EntityAttributeType, EntityDef, EntityIndexDef } from './types';

const ATTRIBUTE_TYPES: ReadonlySet<string> = new Set([
  'string',
  'integer',
  'float',
  'boolean',
  'any',
]);

/**
 * Reads the custom entities declared under `app.storage.entities` in a manifest.yml.
 * A string index (`- issueId`) becomes `{ name: 'issueId', partition: [], range: ['issueId'] }`.
 * @returns an empty list when the manifest declares no entities.
 * @throws {Error} when the YAML is invalid or an entity, attribute or index is malformed.
 */
export function readEntityDefs(manifestYamlText: string): EntityDef[] {
  const manifest: unknown = parse(manifestYamlText);
  const entities = field(field(field(manifest, 'app'), 'storage'), 'entities');
  if (entities === undefined) {
    return [];
  }
  if (!Array.isArray(entities)) {
    throw new Error('app.storage.entities must be a list');
  }

  return entities.map((entity: unknown, i) => readEntity(entity, `app.storage.entities[${i}]`));
}

function readEntity(entity: unknown, where: string): EntityDef {
  const name = field(entity, 'name');
  const attributes = field(entity, 'attributes');
  if (typeof name !== 'string' || !isObject(attributes)) {
    throw new Error(`${where} needs a name and attributes`);
  }
  const indexes = field(entity, 'indexes') ?? [];
  if (!Array.isArray(indexes)) {
    throw new Error(`${where}.indexes must be a list`);
  }

  return {
    name,
    attributes: Object.fromEntries(
      Object.entries(attributes).map(([attribute, spec]) => [
        attribute,
        { type: readType(spec, `${where}.attributes.${attribute}`) },
      ]),
    ),
    indexes: indexes.map((index: unknown, i) => readIndex(index, `${where}.indexes[${i}]`)),
  };
}

function readType(spec: unknown, where: string): EntityAttributeType {
  const type = field(spec, 'type');
  if (typeof type !== 'string' || !ATTRIBUTE_TYPES.has(type)) {
    throw new Error(`${where}.type must be one of ${[...ATTRIBUTE_TYPES].join(', ')}`);
  }

  return type as EntityAttributeType; // `as`: membership in ATTRIBUTE_TYPES checked above
}

function readIndex(index: unknown, where: string): EntityIndexDef {
  if (typeof index === 'string') {
    return { name: index, partition: [], range: [index] };
  }
  const name = field(index, 'name');
  const partition = field(index, 'partition') ?? [];
  const range = field(index, 'range');
  if (typeof name !== 'string' || !isStringList(partition) || !isStringList(range)) {
    throw new Error(`${where} needs a name, a range list and an optional partition list`);
  }

  return { name, partition, range };
}

function field(value: unknown, name: string): unknown {
  return isObject(value) ? value[name] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
