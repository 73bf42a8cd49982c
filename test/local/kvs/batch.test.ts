import kvs from '@forge/kvs';

import type { SqliteKvs } from '../../../local/kvs/sqlite-kvs';
import { buildCostEntry, installStore, rejectionOf, uninstallStore } from './kvs-harness';

describe('kvs batch operations', () => {
  let store: SqliteKvs;

  beforeEach(() => {
    store = installStore();
  });

  afterEach(() => {
    uninstallStore(store);
  });

  describe('batchSet', () => {
    it('stores valid items and reports invalid ones as failed keys', async () => {
      const result = await kvs.batchSet<unknown>([
        { key: 'a', value: 1 },
        { key: 'e1', value: buildCostEntry(), entityName: 'cost-entry' },
        { key: 'bad/key', value: 2 },
        { key: 'e2', value: buildCostEntry({ amountMinor: 'ten' }), entityName: 'cost-entry' },
      ]);

      expect(result).toStrictEqual({
        successfulKeys: [{ key: 'a' }, { key: 'e1', entityName: 'cost-entry' }],
        failedKeys: [
          { key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) } },
          {
            key: 'e2',
            entityName: 'cost-entry',
            error: { code: 'INVALID_ENTITY_VALUE', message: expect.any(String) },
          },
        ],
      });
    });

    it('rejects more than 25 items with TOO_MANY_OPERATIONS', async () => {
      const items = Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, value: i }));

      const error = await rejectionOf(kvs.batchSet(items));

      expect([error.code, store.listAllKeys()]).toStrictEqual(['TOO_MANY_OPERATIONS', []]);
    });
  });

  describe('batchGet', () => {
    it('returns found items and reports missing keys as KEY_NOT_FOUND', async () => {
      await kvs.set('a', { n: 1 });
      await kvs.entity('cost-entry').set('e1', buildCostEntry());

      const result = await kvs.batchGet([
        { key: 'a' },
        { key: 'e1', entityName: 'cost-entry' },
        { key: 'missing' },
      ]);

      expect(result).toStrictEqual({
        successfulKeys: [
          { key: 'a', value: { n: 1 } },
          { key: 'e1', entityName: 'cost-entry', value: buildCostEntry() },
        ],
        failedKeys: [
          { key: 'missing', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } },
        ],
      });
    });
  });

  describe('batchDelete', () => {
    it('deletes the listed keys', async () => {
      await kvs.set('a', 1);
      await kvs.set('b', 2);
      await kvs.entity('cost-entry').set('e1', buildCostEntry());

      const result = await kvs.batchDelete([{ key: 'a' }, { key: 'e1', entityName: 'cost-entry' }]);

      expect([result, store.listAllKeys()]).toStrictEqual([
        { successfulKeys: [{ key: 'a' }, { key: 'e1', entityName: 'cost-entry' }], failedKeys: [] },
        [{ key: 'b' }],
      ]);
    });

    it('rejects a key named twice with DUPLICATE_KEY', async () => {
      const error = await rejectionOf(kvs.batchDelete([{ key: 'a' }, { key: 'a' }]));

      expect(error.code).toBe('DUPLICATE_KEY');
    });
  });
});
