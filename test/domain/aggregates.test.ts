import fc from 'fast-check';

import {
  aggregateEntries,
  aggregateId,
  applyCellDelta,
  entryDelta,
  readCells,
} from '../../src/domain/aggregates';
import type { CostEntry } from '../../src/domain/cost-entry';
import { buildCostEntry } from '../builders/cost-entry';

describe('aggregates', () => {
  describe('entryDelta', () => {
    it('adds every occurrence of a recurring entry to its own month', () => {
      const entry = buildCostEntry({
        incurredOn: '2026-12-01',
        recurrence: { frequency: 'monthly', months: 2 },
      });

      const delta = entryDelta(undefined, entry);

      expect(delta.map((d) => [aggregateId(d), Object.fromEntries(d.cells)])).toStrictEqual([
        ['10000|2026-12|cloud', { 'EUR|actual': 10000n }],
        ['10000|2027-01|cloud', { 'EUR|actual': 10000n }],
      ]);
    });

    it('moves the contribution between projects when an entry moves', () => {
      const before = buildCostEntry();
      const after = buildCostEntry({ projectId: '10001', version: 2 });

      const delta = entryDelta(before, after);

      expect(delta.map((d) => [d.projectId, [...d.cells.values()]])).toStrictEqual([
        ['10000', [-10000n]],
        ['10001', [10000n]],
      ]);
    });

    it('is empty when nothing that counts changed', () => {
      expect(
        entryDelta(buildCostEntry(), buildCostEntry({ description: 'renamed', version: 2 })),
      ).toStrictEqual([]);
    });
  });

  describe('applyCellDelta', () => {
    it('adds beyond 2^53 exactly and drops cells that reach zero', () => {
      const cells = { a: '9007199254740991', b: '5' };

      const next = applyCellDelta(
        cells,
        new Map([
          ['a', 10n],
          ['b', -5n],
        ]),
      );

      expect(next).toStrictEqual({ a: '9007199254741001' });
    });
  });

  describe('aggregateEntries', () => {
    const entryArb = fc.record({
      id: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
      amountMinor: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      currency: fc.constantFrom('EUR', 'USD', 'JPY'),
      kind: fc.constantFrom('actual', 'planned'),
      incurredOn: fc.constantFrom('2025-12-31', '2026-01-01', '2026-06-15'),
      months: fc.integer({ min: 0, max: 14 }),
    });

    it('equals the sum of the deltas of any sequence of writes', () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(entryArb, fc.boolean()), { maxLength: 30 }), (ops) => {
          const live = new Map<string, CostEntry>();
          let cells = new Map<string, Record<string, string>>();
          for (const [input, remove] of ops) {
            const before = live.get(input.id);
            const after = remove
              ? undefined
              : buildCostEntry({
                  ...input,
                  currency: input.currency as CostEntry['currency'],
                  recurrence: input.months
                    ? { frequency: 'monthly', months: input.months }
                    : { frequency: 'none' },
                });
            for (const d of entryDelta(before, after)) {
              const id = aggregateId(d);
              cells = new Map(cells).set(id, applyCellDelta(cells.get(id) ?? {}, d.cells));
            }
            if (after) live.set(input.id, after);
            else live.delete(input.id);
          }
          const recount = aggregateEntries([...live.values()]);
          const nonEmpty = new Map([...cells].filter(([, c]) => Object.keys(c).length > 0));

          expect(nonEmpty).toStrictEqual(recount);
        }),
      );
    });
  });

  describe('readCells', () => {
    it('decodes the cell keys', () => {
      expect(
        readCells({
          projectId: '10000',
          month: '2026-02',
          categoryId: 'licences',
          cells: { 'USD|planned': '-15' },
        }),
      ).toStrictEqual([
        {
          month: '2026-02',
          categoryId: 'licences',
          currency: 'USD',
          kind: 'planned',
          amountMinor: -15n,
        },
      ]);
    });
  });
});
