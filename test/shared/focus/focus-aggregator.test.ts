import {
  createFocusAggregator,
  monthOfFocusDate,
} from '../../../src/shared/focus/focus-aggregator';
import type { FocusMappingDto } from '../../../src/shared/focus-contract';

type Row = Record<string, string>;

function buildRow(overrides: Row = {}): Row {
  return {
    BilledCost: '1.00000000000',
    EffectiveCost: '0.50000000000',
    BillingAccountId: 'acct-1',
    BillingCurrency: 'USD',
    BillingPeriodStart: '2024-09-01 00:00:00',
    ChargePeriodStart: '2024-09-18 22:00:00',
    ProviderName: 'AWS',
    ServiceCategory: 'Compute',
    ServiceName: 'Amazon EC2',
    SubAccountName: 'Atlas',
    Tags: 'NULL',
    ...overrides,
  };
}

function buildMapping(overrides: Partial<FocusMappingDto> = {}): FocusMappingDto {
  return {
    costBasis: 'BilledCost',
    rules: [
      {
        id: 'r-tag',
        field: 'tag',
        tagKey: 'application',
        value: 'checkout',
        categoryId: 'cloud',
        issueKey: 'OPS-1',
      },
      {
        id: 'r-cat',
        field: 'ServiceCategory',
        value: 'storage',
        categoryId: 'infrastructure',
        issueKey: 'OPS-2',
      },
    ],
    defaultTarget: { categoryId: 'cloud', issueKey: 'OPS-3' },
    ...overrides,
  };
}

function aggregate(rows: readonly Row[], mapping = buildMapping()) {
  const aggregator = createFocusAggregator(mapping);
  rows.forEach((row, index) => aggregator.addRow(row, index + 2));

  return aggregator.finish();
}

describe('focus-aggregator', () => {
  describe('createFocusAggregator', () => {
    it('sums rows of one issue, category, month and currency into one group, rounded once', () => {
      const preview = aggregate([
        buildRow({ BilledCost: '0.00400000000' }),
        buildRow({ BilledCost: '0.00400000000' }),
        buildRow({ BilledCost: '0.00400000000' }),
      ]);

      // Each row alone rounds to 0 cents; their exact sum 0.012 rounds to 1 cent.
      expect(preview.groups.map((g) => [g.issueKey, g.amountMinor, g.rowCount])).toStrictEqual([
        ['OPS-3', 1, 3],
      ]);
    });

    it('nets credits against spend when rows are negative', () => {
      const preview = aggregate([
        buildRow({ BilledCost: '10.00000000000' }),
        buildRow({ BilledCost: '-2.61370000000' }),
      ]);

      expect(preview.totals).toStrictEqual([{ currency: 'USD', amountMinor: 739 }]);
    });

    it('records the chosen cost basis when it is EffectiveCost', () => {
      const preview = aggregate([buildRow()], buildMapping({ costBasis: 'EffectiveCost' }));

      expect(preview.totals).toStrictEqual([{ currency: 'USD', amountMinor: 50 }]);
    });

    it('applies the first matching rule in order, then the default', () => {
      const preview = aggregate([
        buildRow({ Tags: '{"application": "Checkout"}', ServiceCategory: 'Storage' }),
        buildRow({ ServiceCategory: 'Storage' }),
        buildRow(),
      ]);

      expect(preview.ruleHits.map((h) => [h.ruleId, h.rows])).toStrictEqual([
        ['r-tag', 1],
        ['r-cat', 1],
        ['default', 1],
      ]);
    });

    it('reads NULL cells as empty when a rule compares them', () => {
      const preview = aggregate(
        [buildRow({ SubAccountName: 'NULL' })],
        buildMapping({
          rules: [
            {
              id: 'r-sub',
              field: 'SubAccountName',
              value: 'NULL',
              categoryId: 'cloud',
              issueKey: 'OPS-9',
            },
          ],
        }),
      );

      expect(preview.ruleHits.map((h) => h.ruleId)).toStrictEqual(['default']);
    });

    it('keeps a row whose billing period differs in its own bill', () => {
      const preview = aggregate([
        buildRow(),
        buildRow({
          BillingPeriodStart: '2024-10-01 00:00:00',
          ChargePeriodStart: '2024-09-30 22:00:00',
        }),
      ]);

      expect(preview.groups.map((g) => [g.source.billingPeriod, g.month])).toStrictEqual([
        ['2024-09', '2024-09'],
        ['2024-10', '2024-09'],
      ]);
    });

    it('leaves rows out with a reason when nothing matches and no default is set', () => {
      const { defaultTarget: _unused, ...noDefault } = buildMapping();
      const preview = aggregate([buildRow(), buildRow()], noDefault);

      expect(preview.notes).toStrictEqual([
        {
          severity: 'skipped',
          reason: 'No rule matches and no default issue is set',
          rows: 2,
          firstLines: [2, 3],
        },
      ]);
    });

    it('blocks the import with line numbers when an amount is malformed', () => {
      const preview = aggregate([buildRow(), buildRow({ BilledCost: '1,50' })]);

      expect({ blocked: preview.blocked, note: preview.notes[0] }).toStrictEqual({
        blocked: true,
        note: {
          severity: 'problem',
          reason: 'Malformed BilledCost',
          rows: 1,
          firstLines: [3],
          example: '"1,50" is not a number.',
        },
      });
    });

    it('blocks the import when the billing currency is unknown', () => {
      expect(aggregate([buildRow({ BillingCurrency: 'XYZ' })]).blocked).toBe(true);
    });

    it('leaves out groups that net to zero but still lists their bill', () => {
      const preview = aggregate([buildRow({ BilledCost: '5' }), buildRow({ BilledCost: '-5' })]);

      expect({ groups: preview.groups, sources: preview.sources }).toStrictEqual({
        groups: [],
        sources: [{ providerName: 'AWS', billingAccountId: 'acct-1', billingPeriod: '2024-09' }],
      });
    });
  });

  describe('monthOfFocusDate', () => {
    it('reads the month in UTC when the date-time carries an offset', () => {
      expect([
        monthOfFocusDate('2024-09-30 23:00:00'),
        monthOfFocusDate('2024-09-30T23:00:00-05:00'),
        monthOfFocusDate('2024-09-01T00:00:00Z'),
        monthOfFocusDate('2024-13-01'),
      ]).toStrictEqual(['2024-09', '2024-10', '2024-09', undefined]);
    });
  });
});
