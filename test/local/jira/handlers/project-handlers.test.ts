import { DEMO_USERS } from '../../../../local/jira/demo-site';
import type { DemoUserName } from '../../../../local/jira/demo-site';
import { AS_APP, asUser, bodyAs, buildStandIn, get } from '../stand-in-helpers';

interface ProjectBody {
  id: string;
  name: string;
  lead: { accountId: string };
  components: { name: string }[];
  roles: Record<string, string>;
}

interface ProjectPage {
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
  values: { key: string }[];
}

function projectKeys(path: string, name: DemoUserName): string[] {
  const page = bodyAs<ProjectPage>(get(buildStandIn(), path, asUser(name)));

  return page.values.map((project) => project.key);
}

describe('project-handlers', () => {
  describe('getProject', () => {
    it('returns the project with its lead, components and role links', () => {
      const answer = get(buildStandIn(), '/rest/api/3/project/OPS', asUser('viewer'));

      const body = bodyAs<ProjectBody>(answer);
      expect([
        body.id,
        body.name,
        body.lead.accountId,
        body.components.map((component) => component.name),
        Object.keys(body.roles),
      ]).toStrictEqual([
        '10000',
        'Platform Operations',
        DEMO_USERS.lead,
        ['Compute', 'Storage', 'Network', 'Tooling'],
        ['Administrators', 'Developers', 'Viewers'],
      ]);
    });

    it('answers 404 when the user cannot browse the project', () => {
      const answer = get(buildStandIn(), '/rest/api/3/project/10000', asUser('outsider'));

      expect(answer.body).toStrictEqual({
        errorMessages: ["No project could be found with id '10000'."],
        errors: {},
      });
    });
  });

  describe('searchProjects', () => {
    it.each<[DemoUserName, string[]]>([
      ['admin', ['MKT', 'OPS']],
      ['lead', ['OPS']],
      ['member', ['MKT', 'OPS']],
      ['viewer', ['OPS']],
      ['outsider', []],
      ['marketer', ['MKT']],
    ])('lists the projects %s can browse', (name, keys) => {
      expect(projectKeys('/rest/api/3/project/search', name)).toStrictEqual(keys);
    });

    it('pages with startAt and maxResults', () => {
      const answer = get(
        buildStandIn(),
        '/rest/api/3/project/search?startAt=1&maxResults=1',
        AS_APP,
      );

      const page = bodyAs<ProjectPage>(answer);
      expect([
        page.startAt,
        page.maxResults,
        page.total,
        page.isLast,
        page.values.map((p) => p.key),
      ]).toStrictEqual([1, 1, 2, true, ['OPS']]);
    });

    it('filters by query text over key and name', () => {
      expect(projectKeys('/rest/api/3/project/search?query=market', 'admin')).toStrictEqual([
        'MKT',
      ]);
    });
  });

  describe('getProjectRoles and getProjectRole', () => {
    it('lists role links for a project admin', () => {
      const answer = get(buildStandIn(), '/rest/api/3/project/OPS/role', asUser('lead'));

      expect(answer.body).toStrictEqual({
        Administrators: 'https://demo.local.atlassian.net/rest/api/3/project/10000/role/10002',
        Developers: 'https://demo.local.atlassian.net/rest/api/3/project/10000/role/10001',
        Viewers: 'https://demo.local.atlassian.net/rest/api/3/project/10000/role/10003',
      });
    });

    it.each<[DemoUserName, number]>([
      ['member', 403],
      ['outsider', 404],
    ])('refuses %s with %i', (name, status) => {
      expect(get(buildStandIn(), '/rest/api/3/project/OPS/role', asUser(name)).status).toBe(status);
    });

    it('returns the role actors when the app asks', () => {
      const answer = get(buildStandIn(), '/rest/api/3/project/10001/role/10003', AS_APP);

      expect(bodyAs(answer).actors).toStrictEqual([
        {
          id: 1000300,
          displayName: 'Mina Member',
          type: 'atlassian-user-role-actor',
          actorUser: { accountId: DEMO_USERS.member },
        },
      ]);
    });

    it('answers 404 for an unknown role', () => {
      expect(get(buildStandIn(), '/rest/api/3/project/OPS/role/1', AS_APP).status).toBe(404);
    });
  });
});
