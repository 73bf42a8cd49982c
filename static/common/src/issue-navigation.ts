import { router } from '@forge/bridge';

import { showErrorFlag } from './flags';

/** Opens an issue in Jira (the host page navigates; the app's iframe stays as it is). */
export async function openIssue(issueKey: string): Promise<void> {
  try {
    await router.navigate({ target: 'issue', issueKey });
  } catch (error: unknown) {
    showErrorFlag(`Couldn't open ${issueKey}`, error);
  }
}
