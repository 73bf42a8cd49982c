import type { GlobalGrant, PermissionScheme, SiteProjectRole, SiteUser } from './site-types';

/**
 * Account ids of the demo users, by role in the demo:
 * - admin: site admin (global ADMINISTER, hence every project permission);
 * - lead: project admin of OPS;
 * - member: browses and edits OPS issues, browses MKT;
 * - viewer: browses OPS only;
 * - outsider: a site user with no project access at all;
 * - marketer: project admin of MKT, no OPS access.
 */
export const DEMO_USERS = {
  admin: '5b10ac8d82e05b22cc7d4ef1',
  lead: '5b10ac8d82e05b22cc7d4ef2',
  member: '5b10ac8d82e05b22cc7d4ef3',
  viewer: '5b10ac8d82e05b22cc7d4ef4',
  outsider: '5b10ac8d82e05b22cc7d4ef5',
  marketer: '5b10ac8d82e05b22cc7d4ef6',
} as const;

/** Name of a demo user, as used by the local host's user switch. */
export type DemoUserName = keyof typeof DEMO_USERS;

/** Account id of the app's system user, the identity behind `asApp()` calls. */
export const DEMO_APP_ACCOUNT_ID = '630c5e2fa1b4d7e8f9a0b1c2';

/** Project role ids, as Jira numbers them. */
export const DEMO_ROLE_IDS = { administrators: 10002, developers: 10001, viewers: 10003 } as const;

/** Builds the demo users (fresh objects on every call). */
export function buildDemoUsers(): SiteUser[] {
  const person = (
    accountId: string,
    displayName: string,
    zone: { timeZone: string; locale: string },
    groups: string[],
  ): SiteUser => ({
    accountId,
    accountType: 'atlassian',
    displayName,
    active: true,
    ...zone,
    groups,
  });

  return [
    person(DEMO_USERS.admin, 'Alana Admin', { timeZone: 'America/New_York', locale: 'en_US' }, [
      'site-admins',
      'jira-software-users',
    ]),
    person(DEMO_USERS.lead, 'Liam Lead', { timeZone: 'Europe/London', locale: 'en_GB' }, [
      'jira-software-users',
    ]),
    person(DEMO_USERS.member, 'Mina Member', { timeZone: 'Europe/Berlin', locale: 'de_DE' }, [
      'jira-software-users',
    ]),
    person(DEMO_USERS.viewer, 'Victor Viewer', { timeZone: 'Asia/Tokyo', locale: 'ja_JP' }, [
      'jira-software-users',
    ]),
    person(
      DEMO_USERS.outsider,
      'Oscar Outsider',
      { timeZone: 'Australia/Sydney', locale: 'en_AU' },
      ['jira-software-users'],
    ),
    person(DEMO_USERS.marketer, 'Maya Marketing', { timeZone: 'Europe/Paris', locale: 'fr_FR' }, [
      'jira-software-users',
    ]),
    {
      accountId: DEMO_APP_ACCOUNT_ID,
      accountType: 'app',
      displayName: 'OKR Cost Tracker',
      active: true,
      timeZone: 'UTC',
      locale: 'en_US',
      groups: [],
    },
  ];
}

/** Global permission grants: site admins administer Jira; every licensed user may pick users. */
export function buildGlobalGrants(): GlobalGrant[] {
  return [
    { permission: 'ADMINISTER', group: 'site-admins' },
    { permission: 'USER_PICKER', group: 'jira-software-users' },
    { permission: 'CREATE_SHARED_OBJECTS', group: 'jira-software-users' },
  ];
}

/** The site's project roles. */
export function buildProjectRoles(): SiteProjectRole[] {
  return [
    {
      id: DEMO_ROLE_IDS.administrators,
      name: 'Administrators',
      description: 'A project role that represents administrators in a project',
    },
    {
      id: DEMO_ROLE_IDS.developers,
      name: 'Developers',
      description: 'A project role that represents developers in a project',
    },
    {
      id: DEMO_ROLE_IDS.viewers,
      name: 'Viewers',
      description: 'A project role that represents people who only view a project',
    },
  ];
}

/** The one permission scheme both projects use, granting permissions to roles. */
export function buildPermissionScheme(): PermissionScheme {
  const { administrators, developers, viewers } = DEMO_ROLE_IDS;
  const grant = (permission: string, roleIds: number[]) =>
    roleIds.map((roleId) => ({ permission, roleId }));

  return {
    id: 10000,
    name: 'Default software scheme',
    grants: [
      ...grant('BROWSE_PROJECTS', [administrators, developers, viewers]),
      ...grant('CREATE_ISSUES', [administrators, developers]),
      ...grant('EDIT_ISSUES', [administrators, developers]),
      ...grant('WORK_ON_ISSUES', [administrators, developers]),
      ...grant('ASSIGN_ISSUES', [administrators, developers]),
      ...grant('ADD_COMMENTS', [administrators, developers, viewers]),
      ...grant('MOVE_ISSUES', [administrators, developers]),
      ...grant('CREATE_ATTACHMENTS', [administrators, developers]),
      ...grant('DELETE_ISSUES', [administrators]),
      ...grant('EDIT_ALL_COMMENTS', [administrators]),
      ...grant('DELETE_ALL_COMMENTS', [administrators]),
      ...grant('DELETE_ALL_ATTACHMENTS', [administrators]),
      ...grant('ADMINISTER_PROJECTS', [administrators]),
    ],
  };
}
