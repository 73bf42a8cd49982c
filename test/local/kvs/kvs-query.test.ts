import kvs, { WhereConditions } from '@forge/kvs';
import fc from 'fast-check';

import type { SqliteKvs } from '../../../local/kvs/sqlite-kvs';
import { installStore, rejectionOf, uninstallStore } from './kvs-harness';

async function collectKeys(prefix: string, limit: number): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const builder = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(limit);
    const page = await (cursor === undefined ? builder : builder.cursor(cursor)).getMany();
    keys.push(...page.results.map((result) => result.key));
    cursor = page.nextCursor;
  } while (cursor !== undefined);

  return keys;
}

describe('kvs.query', () => {
  let store: SqliteKvs;

  beforeEach(() => {
    store = installStore();
  });

  afterEach(() => {
    uninstallStore(store);
  });

  describe('beginsWith paging', () => {
    it('returns every key once, sorted, when 250 keys are followed page by page', async () => {
      const expected = Array.from({ length: 250 }, (_, i) => `cost:${String(i).padStart(4, '0')}`);
      for (const key of [...expected].reverse()) {
        await kvs.set(key, { n: key });
      }
      await kvs.set('costs-other', 1);
      await kvs.set('budget:1', 1);

      const keys = await collectKeys('cost:', 100);

      expect(keys).toStrictEqual(expected);
    });

    it('gives a cursor only when more results exist', async () => {
      await kvs.set('a:1', 1);
      await kvs.set('a:2', 2);

      const full = await kvs
        .query()
        .where('key', WhereConditions.beginsWith('a:'))
        .limit(2)
        .getMany();

      expect(full).toStrictEqual({
        results: [
          { key: 'a:1', value: 1 },
          { key: 'a:2', value: 2 },
        ],
        nextCursor: undefined,
      });
    });

    it('returns ten results when no limit is given', async () => {
      for (let i = 0; i < 15; i += 1) {
        await kvs.set(`k:${String(i).padStart(2, '0')}`, i);
      }

      const page = await kvs.query().where('key', WhereConditions.beginsWith('k:')).getMany();

      expect([page.results.length, typeof page.nextCursor]).toStrictEqual([10, 'string']);
    });
  });

  describe('limits', () => {
    it('rejects with LIST_QUERY_LIMIT_EXCEEDED when the limit is over 100', async () => {
      const error = await rejectionOf(kvs.query().limit(101).getMany());

      expect(error.code).toBe('LIST_QUERY_LIMIT_EXCEEDED');
    });

    it('rejects with INVALID_CURSOR when the cursor is not one it issued', async () => {
      const error = await rejectionOf(kvs.query().cursor('not-a-cursor').getMany());

      expect(error.code).toBe('INVALID_CURSOR');
    });
  });

  describe('model property', () => {
    const keyArb = fc.constantFrom('a', 'a:1', 'a:2', 'a:10', 'ab', 'b:1', 'b:2', 'a-x', 'a:1:z');
    const opArb = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer() }),
      fc.record({ kind: fc.constant('delete' as const), key: keyArb }),
    );

    it('pages through the same entries as a Map after random sets and deletes', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(opArb, { maxLength: 40 }),
          fc.constantFrom('', 'a', 'a:', 'b'),
          fc.integer({ min: 1, max: 4 }),
          async (ops, prefix, limit) => {
            store.reset();
            const model = new Map<string, number>();
            for (const op of ops) {
              if (op.kind === 'set') {
                await kvs.set(op.key, op.value);
                model.set(op.key, op.value);
              } else {
                await kvs.delete(op.key);
                model.delete(op.key);
              }
            }

            const results: Array<{ key: string; value: unknown }> = [];
            let cursor: string | undefined;
            do {
              const builder = kvs
                .query()
                .where('key', WhereConditions.beginsWith(prefix))
                .limit(limit);
              const page = await (
                cursor === undefined ? builder : builder.cursor(cursor)
              ).getMany();
              results.push(...page.results);
              cursor = page.nextCursor;
            } while (cursor !== undefined);

            const expected = [...model.entries()]
              .filter(([key]) => key.startsWith(prefix))
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([key, value]) => ({ key, value }));
            expect(results).toStrictEqual(expected);
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});
