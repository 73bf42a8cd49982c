import { route } from '@forge/api';

import type { JiraAnswer, JiraCaller, JiraStandIn } from '../../../../local/jira/jira-stand-in';
import { AS_APP, asUser, bodyAs, buildStandIn, get, keysOf } from '../stand-in-helpers';

function search(standIn: JiraStandIn, body: Record<string, unknown>, caller: JiraCaller) {
  return standIn.handle('POST', '/rest/api/3/search/jql', body, caller);
}

function errorOf(answer: JiraAnswer): string {
  const { errorMessages } = bodyAs<{ errorMessages: string[] }>(answer);

  return (errorMessages[0] ?? '').replace(/ \(line.*$/, '');
}

describe('search-handler', () => {
  describe('searchJql results', () => {
    it('returns only ids when no fields are asked for', () => {
      const answer = search(buildStandIn(), { jql: 'key in (OPS-1, OPS-2)' }, AS_APP);

      expect(answer.body).toStrictEqual({
        issues: [{ id: '10101' }, { id: '10100' }],
        isLast: true,
      });
    });

    it('returns issues with the requested fields in ORDER BY order', () => {
      const answer = search(
        buildStandIn(),
        { jql: 'parent = OPS-6 ORDER BY key DESC', fields: ['summary', 'parent'] },
        asUser('viewer'),
      );

      const { issues } = bodyAs<{ issues: { key: string; fields: { summary: string } }[] }>(answer);
      expect(issues.map((issue) => [issue.key, issue.fields.summary])).toStrictEqual([
        ['OPS-8', 'Retire unused monitoring seats'],
        ['OPS-7', 'Renew Atlassian and Slack licences'],
      ]);
    });

    it.each<[string, JiraCaller, string[]]>([
      ['member', asUser('member'), ['MKT-2', 'OPS-2', 'OPS-3', 'OPS-5', 'OPS-11']],
      ['viewer', asUser('viewer'), ['OPS-2', 'OPS-3', 'OPS-5', 'OPS-11']],
      ['marketer', asUser('marketer'), ['MKT-2']],
      ['the app', AS_APP, ['MKT-2', 'OPS-2', 'OPS-3', 'OPS-5', 'OPS-11']],
    ])('filters to issues %s can browse', (_who, caller, expected) => {
      const answer = search(
        buildStandIn(),
        { jql: 'labels = cloud AND NOT type = Epic ORDER BY key', fields: ['key'] },
        caller,
      );

      expect(keysOf(answer)).toStrictEqual(expected);
    });

    it('returns no issues for a user without access when the query names no project', () => {
      const answer = search(buildStandIn(), { jql: 'labels = cloud' }, asUser('outsider'));

      expect(answer.body).toStrictEqual({ issues: [], isLast: true });
    });

    it('returns the entity properties asked for', () => {
      const standIn = buildStandIn();
      standIn.handle('PUT', '/rest/api/3/issue/OPS-2/properties/okr-cost', { total: 1250 }, AS_APP);

      const answer = search(
        standIn,
        { jql: 'key = OPS-2', fields: ['summary'], properties: ['okr-cost'] },
        asUser('viewer'),
      );

      expect(
        bodyAs<{ issues: { properties: unknown }[] }>(answer).issues[0]?.properties,
      ).toStrictEqual({
        'okr-cost': { total: 1250 },
      });
    });
  });

  describe('searchJql paging', () => {
    it('walks every page with nextPageToken until isLast', () => {
      const standIn = buildStandIn();
      const jql = 'project = OPS ORDER BY key';
      const pages: string[][] = [];
      let token: string | undefined;

      do {
        const answer = search(
          standIn,
          { jql, fields: ['key'], maxResults: 5, nextPageToken: token },
          AS_APP,
        );
        const body = bodyAs<{ nextPageToken?: string; isLast: boolean }>(answer);
        pages.push(keysOf(answer));
        token = body.isLast ? undefined : body.nextPageToken;
      } while (token);

      expect(pages).toStrictEqual([
        ['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4', 'OPS-5'],
        ['OPS-6', 'OPS-7', 'OPS-8', 'OPS-9', 'OPS-10'],
        ['OPS-11', 'OPS-12'],
      ]);
    });

    it('answers 400 when a token from another query is replayed', () => {
      const standIn = buildStandIn();
      const first = search(standIn, { jql: 'project = OPS', maxResults: 2 }, AS_APP);
      const token = bodyAs(first).nextPageToken;

      const answer = search(standIn, { jql: 'project = MKT', nextPageToken: token }, AS_APP);

      expect(answer.status).toBe(400);
    });

    it('pages by maxResults on the GET form too', () => {
      const answer = get(
        buildStandIn(),
        '/rest/api/3/search/jql?jql=project%20%3D%20MKT&maxResults=4&fields=key',
        AS_APP,
      );

      expect([keysOf(answer).length, bodyAs(answer).isLast]).toStrictEqual([4, false]);
    });
  });

  describe('searchJql through @forge/api route encoding', () => {
    it('decodes a JQL with quotes, commas and parentheses interpolated by route', () => {
      const jql = 'project = "Platform Operations" AND labels in (licences, "saving") ORDER BY key';
      const path = route`/rest/api/3/search/jql?jql=${jql}&fields=summary`.value;

      const answer = get(buildStandIn(), path, asUser('member'));

      expect(keysOf(answer)).toStrictEqual([
        'OPS-1',
        'OPS-2',
        'OPS-3',
        'OPS-4',
        'OPS-6',
        'OPS-7',
        'OPS-8',
        'OPS-9',
      ]);
    });
  });

  describe('searchJql errors', () => {
    it('answers 400 with the parser message and position when the JQL is invalid', () => {
      const answer = search(buildStandIn(), { jql: 'project = OPS AND (labels = cloud' }, AS_APP);

      expect({ status: answer.status, body: answer.body }).toStrictEqual({
        status: 400,
        body: {
          errorMessages: [
            "Error in the JQL Query: Expecting ')' before the end of the query. " +
              '(line 1, character 34)',
          ],
          errors: {},
        },
      });
    });

    it.each(['', 'ORDER BY created DESC'])('answers 400 when the query %p is unbounded', (jql) => {
      const answer = search(buildStandIn(), { jql }, AS_APP);

      expect(errorOf(answer)).toBe(
        'Unbounded JQL queries are not allowed here. ' +
          'Please add a search restriction to your query.',
      );
    });

    it.each<[string, JiraCaller, string]>([
      [
        'project = MKT',
        asUser('viewer'),
        "The value 'MKT' does not exist for the field 'project'.",
      ],
      ['project = NOPE', AS_APP, "The value 'NOPE' does not exist for the field 'project'."],
      ['status = Blocked', AS_APP, "The value 'Blocked' does not exist for the field 'status'."],
      ['type = Initiative', AS_APP, "The value 'Initiative' does not exist for the field 'type'."],
      [
        'component = Website',
        asUser('viewer'),
        "The value 'Website' does not exist for the field 'component'.",
      ],
      ['key = OPS-99', AS_APP, "An issue with key 'OPS-99' does not exist for field 'key'."],
      [
        'parent = MKT-1',
        asUser('viewer'),
        "An issue with key 'MKT-1' does not exist for field 'parent'.",
      ],
      ['key = spot', AS_APP, "The issue key 'spot' for field 'key' is invalid."],
    ])('answers 400 for %s', (jql, caller, message) => {
      const answer = search(buildStandIn(), { jql }, caller);

      expect([answer.status, errorOf(answer)]).toStrictEqual([400, message]);
    });

    it('answers 400 when the body is not an object', () => {
      const answer = search(
        buildStandIn(),
        'project = OPS' as unknown as Record<string, unknown>, // deliberately the wrong type
        AS_APP,
      );

      expect(answer.status).toBe(400);
    });
  });
});
