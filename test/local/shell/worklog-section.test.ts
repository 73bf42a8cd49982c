import { DEMO_USERS } from '../../../local/jira/demo-people';
import { applyShellWorklog, renderWorklogSection } from '../../../local/shell/worklog-section';
import { storedLabourEntries, settingsOf } from '../../builders/labour';
import { buildLocalHost, dataOf } from '../../builders/local-host';

describe('worklog-section', () => {
  it('logs and deletes work as the acting user, and the labour entry follows', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const issue = opsIssues[2]!;
    dataOf(
      await call({
        ...settingsOf(ops.id),
        as: 'admin',
        key: 'labour/save-rate',
        payload: { from: '2026-01-01', hourly: { amount: 60_00, currency: 'EUR' } },
      }),
    );
    await host.drainQueues();

    await applyShellWorklog(host, DEMO_USERS.member, {
      action: 'add',
      issueId: issue.id,
      started: '2026-12-01T09:00',
      minutes: 90,
    });
    const logged = host.jira.site.worklogs.at(-1)!;
    const afterAdd = storedLabourEntries(host).get(`worklog-${logged.id}`);
    const html = renderWorklogSection(host, issue.id);
    await applyShellWorklog(host, DEMO_USERS.member, { action: 'delete', worklogId: logged.id });
    const afterDelete = storedLabourEntries(host).has(`worklog-${logged.id}`);
    const refused = await applyShellWorklog(host, DEMO_USERS.member, { action: 'add' });
    await host.shutdown();

    expect(afterAdd?.amountMinor).toBe(90_00);
    expect(html).toContain('1h 30m from 2026-12-01 09:00 UTC');
    expect([afterDelete, refused]).toStrictEqual([false, false]);
  });
});
