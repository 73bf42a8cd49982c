import { canBrowseIssue, hasIssuePermission } from '../access';
import { copyJson, emptyAnswer, errorAnswer, issueNotFound, jsonAnswer } from '../http';
import type { JiraAnswer, JiraRequest } from '../http';
import { restUrl } from '../site-json';
import { findIssue } from '../site-lookup';
import type { SiteIssue } from '../site-types';

// Jira's limits for entity properties.
const MAX_KEY_LENGTH = 255;
const MAX_VALUE_BYTES = 32_768;

/** GET /rest/api/3/issue/{issueIdOrKey}/properties: the keys of the issue's properties. */
export function listIssueProperties(request: JiraRequest): JiraAnswer {
  const issue = visibleIssue(request);
  if (!issue) return issueNotFound();
  const keys = Object.keys(issue.properties).map((key) => ({
    self: propertyUrl(request, issue, key),
    key,
  }));

  return jsonAnswer({ keys });
}

/** GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}. */
export function getIssueProperty(request: JiraRequest): JiraAnswer {
  const issue = visibleIssue(request);
  if (!issue) return issueNotFound();
  const key = request.params.propertyKey ?? '';
  if (!Object.hasOwn(issue.properties, key)) return propertyNotFound(key);

  return jsonAnswer({ key, value: copyJson(issue.properties[key]) });
}

/**
 * PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}: stores any JSON value.
 * Users need EDIT_ISSUES; answers 201 when created and 200 when replaced, without a body.
 */
export function setIssueProperty(request: JiraRequest): JiraAnswer {
  const issue = visibleIssue(request);
  if (!issue) return issueNotFound();
  if (!hasIssuePermission(request.site, request.actor, issue, 'EDIT_ISSUES')) {
    return errorAnswer(403, 'You do not have permission to edit issue properties.');
  }
  const key = request.params.propertyKey ?? '';
  const problem = findValueProblem(key, request.body);
  if (problem) return errorAnswer(400, problem);

  const existed = Object.hasOwn(issue.properties, key);
  issue.properties[key] = copyJson(request.body);

  return emptyAnswer(existed ? 200 : 201);
}

/** DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}: users need EDIT_ISSUES. */
export function deleteIssueProperty(request: JiraRequest): JiraAnswer {
  const issue = visibleIssue(request);
  if (!issue) return issueNotFound();
  if (!hasIssuePermission(request.site, request.actor, issue, 'EDIT_ISSUES')) {
    return errorAnswer(403, 'You do not have permission to edit issue properties.');
  }
  const key = request.params.propertyKey ?? '';
  if (!Object.hasOwn(issue.properties, key)) return propertyNotFound(key);

  delete issue.properties[key];

  return emptyAnswer(204);
}

function visibleIssue({ site, actor, params }: JiraRequest): SiteIssue | undefined {
  const issue = findIssue(site, params.issueIdOrKey ?? '');

  return issue && canBrowseIssue(site, actor, issue) ? issue : undefined;
}

function findValueProblem(key: string, value: unknown): string | undefined {
  if (key.length > MAX_KEY_LENGTH) {
    return `The property key cannot be longer than ${MAX_KEY_LENGTH} characters.`;
  }
  if (value === undefined) return 'The property value must be valid JSON.';
  if (Buffer.byteLength(JSON.stringify(value), 'utf8') > MAX_VALUE_BYTES) {
    return `The property value cannot be longer than ${MAX_VALUE_BYTES} bytes.`;
  }

  return undefined;
}

function propertyNotFound(key: string): JiraAnswer {
  return errorAnswer(404, `The property with key '${key}' does not exist.`);
}

function propertyUrl({ site }: JiraRequest, issue: SiteIssue, key: string): string {
  return restUrl(site, `issue/${issue.id}/properties/${encodeURIComponent(key)}`);
}
