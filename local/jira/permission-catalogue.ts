/** A Jira permission as `/rest/api/3/mypermissions` describes it. */
export interface PermissionInfo {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly type: 'GLOBAL' | 'PROJECT';
  readonly description: string;
}

const entry = (
  key: string,
  id: string,
  type: PermissionInfo['type'],
  name: string,
  description: string,
): [string, PermissionInfo] => [key, { id, key, name, type, description }];

// Ids, names and descriptions as Jira Cloud reports them.
const PERMISSIONS: ReadonlyMap<string, PermissionInfo> = new Map([
  entry(
    'ADMINISTER',
    '0',
    'GLOBAL',
    'Administer Jira',
    'Create and administer projects, issue types, fields, workflows, and schemes for all ' +
      'projects. Users with this permission can perform most administration tasks, except: ' +
      'managing users, importing data, and editing system email settings.',
  ),
  entry(
    'USER_PICKER',
    '27',
    'GLOBAL',
    'Browse users and groups',
    'View and select users or groups from the user picker, and share issues. Users with this ' +
      'permission can see the names of all users and groups on your site.',
  ),
  entry(
    'CREATE_SHARED_OBJECTS',
    '22',
    'GLOBAL',
    'Share dashboards and filters',
    'Share dashboards and filters with other users.',
  ),
  entry(
    'ADMINISTER_PROJECTS',
    '23',
    'PROJECT',
    'Administer Projects',
    'Ability to administer a project in Jira.',
  ),
  entry(
    'BROWSE_PROJECTS',
    '10',
    'PROJECT',
    'Browse Projects',
    'Ability to browse projects and the issues within them.',
  ),
  entry('CREATE_ISSUES', '11', 'PROJECT', 'Create Issues', 'Ability to create issues.'),
  entry('EDIT_ISSUES', '12', 'PROJECT', 'Edit Issues', 'Ability to edit issues.'),
  entry(
    'ASSIGN_ISSUES',
    '13',
    'PROJECT',
    'Assign Issues',
    'Ability to assign issues to other people.',
  ),
  entry('ADD_COMMENTS', '15', 'PROJECT', 'Add Comments', 'Ability to comment on issues.'),
  entry('DELETE_ISSUES', '16', 'PROJECT', 'Delete Issues', 'Ability to delete issues.'),
  entry(
    'CREATE_ATTACHMENTS',
    '19',
    'PROJECT',
    'Create Attachments',
    'Users with this permission may create attachments.',
  ),
  entry(
    'WORK_ON_ISSUES',
    '20',
    'PROJECT',
    'Work On Issues',
    'Ability to log work done against an issue. Only useful if Time Tracking is turned on.',
  ),
  entry(
    'MOVE_ISSUES',
    '25',
    'PROJECT',
    'Move Issues',
    'Ability to move issues between projects or between workflows of the same project (if ' +
      'applicable). Note the user can only move issues to a project they have the create ' +
      'permission for.',
  ),
  entry(
    'EDIT_ALL_COMMENTS',
    '34',
    'PROJECT',
    'Edit All Comments',
    'Ability to edit all comments made on issues.',
  ),
  entry(
    'DELETE_ALL_COMMENTS',
    '36',
    'PROJECT',
    'Delete All Comments',
    'Ability to delete all comments made on issues.',
  ),
  entry(
    'DELETE_ALL_ATTACHMENTS',
    '38',
    'PROJECT',
    'Delete All Attachments',
    'Users with this permission may delete all attachments.',
  ),
]);

/** Looks up a permission by key; undefined for keys Jira would refuse as invalid. */
export function findPermission(key: string): PermissionInfo | undefined {
  return PERMISSIONS.get(key);
}

/** Keys of every project permission the stand-in knows. */
export function projectPermissionKeys(): string[] {
  return [...PERMISSIONS.values()]
    .filter((info) => info.type === 'PROJECT')
    .map((info) => info.key);
}
