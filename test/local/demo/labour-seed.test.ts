import { seedDemo } from '../../../local/demo/seed';
import { storedLabourEntries } from '../../builders/labour';
import { buildLocalHost } from '../../builders/local-host';

describe('the demo seed', () => {
  it('costs the demo worklogs as labour', async () => {
    const { host } = buildLocalHost();

    await seedDemo(host, '2026-12-03');
    const labour = storedLabourEntries(host);
    await host.shutdown();

    expect({ entries: labour.size, failures: host.queueFailures.length }).toStrictEqual({
      entries: host.jira.site.worklogs.filter((w) =>
        host.jira.site.issues.some((i) => i.id === w.issueId && i.projectId === '10000'),
      ).length,
      failures: 0,
    });
    // The whole demo (daily ECB history, thirteen FOCUS bills, the labour backfill) is seeded.
  }, 60_000);
});
