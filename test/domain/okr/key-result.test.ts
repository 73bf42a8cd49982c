import { jqlStructureProblems, validateKeyResult } from '../../../src/domain/okr/key-result';
import type { KeyResult } from '../../../src/domain/okr/key-result';
import { ValidationError } from '../../../src/platform/errors';
import { buildCheckIn, buildCostKeyResult, buildManualKeyResult } from '../../builders/okr';

describe('key-result', () => {
  describe('validateKeyResult', () => {
    it.each<{ name: string; keyResult: KeyResult }>([
      { name: 'a cost key result with a fixed baseline', keyResult: buildCostKeyResult() },
      {
        name: 'a cap without a baseline',
        keyResult: buildCostKeyResult({
          baseline: undefined,
          target: { type: 'cap', amountMinor: 5000_00 },
        }),
      },
      {
        name: 'a cap equal to a leftover baseline',
        keyResult: buildCostKeyResult({
          baseline: { type: 'fixed', amountMinor: 500 },
          target: { type: 'cap', amountMinor: 500 },
        }),
      },
      {
        name: 'a run-rate with a window baseline and a percentage target',
        keyResult: buildCostKeyResult({
          measure: { type: 'run-rate', months: 3 },
          baseline: { type: 'window', months: 6 },
          target: { type: 'percent-change', percent: -12.5 },
        }),
      },
      { name: 'a key result of weight 0', keyResult: buildCostKeyResult({ weight: 0 }) },
      {
        name: 'a manual key result with check-ins',
        keyResult: buildManualKeyResult({ checkIns: [buildCheckIn()] }),
      },
      {
        name: 'a manual money key result',
        keyResult: buildManualKeyResult({ unit: 'currency', currency: 'JPY', targetValue: 5000 }),
      },
    ])('accepts $name', ({ keyResult }) => {
      expect(() => validateKeyResult(keyResult)).not.toThrow();
    });

    it.each<{ name: string; keyResult: KeyResult; path: string }>([
      {
        name: 'a fixed baseline equals the target',
        keyResult: buildCostKeyResult({ target: { type: 'amount', amountMinor: 1000_00 } }),
        path: 'target',
      },
      {
        name: 'a percentage change is 0',
        keyResult: buildCostKeyResult({ target: { type: 'percent-change', percent: 0 } }),
        path: 'target.percent',
      },
      {
        name: 'a percentage change is below -100',
        keyResult: buildCostKeyResult({ target: { type: 'percent-change', percent: -101 } }),
        path: 'target.percent',
      },
      {
        name: 'a percentage change is above 1000',
        keyResult: buildCostKeyResult({ target: { type: 'percent-change', percent: 1001 } }),
        path: 'target.percent',
      },
      {
        name: 'a percentage change has three decimals',
        keyResult: buildCostKeyResult({ target: { type: 'percent-change', percent: -1.234 } }),
        path: 'target.percent',
      },
      {
        name: 'a run-rate has 0 months',
        keyResult: buildCostKeyResult({ measure: { type: 'run-rate', months: 0 } }),
        path: 'measure.months',
      },
      {
        name: 'a run-rate has 25 months',
        keyResult: buildCostKeyResult({ measure: { type: 'run-rate', months: 25 } }),
        path: 'measure.months',
      },
      {
        name: 'a baseline window has a fractional month count',
        keyResult: buildCostKeyResult({ baseline: { type: 'window', months: 1.5 } }),
        path: 'baseline.months',
      },
      {
        name: 'a non-cap target has no baseline',
        keyResult: buildCostKeyResult({ baseline: undefined }),
        path: 'baseline',
      },
      {
        name: 'a cap is zero',
        keyResult: buildCostKeyResult({ target: { type: 'cap', amountMinor: 0 } }),
        path: 'target.amountMinor',
      },
      {
        name: 'a target amount is negative',
        keyResult: buildCostKeyResult({ target: { type: 'amount', amountMinor: -1 } }),
        path: 'target.amountMinor',
      },
      {
        name: 'a baseline amount is not whole minor units',
        keyResult: buildCostKeyResult({ baseline: { type: 'fixed', amountMinor: 10.5 } }),
        path: 'baseline.amountMinor',
      },
      {
        name: 'the weight is negative',
        keyResult: buildCostKeyResult({ weight: -1 }),
        path: 'weight',
      },
      {
        name: 'the weight is NaN',
        keyResult: buildCostKeyResult({ weight: Number.NaN }),
        path: 'weight',
      },
      { name: 'the title is blank', keyResult: buildCostKeyResult({ title: '  ' }), path: 'title' },
      {
        name: 'no category is chosen',
        keyResult: buildCostKeyResult({ categoryIds: [] }),
        path: 'categoryIds',
      },
      {
        name: 'a category is chosen twice',
        keyResult: buildCostKeyResult({ categoryIds: ['cloud', 'cloud'] }),
        path: 'categoryIds',
      },
      {
        name: 'the currency is unknown',
        keyResult: buildCostKeyResult({ currency: 'eur' }),
        path: 'currency',
      },
      {
        name: 'a manual start value equals its target',
        keyResult: buildManualKeyResult({ startValue: 10 }),
        path: 'targetValue',
      },
      {
        name: 'a manual money key result has no currency',
        keyResult: buildManualKeyResult({ unit: 'currency' }),
        path: 'currency',
      },
      {
        name: 'a manual money value is not whole minor units',
        keyResult: buildManualKeyResult({ unit: 'currency', currency: 'EUR', startValue: 0.5 }),
        path: 'startValue',
      },
      {
        name: 'a check-in date is not a date',
        keyResult: buildManualKeyResult({ checkIns: [buildCheckIn({ date: '2026-02-30' })] }),
        path: 'checkIns.0.date',
      },
    ])('throws ValidationError naming the field when $name', ({ keyResult, path }) => {
      const error = catchError(() => validateKeyResult(keyResult));

      expect(error instanceof ValidationError && error.details.map((d) => d.path)).toStrictEqual([
        path,
      ]);
    });

    it('reports every problem at once', () => {
      const keyResult = buildCostKeyResult({ title: '', weight: -1, categoryIds: [] });

      const error = catchError(() => validateKeyResult(keyResult));

      expect(error instanceof ValidationError && error.details.map((d) => d.path)).toStrictEqual([
        'title',
        'weight',
        'categoryIds',
      ]);
    });

    it('explains how to fix a target equal to the baseline', () => {
      const keyResult = buildCostKeyResult({ target: { type: 'amount', amountMinor: 1000_00 } });

      expect(() => validateKeyResult(keyResult)).toThrow(/Choose another target, or use a cap/);
    });
  });
});

describe('jqlStructureProblems', () => {
  it('accepts balanced conditions, with brackets and quotes inside quoted text ignored', () => {
    expect([
      jqlStructureProblems('labels = aws'),
      jqlStructureProblems('(labels = aws OR labels = gcp) AND status != Done'),
      jqlStructureProblems("summary ~ \"a (b\" AND text ~ 'it\\'s )'"),
      jqlStructureProblems('summary ~ "order by me"'),
    ]).toStrictEqual([[], [], [], []]);
  });

  it("refuses what would escape or break the app's project group", () => {
    expect([
      jqlStructureProblems('labels = aws) OR (project = MKT'),
      jqlStructureProblems('(labels = aws'),
      jqlStructureProblems('summary ~ "open'),
      jqlStructureProblems('labels = aws ORDER BY created'),
    ]).toStrictEqual([
      ['A closing parenthesis in the JQL has no opening one before it.'],
      ['Close every parenthesis the JQL opens.'],
      ['A quote in the JQL is not closed.'],
      ['Leave out ORDER BY: the key result adds up costs, so order does not matter.'],
    ]);
  });

  it('is part of validating a cost key result', () => {
    const error = catchError(() =>
      validateKeyResult(buildCostKeyResult({ jql: 'labels = aws) OR (project = MKT' })),
    );

    expect(error instanceof ValidationError && error.details.map((d) => d.path)).toStrictEqual([
      'jql',
    ]);
  });
});

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error: unknown) {
    return error;
  }
  return undefined;
}
