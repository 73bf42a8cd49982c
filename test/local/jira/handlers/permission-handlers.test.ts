import { DEMO_USERS } from '../../../../local/jira/demo-site';
import type { DemoUserName } from '../../../../local/jira/demo-site';
import type { JiraCaller } from '../../../../local/jira/jira-stand-in';
import { AS_APP, asUser, bodyAs, buildStandIn, get } from '../stand-in-helpers';

const KEYS =
  'BROWSE_PROJECTS,CREATE_ISSUES,EDIT_ISSUES,WORK_ON_ISSUES,ADMINISTER_PROJECTS,ADMINISTER';

function havePermissions(path: string, caller: JiraCaller): Record<string, boolean> {
  const answer = get(buildStandIn(), path, caller);
  const { permissions } = bodyAs<{
    permissions: Record<string, { havePermission: boolean }>;
  }>(answer);

  return Object.fromEntries(
    Object.entries(permissions).map(([key, value]) => [key, value.havePermission]),
  );
}

function grants(...flags: boolean[]): Record<string, boolean> {
  const keys = KEYS.split(',');

  return Object.fromEntries(keys.map((key, index) => [key, flags[index] ?? false]));
}

interface BulkResult {
  projectPermissions: { projects: number[]; issues: number[] }[];
  globalPermissions: string[];
}

function check(body: unknown, caller: JiraCaller) {
  return buildStandIn().handle('POST', '/rest/api/3/permissions/check', body, caller);
}

describe('permission-handlers', () => {
  describe('getMyPermissions in OPS', () => {
    it.each<[DemoUserName, Record<string, boolean>]>([
      ['admin', grants(true, true, true, true, true, true)],
      ['lead', grants(true, true, true, true, true, false)],
      ['member', grants(true, true, true, true, false, false)],
      ['viewer', grants(true, false, false, false, false, false)],
    ])('reports what %s holds when the project is given by key', (name, expected) => {
      const path = `/rest/api/3/mypermissions?projectKey=OPS&permissions=${KEYS}`;

      expect(havePermissions(path, asUser(name))).toStrictEqual(expected);
    });

    it.each<DemoUserName>(['outsider', 'marketer'])(
      'answers 404 when %s cannot browse the project',
      (name) => {
        const answer = get(
          buildStandIn(),
          `/rest/api/3/mypermissions?projectId=10000&permissions=${KEYS}`,
          asUser(name),
        );

        expect(answer.body).toStrictEqual({
          errorMessages: ["No project could be found with id '10000'."],
          errors: {},
        });
      },
    );
  });

  describe('getMyPermissions in MKT and for issues', () => {
    it('lets member browse but not edit in MKT', () => {
      const path =
        '/rest/api/3/mypermissions?projectId=10001&permissions=BROWSE_PROJECTS,EDIT_ISSUES';

      expect(havePermissions(path, asUser('member'))).toStrictEqual({
        BROWSE_PROJECTS: true,
        EDIT_ISSUES: false,
      });
    });

    it('uses the issue project when an issue key is given', () => {
      const path = '/rest/api/3/mypermissions?issueKey=MKT-2&permissions=EDIT_ISSUES';

      expect(havePermissions(path, asUser('marketer'))).toStrictEqual({ EDIT_ISSUES: true });
    });

    it('answers 404 with the issue message when the user cannot see the issue', () => {
      const answer = get(
        buildStandIn(),
        '/rest/api/3/mypermissions?issueId=10100&permissions=BROWSE_PROJECTS',
        asUser('outsider'),
      );

      expect({ status: answer.status, body: answer.body }).toStrictEqual({
        status: 404,
        body: {
          errorMessages: ['Issue does not exist or you do not have permission to see it.'],
          errors: {},
        },
      });
    });

    it('counts a project permission held in any project when no context is given', () => {
      const path = '/rest/api/3/mypermissions?permissions=EDIT_ISSUES,BROWSE_PROJECTS';

      expect({
        viewer: havePermissions(path, asUser('viewer')),
        outsider: havePermissions(path, asUser('outsider')),
      }).toStrictEqual({
        viewer: { EDIT_ISSUES: false, BROWSE_PROJECTS: true },
        outsider: { EDIT_ISSUES: false, BROWSE_PROJECTS: false },
      });
    });

    it('grants everything when the app calls', () => {
      const path = `/rest/api/3/mypermissions?projectKey=MKT&permissions=${KEYS}`;

      expect(havePermissions(path, AS_APP)).toStrictEqual(
        grants(true, true, true, true, true, true),
      );
    });

    it('describes each permission as Jira does', () => {
      const answer = get(
        buildStandIn(),
        '/rest/api/3/mypermissions?projectKey=OPS&permissions=EDIT_ISSUES',
        asUser('viewer'),
      );

      expect(bodyAs(answer).permissions).toStrictEqual({
        EDIT_ISSUES: {
          id: '12',
          key: 'EDIT_ISSUES',
          name: 'Edit Issues',
          type: 'PROJECT',
          description: 'Ability to edit issues.',
          havePermission: false,
        },
      });
    });
  });

  describe('getMyPermissions validation', () => {
    it('answers 400 when the permissions parameter is missing', () => {
      const answer = get(
        buildStandIn(),
        '/rest/api/3/mypermissions?projectKey=OPS',
        asUser('admin'),
      );

      expect({ status: answer.status, body: answer.body }).toStrictEqual({
        status: 400,
        body: { errorMessages: ["The 'permissions' query parameter is required."], errors: {} },
      });
    });

    it('answers 400 when a permission key is unknown', () => {
      const answer = get(
        buildStandIn(),
        '/rest/api/3/mypermissions?permissions=BROWSE,EDIT_ISSUES',
        asUser('admin'),
      );

      expect(answer.status).toBe(400);
    });
  });

  describe('checkPermissions', () => {
    const body = {
      projectPermissions: [
        { permissions: ['EDIT_ISSUES'], projects: [10000, '10001', 99999], issues: [10101, 10113] },
        { permissions: ['ADMINISTER_PROJECTS'], projects: [10000, 10001] },
      ],
      globalPermissions: ['ADMINISTER'],
    };

    it.each<[DemoUserName, unknown]>([
      ['admin', [[10000, 10001], [10101, 10113], [10000, 10001], ['ADMINISTER']]],
      ['lead', [[10000], [10101], [10000], []]],
      ['member', [[10000], [10101], [], []]],
      ['viewer', [[], [], [], []]],
      ['outsider', [[], [], [], []]],
      ['marketer', [[10001], [10113], [10001], []]],
    ])('returns the projects and issues %s holds each permission for', (name, expected) => {
      const answer = check(body, asUser(name));

      const result = bodyAs<BulkResult>(answer);
      const [edit, administer] = result.projectPermissions;
      expect([
        edit?.projects,
        edit?.issues,
        administer?.projects,
        result.globalPermissions,
      ]).toStrictEqual(expected);
    });

    it('answers in the shape Jira uses, with numeric ids', () => {
      const answer = check(
        { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: ['10000'] }] },
        asUser('viewer'),
      );

      expect(answer.body).toStrictEqual({
        projectPermissions: [{ permission: 'BROWSE_PROJECTS', projects: [10000], issues: [] }],
        globalPermissions: [],
      });
    });

    it('allows a user to name their own account, as @forge/api authorize() does', () => {
      const answer = check(
        {
          accountId: DEMO_USERS.member,
          projectPermissions: [{ permissions: ['EDIT_ISSUES'], issues: [10101] }],
        },
        asUser('member'),
      );

      expect(bodyAs(answer).projectPermissions).toStrictEqual([
        { permission: 'EDIT_ISSUES', projects: [], issues: [10101] },
      ]);
    });

    it('answers 403 when a non-admin checks another account', () => {
      const answer = check(
        {
          accountId: DEMO_USERS.lead,
          projectPermissions: [{ permissions: ['EDIT_ISSUES'], projects: [10000] }],
        },
        asUser('member'),
      );

      expect(answer.status).toBe(403);
    });

    it.each<[string, JiraCaller]>([
      ['a site admin', asUser('admin')],
      ['the app', AS_APP],
    ])('checks another account when %s asks', (_who, caller) => {
      const answer = check(
        {
          accountId: DEMO_USERS.viewer,
          projectPermissions: [
            { permissions: ['EDIT_ISSUES', 'BROWSE_PROJECTS'], projects: [10000] },
          ],
        },
        caller,
      );

      expect(bodyAs(answer).projectPermissions).toStrictEqual([
        { permission: 'EDIT_ISSUES', projects: [], issues: [] },
        { permission: 'BROWSE_PROJECTS', projects: [10000], issues: [] },
      ]);
    });

    it.each([
      ['an unknown project permission', { projectPermissions: [{ permissions: ['FLY'] }] }],
      [
        'a global key as a project permission',
        { projectPermissions: [{ permissions: ['ADMINISTER'] }] },
      ],
      ['a project key as a global permission', { globalPermissions: ['EDIT_ISSUES'] }],
      [
        'an entry without permissions',
        { projectPermissions: [{ permissions: [], projects: [10000] }] },
      ],
      ['a body that is not an object', ['EDIT_ISSUES']],
    ])('answers 400 for %s', (_name, badBody) => {
      expect(check(badBody, asUser('admin')).status).toBe(400);
    });
  });
});
