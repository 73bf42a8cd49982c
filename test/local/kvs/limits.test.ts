import kvs, { Filter, FilterConditions, ForgeKvsAPIError } from '@forge/kvs';

import type { SqliteKvs } from '../../../local/kvs/sqlite-kvs';
import { buildCostEntry, installStore, rejectionOf, uninstallStore } from './kvs-harness';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) {
    value = { child: value };
  }

  return value;
}

describe('Forge KVS limits', () => {
  let store: SqliteKvs;

  beforeEach(() => {
    store = installStore();
  });

  afterEach(() => {
    uninstallStore(store);
  });

  describe('keys', () => {
    it('rejects a key over 500 characters with KEY_TOO_LONG', async () => {
      const error = await rejectionOf(kvs.set('k'.repeat(501), 1));

      expect(error instanceof ForgeKvsAPIError && error.code).toBe('KEY_TOO_LONG');
    });

    it('accepts a key of exactly 500 characters', async () => {
      await kvs.set('k'.repeat(500), 1);

      expect(await kvs.get('k'.repeat(500))).toBe(1);
    });

    it.each(['issue/10001', 'user@example', '   '])(
      'rejects the key %p with INVALID_KEY',
      async (key) => {
        const error = await rejectionOf(kvs.set(key, 1));

        expect(error.code).toBe('INVALID_KEY');
      },
    );

    it('rejects an empty key with KEY_TOO_SHORT for KVS and EMPTY_KEY for entities', async () => {
      const codes = [
        (await rejectionOf(kvs.set('', 1))).code,
        (await rejectionOf(kvs.entity('cost-entry').set('', buildCostEntry()))).code,
      ];

      expect(codes).toStrictEqual(['KEY_TOO_SHORT', 'EMPTY_KEY']);
    });

    it('accepts the documented special characters', async () => {
      await kvs.set('cost:10001_a.b-c#d e', 1);

      expect(await kvs.get('cost:10001_a.b-c#d e')).toBe(1);
    });
  });

  describe('values', () => {
    it('rejects a value over 240 KiB with MAX_SIZE', async () => {
      const error = await rejectionOf(kvs.set('big', 'x'.repeat(240 * 1024)));

      expect(error.code).toBe('MAX_SIZE');
    });

    it('accepts a value of exactly 240 KiB of JSON', async () => {
      await kvs.set('big', 'x'.repeat(240 * 1024 - 2));

      expect((await kvs.get<string>('big'))?.length).toBe(240 * 1024 - 2);
    });

    it('rejects nesting deeper than 31 with MAX_DEPTH and accepts 31', async () => {
      await kvs.set('deep-ok', nested(31));

      const error = await rejectionOf(kvs.set('deep', nested(32)));

      expect(error.code).toBe('MAX_DEPTH');
    });
  });

  describe('entities', () => {
    it('rejects a write to an undeclared entity with ENTITY_NOT_FOUND', async () => {
      const error = await rejectionOf(kvs.entity('invoice').set('i1', { a: 1 }));

      expect(error.code).toBe('ENTITY_NOT_FOUND');
    });

    it('rejects a non-object entity value with INVALID_ENTITY_VALUE', async () => {
      const error = await rejectionOf(kvs.entity('cost-entry').set('e1', 'text'));

      expect(error.code).toBe('INVALID_ENTITY_VALUE');
    });

    it('stores undeclared attributes as data', async () => {
      await kvs.entity('cost-entry').set('e1', buildCostEntry({ note: 'kept' }));

      expect(await kvs.entity('cost-entry').get('e1')).toStrictEqual(
        buildCostEntry({ note: 'kept' }),
      );
    });
  });

  describe('error answers', () => {
    it('carries the status and the failing key of a failed transaction', async () => {
      await kvs.entity('aggregate').set('agg:1', { version: 1, totalMinor: 0 });

      const error = await rejectionOf(
        kvs
          .transact()
          .check('agg:1', {
            entityName: 'aggregate',
            conditions: new Filter<{ version: number }>().and(
              'version',
              FilterConditions.equalTo(2),
            ),
          })
          .execute(),
      );

      expect(
        error instanceof ForgeKvsAPIError && [error.responseDetails.status, error.context],
      ).toStrictEqual([409, { key: 'agg:1', operation: 'check', entityName: 'aggregate' }]);
    });
  });
});
