import { DEMO_APP_ACCOUNT_ID, DEMO_USERS } from '../../../local/jira/demo-site';
import { AS_APP, asUser, bodyAs, buildStandIn, get, keysOf } from './stand-in-helpers';

describe('jira-stand-in', () => {
  describe('handle routing', () => {
    it('answers 401 when the user account is unknown', () => {
      const answer = get(buildStandIn(), '/rest/api/3/myself', {
        kind: 'user',
        accountId: 'nobody',
      });

      expect({ status: answer.status, body: answer.body }).toStrictEqual({
        status: 401,
        body: {
          errorMessages: ['Client must be authenticated to access this resource.'],
          errors: {},
        },
      });
    });

    it('answers 404 with errorMessages when no resource matches', () => {
      const answer = get(buildStandIn(), '/rest/api/3/dashboard', asUser('admin'));

      expect({ status: answer.status, body: answer.body }).toStrictEqual({
        status: 404,
        body: {
          errorMessages: ['No Jira REST resource matches GET /rest/api/3/dashboard.'],
          errors: {},
        },
      });
    });

    it('answers 405 when the path exists for another method', () => {
      const answer = buildStandIn().handle('DELETE', '/rest/api/3/issue/OPS-1', undefined, AS_APP);

      expect(answer.status).toBe(405);
    });

    it('sends a JSON content type with bodies', () => {
      const answer = get(buildStandIn(), '/rest/api/3/myself', asUser('member'));

      expect(answer.headers).toStrictEqual({ 'content-type': 'application/json;charset=UTF-8' });
    });
  });

  describe('handle users', () => {
    it('returns the calling user from myself', () => {
      const body = bodyAs(get(buildStandIn(), '/rest/api/3/myself', asUser('viewer')));

      expect([body.accountId, body.displayName, body.timeZone, body.locale]).toStrictEqual([
        DEMO_USERS.viewer,
        'Victor Viewer',
        'Asia/Tokyo',
        'ja_JP',
      ]);
    });

    it('returns the app user from myself when the app calls', () => {
      const body = bodyAs(get(buildStandIn(), '/rest/api/3/myself', AS_APP));

      expect([body.accountId, body.accountType]).toStrictEqual([DEMO_APP_ACCOUNT_ID, 'app']);
    });

    it('returns another user by account id', () => {
      const path = `/rest/api/3/user?accountId=${DEMO_USERS.lead}`;

      const body = bodyAs(get(buildStandIn(), path, asUser('outsider')));

      expect(body.displayName).toBe('Liam Lead');
    });

    it('answers 404 for an unknown account id', () => {
      expect(get(buildStandIn(), '/rest/api/3/user?accountId=x', AS_APP).status).toBe(404);
    });
  });

  describe('moveIssue', () => {
    it('keeps the id and gives a new key in the target project', () => {
      const standIn = buildStandIn();

      const moved = standIn.moveIssue('10102', '10001');
      const answer = get(standIn, '/rest/api/3/issue/10102?fields=project', AS_APP);

      const body = bodyAs<{ key: string; fields: { project: { key: string } } }>(answer);
      expect([moved, body.key, body.fields.project.key]).toStrictEqual([
        { oldKey: 'OPS-3', newKey: 'MKT-7' },
        'MKT-7',
        'MKT',
      ]);
    });

    it('still resolves the old key, as Jira does', () => {
      const standIn = buildStandIn();
      standIn.moveIssue('10102', '10001');

      const answer = get(standIn, '/rest/api/3/issue/OPS-3?fields=summary', AS_APP);

      expect([answer.status, bodyAs(answer).key]).toStrictEqual([200, 'MKT-7']);
    });

    it('applies the target project permissions after the move', () => {
      const standIn = buildStandIn();
      standIn.moveIssue('10102', '10001');

      const viewer = get(standIn, '/rest/api/3/issue/10102', asUser('viewer'));
      const marketer = get(standIn, '/rest/api/3/issue/10102', asUser('marketer'));

      expect([viewer.status, marketer.status]).toStrictEqual([404, 200]);
    });

    it('finds the moved issue by its new and its old key in JQL', () => {
      const standIn = buildStandIn();
      standIn.moveIssue('10102', '10001');

      const answer = standIn.handle(
        'POST',
        '/rest/api/3/search/jql',
        { jql: 'key = OPS-3 OR project = MKT AND key = MKT-7', fields: ['key'] },
        AS_APP,
      );

      expect(keysOf(answer)).toStrictEqual(['MKT-7']);
    });

    it('numbers successive moves into a project one after the other', () => {
      const standIn = buildStandIn();

      const first = standIn.moveIssue('10100', '10001');
      const second = standIn.moveIssue('10101', '10001');

      expect([first.newKey, second.newKey]).toStrictEqual(['MKT-7', 'MKT-8']);
    });

    it('throws when the issue is already in the target project', () => {
      expect(() => buildStandIn().moveIssue('10102', '10000')).toThrow('already there');
    });
  });

  describe('deleteIssue', () => {
    it('makes the issue answer 404 and drops its worklogs', () => {
      const standIn = buildStandIn();

      standIn.deleteIssue('10101');

      expect([
        get(standIn, '/rest/api/3/issue/10101', AS_APP).status,
        get(standIn, '/rest/api/3/issue/OPS-2/worklog', AS_APP).status,
        standIn.site.worklogs.filter((worklog) => worklog.issueId === '10101'),
      ]).toStrictEqual([404, 404, []]);
    });

    it('detaches the children of a deleted epic', () => {
      const standIn = buildStandIn();

      standIn.deleteIssue('10105');
      const answer = standIn.handle(
        'POST',
        '/rest/api/3/search/jql',
        { jql: 'key in (OPS-7, OPS-8) AND parent is EMPTY ORDER BY key', fields: ['key'] },
        AS_APP,
      );

      expect(keysOf(answer)).toStrictEqual(['OPS-7', 'OPS-8']);
    });

    it('throws when the issue does not exist', () => {
      expect(() => buildStandIn().deleteIssue('99999')).toThrow('No issue with id 99999');
    });
  });
});
