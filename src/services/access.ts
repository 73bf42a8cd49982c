import type { CostSettings } from '../domain/cost-settings';
import { PermissionError } from '../platform/errors';
import type { AccessRuleDto } from '../shared/contract';

import type { JiraGateway, ProjectPermission } from './ports';

/** What the user may do with an issue's costs. */
export type CostAccess = { readonly canView: boolean; readonly canEdit: boolean };

/**
 * The user's access to an issue's costs: viewing needs browse permission plus the project's
 * cost-viewer rule; editing needs edit permission plus the cost-editor rule. Jira is asked as
 * the user; any failure of the check propagates, so the caller denies.
 */
export async function issueCostAccess(input: {
  jira: JiraGateway;
  issueId: string;
  projectId: string;
  settings: CostSettings;
}): Promise<CostAccess> {
  const { jira, issueId, projectId, settings } = input;
  const held = await jira.issuePermissions(issueId, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);

  return rulesAllow({ jira, projectId, settings, held });
}

/** The user's access to a project's costs, as `issueCostAccess` but on the project. */
export async function projectCostAccess(input: {
  jira: JiraGateway;
  projectId: string;
  settings: CostSettings;
}): Promise<CostAccess> {
  const { jira, projectId, settings } = input;
  const held = await jira.projectPermissions(projectId, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);

  return rulesAllow({ jira, projectId, settings, held });
}

/** @throws {PermissionError} unless the user administers the project (or Jira). */
export async function requireProjectAdmin(jira: JiraGateway, projectId: string): Promise<void> {
  const held = await jira.projectPermissions(projectId, ['ADMINISTER_PROJECTS']);
  if (!held.has('ADMINISTER_PROJECTS')) {
    throw new PermissionError('Only project administrators can change these settings.');
  }
}

async function rulesAllow(input: {
  jira: JiraGateway;
  projectId: string;
  settings: CostSettings;
  held: ReadonlySet<ProjectPermission>;
}): Promise<CostAccess> {
  const { jira, projectId, settings, held } = input;
  if (!held.has('BROWSE_PROJECTS')) return { canView: false, canEdit: false };
  const canView = await ruleAllows(jira, projectId, settings.viewers);
  const canEdit =
    canView && held.has('EDIT_ISSUES') && (await ruleAllows(jira, projectId, settings.editors));

  return { canView, canEdit };
}

async function ruleAllows(
  jira: JiraGateway,
  projectId: string,
  rule: AccessRuleDto,
): Promise<boolean> {
  if (rule.type === 'jira-permission') return true;
  const mine = await jira.projectRoleIds(projectId);

  return rule.roleIds.some((roleId) => mine.has(roleId));
}
