import api, { route } from '@forge/api';

import { JiraApiError } from '../platform/errors';
import type { IssuePropertyWriter } from '../services/ports';

/** The entity property the jira:entityProperty module indexes for JQL. */
export const ISSUE_SUMMARY_PROPERTY = 'okr-cost-summary';

/**
 * Issue summary properties, written as the app. Callers pass only issue ids that come from
 * stored entries, which were created after a permission check as the user.
 */
export const jiraIssuePropertyWriter: IssuePropertyWriter = {
  async saveIssueSummary(issueId, summary) {
    const response = await api
      .asApp()
      .requestJira(route`/rest/api/3/issue/${issueId}/properties/${ISSUE_SUMMARY_PROPERTY}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(summary),
      });
    if (!response.ok && response.status !== 404) {
      throw new JiraApiError(`Jira answered ${response.status} to the summary update.`);
    }
  },

  async deleteIssueSummary(issueId) {
    const response = await api
      .asApp()
      .requestJira(route`/rest/api/3/issue/${issueId}/properties/${ISSUE_SUMMARY_PROPERTY}`, {
        method: 'DELETE',
      });
    if (!response.ok && response.status !== 404) {
      throw new JiraApiError(`Jira answered ${response.status} to the summary removal.`);
    }
  },
};
