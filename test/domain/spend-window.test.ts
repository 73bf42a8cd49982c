import { spendWindow } from '../../src/domain/spend-window';

describe('spendWindow', () => {
  it.each([
    ['this-month', 1, { start: '2026-12-01', end: '2027-01-01' }],
    ['last-12-months', 1, { start: '2026-01-01', end: '2027-01-01' }],
    ['this-quarter', 1, { start: '2026-10-01', end: '2027-01-01' }],
    ['this-fiscal-year', 1, { start: '2026-01-01', end: '2027-01-01' }],
    // A fiscal year from April: December is in Q3 of FY2027 (April 2026 to March 2027).
    ['this-quarter', 4, { start: '2026-10-01', end: '2027-01-01' }],
    ['this-fiscal-year', 4, { start: '2026-04-01', end: '2027-04-01' }],
    // From February: quarters are Feb-Apr, May-Jul, Aug-Oct, Nov-Jan.
    ['this-quarter', 2, { start: '2026-11-01', end: '2027-02-01' }],
  ] as const)('%s with the fiscal year from month %i on 2026-12-15', (period, start, expected) => {
    expect(spendWindow(period, '2026-12-15', start)).toStrictEqual(expected);
  });

  it('puts January in the last fiscal quarter of a year that starts in February', () => {
    expect(spendWindow('this-quarter', '2027-01-31', 2)).toStrictEqual({
      start: '2026-11-01',
      end: '2027-02-01',
    });
    expect(spendWindow('this-fiscal-year', '2027-01-31', 2)).toStrictEqual({
      start: '2026-02-01',
      end: '2027-02-01',
    });
  });
});
