import { DEMO_USERS } from '../../../../local/jira/demo-site';
import { AS_APP, asUser, bodyAs, buildStandIn, get } from '../stand-in-helpers';

type ChangedPage = {
  values: Array<{ worklogId: number; updatedTime: number }>;
  until: number;
  lastPage: boolean;
  nextPage?: string;
};

describe('worklog-handlers', () => {
  describe('getChangedWorklogs', () => {
    it('pages every worklog once, oldest change first, 1,000 a page', () => {
      const standIn = buildStandIn();
      standIn.worklogs.seed({
        count: 2500,
        issueIds: ['10101', '10102'],
        authorAccountIds: [DEMO_USERS.member],
        firstDay: '2026-01-01',
        days: 90,
      });
      const seen: number[] = [];
      const sizes: number[] = [];
      let since = 0;
      let lastPage = false;

      while (!lastPage) {
        const page = bodyAs<ChangedPage>(
          get(standIn, `/rest/api/3/worklog/updated?since=${since}`, AS_APP),
        );
        seen.push(...page.values.map((v) => v.worklogId));
        sizes.push(page.values.length);
        ({ until: since, lastPage } = page);
      }

      expect(sizes.slice(0, 2)).toStrictEqual([1000, 1000]);
      expect(new Set(seen).size).toBe(standIn.site.worklogs.length);
      expect(seen.length).toBe(standIn.site.worklogs.length);
    });

    it('lists only worklogs of issues the user can browse', () => {
      const standIn = buildStandIn();

      const page = bodyAs<ChangedPage>(
        get(standIn, '/rest/api/3/worklog/updated?since=0', asUser('outsider')),
      );

      expect(page.values).toStrictEqual([]);
    });
  });

  describe('listWorklogs', () => {
    it('answers the worklogs with the ids asked for', () => {
      const standIn = buildStandIn();
      const [first, second] = standIn.site.worklogs;

      const answer = standIn.handle(
        'POST',
        '/rest/api/3/worklog/list',
        { ids: [Number(first!.id), Number(second!.id), 1] },
        AS_APP,
      );

      expect(bodyAs<Array<{ id: string }>>(answer).map((w) => w.id)).toStrictEqual([
        first!.id,
        second!.id,
      ]);
    });

    it('refuses more than 1,000 ids', () => {
      const ids = Array.from({ length: 1001 }, (_, i) => i + 1);

      expect(
        buildStandIn().handle('POST', '/rest/api/3/worklog/list', { ids }, AS_APP).status,
      ).toBe(400);
    });
  });

  describe('getIssueWorklog', () => {
    it('answers 404 once the worklog moved to another issue', () => {
      const standIn = buildStandIn();
      const worklog = standIn.site.worklogs[0]!;
      const before = get(
        standIn,
        `/rest/api/3/issue/${worklog.issueId}/worklog/${worklog.id}`,
        AS_APP,
      );

      standIn.worklogs.update(worklog.id, { issueId: '10105' });

      expect([
        before.status,
        get(standIn, `/rest/api/3/issue/${worklog.issueId}/worklog/${worklog.id}`, AS_APP).status,
        get(standIn, `/rest/api/3/issue/10105/worklog/${worklog.id}`, AS_APP).status,
      ]).toStrictEqual([200, 404, 200]);
    });
  });

  describe('worklog writes', () => {
    it('emit the events Forge delivers, each change with its own updated time', () => {
      const standIn = buildStandIn();

      const created = standIn.worklogs.add({
        issueId: '10101',
        authorAccountId: DEMO_USERS.member,
        started: '2026-11-02T09:00:00.000+0000',
        timeSpentSeconds: 3600,
      });
      const updated = standIn.worklogs.update(created.worklog.id, { timeSpentSeconds: 7200 });
      const deleted = standIn.worklogs.remove(created.worklog.id);

      expect([created, updated, deleted].map((e) => e.eventType)).toStrictEqual([
        'avi:jira:created:worklog',
        'avi:jira:updated:worklog',
        'avi:jira:deleted:worklog',
      ]);
      expect(updated.worklog.updated > created.worklog.updated).toBe(true);
      expect(standIn.site.worklogs.some((w) => w.id === created.worklog.id)).toBe(false);
    });
  });
});
