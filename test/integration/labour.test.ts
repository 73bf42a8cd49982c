import { DEMO_USERS } from '../../local/jira/demo-people';
import type { LabourRate } from '../../src/domain/labour';
import { labourCostMinor } from '../../src/domain/labour';
import type { PanelLoadResponse } from '../../src/shared/contract';
import type { LabourLoadResponse, LabourRatesResponse } from '../../src/shared/labour-contract';
import { recomputedLabourEntries, settingsOf, storedLabourEntries } from '../builders/labour';
import { aggregatesAndRecount, buildLocalHost, dataOf } from '../builders/local-host';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('labour cost from worklogs', () => {
  it('backfills the demo worklogs and reprices from a rate changed in the middle of a month', async () => {
    const { host, call, ops } = buildLocalHost();
    const settings = settingsOf(ops.id);
    const rates: LabourRate[] = [
      { from: '2026-01-01', hourly: eur(60_00) },
      { accountId: DEMO_USERS.member, from: '2026-01-01', hourly: eur(90_00) },
    ];
    for (const rate of rates) {
      dataOf(await call({ ...settings, as: 'admin', key: 'labour/save-rate', payload: rate }));
    }
    await host.drainQueues();
    const before = storedLabourEntries(host);
    const midMonth: LabourRate = {
      accountId: DEMO_USERS.member,
      from: '2026-10-10',
      hourly: eur(120_00),
    };

    dataOf(
      await call<LabourRatesResponse>({
        ...settings,
        as: 'admin',
        key: 'labour/save-rate',
        payload: midMonth,
      }),
    );
    await host.drainQueues();
    const after = storedLabourEntries(host);
    const loaded = dataOf(
      await call<LabourLoadResponse>({ ...settings, as: 'admin', key: 'labour/load' }),
    );
    const { stored, recount } = aggregatesAndRecount(host);
    const labourIssue = host.jira.site.issues.find((i) => i.id === [...after.values()][0]?.issueId);
    await host.shutdown();

    const expected = recomputedLabourEntries(host, new Map([[ops.id, [...rates, midMonth]]]));
    // The job rebuilds the JQL summaries of the issues it changed once, at its end.
    expect(labourIssue?.properties['okr-cost-summary']).toMatchObject({
      categories: expect.arrayContaining(['labour']) as unknown,
    });
    expect(before.size).toBeGreaterThan(0);
    expect(after).toStrictEqual(expected);
    const october = [...after.values()].filter(
      (e) => e.createdBy === DEMO_USERS.member && e.incurredOn.startsWith('2026-10'),
    );
    expect(new Set(october.map((e) => e.incurredOn >= '2026-10-10'))).toStrictEqual(
      new Set([false, true]),
    );
    expect(loaded.job).toMatchObject({ status: 'done', from: '2026-10-10' });
    expect(host.queueFailures).toStrictEqual([]);
    expect(stored).toStrictEqual(recount);
  });

  it('follows a worklog that is logged, edited, moved to another issue and deleted', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const rate: LabourRate = { from: '2026-01-01', hourly: eur(100_00) };
    dataOf(
      await call({ ...settingsOf(ops.id), as: 'admin', key: 'labour/save-rate', payload: rate }),
    );
    await host.drainQueues();
    const [first, second] = [opsIssues[4]!, opsIssues[5]!];
    const panelOf = (issueId: string) => ({
      module: 'jira:issuePanel' as const,
      location: { kind: 'issue' as const, issueId },
    });
    const labourOn = async (issueId: string) =>
      dataOf(
        await call<PanelLoadResponse>({ ...panelOf(issueId), as: 'viewer', key: 'panel/load' }),
      ).entries.filter((e) => e.source?.kind === 'worklog');

    const created = host.jira.worklogs.add({
      issueId: first.id,
      authorAccountId: DEMO_USERS.member,
      started: '2026-11-20T09:00:00.000+0000',
      timeSpentSeconds: 5400,
    });
    await host.trigger('onWorklogEvent', created);
    await host.trigger('onWorklogEvent', created);
    const afterCreate = await labourOn(first.id);
    const id = created.worklog.id;
    await host.trigger('onWorklogEvent', host.jira.worklogs.update(id, { timeSpentSeconds: 1234 }));
    const afterEdit = await labourOn(first.id);
    const moved = host.jira.worklogs.update(id, { issueId: second.id });
    await host.trigger('onWorklogEvent', moved);
    // A late event about the old issue must not remove the entry from the new one.
    await host.trigger('onWorklogEvent', { ...created, eventType: 'avi:jira:updated:worklog' });
    const afterMove = { first: await labourOn(first.id), second: await labourOn(second.id) };
    await host.trigger('onWorklogEvent', host.jira.worklogs.remove(id));
    const afterDelete = await labourOn(second.id);
    const { stored, recount } = aggregatesAndRecount(host);
    await host.shutdown();

    const entryId = `worklog-${id}`;
    expect(afterCreate.filter((e) => e.id === entryId).map((e) => e.amount)).toStrictEqual([
      eur(150_00),
    ]);
    expect(afterEdit.find((e) => e.id === entryId)?.amount).toStrictEqual(
      eur(labourCostMinor(100_00, 1234)),
    );
    expect(afterMove.first.some((e) => e.id === entryId)).toBe(false);
    expect(afterMove.second.find((e) => e.id === entryId)?.issueKey).toBe(second.key);
    expect(afterDelete.some((e) => e.id === entryId)).toBe(false);
    expect(stored).toStrictEqual(recount);
  });

  it('reprices labour with the rates of the new project when its issue moves', async () => {
    const { host, call, ops, opsIssues } = buildLocalHost();
    const mkt = host.jira.site.projects.find((p) => p.key === 'MKT')!;
    const issue = opsIssues[6]!;
    host.jira.site.worklogs = [];
    const opsRate = { from: '2026-01-01', hourly: eur(100_00) };
    const mktRate = { from: '2026-01-01', hourly: { amount: 50_00, currency: 'USD' } };
    dataOf(
      await call({ ...settingsOf(ops.id), as: 'admin', key: 'labour/save-rate', payload: opsRate }),
    );
    dataOf(
      await call({ ...settingsOf(mkt.id), as: 'admin', key: 'labour/save-rate', payload: mktRate }),
    );
    await host.drainQueues();
    const logged = host.jira.worklogs.add({
      issueId: issue.id,
      authorAccountId: DEMO_USERS.member,
      started: '2026-11-03T10:00:00.000+0000',
      timeSpentSeconds: 7200,
    });
    await host.trigger('onWorklogEvent', logged);
    const before = storedLabourEntries(host).get(`worklog-${logged.worklog.id}`);

    const moved = host.jira.moveIssue(issue.id, mkt.id);
    await host.trigger('onIssueEvent', {
      eventType: 'avi:jira:updated:issue',
      issue: { id: issue.id, key: moved.newKey, fields: { project: { id: mkt.id } } },
    });
    await host.drainQueues();
    const after = storedLabourEntries(host).get(`worklog-${logged.worklog.id}`);
    const { stored, recount } = aggregatesAndRecount(host);
    await host.shutdown();

    expect(before).toMatchObject({ projectId: ops.id, amountMinor: 200_00, currency: 'EUR' });
    expect(after).toMatchObject({
      projectId: mkt.id,
      issueKey: moved.newKey,
      amountMinor: 100_00,
      currency: 'USD',
    });
    expect(stored).toStrictEqual(recount);
  });

  it('shows rates to project admins only', async () => {
    const { host, call, ops } = buildLocalHost();

    const answers = await Promise.all(
      (['admin', 'lead', 'member', 'viewer', 'outsider'] as const).map(async (as) => [
        as,
        (await call({ ...settingsOf(ops.id), as, key: 'labour/load' })).result.ok,
      ]),
    );
    await host.shutdown();

    expect(Object.fromEntries(answers)).toStrictEqual({
      admin: true,
      lead: true,
      member: false,
      viewer: false,
      outsider: false,
    });
  });
});
