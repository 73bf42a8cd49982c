import type { PanelLoadResponse } from '../../src/shared/contract';
import { buildLocalHost, dataOf } from '../builders/local-host';

const entry = (id: string, until: string) => ({
  id,
  kind: 'actual',
  amount: { amount: 100_00, currency: 'EUR' },
  categoryId: 'cloud',
  incurredOn: '2026-01-15',
  description: '',
  recurrence: { frequency: 'monthly', until },
});

describe('a monthly cost repeating until a date', () => {
  it('is refused when it would need more than 12 repeats, and counts every month otherwise', async () => {
    const { host, call, opsIssues } = buildLocalHost();
    const panel = {
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId: opsIssues[0]!.id },
      as: 'admin' as const,
    };
    const tooFar = await call({
      ...panel,
      key: 'entries/create',
      payload: entry('far-entry-0001', '2028-12-15'),
    });
    const lastAllowed = await call({
      ...panel,
      key: 'entries/create',
      payload: entry('near-entry-0001', '2027-01-14'),
    });
    const loaded = dataOf(await call<PanelLoadResponse>({ ...panel, key: 'panel/load' }));
    await host.shutdown();

    expect(tooFar.result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: [
          {
            path: 'recurrence.until',
            message:
              'A cost repeats at most 12 months: choose a last repeat less than a year after ' +
              'the cost’s date.',
          },
        ],
      },
    });
    expect(lastAllowed.result.ok).toBe(true);
    // January 2026 to December 2026: twelve repeats of €100.00, nothing of the refused entry.
    expect(loaded.totals.reporting.actual).toBe(12 * 100_00);
  });
});
