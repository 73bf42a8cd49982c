import { entitySpace } from './entity-schema';
import type { EntitySchema } from './entity-schema';
import type { KV_SPACE, SECRET_SPACE } from './item-store';
import type { ItemStore } from './item-store';
import type { KeySpaceKind } from './limits';
import type { EntityDef, KvsAnswer, KvsCounters } from './types';

/** What every request handler works with. `now` returns epoch milliseconds. */
export type KvsContext = {
  items: ItemStore;
  schema: EntitySchema;
  now: () => number;
  counters: KvsCounters;
};

/** A request handler: validates the body and answers, or throws KvsError. */
export type KvsRoute = (ctx: KvsContext, body: unknown) => KvsAnswer;

/** Which namespace a plain (non-entity) request addresses. */
export type PlainSpace = typeof KV_SPACE | typeof SECRET_SPACE;

/** Where an item lives: its namespace, the key rules that apply and, for entities, the schema. */
export type Target = { space: string; keyKind: KeySpaceKind; entity?: EntityDef };

/**
 * Resolves the namespace of a request item: an entity when `entityName` is given, else `plain`.
 * @throws {KvsError} INVALID_ENTITY_TYPE or ENTITY_NOT_FOUND for a bad entity name.
 */
export function resolveTarget(ctx: KvsContext, entityName: unknown, plain: PlainSpace): Target {
  if (entityName === undefined || entityName === null) {
    return { space: plain, keyKind: 'kvs' };
  }
  const entity = ctx.schema.requireEntity(entityName);

  return { space: entitySpace(entity.name), keyKind: 'entity', entity };
}

/** The 2xx answer without a body that the SDK expects from writes. */
export const NO_CONTENT: KvsAnswer = { status: 204 };
