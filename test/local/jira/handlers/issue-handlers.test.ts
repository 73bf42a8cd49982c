import type { DemoUserName } from '../../../../local/jira/demo-site';
import { formatDuration } from '../../../../local/jira/handlers/issue-handlers';
import { AS_APP, asUser, bodyAs, buildStandIn, get } from '../stand-in-helpers';

const NOT_FOUND = {
  errorMessages: ['Issue does not exist or you do not have permission to see it.'],
  errors: {},
};

interface EmbeddedRef {
  key?: string;
  name?: string;
  statusCategory?: { key: string };
}

interface WorklogPage {
  startAt: number;
  maxResults: number;
  total: number;
  worklogs: { id: string; issueId: string; timeSpentSeconds: number; started: string }[];
}

describe('issue-handlers', () => {
  describe('getIssue visibility', () => {
    it.each<[DemoUserName, string, number]>([
      ['admin', 'OPS-2', 200],
      ['lead', 'OPS-2', 200],
      ['member', 'OPS-2', 200],
      ['viewer', 'OPS-2', 200],
      ['outsider', 'OPS-2', 404],
      ['marketer', 'OPS-2', 404],
      ['member', 'MKT-2', 200],
      ['viewer', 'MKT-2', 404],
      ['lead', 'MKT-2', 404],
    ])('lets %s read %s with status %i', (name, key, status) => {
      const answer = get(buildStandIn(), `/rest/api/3/issue/${key}`, asUser(name));

      expect(answer.status).toBe(status);
    });

    it('hides an issue behind the same 404 body whether it exists or not', () => {
      const standIn = buildStandIn();

      const hidden = get(standIn, '/rest/api/3/issue/OPS-1', asUser('outsider'));
      const missing = get(standIn, '/rest/api/3/issue/OPS-999', asUser('admin'));

      expect([hidden.body, missing.body]).toStrictEqual([NOT_FOUND, NOT_FOUND]);
    });

    it('finds an issue by id and by a lower-case key', () => {
      const standIn = buildStandIn();

      const byId = bodyAs(get(standIn, '/rest/api/3/issue/10101?fields=summary', AS_APP));
      const byKey = bodyAs(get(standIn, '/rest/api/3/issue/ops-2?fields=summary', AS_APP));

      expect([byId.key, byKey.id]).toStrictEqual(['OPS-2', '10101']);
    });
  });

  describe('getIssue fields', () => {
    it('returns only the requested fields when fields is given', () => {
      const answer = get(
        buildStandIn(),
        '/rest/api/3/issue/OPS-3?fields=summary,labels,components,parent',
        asUser('member'),
      );

      expect(bodyAs(answer).fields).toStrictEqual({
        summary: 'Right-size staging database instances',
        parent: {
          id: '10100',
          key: 'OPS-1',
          self: 'https://demo.local.atlassian.net/rest/api/3/issue/10100',
          fields: expect.objectContaining({ summary: 'Cut cloud compute spend by 20%' }),
        },
        labels: ['aws', 'cloud', 'saving'],
        components: [
          {
            self: 'https://demo.local.atlassian.net/rest/api/3/component/10000',
            id: '10000',
            name: 'Compute',
          },
          {
            self: 'https://demo.local.atlassian.net/rest/api/3/component/10001',
            id: '10001',
            name: 'Storage',
          },
        ],
      });
    });

    it('returns the project, type and status references Jira embeds', () => {
      const answer = get(
        buildStandIn(),
        '/rest/api/3/issue/OPS-5?fields=project,issuetype,status',
        asUser('viewer'),
      );

      const { fields } = bodyAs<{ fields: Record<string, EmbeddedRef | undefined> }>(answer);
      expect([
        fields.project?.key,
        fields.project?.name,
        fields.issuetype?.name,
        fields.status?.name,
        fields.status?.statusCategory?.key,
      ]).toStrictEqual(['OPS', 'Platform Operations', 'Bug', 'In Progress', 'indeterminate']);
    });

    it('leaves parent out when the issue has none', () => {
      const answer = get(buildStandIn(), '/rest/api/3/issue/OPS-1?fields=parent,summary', AS_APP);

      expect(bodyAs(answer).fields).toStrictEqual({ summary: 'Cut cloud compute spend by 20%' });
    });

    it('returns every field except the excluded ones when fields has a minus', () => {
      const answer = get(
        buildStandIn(),
        '/rest/api/3/issue/OPS-2?fields=-reporter,-assignee',
        AS_APP,
      );

      expect(Object.keys(bodyAs<{ fields: object }>(answer).fields)).toStrictEqual([
        'summary',
        'issuetype',
        'project',
        'parent',
        'labels',
        'components',
        'status',
        'created',
        'updated',
        'timespent',
        'description',
      ]);
    });

    it('sums worklogs into timespent', () => {
      const answer = get(buildStandIn(), '/rest/api/3/issue/OPS-2?fields=timespent', AS_APP);

      expect(bodyAs(answer).fields).toStrictEqual({ timespent: 1020 * 60 });
    });
  });

  describe('getIssueWorklogs', () => {
    it('pages with startAt and maxResults and reports the total', () => {
      const standIn = buildStandIn();

      const first = bodyAs<WorklogPage>(
        get(standIn, '/rest/api/3/issue/OPS-2/worklog?maxResults=3', AS_APP),
      );
      const last = bodyAs<WorklogPage>(
        get(standIn, '/rest/api/3/issue/OPS-2/worklog?startAt=6&maxResults=3', AS_APP),
      );

      const ids = (page: WorklogPage) => page.worklogs.map((worklog) => worklog.id);
      expect([first.startAt, first.total, ids(first), last.startAt, ids(last)]).toStrictEqual([
        0,
        7,
        ['30000', '30001', '30002'],
        6,
        ['30006'],
      ]);
    });

    it('returns Jira worklog objects with author, seconds and a started date-time', () => {
      const answer = get(buildStandIn(), '/rest/api/3/issue/OPS-7/worklog', asUser('viewer'));

      const page = bodyAs<WorklogPage>(answer);
      expect(page.worklogs[0]).toStrictEqual(
        expect.objectContaining({
          id: '30012',
          issueId: '10106',
          author: expect.objectContaining({
            accountId: expect.any(String),
            displayName: 'Liam Lead',
          }),
          timeSpent: '45m',
          timeSpentSeconds: 2700,
          started: '2026-09-07T11:00:00.000+0000',
          created: '2026-09-07T11:45:00.000+0000',
        }),
      );
    });

    it('filters by startedAfter in epoch milliseconds', () => {
      const after = Date.UTC(2026, 10, 1);

      const answer = get(
        buildStandIn(),
        `/rest/api/3/issue/OPS-2/worklog?startedAfter=${after}`,
        AS_APP,
      );

      expect(bodyAs<WorklogPage>(answer).worklogs.map((worklog) => worklog.started)).toStrictEqual([
        '2026-11-02T14:00:00.000+0000',
        '2026-11-16T11:00:00.000+0000',
        '2026-12-01T08:30:00.000+0000',
      ]);
    });

    it('answers 404 when the user cannot see the issue', () => {
      const answer = get(buildStandIn(), '/rest/api/3/issue/10101/worklog', asUser('outsider'));

      expect(answer.body).toStrictEqual(NOT_FOUND);
    });

    it('answers 400 when maxResults is not a number', () => {
      const answer = get(buildStandIn(), '/rest/api/3/issue/OPS-2/worklog?maxResults=ten', AS_APP);

      expect(answer.status).toBe(400);
    });
  });

  describe('formatDuration', () => {
    it.each([
      [45 * 60, '45m'],
      [150 * 60, '2h 30m'],
      [8 * 3600, '1d'],
      [(5 * 8 + 8 + 1) * 3600 + 60, '1w 1d 1h 1m'],
      [0, '0m'],
    ])('renders %i seconds as %s', (seconds, text) => {
      expect(formatDuration(seconds)).toBe(text);
    });
  });
});
