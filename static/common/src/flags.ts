import { showFlag } from '@forge/bridge';

import { errorMessage } from './api-error';
import { newId } from './ids';

/** Shows Jira's error flag for a failed action: what failed as the title, the reason below. */
export function showErrorFlag(title: string, error: unknown): void {
  showFlag({
    id: newId(),
    type: 'error',
    title,
    description: errorMessage(error),
    isAutoDismiss: false,
  });
}

/** Shows a short-lived success flag after an action completed. */
export function showSuccessFlag(title: string): void {
  showFlag({ id: newId(), type: 'success', title, isAutoDismiss: true });
}
