import { router } from '@forge/bridge';

import { showErrorFlag } from '../../common/src/flags';

/** Opens the app's page in the project's settings, where admins set up objectives. */
export async function openProjectSettings(projectKey: string): Promise<void> {
  try {
    await router.navigate({ target: 'projectSettingsDetails', projectKey });
  } catch (error: unknown) {
    showErrorFlag("Couldn't open the project settings", error);
  }
}

export { openIssue } from '../../common/src/issue-navigation';
