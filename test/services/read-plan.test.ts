import { readPlan } from '../../src/services/objective-service';

describe('readPlan', () => {
  const quarter = { from: '2026-01', to: '2026-03' };
  const baseline = { from: '2025-10', to: '2025-12' };

  it('reads the span of every objective as one range', () => {
    expect(readPlan([quarter, baseline])).toStrictEqual([{ from: '2025-10', to: '2026-03' }]);
  });

  it('merges an extra range that overlaps or touches the span', () => {
    expect([
      readPlan([quarter], { from: '2025-04', to: '2026-02' }),
      readPlan([quarter], { from: '2026-04', to: '2026-06' }),
      readPlan([quarter], { from: '2025-07', to: '2025-12' }),
    ]).toStrictEqual([
      [{ from: '2025-04', to: '2026-03' }],
      [{ from: '2026-01', to: '2026-06' }],
      [{ from: '2025-07', to: '2026-03' }],
    ]);
  });

  it('reads a distant extra range on its own rather than the years between', () => {
    expect(readPlan([quarter], { from: '2024-01', to: '2024-12' })).toStrictEqual([
      quarter,
      { from: '2024-01', to: '2024-12' },
    ]);
  });

  it('reads only the extra range without objectives, and nothing without either', () => {
    expect([readPlan([], quarter), readPlan([])]).toStrictEqual([[quarter], []]);
  });
});
